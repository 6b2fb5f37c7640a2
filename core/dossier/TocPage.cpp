// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierPagesInternal.h"

#include <QFontMetricsF>
#include <QPen>

namespace shenbao::pages {

void drawToc(PageWriter &w)
{
    w.pageTitle(QStringLiteral("目录"));
    const qreal labelColumn = mm(16);
    const qreal gap = mm(3);
    QPainter &p = w.painter();

    for (const TocLine &line : w.input().toc) {
        const int level = std::max(0, line.level);
        const qreal size = level == 0 ? 12.5 : level == 1 ? 12 : 11;
        const QFont font =
            level == 0 ? pageFont(FontRole::Heading, size) : pageFont(FontRole::Body, size);
        const qreal em = size * kResolutionDpi / 72.0;
        const qreal indent = level * 2 * em;
        TextBlock::Options o;
        o.lineSpacing = level == 0 ? 2.0 : 1.8;
        const TextBlock text =
            w.layout(line.text, font, w.contentWidth() - indent - labelColumn - gap, o);
        if (level == 0 && !w.atPageTop())
            w.skip(mm(1.5));
        w.ensureSpace(text.height());
        const qreal top = w.y();
        const qreal left = w.content().left();
        w.flow(text, indent);
        if (line.pageLabel.isEmpty() || text.isEmpty())
            continue;

        const int last = text.lineCount() - 1;
        const qreal baseline = top + text.lineTop(last) + text.lineBaseline(last);
        const QFontMetricsF fm(font, w.device());
        const qreal labelWidth = fm.horizontalAdvance(line.pageLabel);
        const qreal right = w.content().right();
        p.save();
        p.setFont(font);
        p.setPen(Qt::black);
        w.noteDrawn(line.pageLabel);
        p.drawText(QPointF(right - labelWidth, baseline), line.pageLabel);
        // Dotted leader, drawn from the right so the dots of all lines stand in columns.
        const qreal from = left + indent + text.lineRight(last) + mm(1.5);
        const qreal to = right - mm(8);
        if (to > from) {
            QPen dots(Qt::black, mm(0.3));
            dots.setCapStyle(Qt::RoundCap);
            dots.setDashPattern({0.01, 5.5});
            p.setPen(dots);
            p.drawLine(QPointF(to, baseline - mm(0.4)), QPointF(from, baseline - mm(0.4)));
        }
        p.restore();
    }
}

} // namespace shenbao::pages
