// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace shenbao::pages {

// A text wrapped to a width, as lines that can be drawn in slices: tables and paragraphs that
// continue on the next page draw lines [from, to) on one page and the rest on the next, so text
// is never clipped. '\n' starts a new paragraph.
class TextBlock
{
public:
    struct Options
    {
        Qt::Alignment alignment = Qt::AlignLeft;
        qreal firstLineIndent = 0;  // device units, on the first line of every paragraph
        qreal lineSpacing = 1.5;    // line advance as a multiple of the font's em
        qreal paragraphSpacing = 0; // extra space after each paragraph but the last
    };

    TextBlock() = default;
    TextBlock(const QString &text, const QFont &font, qreal width, const Options &options,
              QPaintDevice *device);

    int lineCount() const { return int(m_lines.size()); }
    bool isEmpty() const { return m_lines.empty(); }
    qreal height() const { return height(0, lineCount()); }
    qreal height(int from, int to) const;
    // How many lines starting at `from` fit into `available` (at least 0).
    int fittingLines(int from, qreal available) const;
    // Draws lines [from, to) with the top of line `from` at topLeft.
    void draw(QPainter &painter, QPointF topLeft, int from = 0, int to = -1) const;
    // Widest line's natural width.
    qreal naturalWidth() const;
    // Line `i` relative to the block's top-left: x and natural width of its text, its top, and
    // the offset of its baseline from that top.
    qreal lineRight(int i) const;
    qreal lineTop(int i) const { return height(0, i); }
    qreal lineBaseline(int i) const { return m_lines.at(i).baseline; }

private:
    // Lays one paragraph out: wraps at word boundaries (anywhere between ideographs), never
    // inside a page range, a code or a Latin word, and leaves no lone ideograph on the last
    // line. Returns the number of lines.
    static int layOut(QTextLayout &layout, qreal width, qreal firstLineIndent);

    struct Line
    {
        int paragraph = 0;
        int index = 0;      // line index inside the paragraph's layout
        qreal advance = 0;  // vertical space the line takes, incl. paragraph spacing
        qreal baseline = 0; // offset of the baseline from the line's top
    };
    std::vector<std::shared_ptr<QTextLayout>> m_layouts;
    std::vector<Line> m_lines;
};

} // namespace shenbao::pages
