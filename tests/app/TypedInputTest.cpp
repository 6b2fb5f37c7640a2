// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Input as people type it (full-width digits, groups, units, cities without 市), stored only
// when it parses; Ctrl+Z in a field; undo texts with the field's visible name.

#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/CaseDialog.h"
#include "applicant/DomainPage.h"
#include "applicant/HelpDialog.h"
#include "applicant/MainWindow.h"
#include "gui/ProjectDocument.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace shenbao;

namespace {

// Types into a field and leaves the cursor there, as a user who has not tabbed away yet.
QLineEdit *typeAndStay(MainWindow &w, const char *name, const QString &text)
{
    auto *edit = w.findChild<QLineEdit *>(QString::fromLatin1(name));
    if (!edit)
        return nullptr;
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w))
        return nullptr;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    test::typeText(edit, text);
    return edit;
}

const Applicant &applicant(const MainWindow &w)
{
    return w.document()->project().applicant;
}

} // namespace

TEST_CASE("Typed input: phones, numbers and cities as people type them", "[input]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.editor()->setStep(Step::BasicInfo);

    // 手机 in groups: nothing is cut off at 11 characters, the number is stored as digits.
    REQUIRE(test::typeInto(w, QStringLiteral("mobileEdit"), QStringLiteral("138 0013 8000")));
    auto *mobile = w.findChild<QLineEdit *>(QStringLiteral("mobileEdit"));
    CHECK(applicant(w).contact.mobile == QStringLiteral("13800138000"));
    CHECK(mobile->property("problem").toString().isEmpty());

    // A 400 number and a landline with extension are telephone numbers.
    for (const QString &phone :
         {QStringLiteral("400-800-1234"), QStringLiteral("020-12345678 转 801")}) {
        REQUIRE(test::typeInto(w, QStringLiteral("phoneEdit"), phone));
        CHECK(w.findChild<QLineEdit *>(QStringLiteral("phoneEdit"))
                  ->property("problem")
                  .toString()
                  .isEmpty());
        for (const Problem &p : w.document()->problems())
            CHECK(p.where != QStringLiteral("applicant.contact.phone"));
    }

    // Full-width digits with a unit in a count.
    REQUIRE(test::typeInto(w, QStringLiteral("employeesEdit"), QStringLiteral("３２０人")));
    CHECK(applicant(w).employees == 320);

    // 「东莞」 is the call's 东莞市, shown so once the field is left.
    QLineEdit *city = typeAndStay(w, "cityEdit", QStringLiteral("东莞"));
    REQUIRE(city);
    CHECK(applicant(w).city == QStringLiteral("东莞市"));
    // The completer offers 东莞市; the user dismisses it and confirms the field.
    if (city->completer() && city->completer()->popup()->isVisible())
        QTest::keyClick(city->completer()->popup(), Qt::Key_Escape);
    QTest::keyClick(city, Qt::Key_Return);
    CHECK(city->text() == QStringLiteral("东莞市"));
    // A city outside the list is kept and marked, not silently counted as outside.
    REQUIRE(test::typeInto(w, QStringLiteral("cityEdit"), QStringLiteral("长沙")));
    CHECK(w.findChild<QLineEdit *>(QStringLiteral("cityEdit"))->property("problem").toString() ==
          QStringLiteral("warning"));
}

TEST_CASE("Typed input: amounts with units and separators; what does not parse is not stored",
          "[input]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.editor()->setStep(Step::Finance);
    auto *edit = w.findChild<QLineEdit *>(QStringLiteral("mainRevenue0Edit"));
    REQUIRE(edit);
    auto stored = [&] {
        return w.document()->project().financeFor(2019)->mainRevenueYuan;
    };

    REQUIRE(test::typeInto(w, QStringLiteral("mainRevenue0Edit"), QStringLiteral("1250万元")));
    CHECK(stored() == Yuan(12500000));
    CHECK(edit->property("problem").toString().isEmpty());
    REQUIRE(test::typeInto(w, QStringLiteral("mainRevenue0Edit"), QStringLiteral("1,250.5")));
    CHECK(stored() == Yuan(12505000));
    REQUIRE(test::typeInto(w, QStringLiteral("mainRevenue0Edit"), QStringLiteral("１２５０")));
    CHECK(stored() == Yuan(12500000));

    // 「17500.1234」 was stored on the way to 「17500.12345」; the fifth decimal makes the whole
    // text unreadable, so nothing of it stays counted and the mark says so.
    REQUIRE(test::typeInto(w, QStringLiteral("mainRevenue0Edit"), QStringLiteral("17500.12345")));
    CHECK_FALSE(stored().has_value());
    CHECK(edit->property("problem").toString() == QStringLiteral("error"));
    CHECK((edit->toolTip().contains(QStringLiteral("Not stored")) ||
           edit->toolTip().contains(QStringLiteral("未保存"))));
    CHECK(edit->text() == QStringLiteral("17500.12345")); // what was typed stays to be corrected
    REQUIRE(test::typeInto(w, QStringLiteral("mainRevenue0Edit"), QStringLiteral("17500.1234")));
    CHECK(stored() == Yuan(175001234));
    CHECK(edit->property("problem").toString().isEmpty());
}

TEST_CASE("Typed input: a case's year typed as 「2021年」 and its city without 市", "[input]")
{
    const CallDefinition &call = CallDefinition::bundled();
    CaseDialog dialog(call, Case{});
    dialog.findChild<QLineEdit *>(QStringLiteral("yearEdit"))->setText(QStringLiteral("2021年"));
    dialog.findChild<QLineEdit *>(QStringLiteral("cityEdit"))->setText(QStringLiteral("东莞"));
    dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"))->setText(QStringLiteral("300万元"));
    const Case c = dialog.value();
    CHECK(c.year == 2021);
    CHECK(c.city == QStringLiteral("东莞市"));
    CHECK(c.amountYuan == Yuan(3000000));
    // An unreadable year keeps the dialog from closing and says why.
    dialog.findChild<QLineEdit *>(QStringLiteral("yearEdit"))->setText(QStringLiteral("二〇二一"));
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text().isEmpty());
}

TEST_CASE("Undo: Ctrl+Z in a field undoes its typing, then the document's previous edit", "[undo]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.editor()->setStep(Step::BasicInfo);
    const std::optional<QString> nameBefore = applicant(w).name;
    const std::optional<int> staffBefore = applicant(w).rdStaff;
    REQUIRE(test::typeInto(w, QStringLiteral("nameEdit"), QStringLiteral("东莞示例有限公司")));
    REQUIRE(applicant(w).name == QStringLiteral("东莞示例有限公司"));

    QLineEdit *staff = typeAndStay(w, "rdStaffEdit", QStringLiteral("25"));
    REQUIRE(staff);
    REQUIRE(applicant(w).rdStaff == 25);
    REQUIRE(w.focusWidget() == staff);
    // The field's own typing goes first (however many steps the line edit keeps) …
    for (int i = 0; i < 5 && applicant(w).rdStaff != staffBefore; ++i)
        QTest::keyClick(staff, Qt::Key_Z, Qt::ControlModifier);
    CHECK(applicant(w).rdStaff == staffBefore);
    CHECK(staff->text() == QString::number(*staffBefore));
    CHECK(applicant(w).name == QStringLiteral("东莞示例有限公司"));
    // … then the same key goes on with the document: the name typed before comes back.
    QTest::keyClick(staff, Qt::Key_Z, Qt::ControlModifier);
    CHECK(applicant(w).name == nameBefore);
    // Redo from the field brings the name back.
    QTest::keyClick(staff, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(applicant(w).name == QStringLiteral("东莞示例有限公司"));
}

TEST_CASE("Undo: the undo text names the field as the form shows it", "[undo]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.editor()->setStep(Step::Finance);
    REQUIRE(test::typeInto(w, QStringLiteral("profit0Edit"), QStringLiteral("12")));
    const QString finance = w.undoAction()->text();
    CHECK(finance.contains(QStringLiteral("2019")));
    CHECK_FALSE(finance.contains(QStringLiteral("profitYuan")));
    CHECK(w.findChild<QLineEdit *>(QStringLiteral("profit0Edit"))
              ->accessibleName()
              .startsWith(QStringLiteral("2019 ")));

    w.editor()->setStep(Step::Narrative);
    auto *profile = w.findChild<QPlainTextEdit *>(QStringLiteral("profileEdit"));
    REQUIRE(profile);
    profile->setFocus();
    QTest::keyClicks(profile, QStringLiteral("x"));
    const QString narrative = w.undoAction()->text();
    CHECK_FALSE(narrative.contains(QStringLiteral("narrative.")));
    CHECK(narrative.contains(QStringLiteral("单位简介")));
}

TEST_CASE("Domain: a switch that changes the verdict or hides data asks first", "[domain]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    REQUIRE(w.document()->evaluation().verdict == Verdict::Eligible);
    const std::optional<Domain> before = w.document()->project().domain;
    DomainPage *page = w.editor()->domainPage();
    auto *list = w.findChild<QListWidget *>(QStringLiteral("domainList"));
    REQUIRE(list);
    const int current = list->currentRow();
    const int other = current == 0 ? 1 : 0;

    QString question;
    page->setConfirm([&](const QString &q) {
        question = q;
        return false;
    });
    list->setCurrentRow(other); // the stray click
    CHECK_FALSE(question.isEmpty());
    CHECK(w.document()->project().domain == before);
    CHECK(list->currentRow() == current);
    CHECK(w.document()->evaluation().verdict == Verdict::Eligible);

    page->setConfirm([](const QString &) { return true; });
    list->setCurrentRow(other);
    CHECK(w.document()->project().domain != before);
}

TEST_CASE("Help: the notice is bundled and searchable; guide and shortcuts are there", "[help]")
{
    MainWindow w;
    w.show();
    QStringList items;
    for (const QAction *a : w.helpMenu()->actions())
        items << a->text();
    CHECK(items.size() >= 4); // notice, guide, shortcuts, about
    HelpDialog *help = w.showHelp(HelpDialog::Notice);
    REQUIRE(help);
    const QString notice = help->notice()->toPlainText();
    CHECK(notice.contains(QStringLiteral("智能制造生态合作伙伴")));
    CHECK(HelpDialog::noticeMarkdown().size() > 4000);
    CHECK(help->findInNotice(QStringLiteral("推荐")));
    CHECK(help->notice()->textCursor().selectedText() == QStringLiteral("推荐"));
    CHECK_FALSE(help->findInNotice(QStringLiteral("不在通知里的词语XYZ")));
    CHECK(help->shortcuts()->rowCount() >= 5);
    bool undoListed = false;
    for (int i = 0; i < help->shortcuts()->rowCount(); ++i)
        undoListed =
            undoListed || help->shortcuts()->item(i, 1)->text().contains(QStringLiteral("Ctrl+Z"));
    CHECK(undoListed);
    help->close();
}

TEST_CASE("Patents: one granted after the evaluation date is marked as not counted", "[input]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.document()->edit(QStringLiteral("test"), [](Project &p) {
        Patent late;
        late.title = QStringLiteral("迟授权的发明专利");
        late.kind = PatentKind::Invention;
        late.core = true;
        late.granted = QDate(2022, 5, 1);
        p.patents << late;
    });
    w.editor()->setStep(Step::Patents);
    auto *table = w.findChild<QTableView *>(QStringLiteral("patentTable"));
    REQUIRE(table);
    const QAbstractItemModel *model = table->model();
    REQUIRE(model);
    const int row = model->rowCount() - 1;
    bool marked = false;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QModelIndex cell = model->index(row, c);
        const QString text = cell.data().toString();
        marked = marked || (text.startsWith(QStringLiteral("2022-05-01")) && text.size() > 10 &&
                            !cell.data(Qt::DecorationRole).value<QIcon>().isNull() &&
                            !cell.data(Qt::ToolTipRole).toString().isEmpty());
    }
    CHECK(marked);
    // The rows before it look as they did.
    QString first;
    for (int c = 0; c < model->columnCount() && first.isEmpty(); ++c) {
        if (model->index(0, c).data().toString().startsWith(QStringLiteral("20")))
            first = model->index(0, c).data().toString();
    }
    REQUIRE_FALSE(first.isEmpty());
    CHECK(first.size() == 10);
}
