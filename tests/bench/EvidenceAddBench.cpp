// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Adding evidence (issue 16), in the real main window (offscreen): N scanned PDFs of P pages
// each (noise images, so they neither compress nor repeat) are added to the demo project
// through EvidencePage::addFiles, the same path as a drop. It prints the wall time, the GUI
// thread's CPU time per file (what the page does with each stored file: one edit, the
// table's refresh) and the longest the event loop went without serving a 5 ms timer, which
// is what a user would feel. Target: the GUI thread ≤ 100 ms per file, whatever the file's
// size; the event loop never blocked for a file's reading, hashing or storing.
//
//   shenbao_evidence_add_bench [--files N] [--pages P]   (defaults 20, 8)

#include "ThreadCpu.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/EvidencePage.h"
#include "applicant/MainWindow.h"
#include "applicant/Steps.h"
#include "demo/DemoProject.h"
#include "gui/ProjectDocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace shenbao;
using bench::threadCpuMs;

namespace {

// One PDF of `pages` A4 pages, each a 1240×1754 noise image (a 150 dpi scan that does not
// compress): a few megabytes a page.
bool writeScanPdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setResolution(150);
    QPainter painter(&writer);
    QImage image(1240, 1754, QImage::Format_RGB32);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
            QRandomGenerator::global()->fillRange(line, image.width());
        }
        painter.drawImage(QRect(0, 0, 1240, 1754), image);
    }
    return painter.end();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int files = 20, pages = 8;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1StringView("--files"))
            files = args[i + 1].toInt();
        else if (args[i] == QLatin1StringView("--pages"))
            pages = args[i + 1].toInt();
    }

    QTemporaryDir dir;
    QStringList paths;
    qint64 bytes = 0;
    for (int i = 0; i < files; ++i) {
        const QString path = dir.filePath(QStringLiteral("scan-%1.pdf").arg(i));
        if (!writeScanPdf(path, pages))
            return 2;
        paths << path;
        bytes += QFileInfo(path).size();
    }
    QString error;
    const QString projectPath = dir.filePath(QStringLiteral("bench.shenbao"));
    if (!ProjectDocument::createDemo(projectPath, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }

    MainWindow w;
    w.resize(1280, 860);
    w.show();
    if (!w.openProject(projectPath))
        return 4;
    w.editor()->setStep(Step::Evidence);
    EvidencePage *page = w.editor()->evidencePage();
    QCoreApplication::processEvents();

    // The longest gap between two ticks of a 5 ms timer: how long the event loop was busy. Not
    // 0 ms: a timer that always fires would spin the idle GUI thread and count as its work.
    const qsizetype before = w.document()->project().evidence.size();
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QStringList longGaps; // over 50 ms: when, and how many files were in by then
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.restart();
        longestGap = std::max(longestGap, gap);
        if (gap > 50)
            longGaps << QStringLiteral("%1 ms after %2 file(s)")
                            .arg(gap)
                            .arg(w.document()->project().evidence.size() - before);
    });
    Problems problems;
    QEventLoop loop;
    QObject::connect(page, &EvidencePage::filesAdded, &loop, [&](const Problems &found) {
        problems = found;
        loop.quit();
    });

    QElapsedTimer wall;
    wall.start();
    const double cpu0 = threadCpuMs();
    sinceTick.start();
    ticker.start();
    page->addFiles(paths);
    loop.exec();
    ticker.stop();
    // The last stretch: the batch's end shows the last file (its preview) and the thumbnails
    // held back during the add.
    const qint64 finalGap = sinceTick.elapsed();
    if (finalGap > 50)
        longGaps << QStringLiteral("%1 ms at the end (the last file selected and previewed)")
                        .arg(finalGap);
    longestGap = std::max(longestGap, finalGap);
    const double cpu = threadCpuMs() - cpu0;
    const qint64 elapsed = wall.elapsed();
    const qsizetype added = w.document()->project().evidence.size() - before;

    std::printf("files: %d PDFs × %d pages, %.1f MB in all (%.1f MB each)\n", files, pages,
                double(bytes) / 1e6, double(bytes) / 1e6 / files);
    std::printf("added: %lld, problems: %lld\n", qlonglong(added), qlonglong(problems.size()));
    std::printf("wall time: %lld ms (%.0f ms a file)\n", qlonglong(elapsed),
                double(elapsed) / files);
    std::printf("GUI thread CPU: %.0f ms in all, %.1f ms a file (target ≤ 100 ms)\n", cpu,
                cpu / files);
    std::printf("longest the event loop was busy: %lld ms\n", qlonglong(longestGap));
    for (const QString &gap : std::as_const(longGaps))
        std::printf("  busy %s\n", qPrintable(gap));
    return added == files ? 0 : 1;
}
