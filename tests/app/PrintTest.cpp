// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "AppTestSupport.h"
#include "PrivateCupsd.h"
#include "dossier/DossierBinder.h"
#include "gui/CupsPrintJob.h"
#include "gui/DossierPrinter.h"
#include "gui/PrintService.h"
#include "officer/OfficerWindow.h"
#include "store/ProjectFile.h"

#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cups/cups.h>

#include <catch2/catch.hpp>

using namespace shenbao;

namespace {

const QString kPpd = QStringLiteral(SHENBAO_TEST_DATA "/cups/shenbao-test-pdf.ppd");

// The text of every page, by pdftotext (pages end with a form feed).
QStringList pageTexts(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pageCount(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(30000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

QString firstLine(const QString &text)
{
    for (const QString &line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            return line.simplified();
    return {};
}

// The print system's output for `copies` copies of `source` printed duplex: every copy begins
// on the front of a sheet of its own. Checks it sheet by sheet and returns the layout as text
// ("copy 1: sheets 1-3, last back blank | …") for the test log.
QString checkSheetBoundaries(const QString &output, const QString &source, int copies)
{
    const QStringList in = pageTexts(source);
    const QStringList out = pageTexts(output);
    const int pages = int(in.size());
    const int perCopy = pages + pages % 2; // an odd copy gets a blank back
    REQUIRE(pages > 0);
    REQUIRE(pageCount(output) == copies * perCopy);
    QStringList layout;
    for (int c = 0; c < copies; ++c) {
        const int first = c * perCopy; // 0-based page index: even, so the front of a sheet
        INFO("copy " << c + 1);
        CHECK(first % 2 == 0);
        CHECK(firstLine(out.value(first)) ==
              firstLine(in.first())); // the copy starts with its cover
        CHECK(firstLine(out.value(first + pages - 1)) == firstLine(in.last()));
        if (pages % 2)
            CHECK(out.value(first + perCopy - 1).trimmed().isEmpty()); // the filler back
        layout.append(QStringLiteral("copy %1: sheets %2-%3%4")
                          .arg(c + 1)
                          .arg(first / 2 + 1)
                          .arg((first + perCopy) / 2)
                          .arg(pages % 2 ? QStringLiteral(", last back blank") : QString()));
    }
    return layout.join(QStringLiteral(" | "));
}

// Points libcups (this thread's and the worker threads') and Qt's CUPS plugin at `server`.
void useServer(const QString &server)
{
    qputenv("CUPS_SERVER", server.toLocal8Bit());
    cupsSetServer(nullptr); // forget a server this thread may have looked up before
}

} // namespace

TEST_CASE("Print: sheets per copy, page ranges as IPP text", "[print]")
{
    PrintSettings s;
    s.copies = 4;
    CHECK(s.sheets(53) == 4 * 27); // duplex: an odd copy ends on a front, its back stays blank
    CHECK(s.sheets(52) == 4 * 26);
    s.sides = PrintSettings::Sides::OneSided;
    CHECK(s.sheets(53) == 4 * 53);
    s.pageRanges = {{1, 5}, {8, 8}, {4, 6}, {50, 70}};
    CHECK(s.pageRangesText() ==
          QStringLiteral("1-5,8-8,4-6,50-70").replace(QStringLiteral("8-8"), QStringLiteral("8")));
    CHECK(s.pagesPerCopy(53) == 6 + 1 + 4); // 1-6, 8, 50-53
    s.pageRanges = {{60, 70}};
    CHECK(s.pagesPerCopy(53) == 0);
}

TEST_CASE("Print: the demo dossier goes to CUPS as the PDF itself, 4 copies, duplex, collated, "
          "each copy on sheets of its own",
          "[print][cups]")
{
    test::PrivateCupsd cupsd;
    if (!cupsd.whyNot().isEmpty()) {
        WARN("skipped, no private cupsd: " << cupsd.whyNot());
        return;
    }
    useServer(cupsd.server());
    QString error;
    const QString device = cupsd.addQueue(QStringLiteral("shenbao-duplex"), kPpd, &error);
    INFO(error);
    REQUIRE(!device.isEmpty());

    QTemporaryDir dir;
    const QString project = test::writeDemo(dir);
    REQUIRE(!project.isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("demo-dossier.pdf"));
    {
        auto file = ProjectFile::open(project, &error);
        REQUIRE(file);
        const BindResult bound = bindDossier(*file, pdf, BindOptions{});
        REQUIRE(bound.ok);
    }

    // As after the print dialog: the printer chosen, the dossier's presets (4, collated, duplex).
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(QStringLiteral("shenbao-duplex"));
    REQUIRE(printer.outputFormat() == QPrinter::NativeFormat); // Qt sees the private queue
    DossierPrinter::preset(printer, QStringLiteral("demo-dossier"));
    QString whyNot;
    const PrintSettings settings = PrintService::settingsFrom(printer, &whyNot);
    CHECK(whyNot.isEmpty());
    CHECK(settings.copies == 4);
    CHECK(settings.collate);
    CHECK(settings.sides == PrintSettings::Sides::TwoSidedLongEdge);

    const PrintOutcome outcome = PrintService::print(pdf, printer);
    INFO(outcome.error.toStdString() << "\n" << cupsd.errorLog().right(3000).toStdString());
    REQUIRE(outcome.ok);
    CHECK(outcome.viaPrintSystem);
    CHECK(outcome.jobId > 0);
    CHECK(outcome.copies == 4);
    const int pages = pageCount(pdf);
    CHECK(outcome.pages == pages);
    CHECK(outcome.sheets == 4 * ((pages + 1) / 2));
    const QString summary = PrintService::summary(outcome);
    WARN(summary.toStdString()); // the ending message, in the UI language
    CHECK(summary.contains(QStringLiteral("shenbao-duplex")));
    CHECK(summary.contains(QString::number(outcome.sheets)));

    REQUIRE(cupsd.waitForJob(outcome.jobId) == IPP_JSTATE_COMPLETED);
    const QMap<QString, QString> job = cupsd.jobAttributes(outcome.jobId);
    INFO(QStringList(job.keys()).join(u' ').toStdString());
    CHECK(job.value(QStringLiteral("document-format-supplied")) ==
          QStringLiteral("application/pdf"));
    CHECK(job.value(QStringLiteral("copies")) == QStringLiteral("4"));
    CHECK(job.value(QStringLiteral("sides")) == QStringLiteral("two-sided-long-edge"));
    CHECK(job.value(QStringLiteral("multiple-document-handling")) ==
          QStringLiteral("separate-documents-collated-copies"));
    CHECK(job.value(QStringLiteral("collate")) == QStringLiteral("true"));
    CHECK(job.value(QStringLiteral("media")) == QStringLiteral("iso_a4_210x297mm"));
    CHECK(job.value(QStringLiteral("job-name")) == QStringLiteral("demo-dossier"));

    // The spooled document is the dossier, byte for byte: nothing was rendered.
    QFile spooled(cupsd.spooledDocument(outcome.jobId)), original(pdf);
    REQUIRE(spooled.open(QIODevice::ReadOnly));
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(spooled.readAll() == original.readAll());

    // The printer's side: pdftopdf made the four copies; each starts on a sheet of its own.
    const QString sheets = checkSheetBoundaries(device, pdf, 4);
    WARN("demo dossier, " << pages << " pages x 4, duplex: " << sheets.toStdString());
    CHECK(!pageTexts(device).first().trimmed().isEmpty()); // text, not pictures of text

    if (pages % 2 == 0) {
        // The demo is even; an odd document shows the blank back that keeps copies apart.
        const QString odd = test::writePdf(dir.filePath(QStringLiteral("five.pdf")), 5);
        QFile::remove(device);
        const PrintOutcome five = PrintService::print(odd, printer);
        REQUIRE(five.ok);
        CHECK(five.sheets == 4 * 3);
        REQUIRE(cupsd.waitForJob(five.jobId) == IPP_JSTATE_COMPLETED);
        WARN("five pages x 4, duplex: " << checkSheetBoundaries(device, odd, 4).toStdString());
    }
}

TEST_CASE("Print: the officer's table goes the same worker-thread way, as a PDF with its text",
          "[print][cups]")
{
    test::PrivateCupsd cupsd;
    if (!cupsd.whyNot().isEmpty()) {
        WARN("skipped, no private cupsd: " << cupsd.whyNot());
        return;
    }
    useServer(cupsd.server());
    QString error;
    const QString device = cupsd.addQueue(QStringLiteral("office"), kPpd, &error);
    REQUIRE(!device.isEmpty());

    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPrinterName(QStringLiteral("office"));
    printer->setCopyCount(1);
    printer->setDuplex(QPrinter::DuplexNone);
    auto dir = std::make_shared<QTemporaryDir>();
    const QString html = QStringLiteral(
        "<h3>推荐汇总表</h3><table><tr><td>1</td><td>示例科技有限公司</td></tr></table>");
    QWidget parent;
    PrintTask *task = PrintTask::start(
        &parent, QStringLiteral("Print table"), printer, [html, dir](QString *error) {
            const QString pdf = dir->filePath(QStringLiteral("table.pdf"));
            return OfficerWindow::writeTablePdf(html, pdf, error) ? pdf : QString();
        });
    QSignalSpy finished(task, &PrintTask::finished);
    REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 30000));
    const auto outcome = finished.first().first().value<PrintOutcome>();
    INFO(outcome.error);
    REQUIRE(outcome.ok);
    CHECK(outcome.viaPrintSystem);
    CHECK(outcome.copies == 1);
    REQUIRE(cupsd.waitForJob(outcome.jobId) == IPP_JSTATE_COMPLETED);
    CHECK(cupsd.jobAttributes(outcome.jobId).value(QStringLiteral("sides")) ==
          QStringLiteral("one-sided"));
    CHECK(pageTexts(device).join(QString()).contains(QStringLiteral("示例科技有限公司")));
}

TEST_CASE("Print: when CUPS refuses, the user is told why: no such printer, stopped, not accepting",
          "[print][cups]")
{
    test::PrivateCupsd cupsd;
    if (!cupsd.whyNot().isEmpty()) {
        WARN("skipped, no private cupsd: " << cupsd.whyNot());
        return;
    }
    useServer(cupsd.server());
    QString error;
    REQUIRE(!cupsd.addQueue(QStringLiteral("desk"), kPpd, &error).isEmpty());
    QTemporaryDir dir;
    const QString pdf = test::writePdf(dir.filePath(QStringLiteral("a.pdf")), 3);
    PrintSettings s;
    s.copies = 4;

    s.printer = QStringLiteral("no-such-printer");
    CHECK_FALSE(CupsPrintJob::hasDestination(s.printer));
    PrintOutcome o = CupsPrintJob::submit(pdf, 3, s);
    CHECK_FALSE(o.ok);
    CHECK(o.error.contains(QStringLiteral("no-such-printer")));

    s.printer = QStringLiteral("desk");
    CHECK(CupsPrintJob::hasDestination(s.printer));
    REQUIRE(cupsd.run(QStringLiteral("cupsdisable"), {QStringLiteral("desk")}));
    o = CupsPrintJob::submit(pdf, 3, s);
    CHECK_FALSE(o.ok);
    CHECK(o.jobId == 0); // nothing waits in a stopped queue
    INFO(o.error);
    CHECK(o.error.contains(QStringLiteral("“desk”")));
    CHECK(o.error.contains(QStringLiteral("paused"))); // the printer-state-reasons CUPS gives

    REQUIRE(cupsd.run(QStringLiteral("cupsenable"), {QStringLiteral("desk")}));
    REQUIRE(cupsd.run(QStringLiteral("cupsreject"), {QStringLiteral("desk")}));
    o = CupsPrintJob::submit(pdf, 3, s);
    CHECK_FALSE(o.ok);
    CHECK(o.error ==
          CupsPrintJob::tr("The printer “%1” is not accepting jobs. Enable it in the system’s "
                           "printer settings (or ask the administrator), then print again.")
              .arg(QStringLiteral("desk")));

    REQUIRE(cupsd.run(QStringLiteral("cupsaccept"), {QStringLiteral("desk")}));
    o = CupsPrintJob::submit(pdf, 3, s);
    CHECK(o.ok);
    CHECK(o.sheets == 4 * 2);

    // Page ranges travel as the IPP attribute; the sheets count only the pages printed.
    s.pageRanges = {{2, 3}};
    o = CupsPrintJob::submit(pdf, 3, s);
    REQUIRE(o.ok);
    CHECK(o.pages == 2);
    CHECK(o.sheets == 4 * 1);
    CHECK(cupsd.jobAttributes(o.jobId).value(QStringLiteral("page-ranges")) ==
          QStringLiteral("2-3"));

    // A page range selecting nothing is refused before anything is sent.
    s.pageRanges = {{7, 9}};
    o = CupsPrintJob::submit(pdf, 3, s);
    CHECK_FALSE(o.ok);
    CHECK(o.jobId == 0);
}
