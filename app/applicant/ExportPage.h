// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/StepPage.h"

#include <functional>
#include <memory>

class QPrinter;
class QProgressDialog;

namespace Ui {
class ExportPage;
}

namespace shenbao {

class DossierExport;

// ⑩ 导出与打印: binds the dossier on a worker thread with progress and cancel, shows its page
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
    // Replaces the yes/no question asked before a forced export (tests answer it).
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
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
    QString defaultName(const QString &suffix) const;

    std::unique_ptr<Ui::ExportPage> ui;
    DossierExport *m_job;
    QProgressDialog *m_progress = nullptr;
    Confirm m_confirm;
    QString m_lastPdf;
};

} // namespace shenbao
