// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "TestSupport.h"

#include "store/ProjectJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace shenbao;

namespace {

ProjectJsonResult readText(const QString &json)
{
    return ProjectJson::read(json.toUtf8(), QStringLiteral("test.json"));
}

// A minimal document with `members` (already JSON text, leading comma included) appended.
ProjectJsonResult readWith(const QString &members)
{
    return readText(QStringLiteral("{\"schema\": \"shenbao/1\", \"call\": \"gd-2022-batch2\"") +
                    members + QStringLiteral("}"));
}

const Problem *problemAt(const Problems &problems, const QString &where)
{
    for (const auto &p : problems) {
        if (p.where == where)
            return &p;
    }
    return nullptr;
}

QString allWheres(const Problems &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out << p.toString();
    return out.join(u'\n');
}

Project fullProject()
{
    const auto result =
        ProjectJson::read(test::readFile(test::dataPath(QStringLiteral("json/full-project.json"))),
                          QStringLiteral("full-project.json"));
    INFO(allWheres(result.problems));
    REQUIRE(result.project);
    REQUIRE(result.problems.isEmpty());
    return *result.project;
}

} // namespace

TEST_CASE("full project reads every key of shenbao/1", "[json]")
{
    const Project p = fullProject();
    CHECK(p.schema == QStringLiteral("shenbao/1"));
    CHECK(p.domain == Domain::Pilot);
    CHECK(p.talentKind == TalentKind::School);
    CHECK(p.pilotCategory == PilotCategory::Service);
    CHECK(p.pilotSubcategory == PilotSubcategory::Energy);
    CHECK(p.applicant.contact.email == QStringLiteral("shenbao@example.cn"));
    CHECK(p.applicant.founded == QDate(2012, 3, 15));
    CHECK(p.applicant.rdInstitution == RdInstitution::Established);
    REQUIRE(p.finance.size() == 3);
    CHECK(p.finance[0].profitYuan == -900000); // negative money is stored; the validator flags it
    CHECK(p.finance[2].revenueYuan == Yuan(9007199254740993)); // 2^53 + 1: exact, not via double
    CHECK(p.finance[2].profitYuan == 0);
    REQUIRE(p.patents.size() == 2);
    CHECK(p.patents[0].evidence ==
          QStringList{QStringLiteral("ev-patent-1"), QStringLiteral("ev-missing")});
    CHECK(p.patents[1].kind == PatentKind::UtilityModel);
    CHECK(p.patents[1].evidence.isEmpty());
    REQUIRE(p.cases.size() == 1);
    CHECK(p.cases[0].summary->contains(QStringLiteral("\"峰谷\"")));
    CHECK(p.cases[0].summary->contains(QStringLiteral("C:\\data\\energy")));
    CHECK(p.cases[0].summary->contains(u'\n'));
    CHECK(p.qualifications[0].kind == QualificationKind::ProvincialRobotKey);
    CHECK(p.attestations.noBadCredit3y == false);

    const DomainDetail &d = p.domainDetail;
    CHECK(d.devEnvironment);
    CHECK(d.thirdPartyService == true);
    CHECK(d.otItFusion);
    CHECK(d.mainBusinessIsSolutions == true);
    CHECK(d.regulated == true);
    CHECK(d.plan);
    CHECK(d.platformStaff == 30);
    CHECK(d.qualifiedStaff == 18);
    REQUIRE(d.partnerEnterprises);
    REQUIRE(d.partnerEnterprises->size() == 2);
    CHECK((*d.partnerEnterprises)[1].internshipBase == false);
    CHECK(d.mentorsHired == true);
    CHECK(d.nationallyAdvanced == false);
    REQUIRE(d.coBuiltPrograms);
    CHECK((*d.coBuiltPrograms)[0].school == QStringLiteral("广东示例职业技术学院"));
    CHECK(d.premisesInGuangdong == true);
    REQUIRE(d.products);
    CHECK(d.products->size() == 1);
    REQUIRE(d.project);
    CHECK(d.project->completed == QDate(2021, 9, 30));
    REQUIRE(d.project->elements.size() == 3);
    CHECK(d.project->elements[1].met == false);
    CHECK_FALSE(d.project->elements[2].description);
    CHECK(d.project->ecommerceShare == 0.1);

    REQUIRE(p.evidence.size() == 5);
    CHECK(p.evidence[1].year == 2019);
    CHECK(p.evidence[1].sha256);
    CHECK(p.evidence[1].pages == 12);
    CHECK(p.evidence[1].firstPage == 21);
    CHECK(p.evidence[1].file == QStringLiteral("/home/user/申报材料/audit-2019.pdf"));
    CHECK_FALSE(p.evidence[2].file);
}

TEST_CASE("writing the full project reproduces the canonical document byte for byte", "[json]")
{
    const QByteArray original =
        test::readFile(test::dataPath(QStringLiteral("json/full-project.json")));
    const Project p = fullProject();
    const QByteArray written = ProjectJson::write(p);
    CHECK(QString::fromUtf8(written) == QString::fromUtf8(original));
    CHECK(written == original);

    const auto again = ProjectJson::read(written, QStringLiteral("again.json"));
    REQUIRE(again.project);
    CHECK(*again.project == p);
    const auto viaObject =
        ProjectJson::fromObject(ProjectJson::toObject(p), QStringLiteral("object"));
    REQUIRE(viaObject.project);
    CHECK(*viaObject.project == p);
}

TEST_CASE("any layout of the same data is written back in the canonical layout", "[json]")
{
    const QByteArray original =
        test::readFile(test::dataPath(QStringLiteral("json/full-project.json")));
    // Qt's compact form sorts the keys alphabetically and drops all white space.
    const QByteArray compact = QJsonDocument::fromJson(original).toJson(QJsonDocument::Compact);
    REQUIRE(compact != original);
    const auto r = ProjectJson::read(compact, QStringLiteral("compact.json"));
    REQUIRE(r.project);
    CHECK(*r.project == fullProject());
    CHECK(ProjectJson::write(*r.project) == original);
}

TEST_CASE("strings survive the round trip whatever they hold", "[json]")
{
    // \ud800 alone is valid JSON but has no UTF-8 form; control characters need escapes.
    const auto r = readWith(QStringLiteral(
        R"(, "applicant": {"name": "a\ud800b\udc00", "district": "\u0000\u0007\u007f😀\ud83d\ude00"})"));
    INFO(allWheres(r.problems));
    REQUIRE(r.project);
    const QString name = *r.project->applicant.name;
    REQUIRE(name.size() == 4);
    CHECK(name.at(1).unicode() == 0xD800);
    const QByteArray text = ProjectJson::write(*r.project);
    CHECK(text.contains(R"("name": "a\ud800b\udc00")"));
    const QByteArray district = QStringLiteral(R"("district": "\u0000\u0007)").toUtf8() +
                                QByteArray(1, 0x7f) + QStringLiteral("😀😀\"").toUtf8();
    CHECK(text.contains(district));
    const auto back = ProjectJson::read(text, QStringLiteral("again"));
    REQUIRE(back.project);
    CHECK(*back.project == *r.project);
    CHECK(ProjectJson::canonical(QJsonValue(name)) == R"("a\ud800b\udc00")");
}

TEST_CASE("read(write(p)) == p for projects built in code", "[json]")
{
    SECTION("an empty project")
    {
        const Project empty;
        const QByteArray text = ProjectJson::write(empty);
        // The shape stays stable: lists as [], the fixed objects as {}.
        CHECK(QString::fromUtf8(text) == QStringLiteral("{\n"
                                                        "  \"schema\": \"shenbao/1\",\n"
                                                        "  \"call\": \"gd-2022-batch2\",\n"
                                                        "  \"applicant\": {\n"
                                                        "    \"contact\": {}\n"
                                                        "  },\n"
                                                        "  \"finance\": [],\n"
                                                        "  \"patents\": [],\n"
                                                        "  \"cases\": [],\n"
                                                        "  \"qualifications\": [],\n"
                                                        "  \"attestations\": {},\n"
                                                        "  \"narrative\": {},\n"
                                                        "  \"domainDetail\": {},\n"
                                                        "  \"evidence\": []\n"
                                                        "}\n"));
        const auto back = ProjectJson::read(text, QStringLiteral("empty"));
        REQUIRE(back.project);
        CHECK(*back.project == empty);
    }
    SECTION("present-but-empty optional lists stay distinct from missing ones")
    {
        Project p;
        p.domainDetail.partnerEnterprises = QList<PartnerEnterprise>{};
        p.domainDetail.products = QList<FinancialProduct>{FinancialProduct{}};
        p.domainDetail.project = PilotProject{};
        const auto back = ProjectJson::read(ProjectJson::write(p), QStringLiteral("p"));
        REQUIRE(back.project);
        CHECK(back.project->domainDetail.partnerEnterprises == QList<PartnerEnterprise>{});
        CHECK_FALSE(back.project->domainDetail.coBuiltPrograms);
        CHECK(*back.project == p);
    }
    SECTION("doubles round-trip exactly")
    {
        for (double share : {0.1, 1.0 / 3, 0.30000000000000004, 1e-7, 1.0, 0.0, 123456.789}) {
            Project p;
            p.domainDetail.project = PilotProject{};
            p.domainDetail.project->ecommerceShare = share;
            const QByteArray text = ProjectJson::write(p);
            const auto back = ProjectJson::read(text, QStringLiteral("p"));
            REQUIRE(back.project);
            CHECK(back.project->domainDetail.project->ecommerceShare == share);
            CHECK(ProjectJson::write(*back.project) == text);
        }
        Project p;
        p.domainDetail.project = PilotProject{};
        p.domainDetail.project->ecommerceShare = 1.0 / 3;
        CHECK(ProjectJson::write(p).contains("\"ecommerceShare\": 0.3333333333333333\n"));
    }
    SECTION("the per-domain Attachment 2 fields, evidence links and the fill date")
    {
        const auto s = [](const char *t) {
            return QString::fromUtf8(t);
        };
        Project p;
        p.fillDate = QDate(2022, 3, 28);
        p.applicant.rdInstitutionEvidence = {s("ev-rd")};
        p.applicant.rdStaffEvidence = {s("ev-staff"), s("ev-social")};
        p.otherQualifications << OtherQualification{
            s("高新技术企业证书"), s("省科技厅"), QDate(2020, 12, 9), {s("ev-ht")}};
        p.undertakenProjects << UndertakenProject{
            s("智能焊接产线"), s("市科技计划（市级）"), 2020, Yuan(1000000), {s("ev-proj")}};
        DomainDetail &d = p.domainDetail;
        d.brand = s("示智");
        d.techLevel = s("国内领先");
        d.salesScale = s("120台套");
        d.mainBusiness = s("系统集成");
        d.integrationShare = 0.65;
        d.industry = s("汽车零部件");
        d.leadingPosition = s("国内前三");
        d.cooperation =
            SchoolCooperation{s("专业"), s("课程"), s("计划"), s("师资"), s("课题"), s("实习")};
        d.mentorCount = 12;
        d.mentorNames = s("张三、李四");
        d.internshipBases = s("某企业实习基地");
        d.mentorsEvidence = {s("ev-mentor")};
        PartnerEnterprise pe;
        pe.name = s("合作企业甲");
        pe.evidence = {s("ev-agree")};
        d.partnerEnterprises = QList<PartnerEnterprise>{pe};
        PilotProject pp;
        pp.location = s("佛山市顺德区");
        pp.started = QDate(2019, 5, 1);
        pp.completed = QDate(2021, 9, 30);
        pp.investmentYuan = 35000000;
        pp.demonstrationValue = s("可复制");
        pp.willPromote = true;
        pp.completionEvidence = {s("ev-accept")};
        PilotElement element;
        element.met = true;
        element.evidence = {s("ev-el-1")};
        pp.elements << element;
        d.project = pp;

        const QByteArray text = ProjectJson::write(p);
        for (const char *key :
             {"\"fillDate\": \"2022-03-28\"", "\"rdInstitutionEvidence\"", "\"rdStaffEvidence\"",
              "\"otherQualifications\"", "\"undertakenProjects\"", "\"integrationShare\": 0.65",
              "\"cooperation\"", "\"mentorsEvidence\"", "\"completionEvidence\"",
              "\"willPromote\": true", "\"investmentYuan\": 35000000"})
            CHECK(text.contains(key));
        const auto back = ProjectJson::read(text, QStringLiteral("p"));
        INFO(allWheres(back.problems));
        REQUIRE(back.project);
        CHECK(back.problems.isEmpty());
        CHECK(*back.project == p);
        CHECK(ProjectJson::write(*back.project) == text);
        // Renaming or removing an evidence item reaches every new list.
        Project q = *back.project;
        int lists = 0;
        for (QStringList *ids : evidenceReferences(q))
            lists += ids->isEmpty() ? 0 : 1;
        CHECK(lists == 8);
    }
    SECTION("extreme integers")
    {
        Project p;
        p.applicant.registeredCapitalYuan = std::numeric_limits<qint64>::max();
        p.applicant.employees = std::numeric_limits<int>::min();
        p.finance << FinanceYear{2019, -1, 0, std::numeric_limits<qint64>::min() + 1, 1};
        const auto back = ProjectJson::read(ProjectJson::write(p), QStringLiteral("p"));
        INFO(allWheres(back.problems));
        REQUIRE(back.project);
        CHECK(*back.project == p);
    }
}

TEST_CASE("missing list keys read as empty lists and are written back as []", "[json]")
{
    const auto r = readWith(QString());
    REQUIRE(r.project);
    CHECK(r.project->finance.isEmpty());
    CHECK(r.project->evidence.isEmpty());
    CHECK_FALSE(r.project->domain);
    CHECK_FALSE(r.project->applicant.name);
    const QByteArray text = ProjectJson::write(*r.project);
    CHECK(text.contains("\"finance\": []"));
    CHECK(text.contains("\"evidence\": []"));
    CHECK_FALSE(text.contains("\"domain\""));
}

TEST_CASE("null reads as not filled in", "[json]")
{
    const auto r = readWith(QStringLiteral(
        R"(, "domain": null, "applicant": {"name": null, "contact": {"mobile": null}, "founded": null},
           "finance": null, "softwareCopyrights": null, "narrative": null,
           "patents": [{"title": "x", "kind": null, "evidence": null}],
           "domainDetail": {"partnerEnterprises": null, "project": null, "platformStaff": null})"));
    INFO(allWheres(r.problems));
    REQUIRE(r.project);
    const Project &p = *r.project;
    CHECK_FALSE(p.domain);
    CHECK_FALSE(p.applicant.name);
    CHECK_FALSE(p.applicant.contact.mobile);
    CHECK_FALSE(p.applicant.founded);
    CHECK(p.finance.isEmpty());
    CHECK_FALSE(p.softwareCopyrights);
    REQUIRE(p.patents.size() == 1);
    CHECK_FALSE(p.patents[0].kind);
    CHECK(p.patents[0].evidence.isEmpty());
    CHECK_FALSE(p.domainDetail.partnerEnterprises);
    CHECK_FALSE(p.domainDetail.project);
    CHECK_FALSE(p.domainDetail.platformStaff);
}

TEST_CASE("unknown keys are refused with their path at every depth", "[json]")
{
    const auto r = readWith(QStringLiteral(
        R"(, "domian": "equipment",
           "applicant": {"contactt": {}, "contact": {"mobil": "13800138000"}},
           "patents": [{"title": "a"}, {"title": "b"}, {"titel": "c"}],
           "domainDetail": {"colour": "red", "project": {"elements": [{"mett": true}]}},
           "evidence": [{"id": "ev-1", "fiel": "a.pdf"}])"));
    CHECK_FALSE(r.project);
    INFO(allWheres(r.problems));
    CHECK(r.problems.size() == 7);
    for (const char *path :
         {"domian", "applicant.contactt", "applicant.contact.mobil", "patents[2].titel",
          "domainDetail.colour", "domainDetail.project.elements[0].mett", "evidence[0].fiel"}) {
        const Problem *p = problemAt(r.problems, QString::fromLatin1(path));
        REQUIRE(p);
        CHECK(p->isError());
    }
    const Problem *contact = problemAt(r.problems, QStringLiteral("applicant.contact.mobil"));
    CHECK(contact->message.contains(QStringLiteral("「mobil」")));
    CHECK(contact->message.contains(
        QStringLiteral("applicant.contact 中允许的键：name, title, mobile, phone, email")));
    const Problem *top = problemAt(r.problems, QStringLiteral("domian"));
    CHECK(top->message.contains(QStringLiteral("schema, call, domain, talentKind")));
    // Every domainDetail key is known whatever the domain.
    CHECK(problemAt(r.problems, QStringLiteral("domainDetail.colour"))
              ->message.contains(QStringLiteral("devEnvironment, thirdPartyService, otItFusion")));
}

TEST_CASE("invalid JSON is reported with line and column", "[json]")
{
    SECTION("an illegal value on line 3")
    {
        const auto r =
            readText(QStringLiteral("{\n  \"schema\": \"shenbao/1\",\n  \"call\": x\n}"));
        CHECK_FALSE(r.project);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].where == QStringLiteral("test.json: line 3, column 11"));
        CHECK(r.problems[0].message.contains(QStringLiteral("不是有效的 JSON")));
    }
    SECTION("columns count characters, not UTF-8 bytes")
    {
        // 「中文」 is 6 bytes but 2 characters; the comma is missing before "b". Qt reports the
        // position just after the quote that opens "b": character 12 (byte 16) of line 2.
        const auto r =
            readText(QStringLiteral("{\"schema\": \"shenbao/1\",\n\"a\": \"中文\" \"b\": 1}"));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].where == QStringLiteral("test.json: line 2, column 12"));
    }
    SECTION("an error revealed by the next line is shown where the previous line ends")
    {
        auto r = readText(QStringLiteral("{\n\"schema\": \"shenbao/1\"\n"));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].where == QStringLiteral("test.json: line 2, column 22"));
        r = readText(QStringLiteral("{\n  \"schema\": \"shenbao/1\",\n  \"call\": tru\n}"));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].where == QStringLiteral("test.json: line 3, column 14"));
    }
    SECTION("not an object")
    {
        const auto r = readText(QStringLiteral("[1, 2]"));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].where == QStringLiteral("test.json"));
        CHECK(r.problems[0].message.contains(QStringLiteral("对象")));
    }
}

TEST_CASE("schema and call are checked first", "[json]")
{
    auto r = readText(QStringLiteral(R"({"call": "gd-2022-batch2"})"));
    CHECK_FALSE(r.project);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where == QStringLiteral("schema"));

    // Another schema is not read further: its keys may mean other things.
    r = readText(QStringLiteral(R"({"schema": "shenbao/2", "call": "x", "newKey": 1})"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message.contains(QStringLiteral("shenbao/2")));
    CHECK(r.problems[0].message.contains(QStringLiteral("只能读取「shenbao/1」")));

    r = readText(QStringLiteral(R"({"schema": 1, "call": "x"})"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where == QStringLiteral("schema"));

    r = readText(QStringLiteral(R"({"schema": "shenbao/1"})"));
    CHECK_FALSE(r.project);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where == QStringLiteral("call"));
}

TEST_CASE("wrong types are refused with path and expected type", "[json]")
{
    const auto r = readWith(QStringLiteral(
        R"(, "applicant": {"name": 5, "employees": "320", "registeredInPRC": "yes", "postcode": 510700,
                          "contact": []},
           "finance": {"year": 2019},
           "patents": [3, {"evidence": ["ev-1", 7]}, {"evidence": "ev-1"}],
           "domainDetail": {"project": {"ecommerceShare": "25%", "elements": {}}, "products": [{"name": true}]})"));
    CHECK_FALSE(r.project);
    INFO(allWheres(r.problems));
    const struct
    {
        const char *where;
        const char *expected;
    } cases[] = {
        {"applicant.name", "应为字符串，实际为数字 5"},
        {"applicant.employees", "应为整数，实际为字符串「320」"},
        {"applicant.registeredInPRC", "应为布尔值 true 或 false"},
        {"applicant.postcode", "应为字符串"},
        {"applicant.contact", "应为对象"},
        {"finance", "应为数组"},
        {"patents[0]", "应为对象"},
        {"patents[1].evidence[1]", "应为字符串"},
        {"patents[2].evidence", "应为字符串数组"},
        {"domainDetail.project.ecommerceShare", "应为数字"},
        {"domainDetail.project.elements", "应为数组"},
        {"domainDetail.products[0].name", "应为字符串，实际为布尔值 true"},
    };
    for (const auto &c : cases) {
        INFO(c.where);
        const Problem *p = problemAt(r.problems, QString::fromLatin1(c.where));
        REQUIRE(p);
        CHECK(p->message.contains(QString::fromUtf8(c.expected)));
    }
    CHECK(r.problems.size() == qsizetype(std::size(cases)));
}

TEST_CASE("bad enum values name the allowed values", "[json]")
{
    const auto r = readWith(QStringLiteral(
        R"(, "domain": "equipmen", "applicant": {"orgType": "company"}, "patents": [{"kind": "Invention"}],
           "evidence": [{"id": "a", "category": 3}])"));
    CHECK_FALSE(r.project);
    REQUIRE(r.problems.size() == 4);
    const Problem *domain = problemAt(r.problems, QStringLiteral("domain"));
    REQUIRE(domain);
    CHECK(domain->message.contains(QStringLiteral("「equipmen」")));
    CHECK(domain->message.contains(QStringLiteral(
        "equipment, software, network, solution, organization, talent, finance, pilot")));
    CHECK(problemAt(r.problems, QStringLiteral("applicant.orgType")));
    CHECK(problemAt(r.problems, QStringLiteral("patents[0].kind"))); // keys are case-sensitive
    CHECK(problemAt(r.problems, QStringLiteral("evidence[0].category")));
}

TEST_CASE("dates must be real calendar days in yyyy-MM-dd", "[json]")
{
    for (const char *bad : {"\"2020-13-01\"", "\"2020-02-30\"", "\"2020-6-1\"", "\"2020/06/01\"",
                            "\"2020-06-01T00:00\"", "20200601"}) {
        INFO(bad);
        const auto r = readWith(
            QStringLiteral(", \"applicant\": {\"founded\": %1}").arg(QString::fromLatin1(bad)));
        CHECK_FALSE(r.project);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].where == QStringLiteral("applicant.founded"));
        CHECK(r.problems[0].message.contains(QStringLiteral("yyyy-MM-dd")));
    }
    const auto leap = readWith(QStringLiteral(R"(, "patents": [{"granted": "2020-02-29"}])"));
    REQUIRE(leap.project);
    CHECK(leap.project->patents[0].granted == QDate(2020, 2, 29));
}

TEST_CASE("money and counts must be integral", "[json]")
{
    auto r = readWith(QStringLiteral(R"(, "finance": [{"year": 2019, "revenueYuan": 1.5}])"));
    CHECK_FALSE(r.project);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where == QStringLiteral("finance[0].revenueYuan"));
    CHECK(r.problems[0].message.contains(QStringLiteral("1.5")));
    CHECK(r.problems[0].message.contains(QStringLiteral("不能有小数")));

    r = readWith(
        QStringLiteral(R"(, "applicant": {"employees": 3.5}, "cases": [{"amountYuan": 0.01}])"));
    CHECK(r.problems.size() == 2);
    CHECK(problemAt(r.problems, QStringLiteral("applicant.employees")));
    CHECK(problemAt(r.problems, QStringLiteral("cases[0].amountYuan")));

    r = readWith(QStringLiteral(R"(, "applicant": {"employees": 3000000000})"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].message.contains(QStringLiteral("超出")));

    // An integral value written with a decimal point is still the same number of yuan.
    r = readWith(QStringLiteral(
        R"(, "applicant": {"registeredCapitalYuan": 1.0e3}, "finance": [{"year": 2019.0}])"));
    REQUIRE(r.project);
    CHECK(r.project->applicant.registeredCapitalYuan == 1000);
    CHECK(r.project->finance[0].year == 2019);

    // Values that are merely wrong are stored as given.
    r = readWith(QStringLiteral(
        R"(, "applicant": {"registeredCapitalYuan": -1, "employees": -5, "uscc": "bad"})"));
    REQUIRE(r.project);
    CHECK(r.project->applicant.registeredCapitalYuan == -1);
    CHECK(r.project->applicant.employees == -5);
}

TEST_CASE("finance rows need a year", "[json]")
{
    const auto r = readWith(QStringLiteral(R"(, "finance": [{"revenueYuan": 1}])"));
    CHECK_FALSE(r.project);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].where == QStringLiteral("finance[0].year"));
}

TEST_CASE("evidence ids are required and unique; dangling references are left to the rules",
          "[json]")
{
    auto r = readWith(QStringLiteral(
        R"(, "patents": [{"evidence": ["ev-nowhere"]}],
           "evidence": [{"id": "ev-1"}, {"id": "ev-2"}, {"id": "ev-1"}, {"title": "no id"}, {"id": ""}])"));
    CHECK_FALSE(r.project);
    INFO(allWheres(r.problems));
    REQUIRE(r.problems.size() == 3);
    const Problem *dup = problemAt(r.problems, QStringLiteral("evidence[2].id"));
    REQUIRE(dup);
    CHECK(dup->message.contains(QStringLiteral("「ev-1」重复")));
    CHECK(dup->message.contains(QStringLiteral("evidence[0]")));
    CHECK(problemAt(r.problems, QStringLiteral("evidence[3].id")));
    CHECK(problemAt(r.problems, QStringLiteral("evidence[4].id")));

    r = readWith(QStringLiteral(
        R"(, "patents": [{"evidence": ["ev-nowhere"]}], "evidence": [{"id": "ev-1"}])"));
    REQUIRE(r.project);
    CHECK(r.project->patents[0].evidence == QStringList{QStringLiteral("ev-nowhere")});
}

TEST_CASE("dossier flavour carries hashes and page numbers but never file paths", "[json]")
{
    const Project p = fullProject();
    const QJsonObject dossier = ProjectJson::toObject(p, ProjectJson::Flavor::Dossier);
    const QJsonArray evidence = dossier.value(QStringLiteral("evidence")).toArray();
    REQUIRE(evidence.size() == 5);
    for (const auto &e : evidence)
        CHECK_FALSE(e.toObject().contains(QStringLiteral("file")));
    const QJsonObject audit = evidence.at(1).toObject();
    CHECK(audit.value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK(audit.value(QStringLiteral("pages")).toInteger() == 12);
    CHECK(audit.value(QStringLiteral("firstPage")).toInteger() == 21);
    CHECK_FALSE(ProjectJson::write(p, ProjectJson::Flavor::Dossier).contains("\"file\""));

    const QJsonObject interchange = ProjectJson::toObject(p);
    CHECK(interchange.value(QStringLiteral("evidence"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("file")) == QStringLiteral("evidence/licence.jpg"));
    // The dossier's JSON reads back as a project without file paths.
    auto back = ProjectJson::fromObject(dossier, QStringLiteral("dossier"));
    REQUIRE(back.project);
    Project expected = p;
    for (auto &e : expected.evidence)
        e.file.reset();
    CHECK(*back.project == expected);
}

TEST_CASE("canonical form: sorted keys, minimal escapes, shortest numbers", "[json][canonical]")
{
    QJsonObject o;
    o.insert(QStringLiteral("b"), 1);
    o.insert(QStringLiteral("a"),
             QJsonArray{true, QJsonValue(QJsonValue::Null), QStringLiteral("x")});
    o.insert(QStringLiteral("中"), QStringLiteral("文"));
    o.insert(QStringLiteral("Z"), 0.25);
    o.insert(QStringLiteral("é"), 1.0);
    o.insert(QStringLiteral("！"), 1e-7);                    // U+FF01
    o.insert(QStringLiteral("😀"), qint64(9007199254740993)); // U+1F600, surrogates D83D DE00
    o.insert(QStringLiteral("nested"),
             QJsonObject{{QStringLiteral("y"), 2}, {QStringLiteral("x"), QJsonArray{}}});
    // UTF-16 order: the surrogate D83D sorts before U+FF01 (code-point order would not).
    CHECK(
        QString::fromUtf8(ProjectJson::canonical(o)) ==
        QStringLiteral(
            R"({"Z":0.25,"a":[true,null,"x"],"b":1,"nested":{"x":[],"y":2},"é":1,"中":"文","😀":9007199254740993,"！":1e-07})"));

    const QString tricky = QStringLiteral("引号\"反斜杠\\换行\n制表\t回车\r") + QChar(0x01) +
                           QChar(0x1f) + QStringLiteral("/") + QChar(0x7f) + QChar(0x08) +
                           QChar(0x0c);
    CHECK(ProjectJson::canonical(QJsonValue(tricky)) ==
          QString(QStringLiteral("\"引号\\\"反斜杠\\\\换行\\n制表\\t回车\\r\\u0001\\u001f/") +
                  QChar(0x7f) + QStringLiteral("\\b\\f\""))
              .toUtf8());

    CHECK(ProjectJson::canonical(QJsonValue(1.0 / 3)) == "0.3333333333333333");
    CHECK(ProjectJson::canonical(QJsonValue(-0.5)) == "-0.5");
    CHECK(ProjectJson::canonical(QJsonValue(1e300)) == "1e+300");
    CHECK(ProjectJson::canonical(QJsonValue(-42)) == "-42");
    CHECK(ProjectJson::canonical(QJsonValue(1e15)) == "1000000000000000");
}

TEST_CASE("canonical form is deterministic for a project", "[json][canonical]")
{
    const Project p = fullProject();
    const QByteArray a =
        ProjectJson::canonical(ProjectJson::toObject(p, ProjectJson::Flavor::Dossier));
    // The same data, reached through the indented text and Qt's parser, gives the same bytes.
    const QJsonObject reparsed =
        QJsonDocument::fromJson(ProjectJson::write(p, ProjectJson::Flavor::Dossier)).object();
    CHECK(ProjectJson::canonical(reparsed) == a);
    CHECK(ProjectJson::canonical(ProjectJson::toObject(p, ProjectJson::Flavor::Dossier)) == a);
    CHECK_FALSE(a.contains('\n'));
    CHECK_FALSE(a.contains(": "));
    CHECK(a.startsWith("{\"applicant\":{\"city\":\"广州市\","));
    CHECK(a.contains("\"ecommerceShare\":0.1,"));
    CHECK(a.contains("\"revenueYuan\":9007199254740993"));
    CHECK(QJsonDocument::fromJson(a).object() ==
          ProjectJson::toObject(p, ProjectJson::Flavor::Dossier));
    // Any change of the data changes the fingerprint's input.
    Project changed = p;
    changed.applicant.name = *p.applicant.name + QStringLiteral(" ");
    CHECK(ProjectJson::canonical(ProjectJson::toObject(changed, ProjectJson::Flavor::Dossier)) !=
          a);
}
