// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/RowTableModel.h"
#include "applicant/StepPage.h"
#include "gui/ProjectDocument.h"

#include <QDialog>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QAbstractButton;
class QTableView;
class QTableWidgetItem;

namespace shenbao {

// A dialog's line of text as a list row stores it: trimmed, absent when empty.
std::optional<QString> textOrNull(const QString &text);

// A step page whose core is one list of the project (patents, cases) shown in a read-only table
// with Add / Edit / Remove buttons. The page keeps the table's look, the selection across
// refreshes, the buttons' state, row bounds and focusing a JSON path (`<list>[i]`) here; the
// subclass fills the rows and says what adding, editing and removing a row mean. A page may
// hold further lists (addList), each with its own table, buttons and hooks.
//
// A list shown in a QTableWidget is filled item by item (beginRefill, setItem, endRefill): fine
// for a few rows. A list that may hold thousands (patents, cases) is shown in a plain QTableView
// over a RowTableModel: the hooks' `cell` gives a cell's value when the view asks for it, and
// refillRows() announces a change, so a refresh costs the rows on screen, not all of them.
class ListEditorPage : public StepPage
{
    Q_OBJECT

public:
    bool focusPath(const QString &path) override;

protected:
    ListEditorPage(ProjectDocument *document, QWidget *parent);

    // What adding, editing and removing a row of one list mean (see the virtuals below).
    struct ListHooks
    {
        std::function<qsizetype()> count;
        std::function<bool()> add;
        std::function<void(int)> edit;
        std::function<void(int)> remove;
        RowTableModel::Cell cell; // for a list in a plain QTableView only
    };

    // Called once after setupUi(): `listKey` is the project JSON key of the list ("cases").
    // The page's first list, run by the virtuals below.
    // `table` is a QTableWidget (filled by the subclass) or a plain QTableView (its cells from
    // cellData()).
    void setUpList(const QString &listKey, QTableView *table, QAbstractButton *add,
                   QAbstractButton *edit, QAbstractButton *remove, int columnCount,
                   int stretchColumn);
    // A further list on the same page; returns its index for currentRow() and the refills.
    int addList(const QString &listKey, QTableView *table, QAbstractButton *add,
                QAbstractButton *edit, QAbstractButton *remove, int columnCount, int stretchColumn,
                ListHooks hooks);

    // Number of rows in the project's list.
    virtual qsizetype itemCount() const = 0;
    // Each returns whether the document was changed.
    virtual bool addItem() = 0;
    virtual void editItem(int row) = 0;
    virtual void removeItem(int row) = 0;
    // A cell of the first list when it is shown in a plain QTableView (see RowTableModel::Cell).
    virtual QVariant cellData(int row, int column, int role) const;

    // The selected row of list `list`, -1 if none.
    int currentRow(int list = 0) const;
    void updateButtons();
    // Around refilling a table: remembers the selected row, then selects it again if it is
    // still there and updates the buttons.
    int beginRefill(int rowCount, int list = 0);
    void endRefill(int keptRow, int list = 0);
    // For a list in a plain QTableView: the list now has `rowCount` rows and any of them may
    // have changed (the selected row stays selected while it exists).
    void refillRows(int rowCount, int list = 0);
    void setHeaders(const QStringList &headers, int list = 0);

    static QTableWidgetItem *readOnly(const QString &text, Qt::Alignment align = {});

    // Runs the row dialog `Dialog(call, item, this)` titled `title`; the edited row if accepted.
    template <typename Dialog, typename Item>
    std::optional<Item> runDialog(const Item &item, const QString &title)
    {
        Dialog dialog(m_document->call(), item, this);
        dialog.setWindowTitle(title);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.value();
    }

private:
    struct List
    {
        QString key;
        QTableView *table = nullptr;
        RowTableModel *model = nullptr; // null for a QTableWidget
        int stretchColumn = 0;
        QAbstractButton *editButton = nullptr;
        QAbstractButton *removeButton = nullptr;
        ListHooks hooks;
    };

    void addRow(int list);
    void editCurrentRow(int list);
    void removeCurrentRow(int list);

    QList<List> m_lists;
    QSet<int> m_fitted; // lists whose narrow columns were fitted since the headers were set
};

} // namespace shenbao
