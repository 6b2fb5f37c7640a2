// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// One truth for readiness: the checks panel, the verdict line, the export question and the
// cover tell conditions (met / not met / incomplete) apart from problems in the form.

#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/ExportPage.h"
#include "applicant/MainWindow.h"
#include "gui/ChecksView.h"
#include "gui/LanguageManager.h"
#include "gui/ProjectDocument.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace shenbao;

namespace {

QString firstPageText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
             QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool exportTo(ExportPage *page, const QString &pdf)
{
    QSignalSpy finished(page, &ExportPage::exportFinished);
    if (!page->startExport(pdf))
        return false;
    return test::waitUntil([&] { return finished.count() == 1; }, 120000) &&
           finished.first().first().toBool();
}

// Switches the UI language for one test and back, also when the test fails half-way.
struct LanguageFor
{
    explicit LanguageFor(const QString &language)
        : before(LanguageManager::current())
    {
        LanguageManager::apply(language);
    }
    ~LanguageFor() { LanguageManager::apply(before); }
    QString before;
};

} // namespace

TEST_CASE("Readiness: a text over its limit is a problem in the form, not a condition",
          "[readiness]")
{
    const LanguageFor english(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    REQUIRE(w.document()->evaluation().verdict == Verdict::Eligible);
    CHECK(w.checks()->todoItems().isEmpty());

    // 简介 1,750 characters where 1,500 are allowed; every condition stays 符合.
    w.document()->edit(QStringLiteral("test"),
                       [](Project &p) { p.narrative.profile = QString(1750, QChar(u'智')); });
    const Evaluation &e = w.document()->evaluation();
    for (const RuleResult &r : e.rules)
        CHECK((r.informational || r.state == RuleState::Met));

    // The line at the top says what is wrong, and never 「0 conditions need more data」.
    const QString verdict = w.checks()->verdictText();
    CHECK(verdict.contains(QStringLiteral("Every condition is met")));
    CHECK(verdict.contains(QStringLiteral("1 problem")));
    CHECK_FALSE(verdict.contains(QStringLiteral("0 condition")));

    // The blocker is the first entry of the list, and a click opens its field.
    const QList<QTreeWidgetItem *> todo = w.checks()->todoItems();
    REQUIRE(todo.size() == 1);
    CHECK(todo.first()->text(0).contains(QStringLiteral("1,750 / 1,500")));
    QTreeWidget *tree = w.checks()->tree();
    CHECK(tree->topLevelItem(0) == todo.first()->parent());
    tree->scrollToItem(todo.first());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      tree->visualItemRect(todo.first()).center());
    CHECK(w.editor()->currentStep() == Step::Narrative);
    CHECK(w.focusWidget() == w.findChild<QPlainTextEdit *>(QStringLiteral("profileEdit")));

    // The export question names the problem and says the cover carries no stamp.
    w.editor()->setStep(Step::Export);
    ExportPage *page = w.editor()->exportPage();
    QString question;
    page->setConfirm([&](const QString &q) {
        question = q;
        return true;
    });
    const QString pdf = dir.filePath(QStringLiteral("forced.pdf"));
    REQUIRE(exportTo(page, pdf));
    CHECK(question.contains(QStringLiteral("1,750 / 1,500")));
    CHECK_FALSE(question.contains(QStringLiteral("0 condition")));
    CHECK_FALSE(question.contains(QStringLiteral("条件未全部符合")));
    // Every condition is met: the cover is not stamped.
    const QString cover = firstPageText(pdf);
    REQUIRE_FALSE(cover.isEmpty());
    CHECK_FALSE(cover.contains(QStringLiteral("条件未全部符合")));

    // Fixing the text makes the exported dossier outdated; printing it asks first.
    CHECK_FALSE(page->isOutdated());
    w.document()->edit(QStringLiteral("test"),
                       [](Project &p) { p.narrative.profile = QString(1400, QChar(u'智')); });
    CHECK(page->isOutdated());
    w.editor()->setStep(Step::Narrative);
    w.editor()->setStep(Step::Export);
    CHECK(w.findChild<QLabel *>(QStringLiteral("fileValue"))
              ->text()
              .contains(QStringLiteral("Outdated")));
    CHECK(w.findChild<QPushButton *>(QStringLiteral("printButton"))
              ->text()
              .contains(QStringLiteral("outdated")));
    int asked = 0;
    page->setConfirm([&](const QString &q) {
        ++asked;
        question = q;
        return false;
    });
    CHECK_FALSE(page->confirmPrint());
    CHECK(asked == 1);
    CHECK(question.contains(QStringLiteral("forced.pdf")));
}

TEST_CASE("Readiness: a condition not met stamps the cover and names it", "[readiness]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.document()->edit(QStringLiteral("test"), [](Project &p) { p.applicant.rdStaff = 19; });
    REQUIRE(w.document()->evaluation().verdict == Verdict::NotEligible);
    const QList<QTreeWidgetItem *> todo = w.checks()->todoItems();
    REQUIRE_FALSE(todo.isEmpty());
    CHECK(todo.first()->text(0).contains(QStringLiteral("EQ-3")));
    CHECK(w.checks()->verdictText().contains(QStringLiteral("EQ-3")));

    w.editor()->setStep(Step::Export);
    ExportPage *page = w.editor()->exportPage();
    QString question;
    page->setConfirm([&](const QString &q) {
        question = q;
        return true;
    });
    const QString pdf = dir.filePath(QStringLiteral("not-met.pdf"));
    REQUIRE(exportTo(page, pdf));
    CHECK(question.contains(QStringLiteral("条件未全部符合")));
    CHECK(question.contains(QStringLiteral("EQ-3")));
    const QString cover = firstPageText(pdf);
    CHECK(cover.contains(QStringLiteral("条件未全部符合")));
    // Named as the notice numbers the condition (EQ-3 is 附件1 一（二）), never by its rule id.
    CHECK(cover.contains(QStringLiteral("不符合：附件1 一（二）")));
    CHECK_FALSE(cover.contains(QStringLiteral("EQ-3")));
}
