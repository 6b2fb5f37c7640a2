// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Domain rules of Attachment 1 for equipment, software, network, solution, organisation and
// finance (spec/eligibility.md). Every threshold and year comes from the rule's params.

#include "model/Money.h"
#include "rules/RuleKit.h"

#include <array>

namespace shenbao::rules {

namespace {

const QString kPatents = QStringLiteral("patents");
const QString kCases = QStringLiteral("cases");
const QString kRdStaff = QStringLiteral("applicant.rdStaff");

Part corePatentPart(const Tally &t, const RuleSpec &spec)
{
    return countPart(t, spec.param("minCoreInventionPatents"), QStringLiteral("核心发明专利"),
                     QStringLiteral("项"), kPatents);
}

Part rdStaffPart(const Context &ctx, const RuleSpec &spec)
{
    const auto &v = ctx.project.applicant.rdStaff;
    return atLeast(v ? std::optional<qint64>(*v) : std::nullopt, spec.param("minRdStaff"),
                   QStringLiteral("研发技术团队"), QStringLiteral("人"), kRdStaff);
}

Part rdInstitutionPart(const Context &ctx)
{
    const QString field = QStringLiteral("applicant.rdInstitution");
    const auto &v = ctx.project.applicant.rdInstitution;
    if (!v)
        return {RuleState::Incomplete, QStringLiteral("研发机构情况：未填写"), field};
    const bool ok = *v == RdInstitution::Established || *v == RdInstitution::Building;
    return {ok ? RuleState::Met : RuleState::NotMet,
            QStringLiteral("研发机构：") + ctx.call.nameOf(*v, "rdInstitution"), field,
            textPhrase(QStringLiteral("研发机构：%1"), {choiceValue(*v, "rdInstitution")})};
}

// GD cases of the call's case year (「2021年度在广东省内有…案例」).
Part gdCaseYearPart(const Context &ctx, const RuleSpec &spec, const Tally &t)
{
    return countPart(t, spec.param("minGuangdongCasesInCaseYear"),
                     QStringLiteral("%1年度省内典型案例"), QStringLiteral("个"), kCases,
                     QString::number(ctx.call.caseYear));
}

RuleResult corePatentRule(const Context &ctx, const RuleSpec &spec)
{
    auto r = newResult(spec, kPatents);
    const auto t = corePatents(ctx);
    conclude(r, {corePatentPart(t, spec)});
    requirePatentEvidence(r, ctx, t);
    return r;
}

RuleResult gdCaseYearRule(const Context &ctx, const RuleSpec &spec, const QList<Part> &before)
{
    auto r = newResult(spec, kCases);
    const auto t = guangdongCases(ctx, ctx.call.caseYear);
    conclude(r, QList<Part>(before) << gdCaseYearPart(ctx, spec, t));
    requireCaseEvidence(r, ctx, t);
    return r;
}

} // namespace

// The R&D institution and team are proven like any counted item: a document per claim
// (the institution's approval or founding document; the team's staff list or social-insurance
// records). Missing ones are listed, the state stays what the data say.
void requireRdInstitutionEvidence(RuleResult &r, const Context &ctx)
{
    const auto &a = ctx.project.applicant;
    if (a.rdInstitution == RdInstitution::Established || a.rdInstitution == RdInstitution::Building)
        requireItemEvidence(r, ctx, a.rdInstitutionEvidence,
                            QStringLiteral("研发机构证明材料（批准或设立文件）"));
}

void requireRdStaffEvidence(RuleResult &r, const Context &ctx)
{
    if (ctx.project.applicant.rdStaff)
        requireItemEvidence(r, ctx, ctx.project.applicant.rdStaffEvidence,
                            QStringLiteral("研发技术团队人员名单或社保证明"));
}

namespace {

// EQ-2 / SOL-3 (first half).
RuleResult rdInstitutionRule(const Context &ctx, const RuleSpec &spec, bool withTeam)
{
    auto r = newResult(spec, QStringLiteral("applicant.rdInstitution"));
    QList<Part> parts{rdInstitutionPart(ctx)};
    if (withTeam)
        parts << rdStaffPart(ctx, spec);
    conclude(r, parts);
    requireRdInstitutionEvidence(r, ctx);
    if (withTeam)
        requireRdStaffEvidence(r, ctx);
    return r;
}

RuleResult eq1(const Context &ctx, const RuleSpec &spec)
{
    return corePatentRule(ctx, spec);
}
RuleResult eq2(const Context &ctx, const RuleSpec &spec)
{
    return rdInstitutionRule(ctx, spec, false);
}

RuleResult eq3(const Context &ctx, const RuleSpec &spec)
{
    auto r = newResult(spec, kRdStaff);
    conclude(r, {rdStaffPart(ctx, spec)});
    requireRdStaffEvidence(r, ctx);
    return r;
}

RuleResult eq4(const Context &ctx, const RuleSpec &spec)
{
    const QString field = QStringLiteral("finance");
    auto r = newResult(spec, field);
    const auto &years = ctx.call.financeYears;
    for (const int y : years) {
        requireDocument(
            r, ctx.project, EvidenceCategory::AuditReport, y,
            QStringLiteral("%1年度审计报告").arg(y),
            {ProblemCode::EvidenceTerm, {QStringLiteral("%1年度审计报告"), QString::number(y)}});
    }
    const YearsTotal total = sumOverYears(years, [&ctx](int year) {
        const auto *f = ctx.project.financeFor(year);
        return f ? f->mainRevenueYuan : std::nullopt;
    });
    // 「近三年平均 ≥ x」 compared as 「三年合计 ≥ 3x」 in whole yuan: no rounding anywhere.
    const auto needed = multiplyYuan(Yuan(years.size()), spec.param("minAverageMainRevenueYuan"));
    if (!total.missingYears.isEmpty()) {
        r.state = RuleState::Incomplete;
        setFigure(r, QStringLiteral("缺少%1年度主营业务收入"), {yearList(total.missingYears)});
    } else if (total.overflow || !needed) {
        // Amounts beyond 9×10^18 元 are typing errors; say so rather than compare a wrapped sum.
        r.state = RuleState::Incomplete;
        setFigure(r, QStringLiteral("主营业务收入合计超出可计算的范围，请核对金额"));
    } else {
        const Yuan sum = total.sum.value_or(0); // no finance years: nothing to add up
        r.state = sum >= *needed ? RuleState::Met : RuleState::NotMet;
        // The notice states an average, so the figure shows the average, rounded to 0.01 万元
        // exactly as the form's 「三年平均」 row and the Attachment 3 column round it (one
        // average per dossier, not 1,793.33 here and 1,793.34 there). Only when rounding up
        // would reach a bound the exact sum misses is it truncated instead: 44,999,999 元 over
        // three years shows 1,499.99 beside 不符合, never 1,500.00.
        const int years3 = qMax(1, int(years.size()));
        const qint64 neededHundredths = spec.param("minAverageMainRevenueYuan") / 100;
        qint64 averageHundredths = averageYuan(sum, years3, 100).value_or(0) / 100;
        if (r.state == RuleState::NotMet && averageHundredths >= neededHundredths)
            averageHundredths = sum / (qint64(years3) * 100);
        setFigure(r, QStringLiteral("近三年平均主营业务收入 %1 万元（要求 %2 万元以上）"),
                  {formatWanHundredths(averageHundredths), formatWanHundredths(neededHundredths)});
    }
    return r;
}

RuleResult sw1(const Context &ctx, const RuleSpec &spec)
{
    return corePatentRule(ctx, spec);
}
RuleResult sw2(const Context &ctx, const RuleSpec &spec)
{
    return gdCaseYearRule(ctx, spec, {});
}

RuleResult sw3(const Context &ctx, const RuleSpec &spec)
{
    auto r = newResult(spec, kRdStaff);
    conclude(r, {rdStaffPart(ctx, spec),
                 described(ctx.project.domainDetail.devEnvironment, QStringLiteral("开发环境"),
                           QStringLiteral("domainDetail.devEnvironment"))});
    requireRdStaffEvidence(r, ctx);
    return r;
}

RuleResult net1(const Context &ctx, const RuleSpec &spec)
{
    return gdCaseYearRule(
        ctx, spec,
        {attested(ctx.project.domainDetail.thirdPartyService, QStringLiteral("提供第三方独立服务"),
                  QStringLiteral("domainDetail.thirdPartyService"))});
}

RuleResult net2(const Context &ctx, const RuleSpec &spec)
{
    auto r = newResult(spec, kPatents);
    const auto t = corePatents(ctx);
    conclude(r, {corePatentPart(t, spec),
                 described(ctx.project.domainDetail.otItFusion, QStringLiteral("OT/IT深度融合特点"),
                           QStringLiteral("domainDetail.otItFusion"))});
    requirePatentEvidence(r, ctx, t);
    return r;
}

RuleResult sol1(const Context &ctx, const RuleSpec &spec)
{
    return gdCaseYearRule(ctx, spec,
                          {attested(ctx.project.domainDetail.mainBusinessIsSolutions,
                                    QStringLiteral("主营智能制造系统解决方案"),
                                    QStringLiteral("domainDetail.mainBusinessIsSolutions"))});
}

RuleResult sol2(const Context &ctx, const RuleSpec &spec)
{
    return corePatentRule(ctx, spec);
}
RuleResult sol3(const Context &ctx, const RuleSpec &spec)
{
    return rdInstitutionRule(ctx, spec, true);
}

RuleResult org1(const Context &ctx, const RuleSpec &spec)
{
    const auto &d = ctx.project.domainDetail;
    auto r = newResult(spec, QStringLiteral("domainDetail.regulated"));
    conclude(r, {attested(d.regulated, QStringLiteral("运作规范、规章制度健全"),
                          QStringLiteral("domainDetail.regulated")),
                 described(d.plan, QStringLiteral("发展规划与年度目标"),
                           QStringLiteral("domainDetail.plan"))});
    return r;
}

// 「x.y%」, truncated so that the figure never shows a share the data do not reach.
QString percentText(qint64 part, qint64 whole)
{
    const qint64 tenths = part * 1000 / whole;
    return tenths % 10 == 0 ? QStringLiteral("%1%").arg(tenths / 10)
                            : QStringLiteral("%1.%2%").arg(tenths / 10).arg(tenths % 10);
}

RuleResult org2(const Context &ctx, const RuleSpec &spec)
{
    const auto &d = ctx.project.domainDetail;
    const QString staffField = QStringLiteral("domainDetail.platformStaff");
    const QString qualifiedField = QStringLiteral("domainDetail.qualifiedStaff");
    auto r = newResult(spec, staffField);
    const qint64 minPercent = spec.param("minQualifiedPercent");
    const Part staff =
        atLeast(d.platformStaff ? std::optional<qint64>(*d.platformStaff) : std::nullopt,
                spec.param("minPlatformStaff"), QStringLiteral("平台从业人员"),
                QStringLiteral("人"), staffField);
    Part qualified{RuleState::Incomplete, {}, qualifiedField};
    const QString label = QStringLiteral("本科或中级职称以上人员");
    if (!d.qualifiedStaff) {
        qualified = unsetPart(label, qualifiedField);
    } else if (!d.platformStaff) {
        qualified = textPart(
            RuleState::Incomplete, staffField,
            QStringLiteral("本科或中级职称以上人员 %1 人（平台从业人员未填写，无法计算占比）"),
            {QString::number(*d.qualifiedStaff)});
    } else {
        // Integer form of qualified / staff ≥ p %: no floating point at the boundary.
        const qint64 q = *d.qualifiedStaff;
        const qint64 s = *d.platformStaff;
        qualified.state = q * 100 >= minPercent * s ? RuleState::Met : RuleState::NotMet;
        const RuleState state = qualified.state;
        qualified = textPart(
            state, qualifiedField,
            QStringLiteral("本科或中级职称以上人员 %1 / %2 人（%3，要求 %4% 以上）"),
            {QString::number(q), QString::number(s),
             s > 0 ? percentText(q, s) : QStringLiteral("—"), QString::number(minPercent)});
    }
    conclude(r, {staff, qualified});
    return r;
}

RuleResult org3(const Context &ctx, const RuleSpec &spec)
{
    auto r = newResult(spec, kCases);
    const QList<int> years{ctx.call.caseYear};
    const auto t =
        tally(ctx.project.cases, [&](const Case &c) { return caseInYearsFit(c, years); });
    conclude(
        r, {countPart(t, spec.param("minCasesInCaseYear"), QStringLiteral("%1年度智能制造服务案例"),
                      QStringLiteral("项"), kCases, QString::number(ctx.call.caseYear))});
    requireCaseEvidence(r, ctx, t);
    return r;
}

RuleResult fin1(const Context &ctx, const RuleSpec &spec)
{
    auto r = newResult(spec, QStringLiteral("domainDetail.premisesInGuangdong"));
    conclude(r, {attested(ctx.project.domainDetail.premisesInGuangdong,
                          QStringLiteral("省内有固定的经营服务场所"),
                          QStringLiteral("domainDetail.premisesInGuangdong"))});
    return r;
}

RuleResult fin2(const Context &ctx, const RuleSpec &spec)
{
    const QString employeesField = QStringLiteral("applicant.employees");
    const QString productsField = QStringLiteral("domainDetail.products");
    auto r = newResult(spec, employeesField);
    const auto &employees = ctx.project.applicant.employees;
    const Part staff = atLeast(employees ? std::optional<qint64>(*employees) : std::nullopt,
                               spec.param("minEmployees"), QStringLiteral("从业人员"),
                               QStringLiteral("人"), employeesField);
    const auto &products = ctx.project.domainDetail.products;
    Part offered{RuleState::Incomplete, QStringLiteral("特色金融产品：未填写"), productsField};
    if (products) {
        // A product row without a name is a row still being typed: it may yet count.
        const auto t = tally(*products, [](const FinancialProduct &p) {
            return isBlank(p.name) ? Fit::Maybe : Fit::Yes;
        });
        offered = countPart(t, spec.param("minProducts"), QStringLiteral("特色金融产品"),
                            QStringLiteral("款"), productsField);
    }
    conclude(r, {staff, offered});
    return r;
}

RuleResult fin3(const Context &ctx, const RuleSpec &spec)
{
    auto r = newResult(spec, kCases);
    const auto years = spec.intListParam("caseYears");
    const auto t =
        tally(ctx.project.cases, [&](const Case &c) { return caseInYearsFit(c, years); });
    conclude(r, {countPart(t, spec.param("minCases"), QStringLiteral("%1年度智能制造服务案例"),
                           QStringLiteral("个"), kCases, yearList(years))});
    requireCaseEvidence(r, ctx, t);
    return r;
}

constexpr std::array<RuleEntry, 18> kEntries{{
    {"EQ-1", eq1},
    {"EQ-2", eq2},
    {"EQ-3", eq3},
    {"EQ-4", eq4},
    {"SW-1", sw1},
    {"SW-2", sw2},
    {"SW-3", sw3},
    {"NET-1", net1},
    {"NET-2", net2},
    {"SOL-1", sol1},
    {"SOL-2", sol2},
    {"SOL-3", sol3},
    {"ORG-1", org1},
    {"ORG-2", org2},
    {"ORG-3", org3},
    {"FIN-1", fin1},
    {"FIN-2", fin2},
    {"FIN-3", fin3},
}};

} // namespace

std::span<const RuleEntry> domainRuleEntries()
{
    return kEntries;
}

} // namespace shenbao::rules
