// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Both windows on a 1366×768 laptop (tests/app/main.cpp gives the offscreen platform that
// screen): they open within the available geometry, the step buttons and 「添加文件」 stay in
// view, and a saved geometry from a larger screen is not restored.

#include "gui/WindowFit.h"
#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/EvidencePage.h"
#include "applicant/MainWindow.h"
#include "gui/LanguageManager.h"
#include "gui/ProjectDocument.h"
#include "officer/OfficerWindow.h"

#include <QDir>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace shenbao;

namespace {

// True when `widget` is shown whole inside `window`, and inside the viewport of every scroll
// area around it (so the user need not scroll to reach it).
bool inView(QWidget *widget, QWidget *window)
{
    if (!widget->isVisible())
        return false;
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    if (!window->rect().contains(inWindow)) {
        UNSCOPED_INFO("outside the window: " << inWindow.x() << "," << inWindow.y());
        return false;
    }
    for (QWidget *p = widget->parentWidget(); p && p != window; p = p->parentWidget()) {
        auto *scroll = qobject_cast<QScrollArea *>(p);
        if (!scroll)
            continue;
        QWidget *viewport = scroll->viewport();
        const QRect inViewport(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
        if (!viewport->rect().contains(inViewport)) {
            UNSCOPED_INFO("outside the viewport of "
                          << scroll->objectName().toStdString() << ": " << inViewport.x() << ","
                          << inViewport.y() << " " << inViewport.width() << "×"
                          << inViewport.height() << " in " << viewport->width() << "×"
                          << viewport->height());
            return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("Fit: the test screen is a 1366×768 laptop", "[fit]")
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    REQUIRE(screen);
    CHECK(screen->geometry().size() == QSize(1366, 768));
}

TEST_CASE("Fit: the applicant window opens within the screen; buttons stay in view", "[fit]")
{
    QSettings().remove(QStringLiteral("window/geometry"));
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const QRect available = w.screen()->availableGeometry();
    INFO("frame " << w.frameGeometry().width() << "×" << w.frameGeometry().height());
    CHECK(available.contains(w.frameGeometry()));
    CHECK(WindowFit::fits(&w));

    REQUIRE(w.openProject(test::writeDemo(dir)));
    auto *next = w.findChild<QPushButton *>(QStringLiteral("nextButton"));
    auto *previous = w.findChild<QPushButton *>(QStringLiteral("previousButton"));
    REQUIRE(next);
    for (int i = 0; i < kStepCount; ++i) {
        w.editor()->setStep(Step(i));
        test::waitUntil([] { return false; }, 50);
        INFO("step " << i);
        CHECK(available.contains(w.frameGeometry()));
        if (i + 1 < kStepCount)
            CHECK(inView(next, &w));
        CHECK(inView(previous, &w));
    }
    // The evidence step: what is missing does not push 「添加文件」 below the fold.
    w.editor()->setStep(Step::Evidence);
    w.document()->edit(QStringLiteral("test"), [](Project &p) { p.evidence.clear(); });
    test::waitUntil([] { return false; }, 50);
    // Several steps have an 「添加」 button: the evidence step's own.
    auto *add = w.editor()->evidencePage()->findChild<QPushButton *>(QStringLiteral("addButton"));
    REQUIRE(add);
    CHECK(inView(add, &w));
}

TEST_CASE("Fit: a saved geometry from a larger screen is not restored", "[fit]")
{
    {
        MainWindow big;
        big.setGeometry(0, 0, 1900, 1150);
        QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
    }
    MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    CHECK(w.screen()->availableGeometry().contains(w.frameGeometry()));
    QSettings().remove(QStringLiteral("window/geometry"));
}

TEST_CASE("Fit: the officer workspace opens within the screen", "[fit]")
{
    OfficerWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    INFO("frame " << w.frameGeometry().width() << "×" << w.frameGeometry().height());
    CHECK(w.screen()->availableGeometry().contains(w.frameGeometry()));
}

// Every step, in Chinese and in English, fits the window's width on a 1366×768 screen: long
// pages scroll vertically inside the step's area, never sideways. The English basic-information
// step (bilingual labels such as 「Evidence of the R&D institution (批准或设立文件)」) was wider
// than the window and cut its fields off at the right.
TEST_CASE("Fit: every step fits the window's width, in Chinese and in English", "[fit]")
{
    const QString language = GENERATE(QStringLiteral("zh_CN"), QStringLiteral("en"));
    INFO(language.toStdString());
    LanguageManager::apply(language);
    QSettings().remove(QStringLiteral("window/geometry"));
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.openProject(test::writeDemo(dir)));
    for (int i = 0; i < kStepCount; ++i) {
        w.editor()->setStep(Step(i));
        test::waitUntil([] { return false; }, 50);
        QWidget *page = w.editor()->page(Step(i));
        REQUIRE(page);
        QScrollArea *scroll = nullptr;
        for (QWidget *p = page->parentWidget(); p && !scroll; p = p->parentWidget())
            scroll = qobject_cast<QScrollArea *>(p);
        if (!scroll)
            continue; // a step that lays itself out in the window
        INFO("step " << i << ": needs " << page->minimumSizeHint().width() << ", has "
                     << scroll->viewport()->width());
        if (Step(i) == Step::Evidence) {
            // The evidence step's two panes side by side (it needed 750 px, 809 in English,
            // with five buttons in one row): say which one is too wide.
            for (const char *name : {"listPane", "detailPane", "detailGroup", "categoryCombo",
                                     "provesCombo", "fileInfoLabel"})
                if (auto *child = page->findChild<QWidget *>(QString::fromLatin1(name)))
                    UNSCOPED_INFO(name << " needs " << child->minimumSizeHint().width());
        }
        CHECK(page->minimumSizeHint().width() <= scroll->viewport()->width());
        if (Step(i) == Step::Evidence) {
            // For the eye: the step as a 1366×768 user sees it (build/tests/app/screenshots),
            // with a file selected so that its form is filled in.
            auto *table = page->findChild<QTableView *>(QStringLiteral("evidenceTable"));
            REQUIRE(table);
            REQUIRE(table->model()->rowCount() > 0);
            table->selectRow(0);
            test::waitUntil([] { return false; }, 300);
            const QDir out(test::screenshotDir());
            REQUIRE(QDir().mkpath(out.path()));
            REQUIRE(w.grab().toImage().save(
                out.filePath(QStringLiteral("fit-evidence-%1.png").arg(language))));
            // The selected file's form is whole inside the visible area, its boxes not squeezed.
            for (const char *name : {"categoryCombo", "provesCombo", "titleEdit", "detailGroup"}) {
                auto *child = page->findChild<QWidget *>(QString::fromLatin1(name));
                REQUIRE(child);
                INFO(name);
                CHECK(child->height() >= child->minimumSizeHint().height());
                const QRect inViewport(child->mapTo(scroll->viewport(), QPoint(0, 0)),
                                       child->size());
                CHECK(scroll->viewport()->rect().contains(inViewport.topRight()));
            }
        }
    }
    LanguageManager::apply(QStringLiteral("zh_CN"));
}
