// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The list editing shared by ④ patents and ⑤ cases (ListEditorPage): a JSON path selects its
// row, Edit/Remove follow the selection, Remove is one undo step naming the row, and the
// selection survives the table's refill.

#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/MainWindow.h"
#include "applicant/StepPage.h"
#include "gui/ProjectDocument.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace shenbao;

namespace {

struct ListCase
{
    Step step;
    const char *key;
    const char *table;
    QString removeText;
    qsizetype (*count)(const Project &);
};

} // namespace

TEST_CASE("List editor: a path selects its row; Remove takes that row as one undo step",
          "[listeditor]")
{
    const ListCase lists[] = {
        {Step::Patents, "patents", "patentTable",
         QCoreApplication::translate("shenbao::PatentsPage", "Remove patent %1").arg(2),
         [](const Project &p) {
             return p.patents.size();
         }},
        {Step::Cases, "cases", "caseTable",
         QCoreApplication::translate("shenbao::CasesPage", "Remove case %1").arg(2),
         [](const Project &p) {
             return p.cases.size();
         }},
    };
    for (const ListCase &list : lists) {
        INFO(list.key);
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        REQUIRE(w.openProject(test::writeDemo(dir)));
        w.editor()->setStep(list.step);
        auto *page = w.editor()->page(list.step);
        auto *table = page->findChild<QTableView *>(QString::fromLatin1(list.table));
        auto *edit = page->findChild<QPushButton *>(QStringLiteral("editButton"));
        auto *remove = page->findChild<QPushButton *>(QStringLiteral("removeButton"));
        REQUIRE(table);
        REQUIRE(edit);
        REQUIRE(remove);
        const qsizetype before = list.count(w.document()->project());
        REQUIRE(before >= 2);
        CHECK(table->model()->rowCount() == before);

        table->clearSelection();
        CHECK_FALSE(edit->isEnabled());
        CHECK_FALSE(remove->isEnabled());

        w.editor()->jumpTo(QStringLiteral("%1[1].title").arg(QString::fromLatin1(list.key)));
        REQUIRE(table->selectionModel()->selectedRows().size() == 1);
        CHECK(table->selectionModel()->selectedRows().first().row() == 1);
        CHECK(edit->isEnabled());
        CHECK(remove->isEnabled());

        // An unrelated edit refills the table; the selected row stays selected.
        w.document()->edit(QStringLiteral("test"), [](Project &p) { p.softwareCopyrights = 7; });
        w.editor()->page(list.step)->refreshNow();
        REQUIRE(table->selectionModel()->selectedRows().size() == 1);
        CHECK(table->selectionModel()->selectedRows().first().row() == 1);

        // The cells are read from the project when shown: an edit of row 1 shows in row 1.
        const int titleColumn = 1;
        const QString before1 = table->model()->index(1, titleColumn).data().toString();
        w.document()->edit(QStringLiteral("test"), [&list](Project &p) {
            if (list.step == Step::Patents)
                p.patents[1].title = QStringLiteral("Renamed row");
            else
                p.cases[1].title = QStringLiteral("Renamed row");
        });
        CHECK(table->model()->index(1, titleColumn).data().toString() ==
              QStringLiteral("Renamed row"));
        CHECK(table->model()->index(1, 0).data().toString() == QStringLiteral("2"));
        w.document()->undoStack()->undo();
        CHECK(table->model()->index(1, titleColumn).data().toString() == before1);
        REQUIRE(table->selectionModel()->selectedRows().size() == 1);

        remove->click();
        CHECK(list.count(w.document()->project()) == before - 1);
        CHECK(table->model()->rowCount() == before - 1);
        CHECK(w.document()->undoStack()->undoText() == list.removeText);
        w.document()->undoStack()->undo();
        CHECK(list.count(w.document()->project()) == before);
    }
}
