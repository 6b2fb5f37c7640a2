// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "TestSupport.h"

#include "call/CallDefinition.h"
#include "model/InputText.h"

using namespace shenbao;

TEST_CASE("input: full-width characters become ASCII, nothing else changes", "[input]")
{
    CHECK(halfWidth(QStringLiteral("１２３ＡＢｃ－．　")) == QStringLiteral("123ABc-. "));
    CHECK(halfWidth(QStringLiteral("东莞市")) == QStringLiteral("东莞市"));
}

TEST_CASE("input: mobile and telephone numbers are stored in one form", "[input]")
{
    CHECK(normalisedMobile(QStringLiteral("138 0013 8000")) == QStringLiteral("13800138000"));
    CHECK(normalisedMobile(QStringLiteral("１３８－００１３－８０００")) ==
          QStringLiteral("13800138000"));
    CHECK(normalisedMobile(QStringLiteral("+86 138 0013 8000")) == QStringLiteral("13800138000"));
    CHECK(normalisedPhone(QStringLiteral("０２０ －１２３４ ５６７８")) ==
          QStringLiteral("020-12345678"));
    CHECK(normalisedPhone(QStringLiteral("(020) 1234 5678")) == QStringLiteral("020-12345678"));
    CHECK(normalisedPhone(QStringLiteral("400 800 1234")) == QStringLiteral("400-800-1234"));
    CHECK(normalisedPhone(QStringLiteral("0769-22345678转 12")) ==
          QStringLiteral("0769-22345678-12"));
    CHECK(isValidPhone(QStringLiteral("400-800-1234")));
    CHECK(isValidPhone(QStringLiteral("020-12345678 转 801")));
    // Grouped digits before an extension, as printed on business cards (was 0769-2234-5678-8012,
    // refused as invalid).
    CHECK(normalisedPhone(QStringLiteral("０７６９－２２３４ ５６７８转8012")) ==
          QStringLiteral("0769-22345678-8012"));
    CHECK(normalisedPhone(QStringLiteral("020 8234 5678 ext. 12")) ==
          QStringLiteral("020-82345678-12"));
    CHECK(isValidPhone(QStringLiteral("0769-2234 5678 转 8012")));
    CHECK_FALSE(isValidPhone(QStringLiteral("12345")));
    CHECK(isValidMobile(QStringLiteral("138 0013 8000")));
    CHECK_FALSE(isValidMobile(QStringLiteral("138 0013 80")));
}

TEST_CASE("input: USCC, postcode, amounts and years as typed", "[input]")
{
    CHECK(normalisedUscc(QStringLiteral("９１４４ ０１１６-ma59c3ht3t")) ==
          QStringLiteral("91440116MA59C3HT3T"));
    CHECK(normalisedDigits(QStringLiteral("５１０ ７００")) == QStringLiteral("510700"));
    CHECK(withoutWanUnit(QStringLiteral("1250万元")) == QStringLiteral("1250"));
    CHECK(withoutWanUnit(QStringLiteral("１２５０ 万")) == QStringLiteral("1250"));
    CHECK(withoutWanUnit(QStringLiteral("1,250.5")) == QStringLiteral("1,250.5"));
    CHECK(parseYear(QStringLiteral("2021")) == 2021);
    CHECK(parseYear(QStringLiteral("2021年")) == 2021);
    CHECK(parseYear(QStringLiteral("２０２１ 年度")) == 2021);
    CHECK_FALSE(parseYear(QStringLiteral("21")).has_value());
    CHECK_FALSE(parseYear(QStringLiteral("2021年5月")).has_value());
}

TEST_CASE("input: cities are matched to the call's list", "[input]")
{
    const CallDefinition &call = CallDefinition::bundled();
    CHECK(matchCity(QStringLiteral("东莞"), call.guangdongCities) == QStringLiteral("东莞市"));
    CHECK(matchCity(QStringLiteral("东莞市"), call.guangdongCities) == QStringLiteral("东莞市"));
    CHECK(matchCity(QStringLiteral("广东省东莞市"), call.guangdongCities) ==
          QStringLiteral("东莞市"));
    CHECK(matchCity(QStringLiteral(" 广州 "), call.guangdongCities) == QStringLiteral("广州市"));
    CHECK(matchCity(QStringLiteral("长沙"), call.guangdongCities).isEmpty());
    CHECK(matchCity(QStringLiteral("东"), call.guangdongCities).isEmpty());
}
