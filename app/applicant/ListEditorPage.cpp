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
    m_listKey = listKey;
    m_table = table;
    m_editButton = edit;
    m_removeButton = remove;
    table->setColumnCount(columnCount);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    connect(add, &QAbstractButton::clicked, this, &ListEditorPage::addRow);
    connect(edit, &QAbstractButton::clicked, this, &ListEditorPage::editCurrentRow);
    connect(remove, &QAbstractButton::clicked, this, &ListEditorPage::removeCurrentRow);
    connect(table, &QTableWidget::cellDoubleClicked, this, &ListEditorPage::editCurrentRow);
    connect(table, &QTableWidget::itemSelectionChanged, this, &ListEditorPage::updateButtons);
}

int ListEditorPage::currentRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ListEditorPage::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

int ListEditorPage::beginRefill(int rowCount)
{
    const int keep = currentRow();
    m_table->setRowCount(rowCount);
    return keep;
}

void ListEditorPage::endRefill(int keptRow)
{
    if (keptRow >= 0 && keptRow < m_table->rowCount())
        m_table->selectRow(keptRow);
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

void ListEditorPage::addRow()
{
    // The new row is the last one; selecting it shows the user where it went.
    if (addItem())
        m_table->selectRow(int(itemCount()) - 1);
}

void ListEditorPage::editCurrentRow()
{
    const int row = currentRow();
    if (row >= 0 && row < itemCount())
        editItem(row);
}

void ListEditorPage::removeCurrentRow()
{
    const int row = currentRow();
    if (row >= 0 && row < itemCount())
        removeItem(row);
}

bool ListEditorPage::focusPath(const QString &path)
{
    if (!path.startsWith(m_listKey))
        return StepPage::focusPath(path);
    m_table->setFocus();
    const QRegularExpression indexed(
        QStringLiteral("^%1\\[(\\d+)\\]").arg(QRegularExpression::escape(m_listKey)));
    const auto m = indexed.match(path);
    if (m.hasMatch())
        m_table->selectRow(m.captured(1).toInt());
    return true;
}

} // namespace shenbao
