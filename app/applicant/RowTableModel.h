// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

class QTableView;

namespace shenbao {

// A read-only table whose cells are computed when the view asks for them, from data kept
// elsewhere (a list of the project). With a thousand rows, building an item per cell on each
// refresh and laying all of them out cost 120-160 ms per refresh; a view asks only for the rows
// it shows, so a refresh costs what is on screen (issue 15).
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The cell's value for `role` (Qt::DisplayRole, Qt::DecorationRole, …); a null QVariant
    // for nothing. Called only for rows in [0, rowCount()).
    using Cell = std::function<QVariant(int row, int column, int role)>;

    RowTableModel(int columnCount, Cell cell, QObject *parent = nullptr);

    void setHeaders(const QStringList &headers);
    // The data changed: rows are added or removed at the end to make `rowCount`, and every
    // remaining row is announced as changed (the view repaints what it shows). Rows kept keep
    // their selection, as the refills of the item tables did.
    void refresh(int rowCount);
    // Rows added or removed at the end, nothing announced about the others.
    void setRowCount(int rowCount);
    // Only these rows changed: the others are not even looked at.
    void refreshRows(int first, int last, const QList<int> &roles = {});
    // One row changed (a title typed): announced cell by cell, so that the view repaints that
    // row only (a range of cells repaints the whole viewport).
    void refreshRow(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    int m_rows = 0;
    int m_columns;
    Cell m_cell;
    QStringList m_headers;
};

// Fits the width of `columns` to their header and to `maxRows` rows from the first in view,
// never to all rows: measuring a cell lays out its text, and a header set to
// ResizeToContents measured every row of a thousand again on each change.
void fitColumnsToRowsInView(QTableView *view, const QList<int> &columns, int maxRows = 40);

} // namespace shenbao
