// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/StepPage.h"
#include "model/Project.h"

#include <functional>
#include <memory>
#include <optional>

class QPrinter;
class QProgressDialog;

namespace Ui {
class ExportPage;
}

namespace shenbao {

class DossierExport;

// ⑪ 导出与打印: binds the dossier on a worker thread with progress and cancel, shows its page
// count and fingerprint, opens it in the viewer, prints four copies, and writes the
// applicant's Attachment 3 row. Exporting while not eligible asks first and marks the cover.
class ExportPage : public StepPage
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(const QString &question)>;

    ExportPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~ExportPage() override;

    // Starts binding into `pdfPath`; false if the user declined or an export is running.
    bool startExport(const QString &pdfPath);
    DossierExport *job() const { return m_job; }
    QString lastPdf() const { return m_lastPdf; }
    // Writes the Attachment 3 row; returns an error message, or empty on success.
    QString exportSummary(const QString &xlsxPath);
    bool printTo(QPrinter &printer, QString *error);
    // Replaces the yes/no question asked before a forced export, before printing an outdated
    // dossier (tests answer it).
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Replaces the message box that says why something failed (tests read it).
    void setReport(std::function<void(const QString &)> report) { m_report = std::move(report); }
    // The application changed after the last export: the PDF no longer shows what is entered.
    bool isOutdated() const;
    // Asks before printing an outdated dossier; true if printing may go ahead.
    bool confirmPrint();
    // Opens the folder of the last export; says why not when nothing can open it.
    bool openFolder();
    // Where the save dialogs start: next to the project, or in the documents folder when the
    // project lives in a hidden application folder (the demo).
    QString defaultName(const QString &suffix) const;
    static QString groupedFingerprint(const QString &hex);

signals:
    void exportFinished(bool ok);

protected:
    void refresh() override;
    void retranslateForm() override;

private:
    void chooseExport();
    void chooseSummary();
    void print();
    void view();
    void exportDone(bool ok);
    void showOutdated();

    std::unique_ptr<Ui::ExportPage> ui;
    DossierExport *m_job;
    QProgressDialog *m_progress = nullptr;
    Confirm m_confirm;
    QString m_lastPdf;
    std::function<void(const QString &)> m_report;
    std::optional<Project> m_exportedProject; // the data bound into m_lastPdf
    std::optional<Project> m_exporting;       // the data of the export under way
};

} // namespace shenbao
