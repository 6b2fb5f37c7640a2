// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "TestSupport.h"

#include "rules/FieldValidator.h"

using namespace shenbao;

namespace {

const CallDefinition &call()
{
    return CallDefinition::bundled();
}

// A project whose every validated field is filled in correctly.
Project validProject()
{
    Project p;
    p.domain = Domain::Equipment;
    Applicant &a = p.applicant;
    a.uscc = QStringLiteral("91440116MA59C3HT3T");
    a.postcode = QStringLiteral("510700");
    a.founded = QDate(2012, 3, 15);
    a.registeredCapitalYuan = 50000000;
    a.contact.mobile = QStringLiteral("13800138000");
    a.contact.phone = QStringLiteral("020-82345678");
    a.contact.email = QStringLiteral("shenbao@example.cn");
    a.employees = 320;
    a.rdStaff = 46;
    p.finance << FinanceYear{2019, 16200000, 15500000, 900000, 1200000}
              << FinanceYear{2020, 18600000, 17800000, -1350000, 1480000}
              << FinanceYear{2021, 22400000, 21300000, 2100000, 1960000};
    Patent patent;
    patent.granted = QDate(2020, 6, 2);
    p.patents << patent;
    p.softwareCopyrights = 8;
    Case c;
    c.amountYuan = 3000000;
    c.summary = QStringLiteral("为客户建设机器人焊接工作站4套。");
    p.cases << c;
    p.narrative.profile = QStringLiteral("简介");
    p.narrative.offering = QStringLiteral("产品");
    p.narrative.plan = QStringLiteral("规划");
    return p;
}

Problems problemsAt(const Project &p, const QString &where)
{
    Problems out;
    for (const auto &problem : validateFields(p, call())) {
        if (problem.where == where)
            out << problem;
    }
    return out;
}

QString describe(const Problems &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out << p.toString();
    return out.join(u'\n');
}

QString repeated(const QString &unit, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += unit;
    return s;
}

} // namespace

TEST_CASE("a correctly filled project has no field problems", "[fields]")
{
    const auto problems = validateFields(validProject(), call());
    INFO(describe(problems));
    CHECK(problems.isEmpty());
}

TEST_CASE("fields not filled in are left to the rules", "[fields]")
{
    CHECK(validateFields(Project{}, call()).isEmpty());
    Project p = validProject();
    p.applicant.contact.mobile = QString();
    p.applicant.contact.email = QStringLiteral("  ");
    p.applicant.uscc = QString();
    CHECK(validateFields(p, call()).isEmpty());
}

TEST_CASE("uscc check character", "[fields]")
{
    Project p = validProject();
    p.applicant.uscc = QStringLiteral("91440116ma59c3ht3t "); // normalised before the check
    CHECK(problemsAt(p, QStringLiteral("applicant.uscc")).isEmpty());
    p.applicant.uscc = QStringLiteral("91440116MA59C3HT3A");
    const auto problems = problemsAt(p, QStringLiteral("applicant.uscc"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].isError());
    CHECK(problems[0].message.contains(QStringLiteral("统一社会信用代码校验位不正确")));
    CHECK(problems[0].message.contains(QStringLiteral("「T」")));
}

TEST_CASE("mobile: 11 digits starting 13-19", "[fields]")
{
    const QString where = QStringLiteral("applicant.contact.mobile");
    Project p = validProject();
    // Grouped as people type it, with full-width digits or the country code: the same number.
    for (const QString &ok :
         {QStringLiteral("13800138000"), QStringLiteral("19912345678"),
          QStringLiteral("13000000000"), QStringLiteral("138 0013 8000"),
          QStringLiteral("138-0013-8000"), QStringLiteral("１３８００１３８０００"),
          QStringLiteral("+86 138 0013 8000")}) {
        INFO(ok.toStdString());
        p.applicant.contact.mobile = ok;
        CHECK(problemsAt(p, where).isEmpty());
    }
    for (const char *bad : {"1380013800", "138001380001", "12800138000", "10800138000",
                            "1380013800a", "138 0013 80"}) {
        INFO(bad);
        p.applicant.contact.mobile = QString::fromLatin1(bad);
        const auto problems = problemsAt(p, where);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].isError());
        CHECK(problems[0].message.startsWith(QStringLiteral("手机格式不正确")));
        CHECK(problems[0].message.contains(QString::fromLatin1(bad)));
        CHECK(problems[0].message.contains(QStringLiteral("11位")));
    }
}

TEST_CASE("phone: landlines with area code, 400/800 numbers, extensions", "[fields]")
{
    const QString where = QStringLiteral("applicant.contact.phone");
    Project p = validProject();
    for (const QString &ok :
         {QStringLiteral("020-12345678"), QStringLiteral("0755-1234567"),
          QStringLiteral("0755-12345678"), QStringLiteral("010-1234567"),
          QStringLiteral("02012345678"), QStringLiteral("020 1234 5678"),
          QStringLiteral("020-1234-5678"), QStringLiteral("(020)12345678"),
          QStringLiteral("０２０－１２３４５６７８"), QStringLiteral("400-800-1234"),
          QStringLiteral("4008001234"), QStringLiteral("400 800 1234"),
          QStringLiteral("800-820-8820"), QStringLiteral("020-12345678-801"),
          QStringLiteral("020-12345678转801"), QStringLiteral("0769-22345678 ext. 12"),
          QStringLiteral("13800138000")}) {
        INFO(ok.toStdString());
        p.applicant.contact.phone = ok;
        CHECK(problemsAt(p, where).isEmpty());
    }
    for (const char *bad : {"020-123456", "020-123456789", "20-12345678", "07555-1234567",
                            "400-800-123", "500-800-1234", "020-12345678-1234567", "phone"}) {
        INFO(bad);
        p.applicant.contact.phone = QString::fromLatin1(bad);
        const auto problems = problemsAt(p, where);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message.startsWith(QStringLiteral("固定电话格式不正确")));
        CHECK(problems[0].message.contains(QStringLiteral("020-12345678")));
        CHECK(problems[0].message.contains(QStringLiteral("400-800-1234")));
    }
}

TEST_CASE("email: one @ and a dot in the domain", "[fields]")
{
    const QString where = QStringLiteral("applicant.contact.email");
    Project p = validProject();
    for (const char *ok : {"a@b.cn", "li.wen+shenbao@mail.example.com.cn"}) {
        p.applicant.contact.email = QString::fromLatin1(ok);
        CHECK(problemsAt(p, where).isEmpty());
    }
    for (const char *bad :
         {"ab.cn", "a@b", "a@@b.cn", "a@b@c.cn", "a@b.", "a@.cn", "@b.cn", "a b@c.cn"}) {
        INFO(bad);
        p.applicant.contact.email = QString::fromLatin1(bad);
        const auto problems = problemsAt(p, where);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message.startsWith(QStringLiteral("电子邮箱格式不正确")));
    }
}

TEST_CASE("postcode: 6 digits", "[fields]")
{
    const QString where = QStringLiteral("applicant.postcode");
    Project p = validProject();
    p.applicant.postcode = QStringLiteral("000000");
    CHECK(problemsAt(p, where).isEmpty());
    p.applicant.postcode = QStringLiteral("５１０７００"); // full-width, from an input method
    CHECK(problemsAt(p, where).isEmpty());
    for (const QString &bad :
         {QStringLiteral("51070"), QStringLiteral("5107000"), QStringLiteral("51070a")}) {
        INFO(bad);
        p.applicant.postcode = bad;
        const auto problems = problemsAt(p, where);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message.contains(QStringLiteral("邮政编码")));
        CHECK(problems[0].message.contains(QStringLiteral("6位数字")));
    }
}

TEST_CASE("dates may not be after the evaluation date", "[fields]")
{
    const QDate day = call().evaluationDate;
    REQUIRE(day == QDate(2022, 4, 13));
    Project p = validProject();

    p.applicant.founded = day;
    CHECK(problemsAt(p, QStringLiteral("applicant.founded")).isEmpty());
    p.applicant.founded = day.addDays(1);
    auto problems = problemsAt(p, QStringLiteral("applicant.founded"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message ==
          QStringLiteral(
              "成立日期（2022年4月14日）晚于评审基准日2022年4月13日；应为该日或更早的日期"));

    p.patents[0].granted = day;
    CHECK(problemsAt(p, QStringLiteral("patents[0].granted")).isEmpty());
    p.patents[0].granted = day.addDays(1);
    problems = problemsAt(p, QStringLiteral("patents[0].granted"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.startsWith(QStringLiteral("第1项专利的授权日期")));

    p.domain = Domain::Pilot;
    p.domainDetail.project = PilotProject{};
    p.domainDetail.project->completed = day;
    CHECK(problemsAt(p, QStringLiteral("domainDetail.project.completed")).isEmpty());
    p.domainDetail.project->completed = day.addDays(1);
    CHECK(problemsAt(p, QStringLiteral("domainDetail.project.completed")).size() == 1);
    // Kept for another domain, it is neither evaluated nor printed, so it does not block.
    p.domain = Domain::Equipment;
    CHECK(problemsAt(p, QStringLiteral("domainDetail.project.completed")).isEmpty());

    // The date comes from the call, not the clock.
    CallDefinition later = call();
    later.evaluationDate = day.addDays(1);
    p.applicant.founded = day.addDays(1);
    CHECK(validateFields(p, later).isEmpty());
}

TEST_CASE("money may not be negative", "[fields]")
{
    Project p = validProject();
    p.applicant.registeredCapitalYuan = 0;
    p.finance[0].revenueYuan = 0;
    p.cases[0].amountYuan = 0;
    CHECK(validateFields(p, call()).isEmpty());

    p.applicant.registeredCapitalYuan = -1;
    auto problems = problemsAt(p, QStringLiteral("applicant.registeredCapitalYuan"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message ==
          QStringLiteral("注册资本不能为负数（当前为 -0.0001 万元）；应填写 0 或正数"));

    p.finance[0].revenueYuan = -1;
    p.finance[1].mainRevenueYuan = -25000;
    p.finance[2].rdSpendYuan = -1;
    p.cases[0].amountYuan = -1;
    CHECK(problemsAt(p, QStringLiteral("finance[0].revenueYuan"))[0].message.startsWith(
        QStringLiteral("2019年营业收入不能为负数")));
    CHECK(problemsAt(p, QStringLiteral("finance[1].mainRevenueYuan"))[0].message.contains(
        QStringLiteral("-2.5 万元")));
    CHECK(problemsAt(p, QStringLiteral("finance[2].rdSpendYuan")).size() == 1);
    CHECK(problemsAt(p, QStringLiteral("cases[0].amountYuan"))[0].message.startsWith(
        QStringLiteral("第1个案例的合同金额")));

    // A loss is a real figure.
    p.finance[0].profitYuan = -1;
    CHECK(problemsAt(p, QStringLiteral("finance[0].profitYuan")).isEmpty());
}

TEST_CASE("counts may not be negative; rdStaff above employees is a warning", "[fields]")
{
    Project p = validProject();
    p.applicant.employees = 0;
    p.applicant.rdStaff = 0;
    p.softwareCopyrights = 0;
    CHECK(validateFields(p, call()).isEmpty());

    p.applicant.employees = -1;
    p.softwareCopyrights = -1;
    CHECK(problemsAt(p, QStringLiteral("applicant.employees"))[0].message.startsWith(
        QStringLiteral("职工总数不能为负数")));
    CHECK(problemsAt(p, QStringLiteral("softwareCopyrights")).size() == 1);

    p = validProject();
    p.applicant.employees = 46;
    p.applicant.rdStaff = 46;
    CHECK(validateFields(p, call()).isEmpty());
    p.applicant.rdStaff = 47;
    const auto problems = problemsAt(p, QStringLiteral("applicant.rdStaff"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Problem::Severity::Warning);
    CHECK(problems[0].message.contains(
        QStringLiteral("研发技术团队人数（47人）多于职工总数（46人）")));

    p = validProject();
    p.domain = Domain::Organization;
    p.domainDetail.platformStaff = -1;
    p.domainDetail.qualifiedStaff = 0;
    CHECK(problemsAt(p, QStringLiteral("domainDetail.platformStaff")).size() == 1);
    CHECK(problemsAt(p, QStringLiteral("domainDetail.qualifiedStaff")).isEmpty());
}

TEST_CASE("duplicate finance years are flagged", "[fields]")
{
    Project p = validProject();
    p.finance[2].year = 2019;
    const auto problems = problemsAt(p, QStringLiteral("finance[2].year"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.contains(QStringLiteral("2019年的经营数据重复")));
}

TEST_CASE("characterCount counts code points", "[fields]")
{
    CHECK(characterCount(QString()) == 0);
    CHECK(characterCount(QStringLiteral("abc")) == 3);
    CHECK(characterCount(QStringLiteral("中文")) == 2);
    CHECK(characterCount(QStringLiteral("😀a中")) == 3); // U+1F600 is two UTF-16 units
    CHECK(characterCount(QStringLiteral("𠀀𠀁")) == 2); // CJK Extension B
    CHECK(characterCount(QString(QChar(0xD83D))) == 1); // a lone surrogate still takes a place
}

TEST_CASE("text limits in characters, exactly at the limit and one above", "[fields]")
{
    REQUIRE(call().formLimits.value(QStringLiteral("profile")) == 1500);
    Project p = validProject();

    SECTION("profile with characters outside the BMP")
    {
        // 1,500 emoji are 3,000 UTF-16 units and 6,000 UTF-8 bytes, but 1,500 characters.
        p.narrative.profile = repeated(QStringLiteral("😀"), 1500);
        CHECK(problemsAt(p, QStringLiteral("narrative.profile")).isEmpty());
        p.narrative.profile = repeated(QStringLiteral("😀"), 1499) + QStringLiteral("中文");
        const auto problems = problemsAt(p, QStringLiteral("narrative.profile"));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].isError());
        CHECK(problems[0].message.startsWith(
            QStringLiteral("单位简介超出字数限制：1,501 / 1,500 字")));
    }
    SECTION("offering, plan and case summary")
    {
        p.narrative.offering = repeated(QStringLiteral("品"), 2000);
        p.narrative.plan = repeated(QStringLiteral("划"), 1000);
        p.cases[0].summary = repeated(QStringLiteral("𠀀"), 300);
        CHECK(validateFields(p, call()).isEmpty());
        p.narrative.offering->append(u'x');
        p.narrative.plan->append(QStringLiteral("划划划"));
        p.cases[0].summary->append(QStringLiteral("𠀀"));
        CHECK(problemsAt(p, QStringLiteral("narrative.offering"))[0].message.contains(
            QStringLiteral("2,001 / 2,000 字")));
        CHECK(problemsAt(p, QStringLiteral("narrative.plan"))[0].message.contains(
            QStringLiteral("1,003 / 1,000 字；请删减 3 字")));
        CHECK(problemsAt(p, QStringLiteral("cases[0].summary"))[0].message ==
              QStringLiteral(
                  "第1个案例的案例简介超出字数限制：301 / 300 字；请删减 1 字，不超过 300 字"));
    }
    SECTION("the big number of the spec's example")
    {
        p.narrative.profile = repeated(QStringLiteral("字"), 1732);
        CHECK(problemsAt(p, QStringLiteral("narrative.profile"))[0].message.contains(
            QStringLiteral("1,732 / 1,500 字")));
    }
}
