// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/RowTableModel.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace shenbao {

RowTableModel::RowTableModel(int columnCount, Cell cell, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columnCount)
    , m_cell(std::move(cell))
{
}

void RowTableModel::setHeaders(const QStringList &headers)
{
    m_headers = headers;
    if (m_columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

void RowTableModel::refresh(int rowCount)
{
    setRowCount(rowCount);
    if (m_rows > 0)
        refreshRows(0, m_rows - 1);
}

void RowTableModel::setRowCount(int rowCount)
{
    rowCount = std::max(0, rowCount);
    if (rowCount > m_rows) {
        beginInsertRows({}, m_rows, rowCount - 1);
        m_rows = rowCount;
        endInsertRows();
    } else if (rowCount < m_rows) {
        beginRemoveRows({}, rowCount, m_rows - 1);
        m_rows = rowCount;
        endRemoveRows();
    }
}

void RowTableModel::refreshRows(int first, int last, const QList<int> &roles)
{
    first = std::max(first, 0);
    last = std::min(last, m_rows - 1);
    if (first <= last && m_columns > 0)
        emit dataChanged(index(first, 0), index(last, m_columns - 1), roles);
}

void RowTableModel::refreshRow(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    for (int column = 0; column < m_columns; ++column)
        emit dataChanged(index(row, column), index(row, column));
}

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant RowTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= m_columns)
        return {};
    return m_cell(index.row(), index.column(), role);
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags RowTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

void fitColumnsToRowsInView(QTableView *view, const QList<int> &columns, int maxRows)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const int rows = model->rowCount();
    // From the first row in view on (the viewport's height is not known before the first
    // layout, so a fixed number of rows rather than those that fit).
    const int top = std::max(0, view->rowAt(0));
    const int bottom = std::min(rows - 1, top + maxRows - 1);
    QHeaderView *header = view->horizontalHeader();
    for (const int column : columns) {
        int cells = 0;
        for (int row = top; row <= bottom; ++row)
            cells = std::max(cells, view->sizeHintForIndex(model->index(row, column)).width());
        // The grid line, as QTableView::sizeHintForColumn counts it.
        const int width =
            std::max(header->sectionSizeHint(column), cells + (view->showGrid() ? 1 : 0));
        if (header->sectionSize(column) != width)
            header->resizeSection(column, width);
    }
}

} // namespace shenbao
