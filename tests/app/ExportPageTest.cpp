// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/ExportPage.h"
#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/MainWindow.h"
#include "gui/DossierExport.h"
#include "gui/ProjectDocument.h"

#include <QFile>
#include <QLabel>
#include <QPdfDocument>
#include <QPrinter>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace shenbao;

TEST_CASE("Export: the demo binds on a worker thread into a PDF with the page count shown",
          "[export]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.editor()->setStep(Step::Export);
    ExportPage *page = w.editor()->exportPage();
    bool asked = false;
    page->setConfirm([&](const QString &) { return asked = true; });
    QSignalSpy finished(page, &ExportPage::exportFinished);
    const QString pdf = dir.filePath(QStringLiteral("dossier.pdf"));
    REQUIRE(page->startExport(pdf));
    CHECK_FALSE(asked); // the demo is eligible: no question
    REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 120000));
    const BindResult &r = page->job()->result();
    INFO((r.problems.isEmpty() ? QString() : r.problems.first().toString()));
    REQUIRE(finished.first().first().toBool());
    REQUIRE(QFile::exists(pdf));
    QPdfDocument doc;
    REQUIRE(doc.load(pdf) == QPdfDocument::Error::None);
    CHECK(doc.pageCount() == r.pageCount);
    CHECK(r.pageCount > 10);
    CHECK(w.findChild<QLabel *>(QStringLiteral("pagesValue"))->text() ==
          QString::number(r.pageCount));
    CHECK(w.findChild<QLabel *>(QStringLiteral("fingerprintValue"))
              ->text()
              .remove(QLatin1Char(' ')) == r.fingerprint);

    SECTION("the Attachment 3 row is written as XLSX")
    {
        const QString xlsx = dir.filePath(QStringLiteral("row.xlsx"));
        CHECK(page->exportSummary(xlsx).isEmpty());
        QFile f(xlsx);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.read(2) == QByteArray("PK"));
    }
    SECTION("printing renders every page of every copy")
    {
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        printer.setCopyCount(2);
        printer.setCollateCopies(true);
        printer.setDuplex(QPrinter::DuplexNone);
        QString error;
        REQUIRE(page->printTo(printer, &error));
        QPdfDocument out;
        REQUIRE(out.load(printed) == QPdfDocument::Error::None);
        // Either the driver makes the copies (one set of pages) or Shenbao prints them.
        CHECK((out.pageCount() == r.pageCount || out.pageCount() == 2 * r.pageCount));
    }
}

TEST_CASE("Export: while not eligible the user is asked; no means no file, yes exports", "[export]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.document()->edit(QStringLiteral("test"), [](Project &p) { p.applicant.rdStaff = 19; });
    REQUIRE(w.document()->evaluation().verdict == Verdict::NotEligible);
    w.editor()->setStep(Step::Export);
    ExportPage *page = w.editor()->exportPage();
    const QString pdf = dir.filePath(QStringLiteral("forced.pdf"));

    QString question;
    page->setConfirm([&](const QString &q) {
        question = q;
        return false;
    });
    CHECK_FALSE(page->startExport(pdf));
    CHECK(question.contains(QStringLiteral("条件未全部符合")));
    CHECK_FALSE(QFile::exists(pdf));

    page->setConfirm([](const QString &) { return true; });
    QSignalSpy finished(page, &ExportPage::exportFinished);
    REQUIRE(page->startExport(pdf));
    REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 120000));
    CHECK(finished.first().first().toBool());
    CHECK(QFile::exists(pdf));
}

TEST_CASE("Export: the fingerprint is shown in groups of four", "[export]")
{
    CHECK(ExportPage::groupedFingerprint(QStringLiteral("0123456789ab")) ==
          QStringLiteral("0123 4567 89ab"));
}
