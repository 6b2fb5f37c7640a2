// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The domain rules of Attachment 1, each at its boundary: exactly the threshold is met, one
// unit less is not, missing data leave the rule incomplete (spec/eligibility.md).

#include "RuleFixtures.h"
#include "TestSupport.h"
#include "summary/SummaryRow.h"

#include <functional>

using namespace shenbao;
using namespace shenbao::test;

TEST_CASE("core invention patents: only core inventions granted by the evaluation date count",
          "[rules]")
{
    for (const char *id : {"EQ-1", "SW-1", "NET-2", "SOL-2"}) {
        INFO(id);
        Project p;
        const QString rule = QString::fromLatin1(id);
        if (rule.startsWith(QStringLiteral("EQ")))
            p = equipmentProject();
        else if (rule.startsWith(QStringLiteral("SW")))
            p = softwareProject();
        else if (rule.startsWith(QStringLiteral("NET")))
            p = networkProject();
        else
            p = solutionProject();

        CHECK(stateOf(p, id) == RuleState::Met);
        CHECK(
            ruleOf(p, id).figure.startsWith(QStringLiteral("核心发明专利 5 项（要求 5 项以上）")));
        CHECK(ruleOf(p, id).field == QStringLiteral("patents"));

        auto fewer = p;
        fewer.patents.removeLast();
        CHECK(stateOf(fewer, id) == RuleState::NotMet);
        CHECK(ruleOf(fewer, id).figure.startsWith(
            QStringLiteral("核心发明专利 4 项（要求 5 项以上）")));
    }

    const auto p = equipmentProject();
    const auto variant = [&](const std::function<void(Patent &)> &change) {
        auto q = p;
        change(q.patents.last());
        return stateOf(q, "EQ-1");
    };
    // Never count.
    CHECK(variant([](Patent &x) { x.kind = PatentKind::UtilityModel; }) == RuleState::NotMet);
    CHECK(variant([](Patent &x) { x.kind = PatentKind::Design; }) == RuleState::NotMet);
    CHECK(variant([](Patent &x) { x.core = false; }) == RuleState::NotMet);
    CHECK(variant([](Patent &x) { x.granted = QDate(2022, 4, 14); }) == RuleState::NotMet);
    // Granted on the evaluation date itself counts.
    CHECK(variant([](Patent &x) { x.granted = QDate(2022, 4, 13); }) == RuleState::Met);
    // Could count once filled in.
    CHECK(variant([](Patent &x) { x.kind.reset(); }) == RuleState::Incomplete);
    CHECK(variant([](Patent &x) { x.core.reset(); }) == RuleState::Incomplete);
    CHECK(variant([](Patent &x) { x.granted.reset(); }) == RuleState::Incomplete);
    // …unless it could not reach the bound anyway.
    auto short2 = p;
    short2.patents.removeLast();
    short2.patents.last().kind.reset();
    CHECK(stateOf(short2, "EQ-1") == RuleState::NotMet);
    auto open = p;
    open.patents.last().core.reset();
    CHECK(ruleOf(open, "EQ-1").figure ==
          QStringLiteral("核心发明专利 4 项（要求 5 项以上）（另有 1 项信息不全）"));
    // No patents listed yet is not filled in (待补充), not 不符合: a new project must not open
    // on a failure. Export stays blocked either way.
    auto none = p;
    none.patents.clear();
    CHECK(stateOf(none, "EQ-1") == RuleState::Incomplete);
    CHECK(ruleOf(none, "EQ-1").figure ==
          QStringLiteral("核心发明专利 0 项（要求 5 项以上）（尚未填写）"));
}

TEST_CASE("EQ-2 and EQ-3: R&D institution and team", "[rules]")
{
    auto p = equipmentProject();
    CHECK(ruleOf(p, "EQ-3").figure == QStringLiteral("研发技术团队 20 人（要求 20 人以上）"));
    CHECK(ruleOf(p, "EQ-3").field == QStringLiteral("applicant.rdStaff"));
    p.applicant.rdStaff = 19;
    CHECK(stateOf(p, "EQ-3") == RuleState::NotMet);
    CHECK(ruleOf(p, "EQ-3").figure == QStringLiteral("研发技术团队 19 人（要求 20 人以上）"));
    p.applicant.rdStaff.reset();
    CHECK(stateOf(p, "EQ-3") == RuleState::Incomplete);

    p = equipmentProject();
    p.applicant.rdInstitution = RdInstitution::Building;
    CHECK(stateOf(p, "EQ-2") == RuleState::Met);
    p.applicant.rdInstitution = RdInstitution::None;
    CHECK(stateOf(p, "EQ-2") == RuleState::NotMet);
    p.applicant.rdInstitution.reset();
    CHECK(stateOf(p, "EQ-2") == RuleState::Incomplete);
}

TEST_CASE("EQ-4: three-year main revenue summed in whole yuan", "[rules]")
{
    auto p = equipmentProject(); // 3 × 15,000,000
    auto r = ruleOf(p, "EQ-4");
    CHECK(r.state == RuleState::Met);
    CHECK(r.figure ==
          QStringLiteral("近三年平均主营业务收入 1,500.00 万元（要求 1,500.00 万元以上）"));
    CHECK(r.field == QStringLiteral("finance"));
    CHECK(r.evidenceIds.size() == 3); // the audit reports

    p.finance[2].mainRevenueYuan = 14999999; // one yuan short
    r = ruleOf(p, "EQ-4");
    CHECK(r.state == RuleState::NotMet);
    CHECK(r.figure ==
          QStringLiteral("近三年平均主营业务收入 1,499.99 万元（要求 1,500.00 万元以上）"));

    // An average: uneven years that sum to the bound pass.
    p.finance[0].mainRevenueYuan = 5000000;
    p.finance[1].mainRevenueYuan = 15000000;
    p.finance[2].mainRevenueYuan = 25000000;
    CHECK(stateOf(p, "EQ-4") == RuleState::Met);
    // Total revenue is not main revenue.
    p.finance[2].mainRevenueYuan = 24990000;
    p.finance[2].revenueYuan = 90000000;
    CHECK(stateOf(p, "EQ-4") == RuleState::NotMet);
    // 44,990,000 / 3 = 14,996,666.67 元: rounded like the form's 三年平均 row and Attachment 3.
    CHECK(ruleOf(p, "EQ-4").figure ==
          QStringLiteral("近三年平均主营业务收入 1,499.67 万元（要求 1,500.00 万元以上）"));

    // The figure and the Attachment 3 column show one average: 53,800,123 / 3 = 17,933,374.33
    // 元 is 1,793.34 万元 in both (it once printed 1,793.33 beside a table saying 1,793.34).
    p.finance[0].mainRevenueYuan = 15000000;
    p.finance[1].mainRevenueYuan = 17500123;
    p.finance[2].mainRevenueYuan = 21300000;
    CHECK(ruleOf(p, "EQ-4").figure ==
          QStringLiteral("近三年平均主营业务收入 1,793.34 万元（要求 1,500.00 万元以上）"));
    CHECK(averageHundredthsOfWan(Yuan(53800123), 3) == 179334); // Attachment 3, column 9

    p = equipmentProject();
    p.finance[1].mainRevenueYuan.reset();
    r = ruleOf(p, "EQ-4");
    CHECK(r.state == RuleState::Incomplete);
    CHECK(r.figure.contains(QStringLiteral("2020")));
    p.finance.removeAt(0); // no 2019 row at all; 2020 still without main revenue
    r = ruleOf(p, "EQ-4");
    CHECK(r.state == RuleState::Incomplete);
    CHECK(r.figure == QStringLiteral("缺少2019、2020年度主营业务收入"));
    // A big enough sum over two years is still not three years.
    p = equipmentProject();
    p.finance[0].mainRevenueYuan = 100000000;
    p.finance[1].mainRevenueYuan.reset();
    CHECK(stateOf(p, "EQ-4") == RuleState::Incomplete);

    // Audit reports back the figure.
    p = equipmentProject();
    removeDocuments(p, EvidenceCategory::AuditReport, 2020);
    r = ruleOf(p, "EQ-4");
    CHECK(r.state == RuleState::Met);
    CHECK(r.evidenceState == EvidenceState::MissingEvidence);
    CHECK(r.missingEvidence == QStringList{QStringLiteral("2020年度审计报告")});
}

TEST_CASE("Guangdong cases of the case year: SW-2, NET-1, SOL-1, PIL-2", "[rules]")
{
    const std::pair<const char *, Project> cases[] = {
        {"SW-2", softwareProject()},
        {"NET-1", networkProject()},
        {"SOL-1", solutionProject()},
        {"PIL-2", pilotProject(PilotCategory::Discrete)},
    };
    for (const auto &[id, p] : cases) {
        INFO(id);
        const int n = QString::fromLatin1(id) == QStringLiteral("PIL-2") ? 3 : 5;
        CHECK(stateOf(p, id) == RuleState::Met);
        CHECK(ruleOf(p, id).figure.endsWith(
            QStringLiteral("2021年度省内典型案例 %1 个（要求 %1 个以上）").arg(n)));

        auto fewer = p;
        fewer.cases.removeLast();
        CHECK(stateOf(fewer, id) == RuleState::NotMet);
        CHECK(ruleOf(fewer, id).figure.endsWith(
            QStringLiteral("2021年度省内典型案例 %1 个（要求 %2 个以上）").arg(n - 1).arg(n)));

        auto lastYear = p;
        lastYear.cases.last().year = 2020; // a 2020 case where 2021 is wanted
        CHECK(stateOf(lastYear, id) == RuleState::NotMet);

        auto outside = p;
        outside.cases.last().city = QStringLiteral("长沙市");
        CHECK(stateOf(outside, id) == RuleState::NotMet);

        auto noCity = p;
        noCity.cases.last().city.reset();
        CHECK(stateOf(noCity, id) == RuleState::Incomplete);

        auto noYear = p;
        noYear.cases.last().year.reset();
        CHECK(stateOf(noYear, id) == RuleState::Incomplete);
    }
}

TEST_CASE("SW-3, NET-1, NET-2, SOL-1, SOL-3: joined conditions", "[rules]")
{
    auto sw = softwareProject();
    sw.domainDetail.devEnvironment.reset();
    CHECK(stateOf(sw, "SW-3") == RuleState::Incomplete);
    CHECK(ruleOf(sw, "SW-3").field == QStringLiteral("domainDetail.devEnvironment"));
    sw.domainDetail.devEnvironment = QStringLiteral("   ");
    CHECK(stateOf(sw, "SW-3") == RuleState::Incomplete);
    sw.applicant.rdStaff = 19; // a failed part decides even with another part open
    CHECK(stateOf(sw, "SW-3") == RuleState::NotMet);
    CHECK(ruleOf(sw, "SW-3").field == QStringLiteral("applicant.rdStaff"));

    auto net = networkProject();
    net.domainDetail.thirdPartyService = false;
    CHECK(stateOf(net, "NET-1") == RuleState::NotMet);
    CHECK(ruleOf(net, "NET-1").field == QStringLiteral("domainDetail.thirdPartyService"));
    net.domainDetail.thirdPartyService.reset();
    CHECK(stateOf(net, "NET-1") == RuleState::Incomplete);
    net = networkProject();
    net.domainDetail.otItFusion.reset();
    CHECK(stateOf(net, "NET-2") == RuleState::Incomplete);

    auto sol = solutionProject();
    sol.domainDetail.mainBusinessIsSolutions = false;
    CHECK(stateOf(sol, "SOL-1") == RuleState::NotMet);
    sol.domainDetail.mainBusinessIsSolutions.reset();
    CHECK(stateOf(sol, "SOL-1") == RuleState::Incomplete);
    sol = solutionProject();
    CHECK(stateOf(sol, "SOL-3") == RuleState::Met); // "building" counts
    sol.applicant.rdInstitution = RdInstitution::None;
    CHECK(stateOf(sol, "SOL-3") == RuleState::NotMet);
    sol = solutionProject();
    sol.applicant.rdStaff = 19;
    CHECK(stateOf(sol, "SOL-3") == RuleState::NotMet);
}

TEST_CASE("ORG: regulated with a plan, 50 % qualified staff, 2021 cases anywhere", "[rules]")
{
    auto p = organizationProject(); // 20 staff, 10 qualified
    CHECK(ruleOf(p, "ORG-2").figure ==
          QStringLiteral("平台从业人员 20 人（要求 20 人以上）；本科或中级职称以上人员 10 / 20 "
                         "人（50%，要求 50% 以上）"));
    p.domainDetail.platformStaff = 19;
    p.domainDetail.qualifiedStaff = 19;
    CHECK(stateOf(p, "ORG-2") == RuleState::NotMet);
    p.domainDetail.platformStaff = 20;
    p.domainDetail.qualifiedStaff = 9; // 45 %
    CHECK(stateOf(p, "ORG-2") == RuleState::NotMet);
    p.domainDetail.platformStaff = 21;
    p.domainDetail.qualifiedStaff = 10; // 47.6 %
    CHECK(stateOf(p, "ORG-2") == RuleState::NotMet);
    CHECK(ruleOf(p, "ORG-2").figure.contains(QStringLiteral("47.6%")));
    p.domainDetail.qualifiedStaff = 11; // 52.3 %
    CHECK(stateOf(p, "ORG-2") == RuleState::Met);
    p.domainDetail.qualifiedStaff.reset();
    CHECK(stateOf(p, "ORG-2") == RuleState::Incomplete);
    CHECK(ruleOf(p, "ORG-2").field == QStringLiteral("domainDetail.qualifiedStaff"));
    p.domainDetail.qualifiedStaff = 11;
    p.domainDetail.platformStaff.reset();
    CHECK(stateOf(p, "ORG-2") == RuleState::Incomplete);

    p = organizationProject();
    p.domainDetail.regulated = false;
    CHECK(stateOf(p, "ORG-1") == RuleState::NotMet);
    p.domainDetail.regulated = true;
    p.domainDetail.plan.reset();
    CHECK(stateOf(p, "ORG-1") == RuleState::Incomplete);

    p = organizationProject(); // 5 cases of 2021, four outside Guangdong
    CHECK(ruleOf(p, "ORG-3").figure ==
          QStringLiteral("2021年度智能制造服务案例 5 项（要求 5 项以上）"));
    auto fewer = p;
    fewer.cases.removeLast();
    CHECK(stateOf(fewer, "ORG-3") == RuleState::NotMet);
    auto lastYear = p;
    lastYear.cases.last().year = 2020;
    CHECK(stateOf(lastYear, "ORG-3") == RuleState::NotMet);
    auto noYear = p;
    noYear.cases.last().year.reset();
    CHECK(stateOf(noYear, "ORG-3") == RuleState::Incomplete);
}

TEST_CASE("talent: one rule per kind of unit", "[rules]")
{
    for (const auto kind : allValues<TalentKind>()) {
        const auto e = evaluate(talentProject(kind));
        int talentRules = 0;
        for (const auto &r : e.rules)
            talentRules += r.id.startsWith(QStringLiteral("TAL-")) ? 1 : 0;
        CHECK(talentRules == 1);
        CHECK(e.verdict == Verdict::Eligible);
    }

    auto missing = talentProject(TalentKind::School);
    missing.talentKind.reset();
    const auto e = evaluate(missing);
    for (const char *id : {"TAL-S", "TAL-I", "TAL-E"}) {
        const auto r = ruleOf(e, id);
        CHECK(r.state == RuleState::Incomplete);
        CHECK(r.figure == QStringLiteral("未选择人才领域单位类型"));
        CHECK(r.field == QStringLiteral("talentKind"));
    }
    CHECK(e.verdict == Verdict::Incomplete);
}

TEST_CASE("TAL-S: three named partners, an internship base, mentors hired", "[rules]")
{
    const auto p = talentProject(TalentKind::School);
    CHECK(ruleOf(p, "TAL-S").figure.startsWith(QStringLiteral("合作企业 3 家（要求 3 家以上）")));

    auto q = p;
    q.domainDetail.partnerEnterprises->removeLast();
    CHECK(stateOf(q, "TAL-S") == RuleState::NotMet);
    q = p;
    (*q.domainDetail.partnerEnterprises)[2].name = QStringLiteral(" ");
    CHECK(stateOf(q, "TAL-S") == RuleState::Incomplete);
    q = p;
    (*q.domainDetail.partnerEnterprises)[0].internshipBase = false; // none has a base
    CHECK(stateOf(q, "TAL-S") == RuleState::NotMet);
    (*q.domainDetail.partnerEnterprises)[1].internshipBase.reset();
    CHECK(stateOf(q, "TAL-S") == RuleState::Incomplete);
    q = p;
    q.domainDetail.mentorsHired = false;
    CHECK(stateOf(q, "TAL-S") == RuleState::NotMet);
    q.domainDetail.mentorsHired.reset();
    CHECK(stateOf(q, "TAL-S") == RuleState::Incomplete);
    q = p;
    q.domainDetail.partnerEnterprises.reset();
    CHECK(stateOf(q, "TAL-S") == RuleState::Incomplete);
    q.domainDetail.partnerEnterprises = QList<PartnerEnterprise>{};
    CHECK(stateOf(q, "TAL-S") == RuleState::NotMet);
}

TEST_CASE("TAL-I: team, patents, nationally advanced", "[rules]")
{
    const auto p = talentProject(TalentKind::Institute);
    auto q = p;
    q.applicant.rdStaff = 19;
    CHECK(stateOf(q, "TAL-I") == RuleState::NotMet);
    q = p;
    q.patents.removeLast();
    CHECK(stateOf(q, "TAL-I") == RuleState::NotMet);
    q = p;
    q.patents.last().evidence.clear();
    CHECK(ruleOf(q, "TAL-I").evidenceState == EvidenceState::MissingEvidence);
    q = p;
    q.domainDetail.nationallyAdvanced.reset();
    CHECK(stateOf(q, "TAL-I") == RuleState::Incomplete);
    q.domainDetail.nationallyAdvanced = false;
    CHECK(stateOf(q, "TAL-I") == RuleState::NotMet);
}

TEST_CASE("TAL-E: three co-built programme points", "[rules]")
{
    const auto p = talentProject(TalentKind::Enterprise);
    CHECK(ruleOf(p, "TAL-E").figure ==
          QStringLiteral("共建智能制造相关专业点 3 个（要求 3 个以上）"));
    auto q = p;
    q.domainDetail.coBuiltPrograms->removeLast();
    CHECK(stateOf(q, "TAL-E") == RuleState::NotMet);
    q = p;
    (*q.domainDetail.coBuiltPrograms)[2].programme.reset();
    CHECK(stateOf(q, "TAL-E") == RuleState::Incomplete);
    q.domainDetail.coBuiltPrograms.reset();
    CHECK(stateOf(q, "TAL-E") == RuleState::Incomplete);
}

TEST_CASE("FIN: premises, staff and products, 2020 and 2021 cases together", "[rules]")
{
    const auto p = financeProject(); // 5 cases of 2020 in 珠海市, 5 of 2021 in 武汉市
    CHECK(ruleOf(p, "FIN-3").figure ==
          QStringLiteral("2020、2021年度智能制造服务案例 10 个（要求 10 个以上）"));
    auto q = p;
    q.cases.removeLast();
    CHECK(stateOf(q, "FIN-3") == RuleState::NotMet);
    q = p;
    q.cases.first().year = 2019;
    CHECK(stateOf(q, "FIN-3") == RuleState::NotMet);
    q.cases.first().year.reset();
    CHECK(stateOf(q, "FIN-3") == RuleState::Incomplete);

    q = p;
    q.domainDetail.premisesInGuangdong = false;
    CHECK(stateOf(q, "FIN-1") == RuleState::NotMet);
    q.domainDetail.premisesInGuangdong.reset();
    CHECK(stateOf(q, "FIN-1") == RuleState::Incomplete);

    q = p;
    CHECK(ruleOf(q, "FIN-2").figure ==
          QStringLiteral("从业人员 20 人（要求 20 人以上）；特色金融产品 3 款（要求 3 款以上）"));
    q.applicant.employees = 19;
    CHECK(stateOf(q, "FIN-2") == RuleState::NotMet);
    CHECK(ruleOf(q, "FIN-2").field == QStringLiteral("applicant.employees"));
    q = p;
    q.domainDetail.products->removeLast();
    CHECK(stateOf(q, "FIN-2") == RuleState::NotMet);
    q.domainDetail.products.reset();
    CHECK(stateOf(q, "FIN-2") == RuleState::Incomplete);
    CHECK(ruleOf(q, "FIN-2").field == QStringLiteral("domainDetail.products"));
}

TEST_CASE("PIL-1: every element of every table and sub-table", "[rules]")
{
    const std::pair<PilotCategory, std::optional<PilotSubcategory>> tables[] = {
        {PilotCategory::Process, std::nullopt},
        {PilotCategory::Discrete, std::nullopt},
        {PilotCategory::Equipment, std::nullopt},
        {PilotCategory::Product, std::nullopt},
        {PilotCategory::Service, PilotSubcategory::SmartService},
        {PilotCategory::Service, PilotSubcategory::Logistics},
        {PilotCategory::Service, PilotSubcategory::Energy},
        {PilotCategory::NewMode, PilotSubcategory::Customization},
        {PilotCategory::NewMode, PilotSubcategory::Collaborative},
        {PilotCategory::NewMode, PilotSubcategory::Ecommerce},
    };
    for (const auto &[category, sub] : tables) {
        INFO(toKey(category).toStdString() << " " << (sub ? toKey(*sub).toStdString() : ""));
        const auto p = pilotProject(category, sub);
        const int n = int(p.domainDetail.project->elements.size());
        const auto e = evaluate(p);
        CHECK(e.verdict == Verdict::Eligible);
        CHECK(ruleOf(e, "PIL-1")
                  .figure.startsWith(QStringLiteral("要素条件共 %1 项，符合 %1 项").arg(n)));

        auto q = p;
        q.domainDetail.project->elements[1].met = false;
        CHECK(stateOf(q, "PIL-1") == RuleState::NotMet);
        CHECK(ruleOf(q, "PIL-1").figure.contains(QStringLiteral("第2项不符合")));
        q = p;
        q.domainDetail.project->elements[n - 1].description = QStringLiteral("");
        CHECK(stateOf(q, "PIL-1") == RuleState::Incomplete);
        q = p;
        q.domainDetail.project->elements[0].met.reset();
        CHECK(stateOf(q, "PIL-1") == RuleState::Incomplete);
        q = p;
        q.domainDetail.project->elements.removeLast();
        CHECK(stateOf(q, "PIL-1") == RuleState::Incomplete);
    }

    // Answers of a 5-element table do not answer a 3-element sub-table.
    auto p = pilotProject(PilotCategory::Process);
    p.pilotCategory = PilotCategory::Service;
    p.pilotSubcategory = PilotSubcategory::Energy;
    CHECK(stateOf(p, "PIL-1") == RuleState::Incomplete);
    CHECK(ruleOf(p, "PIL-1").figure.contains(QStringLiteral("已填写 5 项，所选表共 3 项")));

    p = pilotProject(PilotCategory::Service, PilotSubcategory::Logistics);
    p.pilotSubcategory.reset();
    CHECK(stateOf(p, "PIL-1") == RuleState::Incomplete);
    CHECK(ruleOf(p, "PIL-1").field == QStringLiteral("pilotSubcategory"));
    p.pilotSubcategory = PilotSubcategory::Ecommerce; // belongs to table 1.6
    CHECK(stateOf(p, "PIL-1") == RuleState::Incomplete);
    p.pilotCategory.reset();
    CHECK(stateOf(p, "PIL-1") == RuleState::Incomplete);
    CHECK(ruleOf(p, "PIL-1").field == QStringLiteral("pilotCategory"));

    p = pilotProject(PilotCategory::Product);
    p.domainDetail.project.reset();
    CHECK(stateOf(p, "PIL-1") == RuleState::Incomplete);
    CHECK(stateOf(p, "PIL-3") == RuleState::Incomplete);
}

TEST_CASE("PIL-1: e-commerce share of at least 20 %", "[rules]")
{
    const auto p = pilotProject(PilotCategory::NewMode, PilotSubcategory::Ecommerce);
    const auto share = [&](std::optional<double> value) {
        auto q = p;
        q.domainDetail.project->ecommerceShare = value;
        return ruleOf(q, "PIL-1");
    };
    CHECK(share(0.20).state == RuleState::Met);
    CHECK(share(0.20).figure.endsWith(
        QStringLiteral("电子商务实现的销售收入比重 20%（要求不低于 20%）")));
    volatile double a = 0.7, b = 0.5; // 0.19999999999999996 in binary
    CHECK(share(a - b).state == RuleState::Met);
    volatile double tenth = 0.1;
    CHECK(share(tenth + tenth).state == RuleState::Met);
    CHECK(share(0.19).state == RuleState::NotMet); // one percentage point below
    CHECK(share(0.1999).state == RuleState::NotMet);
    CHECK(share(0.1999).figure.contains(QStringLiteral("19.99%")));
    CHECK(share(0.35).state == RuleState::Met);
    CHECK(share(std::nullopt).state == RuleState::Incomplete);
    CHECK(share(std::nullopt).field == QStringLiteral("domainDetail.project.ecommerceShare"));

    // Other sub-tables do not ask for the share.
    auto custom = pilotProject(PilotCategory::NewMode, PilotSubcategory::Customization);
    CHECK_FALSE(custom.domainDetail.project->ecommerceShare);
    CHECK(stateOf(custom, "PIL-1") == RuleState::Met);
}

TEST_CASE("PIL-3: built by the evaluation date, results described", "[rules]")
{
    auto p = pilotProject(PilotCategory::Equipment);
    p.domainDetail.project->completed = QDate(2022, 4, 13);
    CHECK(stateOf(p, "PIL-3") == RuleState::Met);
    p.domainDetail.project->completed = QDate(2022, 4, 14);
    CHECK(stateOf(p, "PIL-3") == RuleState::NotMet);
    p.domainDetail.project->completed.reset();
    CHECK(stateOf(p, "PIL-3") == RuleState::Incomplete);
    p = pilotProject(PilotCategory::Equipment);
    p.domainDetail.project->results.reset();
    CHECK(stateOf(p, "PIL-3") == RuleState::Incomplete);
    CHECK(ruleOf(p, "PIL-3").field == QStringLiteral("domainDetail.project.results"));
}
