// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "dossier/PageWriter.h"
#include "dossier/TextBlock.h"

#include <QList>
#include <QString>

#include <vector>

namespace shenbao::pages {

struct TableCell
{
    QString text;
    int span = 1;
    Qt::Alignment align = Qt::AlignLeft;
    bool label = false; // a field name in a label/value grid: 黑体, shaded

    static TableCell centred(const QString &t, int span = 1) { return {t, span, Qt::AlignHCenter}; }
    static TableCell labelCell(const QString &t, int span = 1)
    {
        return {t, span, Qt::AlignHCenter, true};
    }
};
using TableRow = QList<TableCell>;

// A ruled table drawn with lines. Rows grow with their wrapped text; the table breaks between
// rows onto new pages and repeats its header row there. A row taller than a page is split
// between lines of text, never clipped.
class TableLayout
{
public:
    // Column widths are relative (typically mm); they are scaled to the content width.
    TableLayout(PageWriter &writer, const QList<qreal> &columnWidths);

    void setFontSize(qreal pointSize) { m_pointSize = pointSize; }
    void setMinRowHeight(qreal deviceUnits) { m_minRowHeight = deviceUnits; }
    void setHeader(const TableRow &row) { m_header = row; }
    // keepWithNext: start the next row on the same page (e.g. a case and its summary).
    void addRow(const TableRow &row, bool keepWithNext = false);
    int rowCount() const { return int(m_rows.size()); }

    // Draws at the writer's cursor; the cursor ends below the table.
    void render();

private:
    struct Cell
    {
        int column = 0, span = 1;
        bool shaded = false, header = false;
        TextBlock block;
    };
    struct Row
    {
        std::vector<Cell> cells;
        qreal height = 0;
        bool keepWithNext = false;
    };

    Row prepare(const TableRow &row, bool header) const;
    qreal cellX(int column) const; // relative to the content's left edge
    void drawRow(const Row &row, const std::vector<int> &from, const std::vector<int> &to,
                 qreal height, bool centreVertically);
    void startSegment();
    void closeSegment();

    PageWriter &m_w;
    QList<qreal> m_columns; // device units
    qreal m_pointSize = 10.5;
    qreal m_minRowHeight = 0;
    TableRow m_header;
    QList<QPair<TableRow, bool>> m_rows;
    Row m_headerPrepared;
    bool m_hasHeader = false;
    qreal m_segmentTop = 0;
};

} // namespace shenbao::pages
