// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/TableLayout.h"

#include <QFontMetricsF>
#include <QPen>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace shenbao::pages {

namespace {

constexpr qreal kPadH = 1.6; // mm
constexpr qreal kPadV = 1.4; // mm

// The point size at which the longest code in `text` (a USCC, a patent or contract number: a
// run of Latin letters and digits) fits `width`, at most `points`, at least 7.5 pt. A code
// broken over two lines (「91440116MA59C3」「HT3T」) cannot be read back or searched.
qreal sizeForCodes(const QString &text, const QFont &font, qreal points, qreal width,
                   QPaintDevice *device)
{
    static const QRegularExpression code(QStringLiteral("[A-Za-z0-9][A-Za-z0-9.\\-/]{7,}"));
    const QFontMetricsF metrics(font, device);
    qreal widest = 0;
    for (auto it = code.globalMatch(text); it.hasNext();)
        widest = std::max(widest, metrics.horizontalAdvance(it.next().captured()));
    if (widest <= width)
        return points;
    return std::max(7.5, std::floor(points * width / widest * 2) / 2); // half-point steps
}
const QColor kShade(0xEE, 0xEE, 0xEE);

} // namespace

TableLayout::TableLayout(PageWriter &writer, const QList<qreal> &columnWidths)
    : m_w(writer)
    , m_minRowHeight(mm(8))
{
    const qreal total = std::accumulate(columnWidths.begin(), columnWidths.end(), 0.0);
    for (const qreal c : columnWidths)
        m_columns << (total > 0 ? c / total * writer.contentWidth() : 0);
}

void TableLayout::addRow(const TableRow &row, bool keepWithNext)
{
    m_rows.append({row, keepWithNext});
}

qreal TableLayout::cellX(int column) const
{
    qreal x = 0;
    for (int i = 0; i < column && i < m_columns.size(); ++i)
        x += m_columns[i];
    return x;
}

TableLayout::Row TableLayout::prepare(const TableRow &row, bool header) const
{
    Row out;
    int column = 0;
    qreal contentHeight = 0;
    for (const TableCell &c : row) {
        Cell cell;
        cell.column = column;
        cell.span = std::max(1, std::min(c.span, int(m_columns.size()) - column));
        cell.header = header;
        cell.shaded = header || c.label;
        const qreal width = cellX(column + cell.span) - cellX(column) - 2 * mm(kPadH);
        QFont font = header || c.label ? pageFont(FontRole::Heading, m_pointSize, header)
                                       : pageFont(FontRole::Body, m_pointSize);
        if (const qreal fit = sizeForCodes(c.text, font, m_pointSize, width, m_w.device());
            fit < m_pointSize)
            font = header || c.label ? pageFont(FontRole::Heading, fit, header)
                                     : pageFont(FontRole::Body, fit);
        TextBlock::Options o;
        o.alignment = header ? Qt::AlignHCenter : c.align;
        o.lineSpacing = 1.45;
        cell.block = m_w.layout(c.text, font, width, o);
        contentHeight = std::max(contentHeight, cell.block.height());
        column += cell.span;
        out.cells.push_back(std::move(cell));
        if (column >= m_columns.size())
            break;
    }
    out.height = std::max(m_minRowHeight, contentHeight + 2 * mm(kPadV));
    return out;
}

void TableLayout::startSegment()
{
    m_segmentTop = m_w.y();
    if (m_hasHeader) {
        const Row &h = m_headerPrepared;
        std::vector<int> from(h.cells.size(), 0), to;
        for (const Cell &c : h.cells)
            to.push_back(c.block.lineCount());
        drawRow(h, from, to, h.height, true);
    }
}

void TableLayout::closeSegment()
{
    if (m_w.y() <= m_segmentTop)
        return;
    QPainter &p = m_w.painter();
    p.save();
    p.setPen(QPen(Qt::black, mm(0.4), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.setBrush(Qt::NoBrush);
    const qreal left = m_w.content().left();
    p.drawRect(QRectF(left, m_segmentTop, cellX(int(m_columns.size())), m_w.y() - m_segmentTop));
    p.restore();
}

void TableLayout::drawRow(const Row &row, const std::vector<int> &from, const std::vector<int> &to,
                          qreal height, bool centreVertically)
{
    QPainter &p = m_w.painter();
    const qreal left = m_w.content().left();
    const qreal top = m_w.y();
    p.save();
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const Cell &c = row.cells[i];
        const QRectF rect(left + cellX(c.column), top, cellX(c.column + c.span) - cellX(c.column),
                          height);
        if (c.shaded)
            p.fillRect(rect, kShade);
        const qreal textHeight = c.block.height(from[i], to[i]);
        const qreal dy = centreVertically ? (height - textHeight) / 2 : mm(kPadV);
        p.setPen(Qt::black);
        c.block.draw(p, QPointF(rect.left() + mm(kPadH), top + dy), from[i], to[i]);
        p.setPen(QPen(Qt::black, mm(0.15)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect);
    }
    // Cells missing at the row's end (a short row) still get their frame.
    const qreal used =
        row.cells.empty() ? 0 : cellX(row.cells.back().column + row.cells.back().span);
    if (used < cellX(int(m_columns.size()))) {
        p.setPen(QPen(Qt::black, mm(0.15)));
        p.drawRect(QRectF(left + used, top, cellX(int(m_columns.size())) - used, height));
    }
    p.restore();
    m_w.skip(height);
}

void TableLayout::render()
{
    m_hasHeader = !m_header.isEmpty();
    if (m_hasHeader)
        m_headerPrepared = prepare(m_header, true);
    std::vector<Row> rows;
    rows.reserve(m_rows.size());
    for (const auto &[r, keep] : m_rows) {
        rows.push_back(prepare(r, false));
        rows.back().keepWithNext = keep;
    }
    const qreal headerHeight = m_hasHeader ? m_headerPrepared.height : 0;
    const qreal pageRoom = m_w.emptyPageHeight() - headerHeight;

    // Never leave a header alone at the foot of a page. A small table (at most a third of a
    // page) moves whole to the next page rather than splitting 2 + 2 rows.
    qreal total = headerHeight;
    for (const Row &r : rows)
        total += r.height;
    const qreal firstRow = rows.empty() ? 0 : std::min(rows.front().height, mm(25));
    m_w.ensureSpace(total <= m_w.emptyPageHeight() / 3 ? total : headerHeight + firstRow);
    startSegment();

    auto breakPage = [&] {
        closeSegment();
        m_w.newPage();
        startSegment();
    };

    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        qreal need = row.height;
        if (row.keepWithNext && i + 1 < rows.size() && need + rows[i + 1].height <= pageRoom)
            need += rows[i + 1].height;
        const bool freshSegment = m_w.y() <= m_segmentTop + headerHeight + 0.5;
        if (need > m_w.remaining() && need <= pageRoom && !freshSegment)
            breakPage();

        std::vector<int> from(row.cells.size(), 0), end;
        for (const Cell &c : row.cells)
            end.push_back(c.block.lineCount());
        if (row.height <= m_w.remaining()) {
            drawRow(row, from, end, row.height, true);
            continue;
        }
        // Taller than the room left on a page: split between lines.
        for (;;) {
            const qreal room = m_w.remaining() - 2 * mm(kPadV);
            std::vector<int> to(row.cells.size());
            bool any = false, rest = false;
            qreal sliceText = 0;
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                const int n = row.cells[c].block.fittingLines(from[c], room);
                to[c] = from[c] + n;
                any = any || n > 0;
                sliceText = std::max(sliceText, row.cells[c].block.height(from[c], to[c]));
            }
            if (!any) {
                if (m_w.y() <= m_segmentTop + headerHeight + 0.5) { // cannot progress: force a line
                    for (std::size_t c = 0; c < row.cells.size(); ++c)
                        to[c] = std::min(from[c] + 1, end[c]);
                } else {
                    breakPage();
                    continue;
                }
            }
            for (std::size_t c = 0; c < row.cells.size(); ++c)
                rest = rest || to[c] < end[c];
            // A continued slice fills the page to the content bottom; the last one is as tall
            // as its text. Slices are top-aligned so the text reads on across the break.
            const qreal h = rest ? std::max(sliceText + 2 * mm(kPadV), m_w.remaining())
                                 : std::max(sliceText + 2 * mm(kPadV), m_minRowHeight);
            drawRow(row, from, to, h, false);
            from = to;
            if (!rest)
                break;
            breakPage();
        }
    }
    closeSegment();
}

} // namespace shenbao::pages
