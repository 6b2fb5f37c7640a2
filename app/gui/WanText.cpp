// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "WanText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace shenbao {

namespace {

constexpr qint64 kYuanPerWan = 10000;
// 12 digits of 万元 stay far below qint64's limit after multiplying by 10,000.
constexpr int kMaxIntegerDigits = 12;

QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'０' && u <= u'９')
            out.append(QChar(u'0' + (u - u'０')));
        else if (u == u'．' || u == u'。')
            out.append(QLatin1Char('.'));
        else if (u == u'－' || u == u'−')
            out.append(QLatin1Char('-'));
        else if (u == u',' || u == u'，' || c.isSpace())
            continue; // thousands separators and stray spaces carry no value
        else
            out.append(c);
    }
    return out;
}

} // namespace

WanParse parseWan(const QString &text)
{
    const QString s = normalised(text);
    if (s.isEmpty())
        return {true, std::nullopt, {}};
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d*)(?:\\.(\\d*))?$"));
    const auto m = pattern.match(s);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()))
        return {false, std::nullopt, QCoreApplication::translate("WanText", "Enter an amount in 万元, e.g. 1500 or 1500.25.")};
    const QString whole = m.captured(2);
    const QString fraction = m.captured(3);
    if (fraction.size() > 4)
        return {false, std::nullopt,
                QCoreApplication::translate("WanText", "At most four decimals: 0.0001 万元 is 1 元, the smallest amount.")};
    if (whole.size() > kMaxIntegerDigits)
        return {false, std::nullopt, QCoreApplication::translate("WanText", "The amount is too large.")};
    const qint64 wan = whole.isEmpty() ? 0 : whole.toLongLong();
    const qint64 rest = fraction.isEmpty() ? 0 : fraction.leftJustified(4, QLatin1Char('0')).toLongLong();
    const qint64 yuan = wan * kYuanPerWan + rest;
    return {true, m.captured(1).isEmpty() ? yuan : -yuan, {}};
}


} // namespace shenbao
