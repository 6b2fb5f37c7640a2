// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Project.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace shenbao {

// Money is stored as integer 元 and shown in 万元 (1 万元 = 10,000 元) with up to four
// decimals, which is exact: 15500000 → "1550", 12345 → "1.2345", -5000 → "-0.5". `grouped`
// adds thousands separators ("12,345.5"). Integer arithmetic only, never a double.
QString formatWan(Yuan yuan, bool grouped = false);

// Money is typed in 万元 but stored as integer 元 (attachment2-form.md): with at most four
// decimals a 万元 amount is exact to 1 元, so the conversion is done on the digits, never
// through a floating-point number that would turn 0.0003 into 2 元.
struct WanParse
{
    bool ok = false;          // text is empty or a valid amount
    std::optional<Yuan> yuan; // empty when the text is empty
    QString error;            // why not ok, for the person typing
};

// Accepts "1500", "1,500.25", "0.0001", "-12.5" (a loss), full-width digits, 「．」 and 「，」
// from Chinese input methods. Only ASCII and full-width digits count as digits (other
// scripts' digits are refused, not read as 0); more than four decimals, more than 12 digits of
// 万元 or anything that is not a number is refused with a message, never read as 0.
WanParse parseWan(const QString &text);

// Dates as people type them: 2020-06-01, 2020/6/1, 2020.6.1 or 2020年6月1日, with ASCII or
// full-width digits (no other script's digits). Empty when the text is no such valid date.
std::optional<QDate> parseDate(const QString &text);

// Checked 元 arithmetic: empty when the exact result does not fit, never a wrapped value.
std::optional<Yuan> addYuan(Yuan a, Yuan b);
std::optional<Yuan> multiplyYuan(Yuan a, qint64 factor);

// The total of one amount over the call's years (e.g. the three finance years).
struct YearsTotal
{
    std::optional<Yuan> sum; // exact; empty when a year is missing or the sum overflows
    QList<int> missingYears; // the years without the amount, in the order given
    bool overflow = false;   // every year is there, but the sum does not fit in 元
    int years = 0;           // how many years were asked for
};
YearsTotal sumOverYears(const QList<int> &years,
                        const std::function<std::optional<Yuan>(int year)> &amountOf);
// The same over a list of amounts (one per year).
YearsTotal sumOverYears(const QList<std::optional<Yuan>> &amounts);

// The one rounding rule for averages of money: the exact sum divided by `years`, rounded
// once, half away from zero, to a multiple of `unitYuan` (1: to the 元, as the printed form
// shows it; 100: to 0.01 万元, as Attachment 3 shows it). Empty when the sum is empty,
// `years` or `unitYuan` is not positive.
std::optional<Yuan> averageYuan(std::optional<Yuan> sum, int years, Yuan unitYuan = 1);

// Printed pages speak 万元 with exactly two decimals (dossier-layout.md): `hundredths` of 万元
// (1 = 100 元) as 「1,820.00」. Integer arithmetic only.
QString formatWanHundredths(qint64 hundredths, bool grouped = true);
// Whole yuan rounded half away from zero to 0.01 万元: 19066667 → 「1,906.67」.
QString formatWanTwoDecimals(Yuan yuan, bool grouped = true);

} // namespace shenbao
