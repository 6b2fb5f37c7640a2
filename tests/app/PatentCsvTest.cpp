// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/PatentCsv.h"
#include "AppTestSupport.h"

#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace shenbao;

TEST_CASE("PatentCsv reads a Chinese header in any column order, with BOM and quotes", "[csv]")
{
    const QByteArray csv =
        QByteArray("\xEF\xBB\xBF") +
        QStringLiteral("专利号,专利名称,类型,授权日期,核心\n"
                       "ZL201910123456.7,\"一种方法，含逗号\",发明专利,2020-06-02,是\n"
                       "ZL202120678901.2,一种夹具,实用新型,2021/10/15,否\n"
                       "\n")
            .toUtf8();
    const PatentCsvResult r = PatentCsv::parse(csv, QStringLiteral("p.csv"));
    REQUIRE(r.patents.size() == 2);
    CHECK(r.problems.isEmpty());
    CHECK(r.patents[0].title == QStringLiteral("一种方法，含逗号"));
    CHECK(r.patents[0].number == QStringLiteral("ZL201910123456.7"));
    CHECK(r.patents[0].kind == PatentKind::Invention);
    CHECK(r.patents[0].granted == QDate(2020, 6, 2));
    CHECK(r.patents[0].core == true);
    CHECK(r.patents[1].kind == PatentKind::UtilityModel);
    CHECK(r.patents[1].granted == QDate(2021, 10, 15));
    CHECK(r.patents[1].core == false);
}

TEST_CASE("PatentCsv reads GB18030 as Excel writes it on Chinese Windows", "[csv]")
{
    QStringEncoder gb("GB18030");
    if (!gb.isValid()) {
        WARN("this Qt has no GB18030 codec; the decoder path is not tested");
        return;
    }
    const QByteArray csv = gb.encode(QStringLiteral(
        "专利名称,专利号,类型,授权日期,核心\r\n一种装置,ZL1,外观设计,2019-01-02,\r\n"));
    const PatentCsvResult r = PatentCsv::parse(csv, QStringLiteral("gbk.csv"));
    REQUIRE(r.patents.size() == 1);
    CHECK(r.patents[0].title == QStringLiteral("一种装置"));
    CHECK(r.patents[0].kind == PatentKind::Design);
    CHECK_FALSE(r.patents[0].core.has_value());
}

TEST_CASE("PatentCsv keeps a row with an unreadable date and says which line", "[csv]")
{
    const QByteArray csv =
        QStringLiteral("title,number,kind,granted,core\nA,ZL9,invention,June 2020,yes\n").toUtf8();
    const PatentCsvResult r = PatentCsv::parse(csv, QStringLiteral("p.csv"));
    REQUIRE(r.patents.size() == 1);
    CHECK_FALSE(r.patents[0].granted.has_value());
    CHECK(r.patents[0].core == true);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where.contains(QStringLiteral("2")));
    CHECK_FALSE(r.problems[0].isError());
}

TEST_CASE("PatentCsv without header reads the columns in the documented order", "[csv]")
{
    const PatentCsvResult r = PatentCsv::parse(
        QStringLiteral("一种方法,ZL2,发明,2020-01-01,1\n").toUtf8(), QStringLiteral("x.csv"));
    REQUIRE(r.patents.size() == 1);
    CHECK(r.patents[0].number == QStringLiteral("ZL2"));
    CHECK(r.patents[0].core == true);
}

TEST_CASE("PatentCsv: a file without patents is an error", "[csv]")
{
    const PatentCsvResult r =
        PatentCsv::parse(QByteArray("title,number\n"), QStringLiteral("empty.csv"));
    CHECK(r.patents.isEmpty());
    CHECK(hasErrors(r.problems));
}
