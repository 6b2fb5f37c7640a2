// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/StateIcons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace shenbao {

QColor markColor(Mark mark)
{
    switch (mark) {
    case Mark::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case Mark::NotMet:
        return QColor(0xc6, 0x28, 0x28);
    case Mark::Incomplete:
        return QColor(0xb2, 0x6a, 0x00);
    case Mark::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case Mark::Info:
        return QColor(0x55, 0x6b, 0x8d);
    }
    return {};
}

namespace {

QPixmap drawMark(Mark mark, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF circle(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    p.setPen(Qt::NoPen);
    p.setBrush(markColor(mark));
    if (mark == Mark::Warning) {
        QPainterPath tri;
        tri.moveTo(s * 0.5, s * 0.06);
        tri.lineTo(s * 0.96, s * 0.92);
        tri.lineTo(s * 0.04, s * 0.92);
        tri.closeSubpath();
        p.drawPath(tri);
    } else {
        p.drawEllipse(circle);
    }
    QPen pen(Qt::white, std::max(1.5, s * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (mark) {
    case Mark::Met:
        p.drawPolyline(QPolygonF{{s * 0.28, s * 0.52}, {s * 0.44, s * 0.68}, {s * 0.73, s * 0.35}});
        break;
    case Mark::NotMet:
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case Mark::Incomplete:
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        for (const qreal x : {0.3, 0.5, 0.7})
            p.drawEllipse(QPointF(s * x, s * 0.5), s * 0.07, s * 0.07);
        break;
    case Mark::Warning:
        p.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.62));
        p.drawPoint(QPointF(s * 0.5, s * 0.78));
        break;
    case Mark::Info:
        p.drawLine(QPointF(s * 0.5, s * 0.45), QPointF(s * 0.5, s * 0.72));
        p.drawPoint(QPointF(s * 0.5, s * 0.28));
        break;
    }
    return pm;
}

} // namespace

QIcon markIcon(Mark mark)
{
    static QHash<int, QIcon> cache;
    const int key = int(mark);
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48, 64})
        icon.addPixmap(drawMark(mark, size));
    cache.insert(key, icon);
    return icon;
}

Mark markFor(RuleState state)
{
    switch (state) {
    case RuleState::Met:
        return Mark::Met;
    case RuleState::NotMet:
        return Mark::NotMet;
    case RuleState::Incomplete:
        return Mark::Incomplete;
    }
    return Mark::Info;
}

Mark markFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Eligible:
        return Mark::Met;
    case Verdict::NotEligible:
        return Mark::NotMet;
    case Verdict::Incomplete:
        return Mark::Incomplete;
    case Verdict::AlreadyPartner:
        return Mark::Info;
    }
    return Mark::Info;
}

} // namespace shenbao
