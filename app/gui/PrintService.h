// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "dossier/DossierBinder.h"
#include "gui/PrintSettings.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QPrinter;
class QWidget;

namespace shenbao {

// Picks how a PDF reaches paper. The normal way is the PDF itself to the print system
// (CupsPrintJob: vector, the printer makes copies, collation and duplex). Where the dialog's
// choice has no print-system destination (print to a file, a printer CUPS does not know), the
// pages are drawn as images onto the QPrinter (DossierPrinter), and the outcome says so.
class PrintService
{
    Q_DECLARE_TR_FUNCTIONS(PrintService)

public:
    // The dialog's choices as plain settings. `whyNot` (if given) is set to the reason they
    // cannot go to the print system, and left empty when they can. Asks CUPS whether the
    // printer is one of its destinations, so call it off the GUI thread.
    static PrintSettings settingsFrom(const QPrinter &printer, QString *whyNot = nullptr);

    // Prints `pdfPath` as chosen in `printer`. Safe on a worker thread, as long as no other
    // thread uses `printer` meanwhile. `progress` may cancel.
    static PrintOutcome print(const QString &pdfPath, QPrinter &printer,
                              const ProgressFn &progress = {});

    // "Sent to printer X: 4 copies, 106 sheets (job 12)." or the error, for the user.
    static QString summary(const PrintOutcome &outcome);
};

// One print, run on a worker thread with a progress dialog (cancel included) over `parent`,
// ending with a message box that says what was sent where, or why not. Deletes itself after
// `finished`. Both windows print through it: no processEvents() loops, the window stays usable.
class PrintTask : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker before printing and returns the PDF to print (or empty and an error):
    // the officer's table is written to a temporary PDF this way.
    using PreparePdf = std::function<QString(QString *error)>;

    static PrintTask *start(QWidget *parent, const QString &caption,
                            std::shared_ptr<QPrinter> printer, PreparePdf prepare);
    static PrintTask *start(QWidget *parent, const QString &caption,
                            std::shared_ptr<QPrinter> printer, const QString &pdfPath);

signals:
    void finished(const shenbao::PrintOutcome &outcome);

private:
    explicit PrintTask(QWidget *parent);
};

} // namespace shenbao

Q_DECLARE_METATYPE(shenbao::PrintOutcome)
