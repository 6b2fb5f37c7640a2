// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Core's problems and rule figures in the UI language (gui/ProblemText): English in the English
// UI, with no Chinese character left; in the Chinese UI, word for word what core (and the CLI)
// say. And a list still being entered reads 「还差 N 项」 in amber, not 不符合 in red.

#include "gui/ProblemText.h"
#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/EvidencePage.h"
#include "applicant/MainWindow.h"
#include "gui/ChecksView.h"
#include "gui/EvaluationText.h"
#include "gui/LanguageManager.h"
#include "gui/ProjectDocument.h"
#include "gui/StateIcons.h"
#include "rules/Uscc.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace shenbao;

namespace {

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

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3000 && u <= 0x303F) || (u >= 0x3400 && u <= 0x9FFF) ||
            (u >= 0xFF00 && u <= 0xFFEF))
            return true;
    }
    return false;
}

QStringList treeTexts(QTreeWidget *tree)
{
    QStringList out;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        out << (*it)->text(0);
    return out;
}

// Several problems at once: a text over its limit, a USCC with a wrong check character, a
// mobile number too short, a founding date after the evaluation date, no business licence.
void spoil(ProjectDocument &document)
{
    document.edit(QStringLiteral("test"), [](Project &p) {
        p.narrative.profile = QString(1750, QChar(u'x'));
        const UsccCheck check = checkUscc(*p.applicant.uscc);
        p.applicant.uscc = p.applicant.uscc->left(17) + (check.expectedCheck == u'0' ? u'1' : u'0');
        p.applicant.contact.mobile = QStringLiteral("12345");
        p.applicant.founded = QDate(2030, 1, 1);
        p.evidence.removeIf(
            [](const Evidence &e) { return e.category == EvidenceCategory::BusinessLicense; });
    });
}

} // namespace

TEST_CASE("Problem messages follow the UI language", "[problemtext]")
{
    const LanguageFor english(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    spoil(*w.document());
    const Problems &problems = w.document()->problems();
    REQUIRE(hasErrors(problems));

    // Checks panel: the verdict line, the 「To do」 list and every rule, in English.
    const QStringList lines = treeTexts(w.checks()->tree());
    for (const QString &line : lines) {
        INFO(line.toStdString());
        CHECK_FALSE(hasCjk(line));
    }
    CHECK_FALSE(hasCjk(w.checks()->verdictText()));
    const QString all = lines.join(u'\n');
    CHECK(all.contains(
        QStringLiteral("Unit profile is over its length limit: 1,750 / 1,500 characters")));
    CHECK(all.contains(
        QStringLiteral("The check character of the unified social credit code is wrong")));
    CHECK(all.contains(QStringLiteral("Mobile number is not valid")));
    CHECK(
        all.contains(QStringLiteral("Date of founding (2030-01-01) is after the evaluation date")));
    CHECK(all.contains(QStringLiteral("Business licence missing")));
    CHECK(all.contains(QStringLiteral("To complete: Business licence")));

    // The red frame of a field says the same in English.
    w.editor()->setStep(Step::BasicInfo);
    auto *mobile = w.findChild<QLineEdit *>(QStringLiteral("mobileEdit"));
    REQUIRE(mobile);
    CHECK(mobile->property("problem").toString() == QStringLiteral("error"));
    CHECK(mobile->toolTip().contains(QStringLiteral("Mobile number is not valid")));
    CHECK_FALSE(mobile->toolTip().contains(QStringLiteral("手机格式不正确")));

    // The Chinese UI shows core's own words, as the CLI prints them.
    w.setLanguage(QStringLiteral("zh_CN"));
    const QString chinese = treeTexts(w.checks()->tree()).join(u'\n');
    for (const Problem &p : problems) {
        INFO(p.message.toStdString());
        CHECK(chinese.contains(p.message));
        CHECK(ProblemText::problem(p) == p.message);
    }
    for (const RuleResult &r : w.document()->evaluation().rules) {
        INFO(r.id.toStdString());
        CHECK(ProblemText::figure(r) == r.figure);
        CHECK(ProblemText::missingEvidence(r) == r.missingEvidence);
    }
    CHECK(mobile->toolTip().contains(QStringLiteral("手机格式不正确：「12345」")));
}

TEST_CASE("Chinese phrasing reproduces every figure and problem of the demo domains",
          "[problemtext]")
{
    // Each domain of the demo project, and the demo with its documents removed: the Chinese
    // UI's phrasing is exactly core's text (translations/shenbao_zh_CN.ts is complete).
    const LanguageFor chinese(QStringLiteral("zh_CN"));
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    spoil(*w.document());
    for (const Domain d : allValues<Domain>()) {
        w.document()->edit(QStringLiteral("test"), [d](Project &p) { p.domain = d; });
        const Evaluation &e = w.document()->evaluation();
        for (const RuleResult &r : e.rules) {
            INFO(r.id.toStdString() + " " + r.figure.toStdString());
            CHECK(ProblemText::figure(r) == r.figure);
            CHECK(ProblemText::missingEvidence(r) == r.missingEvidence);
        }
        for (const Problem &p : e.problems) {
            INFO(p.message.toStdString());
            CHECK(ProblemText::problem(p) == p.message);
        }
    }
}

TEST_CASE("The first patents of a list are 「还差 N 项」 in amber, not 不符合",
          "[problemtext][readiness]")
{
    const LanguageFor chinese(QStringLiteral("zh_CN"));
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    REQUIRE(w.document()->project().domain == Domain::Equipment);

    // The user has entered one core invention patent of the five EQ-1 asks for.
    w.document()->edit(QStringLiteral("test"), [](Project &p) {
        while (p.patents.size() > 1)
            p.patents.removeLast();
    });
    const Evaluation &e = w.document()->evaluation();
    REQUIRE(e.verdict == Verdict::NotEligible); // core's verdict is unchanged
    REQUIRE(e.rule(QStringLiteral("EQ-1"))->shortBy == 4);

    const QString verdict = w.checks()->verdictText();
    CHECK(verdict.contains(QStringLiteral("还差 4 项")));
    CHECK_FALSE(verdict.contains(QStringLiteral("不符合")));
    auto *label = w.checks()->findChild<QLabel *>(QStringLiteral("verdictLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(markColor(Mark::Incomplete).name()));
    CHECK_FALSE(label->text().contains(markColor(Mark::NotMet).name()));
    CHECK(w.checks()->ruleText(QStringLiteral("EQ-1")).contains(QStringLiteral("还差 4 项")));
    CHECK_FALSE(w.checks()->ruleText(QStringLiteral("EQ-1")).contains(QStringLiteral("不符合")));
    const QList<QTreeWidgetItem *> todo = w.checks()->todoItems();
    REQUIRE_FALSE(todo.isEmpty());
    CHECK(todo.first()->text(0).contains(QStringLiteral("还差 4 项")));

    // The export question and the cover still say which condition is not met.
    const QString question = EvaluationText::exportQuestion(e, w.document()->call());
    CHECK(question.contains(QStringLiteral("EQ-1")));
    CHECK(question.contains(QStringLiteral("不符合")));
    CHECK(EvaluationText::verdict(e).contains(QStringLiteral("不符合")));

    // Once another condition fails for good, the short list is 不符合 as well, in red.
    w.document()->edit(QStringLiteral("test"),
                       [](Project &p) { p.applicant.registeredInPRC = false; });
    CHECK(w.checks()->verdictText().contains(QStringLiteral("不符合")));
    CHECK(w.checks()->ruleText(QStringLiteral("EQ-1")).contains(QStringLiteral("不符合")));
    CHECK(label->text().contains(markColor(Mark::NotMet).name()));

    // In English: 「still 4 to add」.
    w.document()->edit(QStringLiteral("test"),
                       [](Project &p) { p.applicant.registeredInPRC = true; });
    w.setLanguage(QStringLiteral("en"));
    CHECK(w.checks()->verdictText().contains(QStringLiteral("4 more items to add (EQ-1)")));
    CHECK(w.checks()->ruleText(QStringLiteral("EQ-1")).contains(QStringLiteral("still 4 to add")));
}

TEST_CASE("An evidence file refused on attaching is explained in English", "[problemtext]")
{
    const LanguageFor english(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.editor()->setStep(Step::Evidence);
    const QString broken = dir.filePath(QStringLiteral("broken.pdf"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7\nthis is not really a pdf");
    }
    EvidencePage *page = w.editor()->evidencePage();
    QSignalSpy added(page, &EvidencePage::filesAdded);
    page->addFiles({broken});
    REQUIRE(test::waitUntil([&] { return !added.isEmpty(); }));
    const Problems problems = added.takeFirst().at(0).value<Problems>();
    REQUIRE(hasErrors(problems));
    CHECK(problems.first().code == ProblemCode::EvidencePdfDamaged);
    auto *label = w.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    REQUIRE(label);
    const QString text = label->text();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("broken.pdf")));
    CHECK(text.contains(QStringLiteral("The PDF file is damaged and cannot be read")));
    CHECK_FALSE(hasCjk(text));
}
