// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The GUI at a keystroke and at a step change (issue 15), in the real main window
// (offscreen): the demo grown to N patents + N cases, with F of the evidence entries backed
// by stored JPEG files (distinct small scans). For each step it prints the GUI thread's CPU
// time to open it (until the event loop is idle), and the median CPU time of a key typed
// into a text field of that step until idle (the edit is on disk when the key returns).
// Finally the process's resident memory after every step was shown and the thumbnails
// drawn. Targets: a key ≤ 16 ms, opening a step ≤ 100 ms, RSS ≤ 150 MB.
//
//   shenbao_typing_bench [--items N] [--files F] [--keys K] [--step S]
//   (defaults 1000, 1000, 15, every step; S is the step's number, 1-11, e.g. to profile one)

#include "LargeProject.h"
#include "ThreadCpu.h"

#include "applicant/ApplicationEditor.h"
#include "applicant/MainWindow.h"
#include "applicant/StepPage.h"
#include "applicant/Steps.h"
#include "gui/ProjectDocument.h"
#include "store/ProjectFile.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace shenbao;
using bench::threadCpuMs;

namespace {

// Runs the event loop until nothing is pending (two empty passes in a row).
void settle()
{
    for (int quiet = 0; quiet < 2;) {
        const bool had =
            QCoreApplication::instance()->eventDispatcher()->processEvents(QEventLoop::AllEvents);
        quiet = had ? 0 : quiet + 1;
    }
}

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// A small, distinct "scan": 600×850 px, about 60-90 KB as JPEG.
bool writeScan(const QString &path, int index)
{
    QImage img(600, 850, QImage::Format_RGB32);
    img.fill(QColor(245, 243, 236));
    QPainter p(&img);
    p.setPen(Qt::black);
    for (int line = 0; line < 40; ++line)
        p.drawLine(40, 60 + line * 19, 40 + (index * 37 + line * 53) % 500, 60 + line * 19);
    p.drawText(QRect(40, 10, 500, 40), Qt::AlignLeft, QStringLiteral("扫描件 %1").arg(index));
    p.end();
    return img.save(path, "JPEG", 80);
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The first visible, enabled one-line text field of `page` (or a plain-text editor).
QWidget *textField(QWidget *page)
{
    for (QLineEdit *e : page->findChildren<QLineEdit *>()) {
        if (e->isVisible() && e->isEnabled() && !e->isReadOnly() && !e->validator())
            return e;
    }
    for (QPlainTextEdit *e : page->findChildren<QPlainTextEdit *>()) {
        if (e->isVisible() && e->isEnabled() && !e->isReadOnly())
            return e;
    }
    return nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int items = 1000, files = 1000, keys = 15, onlyStep = 0;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1StringView("--items"))
            items = args[i + 1].toInt();
        else if (args[i] == QLatin1StringView("--files"))
            files = args[i + 1].toInt();
        else if (args[i] == QLatin1StringView("--keys"))
            keys = args[i + 1].toInt();
        else if (args[i] == QLatin1StringView("--step"))
            onlyStep = args[i + 1].toInt();
    }

    QTemporaryDir dir;
    Project project = bench::largeProject(items, items);
    int withFile = 0;
    for (Evidence &e : project.evidence)
        e.file.reset(); // the demo's own files are not written here
    for (int i = 0; i < project.evidence.size() && withFile < files; ++i) {
        Evidence &e = project.evidence[i];
        const QString path = dir.filePath(QStringLiteral("scan-%1.jpg").arg(i));
        if (!writeScan(path, i))
            return 2;
        e.file = path;
        e.sha256.reset();
        e.pages.reset();
        ++withFile;
    }
    const QString projectPath = dir.filePath(QStringLiteral("bench.shenbao"));
    Problems problems;
    if (!ProjectFile::createFrom(projectPath, project, dir.path(), &problems)) {
        for (const auto &p : problems)
            std::fprintf(stderr, "%s\n", qPrintable(p.toString()));
        return 3;
    }

    MainWindow w;
    w.resize(1280, 860);
    w.show();
    settle();
    if (!w.openProject(projectPath))
        return 4;
    settle();
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w))
        std::fprintf(stderr, "window not active: key presses may not reach the fields\n");

    std::printf("project: %d patents + %d cases, %lld evidence entries, %d with a stored file\n",
                items, items, qlonglong(project.evidence.size()), withFile);
    std::printf("%-14s %10s %10s %12s\n", "step", "open_ms", "key_ms", "field");
    double worstOpen = 0, worstKey = 0;
    for (const Step step : {Step::Domain, Step::BasicInfo, Step::Finance, Step::Patents,
                            Step::Cases, Step::ProjectsQualifications, Step::DomainDetail,
                            Step::Narrative, Step::Evidence, Step::Review, Step::Export}) {
        if (onlyStep > 0 && int(step) + 1 != onlyStep)
            continue;
        const double start = threadCpuMs();
        w.editor()->setStep(step);
        settle();
        const double open = threadCpuMs() - start;
        QWidget *page = w.editor()->page(step);
        QWidget *field = page ? textField(page) : nullptr;
        std::vector<double> perKey;
        if (field) {
            field->setFocus();
            settle();
            for (int k = 0; k < keys; ++k) {
                const double t0 = threadCpuMs();
                QTest::keyClick(field, Qt::Key(Qt::Key_A + k % 26));
                settle();
                perKey.push_back(threadCpuMs() - t0);
            }
        }
        const double key = median(perKey);
        worstOpen = std::max(worstOpen, open);
        worstKey = std::max(worstKey, key);
        std::printf("%-14s %10.1f %10.1f %12s\n",
                    qPrintable(ApplicationEditor::stepTitle(step).left(12)), open, key,
                    field ? qPrintable(field->objectName()) : "-");
    }
    // Thumbnails are drawn on a worker; memory is read once it stops changing.
    w.editor()->setStep(Step::Evidence);
    long last = -1;
    for (int stable = 0, rounds = 0; stable < 4 && rounds < 240; ++rounds) {
        QTest::qWait(500);
        settle();
        const long now = rssKiB();
        stable = std::abs(now - last) < 512 ? stable + 1 : 0;
        last = now;
    }
    w.editor()->setStep(Step::Evidence);
    settle();
    std::printf("worst: open a step %.1f ms (target <= 100), a key %.1f ms (target <= 16); "
                "RSS %.0f MB (target <= 150)\n",
                worstOpen, worstKey, double(rssKiB()) / 1024.0);
    return 0;
}
