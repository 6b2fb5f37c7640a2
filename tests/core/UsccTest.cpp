// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// GB 32100-2015 unified social credit code (BASE-5 of spec/eligibility.md).

#include "TestSupport.h"

#include "rules/Uscc.h"

using namespace shenbao;

TEST_CASE("published codes of Guangdong companies pass", "[rules][uscc]")
{
    // Codes as printed on the companies' business licences / the public credit register.
    const char *codes[] = {
        "914403001922038216", // 华为技术有限公司
        "91440300708461136T", // 深圳市腾讯计算机系统有限公司 (letter check character)
        "91440300192317458F", // 比亚迪股份有限公司 (letter check character)
        "9144030027939873X7", // 中兴通讯股份有限公司 (organisation code ends in X)
        "91440606722473344C", // 美的集团股份有限公司 (letter check character)
        "91440400192548256N", // 珠海格力电器股份有限公司 (letter check character)
        "9144030010001686XA", // 招商银行股份有限公司
        "91440300192181490G", // 万科企业股份有限公司
    };
    for (const char *code : codes) {
        INFO(code);
        const auto r = checkUscc(QString::fromLatin1(code));
        CHECK(r.valid);
        CHECK(r.error.isEmpty());
        CHECK(r.warning.isEmpty());
        CHECK(r.normalized == QString::fromLatin1(code));
        CHECK(r.expectedCheck == QLatin1Char(code[17]));
    }
}

TEST_CASE("a wrong check character names the expected one", "[rules][uscc]")
{
    auto r = checkUscc(QStringLiteral("914403001922038217"));
    CHECK_FALSE(r.valid);
    CHECK(r.expectedCheck == QLatin1Char('6'));
    CHECK(r.error.contains(QStringLiteral("校验位")));
    CHECK(r.error.contains(QStringLiteral("应为「6」")));
    CHECK(r.error.contains(QStringLiteral("当前为「7」")));

    r = checkUscc(QStringLiteral("91440300708461136U"));
    CHECK_FALSE(r.valid);
    CHECK(r.expectedCheck == QLatin1Char('T'));
    CHECK(r.error.contains(QStringLiteral("应为「T」")));

    // Σ mod 31 = 0: the check value is (31 − 0) mod 31 = 0, not 31.
    CHECK(checkUscc(QStringLiteral("914403001922000200")).valid);
    r = checkUscc(QStringLiteral("914403001922000201"));
    CHECK_FALSE(r.valid);
    CHECK(r.expectedCheck == QLatin1Char('0'));
}

TEST_CASE("the letters I, O, S, V and Z are not in the alphabet", "[rules][uscc]")
{
    for (const char letter : {'I', 'O', 'S', 'V', 'Z'}) {
        INFO(letter);
        QString code = QStringLiteral("91440300708461136T");
        code[10] = QLatin1Char(letter);
        const auto r = checkUscc(code);
        CHECK_FALSE(r.valid);
        CHECK(r.error.contains(QStringLiteral("第11位")));
        CHECK(r.error.contains(QStringLiteral("不是有效字符")));
    }
    // Also as check character, and any non-alphanumeric character.
    CHECK_FALSE(checkUscc(QStringLiteral("91440300708461136O")).valid);
    CHECK(checkUscc(QStringLiteral("91440300708461136O")).error.contains(QStringLiteral("第18位")));
    CHECK_FALSE(checkUscc(QStringLiteral("9144030070846113-T")).valid);
}

TEST_CASE("lower case and white space are normalised", "[rules][uscc]")
{
    auto r = checkUscc(QStringLiteral("  91440300708461136t\t"));
    CHECK(r.valid);
    CHECK(r.normalized == QStringLiteral("91440300708461136T"));
    r = checkUscc(QStringLiteral("9144 0300 7084 6113 6T"));
    CHECK(r.valid);
    CHECK(r.normalized == QStringLiteral("91440300708461136T"));
    r = checkUscc(QStringLiteral("91440606722473344c"));
    CHECK(r.valid);
    // Ideographic space (as typed with a Chinese input method).
    r = checkUscc(QStringLiteral("914403001922038216　"));
    CHECK(r.valid);
}

TEST_CASE("the length must be 18", "[rules][uscc]")
{
    for (const auto &code :
         {QStringLiteral("91440300708461136"), QStringLiteral("91440300708461136T1"), QString()}) {
        INFO(code.toStdString());
        const auto r = checkUscc(code);
        CHECK_FALSE(r.valid);
        CHECK(r.error.contains(QStringLiteral("18位")));
        CHECK(r.error.contains(QStringLiteral("当前为%1位").arg(r.normalized.size())));
    }
}

TEST_CASE("a wrong embedded organisation code is a warning only", "[rules][uscc]")
{
    // Huawei's code with the organisation-code check character changed from 1 to 2 and the
    // USCC check character recomputed.
    const auto r = checkUscc(QStringLiteral("914403001922038229"));
    CHECK(r.valid);
    CHECK(r.error.isEmpty());
    CHECK(r.warning.contains(QStringLiteral("组织机构代码")));
}
