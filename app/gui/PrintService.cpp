// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/PrintService.h"

#ifdef SHENBAO_HAVE_CUPS
#include "gui/CupsPrintJob.h"
#endif
#include "gui/DossierPrinter.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPrinter>
#include <QProgressDialog>
#include <QtConcurrent>

#include <atomic>

namespace shenbao {

namespace {

int pageCountOf(const QString &pdfPath)
{
    QPdfDocument pdf;
    if (pdf.load(pdfPath) != QPdfDocument::Error::None)
        return 0;
    return pdf.pageCount();
}

PrintSettings::Sides sidesOf(QPrinter::DuplexMode duplex)
{
    switch (duplex) {
    case QPrinter::DuplexNone:
        return PrintSettings::Sides::OneSided;
    case QPrinter::DuplexShortSide:
        return PrintSettings::Sides::TwoSidedShortEdge;
    case QPrinter::DuplexAuto:
    case QPrinter::DuplexLongSide:
        break;
    }
    return PrintSettings::Sides::TwoSidedLongEdge;
}

} // namespace

PrintSettings PrintService::settingsFrom(const QPrinter &printer, QString *whyNot)
{
    PrintSettings s;
    s.printer = printer.printerName();
    s.title = printer.docName();
    s.copies = std::max(1, printer.copyCount());
    s.collate = printer.collateCopies();
    s.sides = sidesOf(printer.duplex());
    if (printer.printRange() == QPrinter::PageRange) {
        for (const QPageRanges::Range &r : printer.pageRanges().toRangeList())
            s.pageRanges.append({r.from, r.to});
    }
    const QPageSize size = printer.pageLayout().pageSize();
    s.media = size.id() == QPageSize::A4 ? QStringLiteral("iso_a4_210x297mm") : size.key();

    QString reason;
    if (printer.outputFormat() == QPrinter::PdfFormat || !printer.outputFileName().isEmpty())
        reason = tr("Printed to a file: the pages were drawn as images, without the print system.");
    else if (s.printer.isEmpty())
        reason = tr("No printer was chosen.");
#ifdef SHENBAO_HAVE_CUPS
    else if (!CupsPrintJob::hasDestination(s.printer))
        reason = tr("The print system (CUPS) does not know the printer “%1”: the pages were drawn "
                    "as images, which is slower and leaves no searchable text.")
                     .arg(s.printer);
#else
    else
        reason = tr("On this system the pages are drawn as images for the printer.");
#endif
    if (whyNot)
        *whyNot = reason;
    return s;
}

PrintOutcome PrintService::print(const QString &pdfPath, QPrinter &printer,
                                 const ProgressFn &progress)
{
    QString whyNot;
    const PrintSettings settings = settingsFrom(printer, &whyNot);
    const int pages = pageCountOf(pdfPath);
    if (pages < 1) {
        PrintOutcome out;
        out.error = tr("%1: the PDF cannot be read").arg(pdfPath);
        return out;
    }
#ifdef SHENBAO_HAVE_CUPS
    if (whyNot.isEmpty())
        return CupsPrintJob::submit(pdfPath, pages, settings, progress);
#endif

    PrintOutcome out;
    out.printer = printer.outputFileName().isEmpty() ? settings.printer : printer.outputFileName();
    out.copies = settings.copies;
    // The raster path prints every page (it has no page ranges).
    out.pages = pages;
    PrintSettings all = settings;
    all.pageRanges.clear();
    out.sheets = all.sheets(pages);
    out.note = whyNot;
    out.ok = DossierPrinter::print(pdfPath, printer, progress, &out.error);
    return out;
}

QString PrintService::summary(const PrintOutcome &o)
{
    if (!o.ok)
        return o.error;
    QString text;
    if (o.viaPrintSystem) {
        text = tr("Sent to printer “%1”: %n copies, %2 sheets (%3 pages each), job %4.", nullptr,
                  o.copies)
                   .arg(o.printer)
                   .arg(o.sheets)
                   .arg(o.pages)
                   .arg(o.jobId);
    } else {
        text = tr("Printed on “%1”: %n copies, %2 sheets (%3 pages each).", nullptr, o.copies)
                   .arg(o.printer)
                   .arg(o.sheets)
                   .arg(o.pages);
    }
    if (!o.note.isEmpty())
        text += u'\n' + o.note;
    return text;
}

PrintTask::PrintTask(QWidget *parent)
    : QObject(parent)
{
}

PrintTask *PrintTask::start(QWidget *parent, const QString &caption,
                            std::shared_ptr<QPrinter> printer, const QString &pdfPath)
{
    return start(parent, caption, std::move(printer), [pdfPath](QString *) { return pdfPath; });
}

PrintTask *PrintTask::start(QWidget *parent, const QString &caption,
                            std::shared_ptr<QPrinter> printer, PreparePdf prepare)
{
    auto *task = new PrintTask(parent);
    auto *progress = new QProgressDialog(caption, PrintService::tr("Cancel"), 0, 1000, parent);
    progress->setWindowTitle(caption);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    connect(progress, &QProgressDialog::canceled, task, [cancelled] { cancelled->store(true); });

    auto *watcher = new QFutureWatcher<PrintOutcome>(task);
    connect(watcher, &QFutureWatcher<PrintOutcome>::finished, task,
            [task, watcher, progress, parent, caption] {
                const PrintOutcome outcome = watcher->result();
                progress->deleteLater();
                // A message box that does not block: the window stays usable, and tests are not
                // stopped.
                auto *box = new QMessageBox(
                    outcome.ok ? QMessageBox::Information : QMessageBox::Warning, caption,
                    PrintService::summary(outcome), QMessageBox::Ok, parent);
                box->setObjectName(QStringLiteral("printOutcome"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setWindowModality(Qt::NonModal);
                box->show();
                emit task->finished(outcome);
                task->deleteLater();
            });
    // Progress arrives from the worker; it is shown on the GUI thread through the event loop.
    const ProgressFn report = [cancelled, progress = QPointer<QProgressDialog>(progress)](
                                  double fraction, const QString &what) {
        QMetaObject::invokeMethod(
            progress.data(),
            [progress, fraction, what] {
                if (!progress)
                    return;
                progress->setValue(int(fraction * 1000));
                if (!what.isEmpty())
                    progress->setLabelText(what);
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
    watcher->setFuture(
        QtConcurrent::run([prepare = std::move(prepare), printer, report]() -> PrintOutcome {
            QString error;
            const QString pdf = prepare(&error);
            if (pdf.isEmpty()) {
                PrintOutcome out;
                out.error = error;
                return out;
            }
            return PrintService::print(pdf, *printer, report);
        }));
    return task;
}

} // namespace shenbao
