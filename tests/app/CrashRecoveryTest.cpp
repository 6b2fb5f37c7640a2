// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "AppTestSupport.h"
#include "store/ProjectFile.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

using namespace shenbao;

TEST_CASE("Crash recovery: the app killed mid-edit loses nothing that was typed", "[crash]")
{
    QTemporaryDir dir;
    const QString path = test::writeDemo(dir);
    REQUIRE_FALSE(path.isEmpty());

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-child"), path});
    REQUIRE(child.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("EDITED") && child.state() == QProcess::Running &&
           child.waitForReadyRead(60000))
        out += child.readAllStandardOutput();
    INFO(QString::fromLocal8Bit(child.readAllStandardError()));
    REQUIRE(out.contains("EDITED"));
    child.kill(); // SIGKILL: no chance to save or clean up
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    QString error;
    auto file = ProjectFile::open(path, &error);
    INFO(error);
    REQUIRE(file);
    CHECK(file->load().applicant.rdStaff == 37);
}
