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

void ListEditorPage::setUpList(const QString &listKey, QTableWidget *table, QAbstractButton *add,
                               QAbstractButton *edit, QAbstractButton *remove, int columnCount,
                               int stretchColumn)
{
    addList(listKey, table, add, edit, remove, columnCount, stretchColumn,
            {[this] { return itemCount(); }, [this] { return addItem(); },
             [this](int row) { editItem(row); },
             [this](int row) {
                 removeItem(row);
             }});
}

int ListEditorPage::addList(const QString &listKey, QTableWidget *table, QAbstractButton *add,
                            QAbstractButton *edit, QAbstractButton *remove, int columnCount,
                            int stretchColumn, ListHooks hooks)
{
    const int index = int(m_lists.size());
    m_lists.append({listKey, table, edit, remove, std::move(hooks)});
    table->setColumnCount(columnCount);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    connect(add, &QAbstractButton::clicked, this, [this, index] { addRow(index); });
    connect(edit, &QAbstractButton::clicked, this, [this, index] { editCurrentRow(index); });
    connect(remove, &QAbstractButton::clicked, this, [this, index] { removeCurrentRow(index); });
    connect(table, &QTableWidget::cellDoubleClicked, this,
            [this, index] { editCurrentRow(index); });
    connect(table, &QTableWidget::itemSelectionChanged, this, &ListEditorPage::updateButtons);
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
    m_lists[list].table->setRowCount(rowCount);
    return keep;
}

void ListEditorPage::endRefill(int keptRow, int list)
{
    QTableWidget *table = m_lists[list].table;
    if (keptRow >= 0 && keptRow < table->rowCount())
        table->selectRow(keptRow);
    updateButtons();
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
