// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The model's one place for money and dates typed by people, and for sums over the years.
#include "TestSupport.h"

#include "model/Money.h"

#include <limits>

using namespace shenbao;

TEST_CASE("parseWan refuses digits of other scripts instead of reading them as 0", "[money]")
{
    // Arabic-Indic ١٢ and Devanagari ५ are digits to Unicode, not to an amount field.
    for (const QString &text :
         {QStringLiteral("١٢"), QStringLiteral("1५"), QStringLiteral("12.٣")}) {
        const WanParse p = parseWan(text);
        CHECK_FALSE(p.ok);
        CHECK_FALSE(p.yuan.has_value());
        CHECK_FALSE(p.error.isEmpty());
    }
    CHECK(parseWan(QStringLiteral("１２３．４")).yuan == Yuan(1234000)); // full-width stays welcome
}

TEST_CASE("parseWan: the largest amount it accepts is exact, one more digit is an error", "[money]")
{
    CHECK(parseWan(QStringLiteral("-999999999999.9999")).yuan == Yuan(-9999999999999999));
    const WanParse tooLong = parseWan(QStringLiteral("9999999999999"));
    CHECK_FALSE(tooLong.ok);
    CHECK_FALSE(tooLong.yuan.has_value());
}

TEST_CASE("checked yuan arithmetic reports overflow instead of wrapping", "[money]")
{
    constexpr Yuan max = std::numeric_limits<Yuan>::max();
    CHECK(addYuan(1, 2) == Yuan(3));
    CHECK_FALSE(addYuan(max, 1).has_value());
    CHECK_FALSE(multiplyYuan(max / 2, 3).has_value());
    const YearsTotal total = sumOverYears({std::optional<Yuan>(max), Yuan(1), Yuan(0)});
    CHECK(total.overflow);
    CHECK(total.missingYears.isEmpty());
    CHECK_FALSE(total.sum.has_value());
}

TEST_CASE("sumOverYears names the missing years and sums the rest exactly", "[money]")
{
    const QHash<int, Yuan> amounts{{2019, 10'000'001}, {2021, 3}};
    const YearsTotal total = sumOverYears({2019, 2020, 2021}, [&](int year) {
        return amounts.contains(year) ? std::optional<Yuan>(amounts.value(year)) : std::nullopt;
    });
    CHECK(total.missingYears == QList<int>{2020});
    CHECK_FALSE(total.sum.has_value());
    CHECK(sumOverYears({Yuan(1), Yuan(2), Yuan(4)}).sum == Yuan(7));
}

TEST_CASE("averageYuan: one rounding rule, half away from zero, to the unit asked", "[money]")
{
    CHECK(averageYuan(Yuan(44'999'999), 3) == Yuan(15'000'000));      // 14999999.67 → 元
    CHECK(averageYuan(Yuan(44'999'999), 3, 100) == Yuan(15'000'000)); // → 0.01 万元
    CHECK(averageYuan(Yuan(149), 1, 100) == Yuan(100));
    CHECK(averageYuan(Yuan(150), 1, 100) == Yuan(200));
    CHECK(averageYuan(Yuan(-150), 1, 100) == Yuan(-200));
    CHECK(averageYuan(std::numeric_limits<Yuan>::min(), 1) == std::numeric_limits<Yuan>::min());
    CHECK_FALSE(averageYuan(std::nullopt, 3).has_value());
    CHECK_FALSE(averageYuan(Yuan(3), 0).has_value());
}

TEST_CASE("parseDate reads the ways people type dates, and only real dates", "[money]")
{
    CHECK(parseDate(QStringLiteral("2020-06-01")) == QDate(2020, 6, 1));
    CHECK(parseDate(QStringLiteral("2020/6/1")) == QDate(2020, 6, 1));
    CHECK(parseDate(QStringLiteral("2020年6月1日")) == QDate(2020, 6, 1));
    CHECK(parseDate(QStringLiteral("２０２０－６－１")) == QDate(2020, 6, 1));
    CHECK_FALSE(parseDate(QStringLiteral("2020-02-30")));
    CHECK_FALSE(parseDate(QStringLiteral("٢٠٢٠-6-1")));
    CHECK_FALSE(parseDate(QStringLiteral("June 1")));
}
