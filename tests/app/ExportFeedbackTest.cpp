// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Issue 11, feedback of the export step: 「打开所在文件夹」 without a file manager says where
// the dossier is instead of failing silently; the demo's export does not default to the
// hidden application folder it lives in.

#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/ExportPage.h"
#include "applicant/MainWindow.h"
#include "gui/ProjectDocument.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace shenbao;

TEST_CASE("Export: 「open folder」 without a file manager names the folder", "[export][feedback]")
{
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openProject(test::writeDemo(dir)));
    ExportPage *page = w.editor()->exportPage();
    QStringList reports;
    page->setReport([&](const QString &message) { reports << message; });
    page->setConfirm([](const QString &) { return true; });
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    QSignalSpy finished(page, &ExportPage::exportFinished);
    REQUIRE(page->startExport(pdf));
    REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 120000));
    REQUIRE(finished.first().first().toBool());

    // No xdg-open, no file manager: the desktop services cannot open anything.
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", "/nonexistent");
    const bool opened = page->openFolder();
    qputenv("PATH", path);
    CHECK_FALSE(opened);
    REQUIRE(reports.size() == 1);
    CHECK(reports.first().contains(QDir::toNativeSeparators(dir.path())));
}

TEST_CASE("Export: the demo's files are suggested outside its hidden folder", "[export][feedback]")
{
    MainWindow w;
    REQUIRE(w.openDemo());
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    REQUIRE(QFileInfo(w.document()->path()).absolutePath() ==
            QFileInfo(appData).absoluteFilePath());
    const QString suggested = w.editor()->exportPage()->defaultName(QStringLiteral("pdf"));
    CHECK_FALSE(suggested.startsWith(appData));
    CHECK_FALSE(suggested.contains(QStringLiteral("/.")));
}
