// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/ExportPage.h"
#include "applicant/MainWindow.h"
#include "gui/DossierViewer.h"
#include "gui/LanguageManager.h"

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QSettings>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace shenbao;

// The screenshots of packaging/screenshots/ (README, AppStream) are made here, from the real
// window with the demo open, so they always show the current UI.
TEST_CASE("Screenshots of the start page and of every step", "[screenshots]")
{
    QTemporaryDir dir;
    LanguageManager::apply(QStringLiteral("zh_CN"));
    const QDir out(test::screenshotDir());
    REQUIRE(QDir().mkpath(out.path()));
    // The window as it opens on the test screen, a 1366×768 laptop (tests/app/main.cpp).
    MainWindow w;
    w.show();
    auto save = [&](const QString &name) {
        test::waitUntil([] { return false; }, 300); // thumbnails and layouts settle
        const QImage image = w.grab().toImage();
        REQUIRE(image.save(out.filePath(name)));
        CHECK(image.width() >= 1000);
    };
    // The start page as a returning user sees it: the example among the recent files.
    QSettings().remove(QStringLiteral("recentProjects"));
    const QString demo = test::writeDemo(dir, QStringLiteral("广州示例智能装备有限公司.shenbao"));
    REQUIRE(w.openProject(demo));
    w.closeProject();
    save(QStringLiteral("00-start.png"));
    REQUIRE(w.openProject(demo));
    static const char *const names[] = {"01-domain",        "02-basic-info",
                                        "03-operations",    "04-ip",
                                        "05-cases",         "05b-projects-qualifications",
                                        "06-domain-detail", "07-narrative",
                                        "08-evidence",      "09-check",
                                        "10-export"};
    for (int i = 0; i < kStepCount; ++i) {
        w.editor()->setStep(Step(i));
        if (Step(i) == Step::Export) {
            // The export step with a finished export: page count and fingerprint.
            QSignalSpy finished(w.editor()->exportPage(), &ExportPage::exportFinished);
            REQUIRE(w.editor()->exportPage()->startExport(
                dir.filePath(QStringLiteral("申报材料.pdf"))));
            REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 120000));
        }
        save(QString::fromLatin1(names[i]) + QStringLiteral(".png"));
    }
    // The exported dossier in the app's viewer, with its bookmarks.
    DossierViewer viewer(w.editor()->exportPage()->lastPdf(), &w);
    viewer.resize(1280, 700);
    viewer.show();
    CHECK(viewer.pageCount() > 0);
    test::waitUntil([] { return false; }, 500);
    REQUIRE(viewer.grab().toImage().save(out.filePath(QStringLiteral("11-viewer.png"))));
}
