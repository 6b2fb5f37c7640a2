// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/TextBlock.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace shenbao::pages {

TextBlock::TextBlock(const QString &text, const QFont &font, qreal width, const Options &options,
                     QPaintDevice *device)
{
    const qreal em = font.pointSizeF() * (device ? device->logicalDpiY() : 72) / 72.0;
    const qreal advance = em * options.lineSpacing;
    // Ideographs sit in an em box with ~0.88 em above the baseline; centring that box in the
    // line advance looks balanced for CJK and Latin alike.
    const qreal baseline = (advance - em) / 2 + em * 0.88;

    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList paragraphs = normalized.split(u'\n');

    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(options.alignment);

    for (int p = 0; p < paragraphs.size(); ++p) {
        auto layout = std::make_shared<QTextLayout>(paragraphs[p], font, device);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        int index = 0;
        for (;;) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            const qreal indent = index == 0 ? options.firstLineIndent : 0;
            line.setLineWidth(std::max<qreal>(1, width - indent));
            line.setPosition(QPointF(indent, 0));
            m_lines.push_back({p, index, advance, baseline});
            ++index;
        }
        layout->endLayout();
        if (index == 0) // an empty paragraph still takes a line
            m_lines.push_back({p, -1, advance, baseline});
        if (p + 1 < paragraphs.size())
            m_lines.back().advance += options.paragraphSpacing;
        m_layouts.push_back(std::move(layout));
    }
}

qreal TextBlock::height(int from, int to) const
{
    qreal h = 0;
    for (int i = std::max(0, from); i < std::min(to, lineCount()); ++i)
        h += m_lines[i].advance;
    return h;
}

int TextBlock::fittingLines(int from, qreal available) const
{
    int n = 0;
    qreal h = 0;
    for (int i = from; i < lineCount(); ++i) {
        const qreal need = h + m_lines[i].advance;
        if (need > available + 1e-6)
            break;
        h = need;
        ++n;
    }
    return n;
}

void TextBlock::draw(QPainter &painter, QPointF topLeft, int from, int to) const
{
    if (to < 0 || to > lineCount())
        to = lineCount();
    qreal y = topLeft.y();
    for (int i = std::max(0, from); i < to; ++i) {
        const Line &l = m_lines[i];
        if (l.index >= 0) {
            const QTextLine line = m_layouts[l.paragraph]->lineAt(l.index);
            line.draw(&painter, QPointF(topLeft.x(), y + l.baseline - line.ascent()));
        }
        y += l.advance;
    }
}

qreal TextBlock::naturalWidth() const
{
    qreal w = 0;
    for (const Line &l : m_lines) {
        if (l.index >= 0) {
            const QTextLine line = m_layouts[l.paragraph]->lineAt(l.index);
            w = std::max(w, line.x() + line.naturalTextWidth());
        }
    }
    return w;
}

qreal TextBlock::lineRight(int i) const
{
    const Line &l = m_lines.at(i);
    if (l.index < 0)
        return 0;
    const QTextLine line = m_layouts[l.paragraph]->lineAt(l.index);
    return line.x() + line.naturalTextWidth();
}

} // namespace shenbao::pages
