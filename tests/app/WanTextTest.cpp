// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "AppTestSupport.h"
#include "model/Money.h"

#include <catch2/catch.hpp>

using namespace shenbao;

TEST_CASE("parseWan converts 万元 text to exact yuan", "[wan]")
{
    CHECK(parseWan(QStringLiteral("1500")).yuan == Yuan(15000000));
    CHECK(parseWan(QStringLiteral("1,500.25")).yuan == Yuan(15002500));
    CHECK(parseWan(QStringLiteral("0.0001")).yuan == Yuan(1));
    CHECK(parseWan(QStringLiteral("0.0003")).yuan == Yuan(3)); // a float would give 2
    CHECK(parseWan(QStringLiteral("12.")).yuan == Yuan(120000));
    CHECK(parseWan(QStringLiteral(".5")).yuan == Yuan(5000));
    CHECK(parseWan(QStringLiteral("-12.5")).yuan == Yuan(-125000));
    CHECK(parseWan(QStringLiteral("１２．５")).yuan == Yuan(125000));
    CHECK(parseWan(QStringLiteral(" 4 500 ")).yuan == Yuan(45000000));
    CHECK(parseWan(QStringLiteral("999999999999.9999")).yuan == Yuan(9999999999999999));
}

TEST_CASE("parseWan: empty is not filled in, not zero", "[wan]")
{
    const WanParse p = parseWan(QString());
    CHECK(p.ok);
    CHECK_FALSE(p.yuan.has_value());
}

TEST_CASE("parseWan refuses a fifth decimal and text that is not a number", "[wan]")
{
    CHECK(parseWan(QStringLiteral("1.2345")).ok);
    const WanParse five = parseWan(QStringLiteral("1.23456"));
    CHECK_FALSE(five.ok);
    CHECK_FALSE(five.error.isEmpty());
    CHECK_FALSE(parseWan(QStringLiteral("abc")).ok);
    CHECK_FALSE(parseWan(QStringLiteral(".")).ok);
    CHECK_FALSE(parseWan(QStringLiteral("1.2.3")).ok);
    CHECK_FALSE(parseWan(QStringLiteral("1234567890123")).ok); // 13 digits of 万元
}

TEST_CASE("formatWan shows yuan as 万元 without losing a yuan", "[wan]")
{
    CHECK(formatWan(15500000) == QStringLiteral("1550"));
    CHECK(formatWan(12345) == QStringLiteral("1.2345"));
    CHECK(formatWan(1) == QStringLiteral("0.0001"));
    CHECK(formatWan(0) == QStringLiteral("0"));
    CHECK(formatWan(-5000) == QStringLiteral("-0.5"));
    CHECK(formatWan(123456789012, true) == QStringLiteral("12,345,678.9012"));
    for (const Yuan y : {Yuan(1), Yuan(9999), Yuan(10000), Yuan(10001), Yuan(44999999), Yuan(-1)})
        CHECK(parseWan(formatWan(y)).yuan == y);
}
