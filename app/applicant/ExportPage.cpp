// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/ExportPage.h"

#include "dossier/DossierFormat.h"
#include "gui/DossierExport.h"
#include "gui/DossierPrinter.h"
#include "gui/DossierViewer.h"
#include "gui/EvaluationText.h"
#include "gui/PrintService.h"
#include "gui/ProblemText.h"
#include "gui/ProjectDocument.h"
#include "gui/StateIcons.h"
#include "summary/XlsxSummaryWriter.h"
#include "ui_ExportPage.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QUrl>

namespace shenbao {

ExportPage::ExportPage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , ui(std::make_unique<Ui::ExportPage>())
    , m_job(new DossierExport(this))
{
    ui->setupUi(this);
    ui->fingerprintValue->setFont(QFont(QStringLiteral("monospace")));
    ui->resultGroup->setEnabled(false);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Export and print"), question,
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    m_report = [this](const QString &message) {
        QMessageBox::warning(this, tr("Export and print"), message);
    };
    connect(ui->exportButton, &QPushButton::clicked, this, &ExportPage::chooseExport);
    connect(ui->summaryButton, &QPushButton::clicked, this, &ExportPage::chooseSummary);
    connect(ui->printButton, &QPushButton::clicked, this, &ExportPage::print);
    connect(ui->viewButton, &QPushButton::clicked, this, &ExportPage::view);
    connect(ui->folderButton, &QPushButton::clicked, this, &ExportPage::openFolder);
    connect(m_job, &DossierExport::finished, this, &ExportPage::exportDone);
    // 填报日期: stored in the project (one value for the cover and the Attachment 3 row);
    // unchecked means the day of the project's last change, in China time.
    const auto storeFillDate = [this] {
        const std::optional<QDate> date = ui->fillDateCheck->isChecked()
                                              ? std::optional<QDate>(ui->fillDateEdit->date())
                                              : std::nullopt;
        ui->fillDateEdit->setEnabled(date.has_value());
        if (m_document->project().fillDate == date)
            return;
        m_document->edit(
            tr("Fill-in date"), [&](Project &p) { p.fillDate = date; }, QStringLiteral("fillDate"));
    };
    connect(ui->fillDateCheck, &QCheckBox::toggled, this, storeFillDate);
    connect(ui->fillDateEdit, &QDateEdit::dateChanged, this, storeFillDate);
}

ExportPage::~ExportPage() = default;

void ExportPage::retranslateForm()
{
    ui->retranslateUi(this);
}

void ExportPage::refresh()
{
    {
        const QSignalBlocker checkBlock(ui->fillDateCheck), editBlock(ui->fillDateEdit);
        const std::optional<QDate> stored = m_document->project().fillDate;
        ui->fillDateCheck->setChecked(stored.has_value());
        ui->fillDateEdit->setEnabled(stored.has_value());
        ui->fillDateEdit->setDate(fillDateOf(
            m_document->project(), m_document->file().lastModified(), QDate::currentDate()));
    }
    const Evaluation &e = m_document->evaluation();
    const Mark mark = markFor(e.verdict);
    ui->statusLabel->setText(
        QStringLiteral("<p style=\"font-size:13pt;font-weight:600;color:%1\">%2</p><p>%3</p>")
            .arg(markColor(mark).name(), EvaluationText::verdict(e).toHtmlEscaped(),
                 (e.verdict == Verdict::Eligible && !hasErrors(m_document->problems())
                      ? tr("Export the dossier, check it in the viewer, then print four copies.")
                      : EvaluationText::advice(e))
                     .toHtmlEscaped()));
    showOutdated();
}

bool ExportPage::isOutdated() const
{
    return !m_lastPdf.isEmpty() && m_exportedProject &&
           !(*m_exportedProject == m_document->project());
}

void ExportPage::showOutdated()
{
    if (m_lastPdf.isEmpty())
        return;
    const QString file = QDir::toNativeSeparators(m_lastPdf);
    if (isOutdated()) {
        ui->fileValue->setText(
            QStringLiteral("%1<br><span style=\"color:%2;font-weight:600\">%3</span>")
                .arg(file.toHtmlEscaped(), markColor(Mark::NotMet).name(),
                     tr("Outdated: the application changed after this export. Export again "
                        "before printing.")
                         .toHtmlEscaped()));
        ui->printButton->setText(tr("&Print 4 copies (outdated)…"));
    } else {
        ui->fileValue->setText(file.toHtmlEscaped());
        ui->printButton->setText(tr("&Print 4 copies…"));
    }
}

bool ExportPage::confirmPrint()
{
    if (m_lastPdf.isEmpty())
        return false;
    if (!isOutdated())
        return true;
    return m_confirm(
        tr("The application has changed since %1 was exported: the printed copies would not show "
           "what is entered now. Export again first to print the current data.\n\nPrint the "
           "outdated dossier anyway?")
            .arg(QFileInfo(m_lastPdf).fileName()));
}

bool ExportPage::openFolder()
{
    if (m_lastPdf.isEmpty())
        return false;
    const QString folder = QFileInfo(m_lastPdf).absolutePath();
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        return true;
    m_report(tr("No file manager could be started to show the folder. The dossier is in:\n%1")
                 .arg(QDir::toNativeSeparators(folder)));
    return false;
}

QString ExportPage::defaultName(const QString &suffix) const
{
    const QFileInfo project(m_document->path());
    QDir dir = project.dir();
    // The demo lives in the application's data folder (~/.local/share/…), which file
    // managers hide: an export there could not be found again.
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!appData.isEmpty() && QFileInfo(dir.absolutePath()) == QFileInfo(appData)) {
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        dir = QDir(documents.isEmpty() ? QDir::homePath() : documents);
    }
    return dir.filePath(m_document->displayName() + suffix);
}

void ExportPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export dossier"), defaultName(tr("-dossier") + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        startExport(path);
}

bool ExportPage::startExport(const QString &pdfPath)
{
    if (m_job->isRunning())
        return false;
    const Evaluation &e = m_document->evaluation();
    BindOptions options;
    options.duplex = ui->duplexCheck->isChecked();
    if (ui->copyMarksCheck->isChecked())
        options.copyMarks = DossierPrinter::kCopies;
    options.passwords = m_document->passwords();
    if (e.verdict != Verdict::Eligible || hasErrors(m_document->problems())) {
        const QString question = EvaluationText::exportQuestion(e, m_document->call());
        if (!m_confirm(question))
            return false;
        options.force = true;
    }
    m_progress = new QProgressDialog(tr("Binding the dossier…"), tr("Cancel"), 0, 100, this);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    QProgressDialog *dialog = m_progress;
    connect(dialog, &QProgressDialog::canceled, m_job, &DossierExport::cancel);
    // Progress reports may still be queued when the export ends; they go to this dialog
    // (deleted later) and never to a newer one.
    connect(m_job, &DossierExport::progress, dialog, [dialog](int percent, const QString &what) {
        dialog->setValue(percent);
        if (!what.isEmpty())
            dialog->setLabelText(what);
    });
    ui->exportButton->setEnabled(false);
    m_exporting = m_document->project();
    m_job->start(m_document->path(), pdfPath, options);
    return true;
}

void ExportPage::exportDone(bool ok)
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_job->disconnect(m_progress);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    ui->exportButton->setEnabled(true);
    const BindResult &r = m_job->result();
    QString problems;
    for (const auto &p : r.problems) {
        problems += QStringLiteral("<div style=\"color:%1\">%2</div>")
                        .arg(markColor(p.isError() ? Mark::NotMet : Mark::Warning).name(),
                             ProblemText::line(p).toHtmlEscaped());
    }
    if (ok) {
        m_lastPdf = m_job->outputPath();
        m_exportedProject = m_exporting;
        ui->resultGroup->setEnabled(true);
        showOutdated();
        ui->pagesValue->setText(QString::number(r.pageCount));
        ui->fingerprintValue->setText(groupedFingerprint(r.fingerprint));
        ui->warningsLabel->setText(problems);
    } else {
        ui->resultGroup->setEnabled(!m_lastPdf.isEmpty());
        ui->warningsLabel->setText(
            QStringLiteral("<b>%1</b>").arg(tr("The dossier was not exported:").toHtmlEscaped()) +
            problems);
    }
    emit exportFinished(ok);
}

QString ExportPage::groupedFingerprint(const QString &hex)
{
    // The cover's grouping, on one line.
    return pages::groupedFingerprint(hex).join(QLatin1Char(' '));
}

QString ExportPage::exportSummary(const QString &xlsxPath)
{
    // The same file as `shenbao export --xlsx`, with the same 填报日期 as the dossier's cover.
    QString error;
    if (!writeApplicantSummaryXlsx(xlsxPath, m_document->project(), m_document->evaluation(),
                                   m_document->file().lastModified(), m_document->call(), &error))
        return error.isEmpty() ? tr("%1: cannot be written").arg(xlsxPath) : error;
    return {};
}

void ExportPage::chooseSummary()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Attachment 3 row"),
        defaultName(tr("-attachment3") + QStringLiteral(".xlsx")), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString error = exportSummary(path);
    ui->summaryValue->setText(
        error.isEmpty() ? tr("Written to %1").arg(QDir::toNativeSeparators(path)) : error);
}

bool ExportPage::printTo(QPrinter &printer, QString *error)
{
    const PrintOutcome outcome = PrintService::print(m_lastPdf, printer);
    if (!outcome.ok && error)
        *error = outcome.error;
    return outcome.ok;
}

void ExportPage::print()
{
    if (!confirmPrint())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    DossierPrinter::preset(*printer, QFileInfo(m_lastPdf).completeBaseName());
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print the dossier"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The PDF goes to the print system on a worker thread; the ending says where and how much.
    PrintTask::start(this, tr("Print the dossier"), printer, m_lastPdf);
}

void ExportPage::view()
{
    if (m_lastPdf.isEmpty())
        return;
    auto *viewer = new DossierViewer(m_lastPdf, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}

} // namespace shenbao
