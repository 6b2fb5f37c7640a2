// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "model/Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace shenbao {

namespace {

constexpr qint64 kYuanPerWan = 10000;
// 12 digits of 万元 (under a trillion 万元) are more than any applicant has; the checked
// arithmetic below would catch more, but a clear limit makes a clear message.
constexpr int kMaxIntegerDigits = 12;
constexpr int kMaxDecimals = 4;

// Full-width forms from Chinese input methods to ASCII; with `dropSeparators`, thousands
// separators and spaces are dropped. Anything else is kept as it is, so that the parser sees
// (and refuses) it.
QString normalised(const QString &text, bool dropSeparators)
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
        else if (u == u'／')
            out.append(QLatin1Char('/'));
        else if (dropSeparators && (u == u',' || u == u'，' || c.isSpace()))
            continue; // thousands separators and stray spaces carry no value
        else
            out.append(c);
    }
    return out;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Digits only (already checked); empty → 0. Empty optional on overflow.
std::optional<qint64> digitsValue(QStringView digits)
{
    qint64 value = 0;
    for (const QChar c : digits) {
        if (__builtin_mul_overflow(value, qint64(10), &value) ||
            __builtin_add_overflow(value, qint64(c.unicode() - u'0'), &value))
            return std::nullopt;
    }
    return value;
}

// The messages keep the context of the GUI helper they were first written in, so the
// existing translations still apply.
QString notANumber()
{
    return QCoreApplication::translate("WanText", "Enter an amount in 万元, e.g. 1500 or 1500.25.");
}

QString tooManyDecimals()
{
    return QCoreApplication::translate(
        "WanText", "At most four decimals: 0.0001 万元 is 1 元, the smallest amount.");
}

QString tooLarge()
{
    return QCoreApplication::translate("WanText", "The amount is too large.");
}

// The sign and the whole part of `magnitude / unit`, grouped by thousands when asked. The
// magnitude is unsigned: negating the minimum qint64 overflows.
QString signedWhole(bool negative, quint64 magnitude, quint64 unit, bool grouped)
{
    QString whole = QString::number(magnitude / unit);
    if (grouped) {
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, QLatin1Char(','));
    }
    return negative ? QStringLiteral("-") + whole : whole;
}

quint64 magnitudeOf(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

} // namespace

QString formatWan(Yuan yuan, bool grouped)
{
    const quint64 magnitude = magnitudeOf(yuan);
    QString out = signedWhole(yuan < 0, magnitude, 10000, grouped);
    if (const quint64 rest = magnitude % 10000) {
        QString decimals = QString::number(rest).rightJustified(4, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        out += QLatin1Char('.') + decimals;
    }
    return out;
}

WanParse parseWan(const QString &text)
{
    const QString s = normalised(text, true);
    if (s.isEmpty())
        return {true, std::nullopt, {}};
    // -?digits*(.digits*)? with at least one digit, ASCII digits only.
    QStringView rest(s);
    const bool negative = rest.startsWith(u'-');
    if (negative)
        rest = rest.mid(1);
    const qsizetype dot = rest.indexOf(u'.');
    const QStringView whole = dot < 0 ? rest : rest.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : rest.mid(dot + 1);
    const auto allDigits = [](QStringView v) {
        return std::all_of(v.begin(), v.end(), isAsciiDigit);
    };
    if (!allDigits(whole) || !allDigits(fraction) || (whole.isEmpty() && fraction.isEmpty()))
        return {false, std::nullopt, notANumber()};
    if (fraction.size() > kMaxDecimals)
        return {false, std::nullopt, tooManyDecimals()};
    if (whole.size() > kMaxIntegerDigits)
        return {false, std::nullopt, tooLarge()};
    const auto wan = digitsValue(whole);
    const auto decimals = digitsValue(fraction.toString().leftJustified(kMaxDecimals, u'0'));
    std::optional<Yuan> yuan = wan ? multiplyYuan(*wan, kYuanPerWan) : std::nullopt;
    if (yuan && decimals)
        yuan = addYuan(*yuan, *decimals);
    if (!yuan || !decimals)
        return {false, std::nullopt, tooLarge()};
    return {true, negative ? -*yuan : *yuan, {}};
}

std::optional<QDate> parseDate(const QString &text)
{
    // [0-9], not \d: \d would let other scripts' digits through, which toInt() reads as 0.
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?\\s*$"));
    const auto m = pattern.match(normalised(text, false));
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<Yuan> addYuan(Yuan a, Yuan b)
{
    Yuan out = 0;
    if (__builtin_add_overflow(a, b, &out))
        return std::nullopt;
    return out;
}

std::optional<Yuan> multiplyYuan(Yuan a, qint64 factor)
{
    Yuan out = 0;
    if (__builtin_mul_overflow(a, factor, &out))
        return std::nullopt;
    return out;
}

YearsTotal sumOverYears(const QList<int> &years,
                        const std::function<std::optional<Yuan>(int year)> &amountOf)
{
    YearsTotal total;
    total.years = int(years.size());
    Yuan sum = 0;
    for (const int year : years) {
        const std::optional<Yuan> amount = amountOf(year);
        if (!amount) {
            total.missingYears << year;
            continue;
        }
        if (const auto next = addYuan(sum, *amount))
            sum = *next;
        else
            total.overflow = true;
    }
    if (total.missingYears.isEmpty() && !total.overflow && total.years > 0)
        total.sum = sum;
    return total;
}

YearsTotal sumOverYears(const QList<std::optional<Yuan>> &amounts)
{
    QList<int> indexes;
    for (int i = 0; i < int(amounts.size()); ++i)
        indexes << i;
    return sumOverYears(indexes, [&amounts](int i) { return amounts.at(i); });
}

std::optional<Yuan> averageYuan(std::optional<Yuan> sum, int years, Yuan unitYuan)
{
    if (!sum || years <= 0 || unitYuan <= 0)
        return std::nullopt;
    const auto divisor = multiplyYuan(years, unitYuan);
    if (!divisor)
        return std::nullopt;
    // Truncating division and a remainder of the sum's sign; |remainder| < divisor, so
    // doubling it cannot overflow for any divisor below 2^62.
    Yuan units = *sum / *divisor;
    const Yuan remainder = *sum % *divisor;
    const Yuan twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice >= *divisor)
        units += *sum < 0 ? -1 : 1;
    return multiplyYuan(units, unitYuan);
}

QString formatWanHundredths(qint64 hundredths, bool grouped)
{
    const quint64 magnitude = magnitudeOf(hundredths);
    return signedWhole(hundredths < 0, magnitude, 100, grouped) + QLatin1Char('.') +
           QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
}

QString formatWanTwoDecimals(Yuan yuan, bool grouped)
{
    // 100 元 = 0.01 万元; round the remainder half away from zero.
    const qint64 q = yuan / 100, r = yuan % 100;
    const qint64 hundredths = r >= 50 ? q + 1 : r <= -50 ? q - 1 : q;
    return formatWanHundredths(hundredths, grouped);
}

} // namespace shenbao
