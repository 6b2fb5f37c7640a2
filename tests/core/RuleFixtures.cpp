// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "RuleFixtures.h"

#include "rules/RulesEngine.h"

namespace shenbao::test {

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// CNIPA application number check digit (weights 2…9,2…5 over 12 digits, mod 11, 10 → X), so
// the fixture's numbers look like real ones to any validator.
QString patentNumber(int serial)
{
    const QString body = QStringLiteral("2019101%1").arg(serial, 5, 10, QLatin1Char('0'));
    static constexpr int weights[12] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += body.at(i).digitValue() * weights[i];
    const int check = sum % 11;
    return QStringLiteral("ZL") + body + u'.' +
           (check == 10 ? QStringLiteral("X") : QString::number(check));
}

} // namespace

QString addEvidence(Project &p, EvidenceCategory category, const QString &title,
                    std::optional<int> year)
{
    Evidence e;
    e.id = QStringLiteral("ev-%1").arg(p.evidence.size() + 1);
    while (p.evidenceById(e.id))
        e.id += u'x';
    e.category = category;
    e.year = year;
    e.title = title;
    e.file = QStringLiteral("evidence/%1.pdf").arg(e.id);
    e.pages = 1;
    p.evidence << e;
    return e.id;
}

Patent &addCorePatent(Project &p)
{
    const int n = int(p.patents.size()) + 1;
    Patent pat;
    pat.title = QStringLiteral("一种智能制造装备的控制方法（%1）").arg(n);
    pat.number = patentNumber(n);
    pat.kind = PatentKind::Invention;
    pat.granted = QDate(2020, 6, 1);
    pat.core = true;
    pat.evidence << addEvidence(p, EvidenceCategory::Ip, QStringLiteral("专利证书 ") + *pat.number);
    p.patents << pat;
    return p.patents.last();
}

Case &addCase(Project &p, int year, const QString &city)
{
    const int n = int(p.cases.size()) + 1;
    Case c;
    c.title = QStringLiteral("智能化改造项目（%1）").arg(n);
    c.customer = QStringLiteral("示例制造有限公司（%1）").arg(n);
    c.city = city;
    c.year = year;
    c.amountYuan = 1000000;
    c.summary = s("为客户建设智能产线一条，生产效率提升30%。");
    c.evidence << addEvidence(p, EvidenceCategory::Case, *c.title + s(" 合同"));
    p.cases << c;
    return p.cases.last();
}

void addCases(Project &p, int count, int year, const QString &city)
{
    for (int i = 0; i < count; ++i)
        addCase(p, year, city);
}

void removeDocuments(Project &p, EvidenceCategory category, std::optional<int> year)
{
    p.evidence.removeIf(
        [&](const Evidence &e) { return e.category == category && (!year || e.year == year); });
}

Project baseProject()
{
    Project p;
    auto &a = p.applicant;
    a.name = s("深圳示例智能科技有限公司");
    a.uscc = QStringLiteral("914403001922038216");
    a.orgType = OrgType::Enterprise;
    a.city = s("深圳市");
    a.district = s("南山区");
    a.registeredAddress = s("深圳市南山区科技园示例路1号");
    a.mailingAddress = s("深圳市南山区科技园示例路1号");
    a.postcode = QStringLiteral("518057");
    a.founded = QDate(2010, 5, 20);
    a.registeredCapitalYuan = 20000000;
    a.legalRepresentative = s("王示例");
    a.contact.name = s("张联系");
    a.contact.title = s("项目经理");
    a.contact.mobile = QStringLiteral("13800138000");
    a.contact.phone = QStringLiteral("0755-86000000");
    a.contact.email = QStringLiteral("contact@example.cn");
    a.employees = 120;
    a.rdStaff = 20;
    a.registeredInPRC = true;
    a.independentLegalPerson = true;
    a.rdInstitution = RdInstitution::Established;
    a.rdInstitutionName = s("智能装备研究院");
    // The R&D institution and team are proven like everything else (issue 13).
    a.rdInstitutionEvidence << addEvidence(p, EvidenceCategory::Other, s("研发机构认定文件"));
    a.rdStaffEvidence << addEvidence(p, EvidenceCategory::Other, s("研发人员名单及社保证明"));

    // 15,000,000 元 each year: the three-year sum is exactly 3 × 1500 万元.
    for (const int y : {2019, 2020, 2021}) {
        FinanceYear f;
        f.year = y;
        f.revenueYuan = 16000000;
        f.mainRevenueYuan = 15000000;
        f.profitYuan = 1000000;
        f.rdSpendYuan = 1200000;
        p.finance << f;
        addEvidence(p, EvidenceCategory::AuditReport, QStringLiteral("%1年度审计报告").arg(y), y);
    }
    p.softwareCopyrights = 3;
    p.firstBatchPartner = false;
    p.attestations = {true, true, true, true, true};
    p.narrative.profile = s("本单位专注于智能制造领域的研发与服务。");
    p.narrative.offering = s("智能产线、工业软件及相关技术服务。");
    p.narrative.plan = s("未来三年持续投入研发，扩大省内服务规模。");
    addEvidence(p, EvidenceCategory::BusinessLicense, s("营业执照"));
    addEvidence(p, EvidenceCategory::CreditReport, s("信用中国报告"));
    return p;
}

Project equipmentProject()
{
    auto p = baseProject();
    p.domain = Domain::Equipment;
    for (int i = 0; i < 5; ++i)
        addCorePatent(p);
    addCase(p, 2021, s("佛山市"));
    return p;
}

Project softwareProject()
{
    auto p = baseProject();
    p.domain = Domain::Software;
    for (int i = 0; i < 5; ++i)
        addCorePatent(p);
    addCases(p, 5, 2021, s("广州市"));
    p.domainDetail.devEnvironment = s("正版开发工具及测试服务器集群。");
    return p;
}

Project networkProject()
{
    auto p = baseProject();
    p.domain = Domain::Network;
    for (int i = 0; i < 5; ++i)
        addCorePatent(p);
    addCases(p, 5, 2021, s("东莞市"));
    p.domainDetail.thirdPartyService = true;
    p.domainDetail.otItFusion = s("工业现场网络与企业信息系统的一体化接入。");
    return p;
}

Project solutionProject()
{
    auto p = baseProject();
    p.domain = Domain::Solution;
    for (int i = 0; i < 5; ++i)
        addCorePatent(p);
    addCases(p, 5, 2021, s("中山市"));
    p.domainDetail.mainBusinessIsSolutions = true;
    p.applicant.rdInstitution = RdInstitution::Building;
    return p;
}

Project organizationProject()
{
    auto p = baseProject();
    p.domain = Domain::Organization;
    p.applicant.orgType = OrgType::Association;
    p.applicant.rdInstitution = RdInstitution::None;
    // ORG-3 counts 2021 cases anywhere: one in Guangdong (for BASE-2), four elsewhere.
    addCase(p, 2021, s("广州市"));
    addCases(p, 4, 2021, s("长沙市"));
    p.domainDetail.regulated = true;
    p.domainDetail.plan = s("2022年发展规划：服务会员企业100家。");
    p.domainDetail.platformStaff = 20;
    p.domainDetail.qualifiedStaff = 10; // exactly 50 %
    return p;
}

Project talentProject(TalentKind kind)
{
    auto p = baseProject();
    p.domain = Domain::Talent;
    p.talentKind = kind;
    addCase(p, 2021, s("江门市"));
    switch (kind) {
    case TalentKind::School: {
        p.applicant.orgType = OrgType::VocationalSchool;
        p.applicant.rdInstitution = RdInstitution::None;
        QList<PartnerEnterprise> partners;
        for (int i = 1; i <= 3; ++i)
            partners << PartnerEnterprise{
                QStringLiteral("合作企业%1").arg(i),
                s("工业机器人专业"),
                i == 1,
                {addEvidence(p, EvidenceCategory::Other, QStringLiteral("校企合作协议%1").arg(i))}};
        p.domainDetail.partnerEnterprises = partners;
        p.domainDetail.mentorsHired = true;
        p.domainDetail.mentorsEvidence
            << addEvidence(p, EvidenceCategory::Other, s("指导教师聘书"));
        break;
    }
    case TalentKind::Institute:
        p.applicant.orgType = OrgType::Institute;
        for (int i = 0; i < 5; ++i)
            addCorePatent(p);
        p.domainDetail.nationallyAdvanced = true;
        break;
    case TalentKind::Enterprise: {
        QList<CoBuiltProgram> programs;
        for (int i = 1; i <= 3; ++i)
            programs << CoBuiltProgram{QStringLiteral("示例职业技术学院%1").arg(i),
                                       s("智能制造订单班")};
        p.domainDetail.coBuiltPrograms = programs;
        break;
    }
    }
    return p;
}

Project financeProject()
{
    auto p = baseProject();
    p.domain = Domain::Finance;
    p.applicant.orgType = OrgType::FinancialInstitution;
    p.applicant.employees = 20;
    p.applicant.rdStaff = 0;
    p.applicant.rdInstitution = RdInstitution::None;
    // FIN-3 counts 2020 and 2021 together, anywhere.
    addCases(p, 5, 2020, s("珠海市"));
    addCases(p, 5, 2021, s("武汉市"));
    p.domainDetail.premisesInGuangdong = true;
    p.domainDetail.products = QList<FinancialProduct>{
        {s("智能制造设备融资租赁"), s("设备融资")},
        {s("技改贷"), s("技术改造贷款")},
        {s("知识产权质押贷"), s("轻资产融资")},
    };
    return p;
}

Project pilotProject(PilotCategory category, std::optional<PilotSubcategory> sub)
{
    auto p = baseProject();
    p.domain = Domain::Pilot;
    p.pilotCategory = category;
    p.pilotSubcategory = sub;
    addCases(p, 3, 2021, s("惠州市"));
    PilotProject project;
    project.name = s("智能工厂示范项目");
    project.completed = QDate(2021, 9, 30);
    project.results = s("生产效率提升25%，运营成本降低20%。");
    const bool subtables = category == PilotCategory::Service || category == PilotCategory::NewMode;
    const int count = subtables ? 3 : 5;
    for (int i = 0; i < count; ++i)
        project.elements << PilotElement{
            true,
            QStringLiteral("要素%1的实现情况说明").arg(i + 1),
            {addEvidence(p, EvidenceCategory::Project, QStringLiteral("要素%1证明").arg(i + 1))}};
    project.completionEvidence << addEvidence(p, EvidenceCategory::Project, s("项目验收报告"));
    if (sub == PilotSubcategory::Ecommerce)
        project.ecommerceShare = 0.20;
    p.domainDetail.project = project;
    return p;
}

Project domainProject(Domain domain)
{
    switch (domain) {
    case Domain::Equipment:
        return equipmentProject();
    case Domain::Software:
        return softwareProject();
    case Domain::Network:
        return networkProject();
    case Domain::Solution:
        return solutionProject();
    case Domain::Organization:
        return organizationProject();
    case Domain::Talent:
        return talentProject(TalentKind::School);
    case Domain::Finance:
        return financeProject();
    case Domain::Pilot:
        return pilotProject(PilotCategory::Process);
    }
    return baseProject();
}

Evaluation evaluate(const Project &p)
{
    return RulesEngine().evaluate(p);
}

RuleResult ruleOf(const Evaluation &e, const char *id)
{
    INFO("rule " << id);
    const auto *r = e.rule(QString::fromLatin1(id));
    REQUIRE(r != nullptr);
    return *r;
}

RuleResult ruleOf(const Project &p, const char *id)
{
    return ruleOf(evaluate(p), id);
}

RuleState stateOf(const Project &p, const char *id)
{
    return ruleOf(p, id).state;
}

Problems problemsAt(const Evaluation &e, const QString &where)
{
    Problems out;
    for (const auto &problem : e.problems) {
        if (problem.where == where)
            out << problem;
    }
    return out;
}

} // namespace shenbao::test
