// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The cross-check panel: the job runs on a worker, the rows show the states, Cancel drops a
// run (docs/cross-check.md).

#include "AppTestSupport.h"

#include "gui/CrossCheckPanel.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

#include <atomic>

#include <catch2/catch.hpp>

using namespace shenbao;
using namespace shenbao::crosscheck;

TEST_CASE("the cross-check runs off the GUI thread and lists each field's state",
          "[crosscheck][gui]")
{
    CrossCheckPanel panel;
    std::atomic<QThread *> ranOn{nullptr};
    panel.setJob([&ranOn](const CrossCheckOptions &options) {
        ranOn = QThread::currentThread();
        CrossCheckRun run;
        options.progress(0, 1);
        run.results << CrossCheckResult{QStringLiteral("patents[0]"),
                                        QStringLiteral("number"),
                                        QStringLiteral("ZL201710601862.3"),
                                        QStringLiteral("ZL95115608.X"),
                                        MatchState::Differs,
                                        QStringLiteral("ev-2"),
                                        7,
                                        TextOrigin::Ocr};
        run.results << CrossCheckResult{QStringLiteral("applicant"),
                                        QStringLiteral("uscc"),
                                        QStringLiteral("914403001922038216"),
                                        QStringLiteral("914403001922038216"),
                                        MatchState::Matched,
                                        QStringLiteral("ev-1"),
                                        1,
                                        TextOrigin::TextLayer};
        return run;
    });
    QSignalSpy finished(&panel, &CrossCheckPanel::finished);
    panel.start();
    CHECK(panel.isRunning());
    REQUIRE(finished.wait(10000));
    CHECK(ranOn.load() != QThread::currentThread());
    CHECK_FALSE(panel.isRunning());
    REQUIRE(panel.tree()->topLevelItemCount() == 2);
    CHECK(panel.tree()->topLevelItem(0)->text(3) == QStringLiteral("ZL95115608.X"));
    CHECK(panel.tree()->topLevelItem(0)->toolTip(0).contains(QStringLiteral("ev-2")));

    QSignalSpy show(&panel, &CrossCheckPanel::showEvidencePage);
    emit panel.tree()->itemActivated(panel.tree()->topLevelItem(0), 0);
    REQUIRE(show.count() == 1);
    CHECK(show.at(0).at(0).toString() == QStringLiteral("ev-2"));
    CHECK(show.at(0).at(1).toInt() == 7);

    // New data: the old results are gone.
    panel.setJob({});
    CHECK(panel.tree()->topLevelItemCount() == 0);
}

TEST_CASE("Cancel stops the worker at its next page and shows nothing of that run",
          "[crosscheck][gui]")
{
    CrossCheckPanel panel;
    std::atomic_bool stopped{false};
    panel.setJob([&stopped](const CrossCheckOptions &options) {
        CrossCheckRun run;
        for (int page = 0; page < 500; ++page) {
            if (!options.progress(page, 500)) {
                stopped = true;
                run.cancelled = true;
                return run;
            }
            QThread::msleep(10);
        }
        return run;
    });
    panel.start();
    QTest::qWait(50);
    panel.cancel();
    CHECK_FALSE(panel.isRunning());
    for (int i = 0; i < 1000 && !stopped.load(); ++i)
        QTest::qWait(10);
    CHECK(stopped.load());
    CHECK(panel.tree()->topLevelItemCount() == 0);
}
