// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Printing benchmark (issue 12): the time to hand a dossier of P pages × C copies to the print
// system, and the size of what the print system spools, for the PDF-to-CUPS path
// (PrintService → CupsPrintJob) against the raster path (DossierPrinter: every page rendered
// at 300 dpi into a QPrinter on the same queue). Both print to a raw queue of a private cupsd
// (tests/app/PrivateCupsd), so no printer is needed and the spool files can be measured.
//
//   shenbao_print_bench [--pages 500] [--copies 4] [--raster-pages 40]
//
// The raster path takes minutes for 500 pages; it is measured on --raster-pages pages (the
// first ones of the same PDF) and its time and spool per page are scaled up, as printed.

#include "PrivateCupsd.h"
#include "gui/DossierPrinter.h"
#include "gui/PrintService.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cups/cups.h>

#include <cstdio>

using namespace shenbao;

namespace {

// Dossier-like pages: mostly text (forms, reports), every fifth page a scan (a grey 150-dpi image).
void writeDossier(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter p(&writer);
    QFont font(QStringLiteral("Noto Serif CJK SC"));
    font.setPointSize(10);
    p.setFont(font);
    QImage scan(1240, 1754, QImage::Format_Grayscale8); // A4 at 150 dpi
    auto *rng = QRandomGenerator::global();
    for (int y = 0; y < scan.height(); ++y) {
        uchar *line = scan.scanLine(y);
        for (int x = 0; x < scan.width(); ++x)
            line[x] = uchar(200 + rng->bounded(56));
    }
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        if (page % 5 == 4) {
            // Each scan its own image, as in a real dossier (the PDF writer stores equal images
            // once).
            QImage copy = scan.copy();
            QPainter(&copy).drawText(QPointF(100, 100), QString::number(page + 1));
            p.drawImage(QRectF(0, 0, 2480, 3508), copy);
            continue;
        }
        p.drawText(QRectF(250, 200, 2000, 100), QStringLiteral("申报材料 第%1页").arg(page + 1));
        for (int line = 0; line < 45; ++line)
            p.drawText(QRectF(250, 400 + line * 65, 2000, 60),
                       QStringLiteral("智能制造生态合作伙伴 申报书 "
                                      "第%1行：企业基本情况、主营业务、研发投入与知识产权。")
                           .arg(line + 1));
    }
}

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

// The spool files of all jobs so far (the scheduler keeps them: PreserveJobFiles).
qint64 spoolOf(const test::PrivateCupsd &cupsd, int jobId)
{
    qint64 total = 0;
    for (int doc = 1; doc < 100; ++doc) {
        const QString f = cupsd.spooledDocument(jobId).chopped(3) +
                          QStringLiteral("%1").arg(doc, 3, 10, QLatin1Char('0'));
        if (!QFile::exists(f))
            break;
        total += QFileInfo(f).size();
    }
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int pages = arg(args, QStringLiteral("--pages"), QStringLiteral("500")).toInt();
    const int copies = arg(args, QStringLiteral("--copies"), QStringLiteral("4")).toInt();
    const int rasterPages =
        arg(args, QStringLiteral("--raster-pages"), QStringLiteral("40")).toInt();

    test::PrivateCupsd cupsd;
    if (!cupsd.whyNot().isEmpty()) {
        std::fprintf(stderr, "print bench: no private cupsd: %s\n", qPrintable(cupsd.whyNot()));
        return 2;
    }
    qputenv("CUPS_SERVER", cupsd.server().toLocal8Bit());
    cupsSetServer(nullptr);
    QString out;
    // A raw queue: the scheduler spools the job and hands it on unfiltered, so what is timed
    // and measured is the hand-over itself.
    if (!cupsd.run(QStringLiteral("lpadmin"),
                   {QStringLiteral("-p"), QStringLiteral("bench"), QStringLiteral("-E"),
                    QStringLiteral("-v"), QStringLiteral("file:///dev/null"), QStringLiteral("-m"),
                    QStringLiteral("raw")},
                   &out)) {
        std::fprintf(stderr, "print bench: lpadmin: %s\n", qPrintable(out));
        return 2;
    }

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("dossier.pdf"));
    const QString small = dir.filePath(QStringLiteral("first-pages.pdf"));
    writeDossier(pdf, pages);
    writeDossier(small, rasterPages);
    const qint64 pdfSize = QFileInfo(pdf).size();
    std::printf("dossier: %d pages, %.1f MiB; %d copies, duplex, collated\n", pages, mib(pdfSize),
                copies);

    auto preset = [&](QPrinter &printer) {
        printer.setPrinterName(QStringLiteral("bench"));
        DossierPrinter::preset(printer, QStringLiteral("bench"));
        printer.setCopyCount(copies);
    };

    // PDF to the print system.
    QPrinter printer(QPrinter::HighResolution);
    preset(printer);
    QElapsedTimer timer;
    timer.start();
    const PrintOutcome outcome = PrintService::print(pdf, printer);
    const double pdfSeconds = timer.nsecsElapsed() / 1e9;
    if (!outcome.ok || !outcome.viaPrintSystem) {
        std::fprintf(stderr, "print bench: %s\n", qPrintable(PrintService::summary(outcome)));
        return 1;
    }
    cupsd.waitForJob(outcome.jobId);
    const qint64 pdfSpool = spoolOf(cupsd, outcome.jobId);
    std::printf("PDF to CUPS:  %.2f s, spool %.1f MiB = %.3f x the PDF (job %d, %d sheets)\n",
                pdfSeconds, mib(pdfSpool), double(pdfSpool) / pdfSize, outcome.jobId,
                outcome.sheets);

    // The raster path, on the first pages, through Qt's own CUPS print engine.
    QPrinter raster(QPrinter::HighResolution);
    preset(raster);
    timer.restart();
    QString error;
    if (!DossierPrinter::print(small, raster, {}, &error)) {
        std::fprintf(stderr, "print bench: raster: %s\n", qPrintable(error));
        return 1;
    }
    const double rasterSeconds = timer.nsecsElapsed() / 1e9;
    // Qt submits its job when the painter ends; it is the newest job of the queue.
    cups_job_t *jobs = nullptr;
    const int n = cupsGetJobs2(CUPS_HTTP_DEFAULT, &jobs, "bench", 0, CUPS_WHICHJOBS_ALL);
    int rasterJob = 0;
    for (int i = 0; i < n; ++i)
        rasterJob = std::max(rasterJob, jobs[i].id);
    cupsFreeJobs(n, jobs);
    cupsd.waitForJob(rasterJob);
    const qint64 rasterSpool = spoolOf(cupsd, rasterJob);
    const double scale = double(pages) / rasterPages;
    std::printf("raster (%d pages): %.2f s, spool %.1f MiB = %.2f x its PDF (%.1f MiB)\n",
                rasterPages, rasterSeconds, mib(rasterSpool),
                double(rasterSpool) / QFileInfo(small).size(), mib(QFileInfo(small).size()));
    std::printf("raster scaled to %d pages: %.0f s, spool %.0f MiB\n", pages, rasterSeconds * scale,
                mib(qint64(rasterSpool * scale)));
    const bool met = pdfSeconds <= 2.0 && double(pdfSpool) / pdfSize <= 1.05;
    std::printf("target (<= 2 s, spool <= 1.05 x the PDF): %s\n", met ? "met" : "NOT met");
    return met ? 0 : 1;
}
