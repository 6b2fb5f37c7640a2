// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// "A crash loses at most the edit in flight, never the file" (architecture.md), tested by
// killing a process that saves in a loop (tests/core/crash_writer.cpp) at random moments.

#include "StoreTestSupport.h"

#include "store/ProjectFile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

using namespace shenbao;
using namespace shenbao::test;

TEST_CASE("a writer killed at random moments never damages the project", "[store][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.shenbao"));
    const QString imageA = dir.filePath(QStringLiteral("a.png"));
    const QString imageB = dir.filePath(QStringLiteral("b.png"));
    // ~3 MB each: more than SQLite's 2 MB page cache, so storing one spills pages into the
    // file before COMMIT, the window in which only the rollback journal protects it. (With
    // journal_mode=OFF this test fails within a few kills; with small blobs it would not.)
    writeNoisePng(imageA, 900, 900, 1);
    writeNoisePng(imageB, 900, 880, 2);
    const QStringList validShas = {sha256OfFile(imageA), sha256OfFile(imageB)};

    Project project = sampleProject();
    project.applicant.employees = 0;
    project.evidence[0].file = imageA;
    Problems problems;
    REQUIRE(ProjectFile::createFrom(path, project, dir.path(), &problems));

    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator rng(seed);
    int counter = 0;
    int inFlight = 0;
    int runs = 0;
    QElapsedTimer clock;
    clock.start();
    // At least 30 kills; stop early only if the machine is so slow the suite would drag on.
    for (; runs < 30 && clock.elapsed() < 15000; ++runs) {
        QProcess writer;
        writer.start(QStringLiteral(SHENBAO_CRASH_WRITER), {path, imageA, imageB});
        REQUIRE(writer.waitForStarted(5000));
        REQUIRE(writer.waitForReadyRead(10000)); // "ready": the file is open
        QThread::msleep(rng.bounded(20, 201));
        writer.kill(); // SIGKILL: no destructor, no rollback, no close
        REQUIRE(writer.waitForFinished(5000));
        INFO(QString::fromLocal8Bit(writer.readAllStandardError()));
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);

        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        REQUIRE(lines.value(0) == "ready");
        int lastCommitted = counter;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines[i].isEmpty())
                lastCommitted = lines[i].toInt();
        }

        QString error;
        auto file = ProjectFile::open(path, &error);
        INFO("run " << runs << ": " << error);
        REQUIRE(file);
        const int stored = file->load().applicant.employees.value_or(-1);
        INFO("last committed " << lastCommitted << ", found " << stored);
        REQUIRE((stored == lastCommitted || stored == lastCommitted + 1));
        inFlight += stored == lastCommitted + 1;
        counter = stored;

        const auto evidence = file->storedFile(QStringLiteral("ev-1"));
        REQUIRE(evidence);
        CHECK(validShas.contains(evidence->sha256));
        CHECK(sha256Hex(file->readEvidence(QStringLiteral("ev-1"))) == evidence->sha256);
        file.reset();
        CHECK(rawSql(path, "PRAGMA integrity_check") == QStringLiteral("ok"));
    }
    CHECK(runs >= 30);
    CHECK(counter > 0); // the writer did get edits in
    WARN("kills: " << runs << ", edits committed: " << counter
                   << ", kills that landed after COMMIT but before the print: " << inFlight);
}
