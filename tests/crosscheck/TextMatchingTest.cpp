// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The matching rules of docs/cross-check.md on page texts as OCR and text layers give them.

#include "CrossCheckTestSupport.h"

#include "crosscheck/TextMatching.h"

using namespace shenbao::crosscheck;

namespace {
QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}
} // namespace

TEST_CASE("a patent number is found whatever its spacing, width and prefix", "[crosscheck][match]")
{
    const QString claimed = s(u"ZL201710601862.3");
    for (const QString &page :
         {s(u"专利号：ZL 2017 1 0601862.3\n申请日：2017年07月21日"),
          s(u"专 利 号 : ZL201710601862.3"), s(u"专利号：２０１７１０６０１８６２．３"),
          s(u"申请号 201710601862.3"), s(u"专利号：ZL2017106018623 授权")}) {
        INFO(page);
        const auto m = matchPatentNumber(claimed, page);
        CHECK(m.state == MatchState::Matched);
        CHECK(m.found == claimed);
    }
}

TEST_CASE("an OCR slip in a patent number is likely, another number differs", "[crosscheck][match]")
{
    const QString claimed = s(u"ZL201710601862.3");
    // O read for 0: still the same number.
    CHECK(matchPatentNumber(claimed, s(u"专利号：ZL2O1710601862.3")).state == MatchState::Matched);
    // One digit misread (8 for 6): its check character fails, so an OCR slip.
    const auto slip = matchPatentNumber(claimed, s(u"专利号：ZL201710801862.3"));
    CHECK(slip.state == MatchState::Likely);
    CHECK(slip.found == s(u"ZL201710801862.3"));
    // A different, valid number (its own check character is right): a different certificate.
    const auto other = matchPatentNumber(claimed, s(u"专利号：ZL97101765.4"));
    CHECK(other.state == MatchState::Differs);
    CHECK(other.found == s(u"ZL97101765.4"));
    // No number on the page at all.
    CHECK(matchPatentNumber(claimed, s(u"发明专利证书")).state == MatchState::NotFound);
}

TEST_CASE("a USCC is matched, slipped or different", "[crosscheck][match]")
{
    const QString claimed = s(u"914403001922038216");
    CHECK(matchUscc(claimed, s(u"统一社会信用代码 9144 0300 1922 0382 16")).state ==
          MatchState::Matched);
    CHECK(matchUscc(claimed, s(u"统一社会信用代码 91440300I922038216")).state ==
          MatchState::Matched);
    CHECK(matchUscc(claimed, s(u"统一社会信用代码 914403001922038816")).state ==
          MatchState::Likely);
    const auto other = matchUscc(claimed, s(u"统一社会信用代码 91440300708461136T"));
    CHECK(other.state == MatchState::Differs);
    CHECK(other.found == s(u"91440300708461136T"));
}

TEST_CASE("names: exact, one slip, another name under the label, absent", "[crosscheck][match]")
{
    const QString name = s(u"广州智造科技有限公司");
    CHECK(matchName(name, s(u"专利权人：广 州 智 造 科 技 有 限 公 司"), {s(u"专利权人")}).state ==
          MatchState::Matched);
    // Full-width brackets and spaces do not count.
    CHECK(matchName(s(u"智造科技（广州）有限公司"), s(u"名称 智造科技(广州)有限公司"), {}).state ==
          MatchState::Matched);
    const auto slip = matchName(name, s(u"专利权人：广州智造科枝有限公司"), {s(u"专利权人")});
    CHECK(slip.state == MatchState::Likely);
    CHECK(slip.found == s(u"广州智造科枝有限公司"));
    const auto other =
        matchName(name, s(u"专利权人：深圳市远航电子有限公司\n地址：深圳市"), {s(u"专利权人")});
    CHECK(other.state == MatchState::Differs);
    CHECK(other.found.startsWith(s(u"深圳市远航电子")));
    CHECK(matchName(name, s(u"发明专利证书"), {s(u"专利权人")}).state == MatchState::NotFound);
    // A two-character name must be exact.
    CHECK(matchName(s(u"张三"), s(u"张四"), {}).state == MatchState::NotFound);
}

TEST_CASE("dates and years", "[crosscheck][match]")
{
    const QDate granted(2020, 6, 2);
    CHECK(matchDate(granted, s(u"授权公告日：2020年06月02日"), {s(u"授权公告日")}).state ==
          MatchState::Matched);
    CHECK(matchDate(granted, s(u"授权公告日 2020年6月2日"), {s(u"授权公告日")}).state ==
          MatchState::Matched);
    const auto other = matchDate(granted, s(u"申请日：2019年01月05日\n授权公告日：2021年06月02日"),
                                 {s(u"授权公告日")});
    CHECK(other.state == MatchState::Differs);
    CHECK(other.found == s(u"2021-06-02"));
    // Only the application date printed: nothing says the grant date is another one.
    CHECK(matchDate(granted, s(u"申请日：2019年01月05日"), {s(u"授权公告日")}).state ==
          MatchState::NotFound);

    CHECK(matchYear(2021, s(u"签订日期：2021年3月5日"), {s(u"签订日期")}).state ==
          MatchState::Matched);
    const auto year = matchYear(2021, s(u"签订日期：2019年3月5日"), {s(u"签订日期")});
    CHECK(year.state == MatchState::Differs);
    CHECK(year.found == s(u"2019"));
    CHECK(matchYear(2021, s(u"合同编号 HT20210001"), {}).state == MatchState::NotFound);
}

TEST_CASE("substring distance finds the closest place", "[crosscheck][match]")
{
    qsizetype at = 0, length = 0;
    CHECK(substringDistance(s(u"智造科技"), s(u"广州智造科枝有限"), &at, &length) == 1);
    CHECK(at == 2);
    CHECK(length == 4);
    CHECK(editDistance(s(u"abc"), s(u"abd")) == 1);
    CHECK(editDistance(QString(), s(u"ab")) == 2);
}
