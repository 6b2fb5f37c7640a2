// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The cross-check's accuracy and cost on a generated corpus (issue 14), run by hand:
//   build/tests/bench/shenbao_crosscheck_bench [N]    (default N = 40 scans, 40 text PDFs)
// Half of the certificates show the claimed patent number, half another valid one. Prints,
// for the 300-dpi noisy rotated JPEG scans read by OCR: the share of correct numbers
// `matched` (and `matched` or `likely`), changed numbers that are `differs` or `notFound`
// (must be all), the mean and slowest OCR time per page; and pages per second from text PDFs.
// OMP_THREAD_LIMIT=1 keeps Tesseract on one core, as the target states.

#include "../crosscheck/SyntheticCertificates.h"

#include "crosscheck/PageReaderModule.h"
#include "crosscheck/TextMatching.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QRandomGenerator>

#include <cstdio>
#include <ctime>

using namespace shenbao;
using namespace shenbao::crosscheck;
using namespace shenbao::test;

namespace {
// CPU time of this thread: what a page costs on one idle core, even on a busy machine.
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("OMP_THREAD_LIMIT"))
        qputenv("OMP_THREAD_LIMIT", "1");
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? std::max(2, atoi(argv[1])) : 40;
    const QStringList titles = {QString::fromUtf16(u"一种工业机器人视觉抓取方法"),
                                QString::fromUtf16(u"一种数控机床刀具磨损检测装置"),
                                QString::fromUtf16(u"基于数字孪生的产线调度系统"),
                                QString::fromUtf16(u"一种柔性装配夹具")};
    const QString holder = QString::fromUtf16(u"广州智造科技有限公司");
    QRandomGenerator rng(20261130);

    QString readerError;
    const PageReader *reader = pageReader(&readerError);
    if (!reader) {
        std::fprintf(stderr, "%s\n", qPrintable(readerError));
        return 1;
    }
    const std::unique_ptr<OcrEngine> engine = reader->ocrEngine();
    OcrEngine &ocr = *engine;
    if (!ocr.isAvailable()) {
        std::fprintf(stderr, "%s\n", qPrintable(ocr.error()));
        return 1;
    }
    int correct = 0, correctMatched = 0, correctLikely = 0, changed = 0, changedOk = 0;
    double totalOcr = 0, slowest = 0, totalCpu = 0, slowestCpu = 0;
    QElapsedTimer timer;
    for (int i = 0; i < n; ++i) {
        const int year = 2015 + int(rng.bounded(8));
        const int type = rng.bounded(2) ? 1 : 2;
        const QString claimed = patentNumber(year, type, int(rng.bounded(9999999)));
        const bool change = i % 2 == 1;
        const QString shown =
            change ? patentNumber(year, type, int(rng.bounded(9999999))) : claimed;
        const Certificate cert = patentCertificate(shown, titles.at(i % titles.size()), holder,
                                                   QDate(year, 3, 1), QDate(year + 1, 6, 2));
        const double angle = (rng.generateDouble() - 0.5) * 3.0; // ±1.5°
        const QByteArray jpeg = scannedJpeg(certificateImage(cert), angle, quint32(i + 1), 75);
        timer.start();
        const double cpuStart = threadCpuSeconds();
        const QImage page = QImage::fromData(jpeg, "JPEG");
        const QString text = ocr.recognize(page);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double cpu = threadCpuSeconds() - cpuStart;
        totalCpu += cpu;
        slowestCpu = std::max(slowestCpu, cpu);
        totalOcr += seconds;
        slowest = std::max(slowest, seconds);
        const FieldMatch m = matchPatentNumber(claimed, text);
        if (change) {
            ++changed;
            changedOk += m.state == MatchState::Differs || m.state == MatchState::NotFound;
            if (m.state != MatchState::Differs && m.state != MatchState::NotFound)
                std::printf("changed number %s read as %s: %s\n", qPrintable(shown),
                            qPrintable(m.found), qPrintable(matchStateKey(m.state)));
        } else {
            ++correct;
            correctMatched += m.state == MatchState::Matched;
            correctLikely += m.state == MatchState::Likely;
            if (m.state != MatchState::Matched)
                std::printf("correct number %s: %s (found %s)\n", qPrintable(claimed),
                            qPrintable(matchStateKey(m.state)), qPrintable(m.found));
        }
    }

    // Text PDFs: no OCR, poppler's text layer only.
    QList<QByteArray> pdfs;
    for (int i = 0; i < n; ++i)
        pdfs << certificatePdf(patentCertificate(patentNumber(2019, 1, i),
                                                 titles.at(i % titles.size()), holder,
                                                 QDate(2019, 3, 1), QDate(2020, 6, 2)));
    int textMatched = 0;
    timer.start();
    for (int i = 0; i < n; ++i) {
        const std::unique_ptr<PdfPageText> pdf = reader->openPdf(pdfs.at(i));
        const QString text = pdf->text(0);
        textMatched +=
            usableTextLayer(text) &&
            matchPatentNumber(patentNumber(2019, 1, i), text).state == MatchState::Matched;
    }
    const double textSeconds = timer.nsecsElapsed() / 1e9;

    std::printf("OCR (%s), %d scans, 300 dpi, JPEG q75, rotated within ±1.5°, speckled:\n",
                qPrintable(reader->ocrEngineId()), n);
    std::printf("  correct numbers matched: %d/%d (%.1f %%), matched or likely: %d/%d\n",
                correctMatched, correct, 100.0 * correctMatched / correct,
                correctMatched + correctLikely, correct);
    std::printf("  changed numbers differs or notFound: %d/%d\n", changedOk, changed);
    std::printf("  OCR wall time per page: mean %.2f s, slowest %.2f s (%.2f pages/s)\n",
                totalOcr / n, slowest, n / totalOcr);
    std::printf("  OCR CPU time per page (one thread): mean %.2f s, slowest %.2f s\n", totalCpu / n,
                slowestCpu);
    std::printf("Text PDFs: %d pages, %d matched, %.4f s per page (%.0f pages/s)\n", n, textMatched,
                textSeconds / n, n / textSeconds);
    return 0;
}
