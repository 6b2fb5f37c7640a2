// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/TextBlock.h"

#include <QPaintDevice>
#include <QPainter>
#include <QRegularExpression>
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
    // No justification: Qt justifies by widening the gaps between characters, and where a
    // line has few break opportunities (Latin quotes, 「(MES)」) the gaps grow so wide that
    // pdftotext returns 「符 合 条 件 说 明」 and searches fail. Ideographs are all one em wide,
    // so a left-aligned CJK paragraph is ragged by at most a character.
    Qt::Alignment alignment = options.alignment;
    if (alignment & Qt::AlignJustify)
        alignment = (alignment & Qt::AlignVertical_Mask) | Qt::AlignLeft;
    option.setAlignment(alignment);

    for (int p = 0; p < paragraphs.size(); ++p) {
        auto layout = std::make_shared<QTextLayout>(paragraphs[p], font, device);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        const int lines = layOut(*layout, width, options.firstLineIndent);
        for (int index = 0; index < lines; ++index)
            m_lines.push_back({p, index, advance, baseline});
        if (lines == 0) // an empty paragraph still takes a line
            m_lines.push_back({p, -1, advance, baseline});
        if (p + 1 < paragraphs.size())
            m_lines.back().advance += options.paragraphSpacing;
        m_layouts.push_back(std::move(layout));
    }
}

namespace {

// Runs of text a reader must see whole: page ranges 「23–24」, codes such as a USCC or a patent
// number, Latin words and numbers. A line may break before or after them, never inside.
QList<QPair<int, int>> unbreakableRuns(const QString &text)
{
    static const QRegularExpression run(
        QStringLiteral("[0-9]+[–~～-][0-9]+|[0-9A-Za-z][0-9A-Za-z./_@-]*[0-9A-Za-z]"));
    QList<QPair<int, int>> out;
    auto it = run.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
    return out;
}

bool isIdeographic(QChar c)
{
    return c.script() == QChar::Script_Han || (c.unicode() >= 0x3000 && c.unicode() <= 0x303F) ||
           (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
}

} // namespace

int TextBlock::layOut(QTextLayout &layout, qreal width, qreal firstLineIndent)
{
    const QString &text = layout.text();
    const QList<QPair<int, int>> runs = unbreakableRuns(text);
    // Columns forced on line i (0 = free). Each pass fixes the first bad break it finds and
    // lays the paragraph out again; a handful of passes settles any real text.
    std::vector<int> forced;
    int count = 0;
    for (int pass = 0; pass < 12; ++pass) {
        layout.clearLayout();
        layout.beginLayout();
        count = 0;
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            const qreal indent = count == 0 ? firstLineIndent : 0;
            const qreal lineWidth = std::max<qreal>(1, width - indent);
            if (size_t(count) < forced.size() && forced[size_t(count)] > 0)
                line.setNumColumns(forced[size_t(count)], lineWidth);
            else
                line.setLineWidth(lineWidth);
            line.setPosition(QPointF(indent, 0));
            ++count;
        }
        layout.endLayout();

        bool redo = false;
        for (int i = 0; i + 1 < count && !redo; ++i) {
            const QTextLine line = layout.lineAt(i);
            const int start = line.textStart();
            const int end = start + line.textLength();
            for (const auto &[from, to] : runs) {
                // A break inside a run that starts on this line: move the whole run down,
                // unless it alone is wider than the line (then it must break somewhere).
                if (from > start && end > from && end < to) {
                    forced.resize(size_t(i) + 1, 0);
                    forced[size_t(i)] = from - start;
                    redo = true;
                    break;
                }
            }
        }
        if (!redo && count >= 2) {
            // No lone ideograph on a paragraph's last line (「…有限公」/「司」): take one more
            // character down from the line above.
            const QTextLine last = layout.lineAt(count - 1);
            const QTextLine before = layout.lineAt(count - 2);
            const QString tail = text.mid(last.textStart(), last.textLength()).trimmed();
            if (tail.size() == 1 && isIdeographic(tail.at(0)) && before.textLength() > 3 &&
                !(size_t(count - 2) < forced.size() && forced[size_t(count - 2)] > 0)) {
                forced.resize(size_t(count) - 1, 0);
                forced[size_t(count - 2)] = before.textLength() - 1;
                redo = true;
            }
        }
        if (!redo)
            break;
    }
    return count;
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
