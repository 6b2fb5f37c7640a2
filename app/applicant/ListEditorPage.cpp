// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/ListEditorPage.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>

namespace shenbao {

std::optional<QString> textOrNull(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}

ListEditorPage::ListEditorPage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
{
}

void ListEditorPage::setUpList(const QString &listKey, QTableView *table, QAbstractButton *add,
                               QAbstractButton *edit, QAbstractButton *remove, int columnCount,
                               int stretchColumn)
{
    addList(listKey, table, add, edit, remove, columnCount, stretchColumn,
            {[this] { return itemCount(); }, [this] { return addItem(); },
             [this](int row) { editItem(row); }, [this](int row) { removeItem(row); },
             [this](int row, int column, int role) {
                 return cellData(row, column, role);
             }});
}

QVariant ListEditorPage::cellData(int, int, int) const
{
    return {};
}

int ListEditorPage::addList(const QString &listKey, QTableView *table, QAbstractButton *add,
                            QAbstractButton *edit, QAbstractButton *remove, int columnCount,
                            int stretchColumn, ListHooks hooks)
{
    const int index = int(m_lists.size());
    RowTableModel *model = nullptr;
    if (auto *items = qobject_cast<QTableWidget *>(table)) {
        items->setColumnCount(columnCount);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    } else {
        model = new RowTableModel(columnCount, hooks.cell, this);
        table->setModel(model);
        // Not ResizeToContents: that header measures every row again on each change; the
        // narrow columns are fitted to the rows in view by refillRows().
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        // Every row one line high: the view need not measure rows to place them.
        table->setWordWrap(false);
    }
    m_lists.append({listKey, table, model, stretchColumn, edit, remove, std::move(hooks)});
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    connect(add, &QAbstractButton::clicked, this, [this, index] { addRow(index); });
    connect(edit, &QAbstractButton::clicked, this, [this, index] { editCurrentRow(index); });
    connect(remove, &QAbstractButton::clicked, this, [this, index] { removeCurrentRow(index); });
    connect(table, &QAbstractItemView::doubleClicked, this,
            [this, index] { editCurrentRow(index); });
    // The selection model is the one of the model just set (setModel replaces it).
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListEditorPage::updateButtons);
    return index;
}

int ListEditorPage::currentRow(int list) const
{
    const auto rows = m_lists[list].table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ListEditorPage::updateButtons()
{
    for (int i = 0; i < m_lists.size(); ++i) {
        const bool selected = currentRow(i) >= 0;
        m_lists[i].editButton->setEnabled(selected);
        m_lists[i].removeButton->setEnabled(selected);
    }
}

int ListEditorPage::beginRefill(int rowCount, int list)
{
    const int keep = currentRow(list);
    if (auto *items = qobject_cast<QTableWidget *>(m_lists[list].table))
        items->setRowCount(rowCount);
    return keep;
}

void ListEditorPage::endRefill(int keptRow, int list)
{
    QTableView *table = m_lists[list].table;
    if (keptRow >= 0 && keptRow < table->model()->rowCount())
        table->selectRow(keptRow);
    updateButtons();
}

void ListEditorPage::refillRows(int rowCount, int list)
{
    const List &l = m_lists[list];
    Q_ASSERT(l.model);
    const bool fit = l.model->rowCount() != rowCount || !m_fitted.contains(list);
    l.model->refresh(rowCount);
    // The narrow columns follow their texts when rows come or go (and once at the start),
    // not on every refresh, so that a width the user dragged stays while he works.
    if (fit && l.table->isVisible()) {
        QList<int> narrow;
        for (int column = 0; column < l.model->columnCount(); ++column) {
            if (column != l.stretchColumn)
                narrow << column;
        }
        fitColumnsToRowsInView(l.table, narrow);
        m_fitted.insert(list);
    }
    updateButtons();
}

void ListEditorPage::setHeaders(const QStringList &headers, int list)
{
    const List &l = m_lists[list];
    m_fitted.remove(list); // other words, other widths
    if (l.model)
        l.model->setHeaders(headers);
    else if (auto *items = qobject_cast<QTableWidget *>(l.table))
        items->setHorizontalHeaderLabels(headers);
}

QTableWidgetItem *ListEditorPage::readOnly(const QString &text, Qt::Alignment align)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (align)
        item->setTextAlignment(align);
    return item;
}

void ListEditorPage::addRow(int list)
{
    // The new row is the last one; selecting it shows the user where it went.
    const List &l = m_lists[list];
    if (l.hooks.add())
        l.table->selectRow(int(l.hooks.count()) - 1);
}

void ListEditorPage::editCurrentRow(int list)
{
    const int row = currentRow(list);
    if (row >= 0 && row < m_lists[list].hooks.count())
        m_lists[list].hooks.edit(row);
}

void ListEditorPage::removeCurrentRow(int list)
{
    const int row = currentRow(list);
    if (row >= 0 && row < m_lists[list].hooks.count())
        m_lists[list].hooks.remove(row);
}

bool ListEditorPage::focusPath(const QString &path)
{
    for (const List &l : std::as_const(m_lists)) {
        const QStringView rest = QStringView(path).mid(l.key.size());
        if (!path.startsWith(l.key) ||
            !(rest.isEmpty() || rest.startsWith(u'.') || rest.startsWith(u'[')))
            continue;
        l.table->setFocus();
        const QRegularExpression indexed(
            QStringLiteral("^%1\\[(\\d+)\\]").arg(QRegularExpression::escape(l.key)));
        const auto m = indexed.match(path);
        if (m.hasMatch())
            l.table->selectRow(m.captured(1).toInt());
        return true;
    }
    return StepPage::focusPath(path);
}

} // namespace shenbao
