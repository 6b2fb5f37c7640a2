// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/MainWindow.h"
#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/PatentsPage.h"
#include "gui/ChecksView.h"
#include "gui/ProjectDocument.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace shenbao;

namespace {

RuleState stateOf(const MainWindow &w, const char *id)
{
    const RuleResult *r = w.document()->evaluation().rule(QString::fromLatin1(id));
    REQUIRE(r);
    return r->state;
}

} // namespace

TEST_CASE("Main window: the demo opens eligible with the checks panel showing every rule",
          "[window]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    REQUIRE(w.document());
    CHECK(w.document()->evaluation().verdict == Verdict::Eligible);
    CHECK(w.windowTitle().contains(w.document()->displayName()));
    for (const RuleResult &r : w.document()->evaluation().rules)
        CHECK_FALSE(w.checks()->ruleText(r.id).isEmpty());
    CHECK(w.checks()->ruleText(QStringLiteral("EQ-3")).contains(QStringLiteral("符合")));
}

TEST_CASE(
    "Main window: R&D staff 19 makes EQ-3 不符合 and changes the verdict; undo brings it back",
    "[window]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.editor()->setStep(Step::BasicInfo);
    auto *rdStaff = w.findChild<QLineEdit *>(QStringLiteral("rdStaffEdit"));
    REQUIRE(rdStaff);
    const QString before = rdStaff->text();
    const QString titleBefore = w.windowTitle();
    REQUIRE(stateOf(w, "EQ-3") == RuleState::Met);

    // Exactly the threshold still qualifies.
    REQUIRE(test::typeInto(w, QStringLiteral("rdStaffEdit"), QStringLiteral("20")));
    CHECK(w.document()->project().applicant.rdStaff == 20);
    CHECK(stateOf(w, "EQ-3") == RuleState::Met);
    CHECK(w.document()->evaluation().verdict == Verdict::Eligible);

    // One below does not, and the panel and title say so while the user types.
    REQUIRE(test::typeInto(w, QStringLiteral("rdStaffEdit"), QStringLiteral("19")));
    CHECK(w.document()->project().applicant.rdStaff == 19);
    CHECK(stateOf(w, "EQ-3") == RuleState::NotMet);
    CHECK(w.document()->evaluation().verdict == Verdict::NotEligible);
    CHECK(w.checks()->ruleText(QStringLiteral("EQ-3")).contains(QStringLiteral("不符合")));
    CHECK(w.windowTitle() != titleBefore);

    // Both typing sessions were one undo step each; undoing both restores the demo's value.
    REQUIRE(w.undoAction()->isEnabled());
    w.undoAction()->trigger();
    CHECK(w.document()->project().applicant.rdStaff == 20);
    w.undoAction()->trigger();
    CHECK(stateOf(w, "EQ-3") == RuleState::Met);
    CHECK(w.document()->evaluation().verdict == Verdict::Eligible);
    CHECK(rdStaff->text() == before);
    CHECK(w.windowTitle() == titleBefore);
    w.redoAction()->trigger();
    CHECK(rdStaff->text() == QStringLiteral("20"));
}

TEST_CASE("Main window: clicking a rule in the checks panel opens its step and field", "[window]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    REQUIRE(w.editor()->currentStep() == Step::Domain);
    QTreeWidgetItem *eq3 = nullptr;
    for (QTreeWidgetItemIterator it(w.checks()->tree()); *it; ++it) {
        if ((*it)->text(0).startsWith(QStringLiteral("EQ-3")))
            eq3 = *it;
    }
    REQUIRE(eq3);
    w.checks()->tree()->scrollToItem(eq3);
    const QRect rect = w.checks()->tree()->visualItemRect(eq3);
    QTest::mouseClick(w.checks()->tree()->viewport(), Qt::LeftButton, {}, rect.center());
    const auto *rule = w.document()->evaluation().rule(QStringLiteral("EQ-3"));
    REQUIRE(rule);
    INFO("EQ-3 field: " << rule->field);
    CHECK(w.editor()->currentStep() == stepForPath(rule->field));
    if (rule->field == QStringLiteral("applicant.rdStaff"))
        CHECK(w.focusWidget() == w.findChild<QLineEdit *>(QStringLiteral("rdStaffEdit")));
}

TEST_CASE("Main window: money typed in 万元 is stored as exact yuan", "[window]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.editor()->setStep(Step::Finance);
    REQUIRE(test::typeInto(w, QStringLiteral("mainRevenue0Edit"), QStringLiteral("1550.0003")));
    const FinanceYear *y = w.document()->project().financeFor(2019);
    REQUIRE(y);
    CHECK(y->mainRevenueYuan == Yuan(15500003));
    // Five decimals cannot be stored exactly: the value is not taken and the field says why.
    auto *edit = w.findChild<QLineEdit *>(QStringLiteral("mainRevenue0Edit"));
    REQUIRE(test::typeInto(w, QStringLiteral("mainRevenue0Edit"), QStringLiteral("1.00001")));
    CHECK(edit->property("problem").toString() == QStringLiteral("error"));
    CHECK_FALSE(edit->toolTip().isEmpty());
}

TEST_CASE("Main window: paths of the JSON map to the steps that edit them", "[window]")
{
    CHECK(stepForPath(QStringLiteral("applicant.rdStaff")) == Step::BasicInfo);
    CHECK(stepForPath(QStringLiteral("attestations.noBadCredit3y")) == Step::BasicInfo);
    CHECK(stepForPath(QStringLiteral("finance[1].mainRevenueYuan")) == Step::Finance);
    CHECK(stepForPath(QStringLiteral("patents[2].granted")) == Step::Patents);
    CHECK(stepForPath(QStringLiteral("cases")) == Step::Cases);
    CHECK(stepForPath(QStringLiteral("domainDetail.project.elements[0].met")) ==
          Step::DomainDetail);
    CHECK(stepForPath(QStringLiteral("domain")) == Step::Domain);
    CHECK(stepForPath(QStringLiteral("qualifications[0]")) == Step::Domain);
    CHECK(stepForPath(QStringLiteral("narrative.profile")) == Step::Narrative);
    CHECK(stepForPath(QStringLiteral("evidence")) == Step::Evidence);
    CHECK(stepForPath(QStringLiteral("whatever.pdf")) == Step::Review);
}

TEST_CASE(
    "Main window: a wrong mobile number frames its field with the reason; a right one clears it",
    "[window]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.editor()->setStep(Step::BasicInfo);
    auto *mobile = w.findChild<QLineEdit *>(QStringLiteral("mobileEdit"));
    REQUIRE(mobile);
    CHECK(mobile->property("problem").toString().isEmpty());
    REQUIRE(test::typeInto(w, QStringLiteral("mobileEdit"), QStringLiteral("1380013800")));
    CHECK(w.document()->project().applicant.contact.mobile == QStringLiteral("1380013800"));
    CHECK(mobile->property("problem").toString() == QStringLiteral("error"));
    CHECK_FALSE(mobile->toolTip().isEmpty());
    REQUIRE(test::typeInto(w, QStringLiteral("mobileEdit"), QStringLiteral("13800138001")));
    CHECK(mobile->property("problem").toString().isEmpty());
}

TEST_CASE("Main window: patents imported from CSV are one undo step", "[window]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    const qsizetype before = w.document()->project().patents.size();
    const QString csv = dir.filePath(QStringLiteral("patents.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(
        QStringLiteral(
            "专利名称,专利号,类型,授权日期,核心\n一种方法,ZL202110000001.1,发明专利,2021-05-01,是\n"
            "一种装置,ZL202120000002.2,实用新型,2021-06-01,否\n")
            .toUtf8());
    f.close();
    const QStringList messages = w.editor()->patentsPage()->importCsv(csv);
    CHECK(messages.isEmpty());
    CHECK(w.document()->project().patents.size() == before + 2);
    CHECK(w.document()->project().patents.last().kind == PatentKind::UtilityModel);
    w.undoAction()->trigger();
    CHECK(w.document()->project().patents.size() == before);
}

TEST_CASE("Main window: the window remembers its geometry", "[window]")
{
    // A size that fits the 1366×768 test screen (one that does not is not restored: WindowFitTest).
    QByteArray saved;
    {
        MainWindow w;
        w.resize(1111, 666);
        w.show();
        w.close();
        saved = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    }
    CHECK_FALSE(saved.isEmpty());
    MainWindow again;
    CHECK(again.size() == QSize(1111, 666));
    // Later tests in the same process expect the default window size.
    QSettings().remove(QStringLiteral("window/geometry"));
}
