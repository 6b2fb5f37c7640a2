// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The patent number's check character (application-number standard, mod 11), 8 and 12 digits.

#include "CrossCheckTestSupport.h"

#include "call/CallDefinition.h"
#include "rules/FieldValidator.h"
#include "rules/PatentNumber.h"

using namespace shenbao;

TEST_CASE("published patent numbers pass, in both forms", "[rules][patent]")
{
    // 201710601862.3 and 95115608.X are the worked examples CNIPA's explanations of the
    // check character use; 97101765.4 an 8-digit number of 1997.
    const struct
    {
        const char *input, *normalized, check;
    } cases[] = {
        {"ZL201710601862.3", "ZL201710601862.3", '3'},
        {"ZL 2017 1 0601862.3", "ZL201710601862.3", '3'},
        {"201710601862.3", "ZL201710601862.3", '3'},
        {"zl2017106018623", "ZL201710601862.3", '3'},
        {"ZL95115608.X", "ZL95115608.X", 'X'},
        {"ZL 95115608.x", "ZL95115608.X", 'X'},
        {"97101765.4", "ZL97101765.4", '4'},
    };
    for (const auto &c : cases) {
        INFO(c.input);
        const auto r = checkPatentNumber(QString::fromLatin1(c.input));
        CHECK(r.valid);
        CHECK(r.error.isEmpty());
        CHECK(r.normalized == QString::fromLatin1(c.normalized));
        CHECK(r.expectedCheck == QLatin1Char(c.check));
    }
    // Full-width forms as a Chinese input method types them.
    const auto wide = checkPatentNumber(QStringLiteral("ＺＬ２０１７１０６０１８６２．３"));
    CHECK(wide.valid);
    CHECK(wide.normalized == QStringLiteral("ZL201710601862.3"));
}

TEST_CASE("a wrong check character names the expected one", "[rules][patent]")
{
    auto r = checkPatentNumber(QStringLiteral("ZL201710601862.4"));
    CHECK_FALSE(r.valid);
    CHECK(r.expectedCheck == QLatin1Char('3'));
    CHECK(r.error.contains(QStringLiteral("应为「3」")));
    CHECK(r.error.contains(QStringLiteral("当前为「4」")));

    r = checkPatentNumber(QStringLiteral("ZL95115608.9"));
    CHECK_FALSE(r.valid);
    CHECK(r.error.contains(QStringLiteral("应为「X」")));

    // One digit changed in the body: the check character catches it.
    r = checkPatentNumber(QStringLiteral("ZL201710601863.3"));
    CHECK_FALSE(r.valid);
    CHECK(r.expectedCheck != QLatin1Char('3'));
}

TEST_CASE("malformed patent numbers say what is right", "[rules][patent]")
{
    CHECK(
        checkPatentNumber(QStringLiteral("ZL2017106018.3")).error.contains(QStringLiteral("8位")));
    CHECK(checkPatentNumber(QStringLiteral("ZL2017A0601862.3"))
              .error.contains(QStringLiteral("非数字")));
    const auto missing = checkPatentNumber(QStringLiteral("ZL20171060186"));
    CHECK_FALSE(missing.valid);
    const auto noCheck = checkPatentNumber(QStringLiteral("ZL201710601862."));
    CHECK_FALSE(noCheck.valid);
    // Type digit 4 does not exist; the check character is right for these digits.
    const QString body = QStringLiteral("201740601862");
    const auto type =
        checkPatentNumber(QStringLiteral("ZL") + body + u'.' + patentCheckCharacter(body));
    CHECK_FALSE(type.valid);
    CHECK(type.error.contains(QStringLiteral("类型位")));
}

TEST_CASE("field validation warns about a wrong patent number at its path", "[rules][patent]")
{
    Project p;
    Patent good, bad;
    good.number = QStringLiteral("ZL201710601862.3");
    bad.number = QStringLiteral("ZL201710601862.7");
    p.patents << good << bad;
    const Problems problems = validateFields(p, CallDefinition::bundled());
    int found = 0;
    for (const auto &pr : problems) {
        if (pr.where == QStringLiteral("patents[0].number"))
            FAIL("a correct number was flagged");
        if (pr.where == QStringLiteral("patents[1].number")) {
            ++found;
            CHECK(pr.severity == Problem::Severity::Warning);
            CHECK(pr.message.contains(QStringLiteral("应为「3」")));
        }
    }
    CHECK(found == 1);
}
