// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "model/Money.h"

namespace shenbao {

QString formatWan(Yuan yuan, bool grouped)
{
    const bool negative = yuan < 0;
    // Work on the magnitude in unsigned arithmetic: negating the minimum qint64 overflows.
    const quint64 magnitude = negative ? quint64(0) - quint64(yuan) : quint64(yuan);
    QString whole = QString::number(magnitude / 10000);
    if (grouped) {
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, QLatin1Char(','));
    }
    QString out = negative ? QStringLiteral("-") + whole : whole;
    if (const quint64 rest = magnitude % 10000) {
        QString decimals = QString::number(rest).rightJustified(4, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        out += QLatin1Char('.') + decimals;
    }
    return out;
}

} // namespace shenbao
