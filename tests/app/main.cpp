// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "AppTestSupport.h"
#include "applicant/ApplicantApp.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    // No display needed, also when CTest lists the tests at build time (catch_discover_tests
    // runs this executable without the test's ENVIRONMENT). Screenshots render offscreen too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen screen is a 1366×768 laptop with window frames (not the plugin's default
    // 800×600), so that the windows are tested at the smallest size they must fit.
    QTemporaryDir screenDir;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && screenDir.isValid()) {
        const QString config = screenDir.filePath(QStringLiteral("screen.json"));
        QFile file(config);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(
                R"({"windowFrameMargins": true, "screens": [{"name": "laptop", "x": 0, "y": 0,
                "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
            file.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
        }
    }
    // Settings, recent files and the demo copy go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    // The crash-recovery test runs this executable as the application it then kills.
    if (argc == 3 && qstrcmp(argv[1], "--crash-child") == 0)
        return shenbao::test::runCrashChild(argc, argv);
    // Every run starts as a first run (no saved geometry, language or recent files), and test
    // processes that CTest runs in parallel do not share settings.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    shenbao::setUpApplication(app);
    return Catch::Session().run(argc, argv);
}
