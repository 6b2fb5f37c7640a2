// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Routes and base conditions (spec/eligibility.md, "Routes" and "Base conditions"): they apply
// to every domain.

#include "rules/RuleKit.h"
#include "rules/Uscc.h"

#include <array>

namespace shenbao::rules {

namespace {

RuleResult routeFirst(const Context &ctx, const RuleSpec &spec)
{
    auto r = newResult(spec, QStringLiteral("firstBatchPartner"));
    const auto &v = ctx.project.firstBatchPartner;
    if (!v) {
        r.state = RuleState::Incomplete;
        setFigure(r, QStringLiteral("是否已入选2021年第一批合作伙伴：未填写"));
    } else if (*v) {
        r.state = RuleState::Met;
        setFigure(r, QStringLiteral("已入选2021年第一批合作伙伴名单，无需重复申报"));
    } else {
        r.state = RuleState::NotMet;
        setFigure(r, QStringLiteral("未入选第一批合作伙伴"));
    }
    return r;
}

RuleResult routeDirect(const Context &ctx, const RuleSpec &spec)
{
    auto r = newResult(spec, QStringLiteral("qualifications"));
    const auto &qs = ctx.project.qualifications;
    QStringList names;
    QStringList kinds; // the same, as keys for the app
    int withoutKind = 0;
    for (int i = 0; i < qs.size(); ++i) {
        const auto &q = qs.at(i);
        if (q.kind) {
            names << ctx.call.nameOf(*q.kind, "qualification");
            kinds << toKey(*q.kind);
        } else
            ++withoutKind;
        // Every claimed qualification needs its certificate (notice 一, direct recognition).
        requireItemEvidence(r, ctx, q.evidence, qualificationLabel(q, ctx.call, i),
                            qualificationPhrase(q, i));
    }
    if (!names.isEmpty()) {
        r.state = RuleState::Met;
        r.figure = QStringLiteral("已取得资质 %1 项：%2")
                       .arg(names.size())
                       .arg(names.join(QStringLiteral("、")));
        r.figurePhrases = {
            textPhrase(QStringLiteral("已取得资质 %1 项：%2"),
                       {QString::number(names.size()),
                        QStringLiteral("choice:qualification/") + kinds.join(u',')})};
    } else if (withoutKind > 0) {
        r.state = RuleState::Incomplete;
        setFigure(r, QStringLiteral("已填写 %1 项资质，但未选择资质类型"),
                  {QString::number(withoutKind)});
    } else {
        r.state = RuleState::NotMet;
        setFigure(r, QStringLiteral("未填写可直接认定的资质，按评审遴选"));
    }
    return r;
}

RuleResult base1(const Context &ctx, const RuleSpec &spec)
{
    const auto &a = ctx.project.applicant;
    auto r = newResult(spec, QStringLiteral("applicant.registeredInPRC"));
    conclude(r, {attested(a.registeredInPRC, QStringLiteral("境内依法注册"),
                          QStringLiteral("applicant.registeredInPRC")),
                 attested(a.independentLegalPerson, QStringLiteral("独立法人资格"),
                          QStringLiteral("applicant.independentLegalPerson"))});
    requireDocument(r, ctx.project, EvidenceCategory::BusinessLicense, std::nullopt,
                    QStringLiteral("营业执照"));
    return r;
}

RuleResult base2(const Context &ctx, const RuleSpec &spec)
{
    auto r = newResult(spec, QStringLiteral("cases"));
    const auto t = guangdongCases(ctx, std::nullopt);
    conclude(r, {countPart(t, spec.param("minGuangdongCases"), QStringLiteral("省内典型案例"),
                           QStringLiteral("个"), QStringLiteral("cases"))});
    requireCaseEvidence(r, ctx, t);
    return r;
}

RuleResult base3(const Context &ctx, const RuleSpec &spec)
{
    const auto &a = ctx.project.attestations;
    auto r = newResult(spec, QStringLiteral("attestations.safetyConditions"));
    conclude(r,
             {attested(a.safetyConditions, QStringLiteral("具备安全生产条件"),
                       QStringLiteral("attestations.safetyConditions")),
              attested(a.noMajorAccident3y, QStringLiteral("近3年内未发生重大安全、环保、质量事故"),
                       QStringLiteral("attestations.noMajorAccident3y"))});
    return r;
}

RuleResult base4(const Context &ctx, const RuleSpec &spec)
{
    const auto &a = ctx.project.attestations;
    auto r = newResult(spec, QStringLiteral("attestations.notDishonestDebtor"));
    conclude(r, {attested(a.notDishonestDebtor, QStringLiteral("未列入失信被执行人"),
                          QStringLiteral("attestations.notDishonestDebtor")),
                 attested(a.noBadCredit3y, QStringLiteral("近3年内无不良信用记录"),
                          QStringLiteral("attestations.noBadCredit3y")),
                 attested(a.noIpInfringement, QStringLiteral("无知识产权侵权行为"),
                          QStringLiteral("attestations.noIpInfringement"))});
    requireDocument(r, ctx.project, EvidenceCategory::CreditReport, std::nullopt,
                    QStringLiteral("信用中国报告"));
    return r;
}

RuleResult base5(const Context &ctx, const RuleSpec &spec)
{
    auto r = newResult(spec, QStringLiteral("applicant.uscc"));
    const auto &uscc = ctx.project.applicant.uscc;
    if (isBlank(uscc)) {
        r.state = RuleState::Incomplete;
        setFigure(r, QStringLiteral("统一社会信用代码：未填写"));
    } else {
        const auto check = checkUscc(*uscc);
        r.state = check.valid ? RuleState::Met : RuleState::NotMet;
        if (check.valid) {
            setFigure(r, QStringLiteral("统一社会信用代码 %1"), {check.normalized});
        } else {
            r.figure = check.error;
            r.figurePhrases = {{check.errorCode, check.errorArgs}};
        }
    }
    // The code is read off the business licence.
    requireDocument(r, ctx.project, EvidenceCategory::BusinessLicense, std::nullopt,
                    QStringLiteral("营业执照"));
    return r;
}

// DOC-1: the documents the notice lists for every applicant (营业执照、近3年审计报告、信用中国报告)
// and, for an enterprise, the three years' figures those audit reports back. Until they are
// there the condition is 待补充, whatever the domain: a dossier without them is not complete.
// Schools, institutes and associations file their financial statements as the year's report.
RuleResult doc1(const Context &ctx, const RuleSpec &spec)
{
    const auto &p = ctx.project;
    auto r = newResult(spec, QStringLiteral("evidence"));
    const bool enterprise = !p.applicant.orgType || *p.applicant.orgType == OrgType::Enterprise ||
                            *p.applicant.orgType == OrgType::FinancialInstitution;
    const QString licence = enterprise
                                ? QStringLiteral("营业执照")
                                : QStringLiteral("法人登记证书（营业执照或事业单位法人证书）");
    const QString audit =
        enterprise ? QStringLiteral("%1年度审计报告") : QStringLiteral("%1年度审计报告或财务报表");
    requireDocument(r, p, EvidenceCategory::BusinessLicense, std::nullopt, licence);
    QList<int> missingYears;
    for (const int y : ctx.call.financeYears) {
        requireDocument(r, p, EvidenceCategory::AuditReport, y, audit.arg(y),
                        {ProblemCode::EvidenceTerm, {audit, QString::number(y)}});
        const auto *f = p.financeFor(y);
        if (enterprise && (!f || (!f->revenueYuan && !f->mainRevenueYuan)))
            missingYears << y;
    }
    requireDocument(r, p, EvidenceCategory::CreditReport, std::nullopt,
                    QStringLiteral("信用中国报告"));
    QList<Part> parts;
    if (r.missingEvidence.isEmpty()) {
        parts << textPart(RuleState::Met, QStringLiteral("evidence"),
                          QStringLiteral("营业执照、审计报告、信用中国报告：已附"));
    } else {
        // The missing documents, one phrase each after the 「待补充：」 heading.
        Part missing{RuleState::Incomplete,
                     QStringLiteral("待补充：") + r.missingEvidence.join(QStringLiteral("、")),
                     QStringLiteral("evidence")};
        missing.phrase.code = ProblemCode::FigureMissingDocuments;
        for (const Phrase &item : std::as_const(r.missingEvidencePhrases))
            missing.phrase.args << item.args.value(0) << item.args.value(1); // all EvidenceTerm
        parts << missing;
    }
    if (!missingYears.isEmpty())
        parts << textPart(RuleState::Incomplete, QStringLiteral("finance"),
                          QStringLiteral("近三年经营情况未填写：%1年度"), {yearList(missingYears)});
    conclude(r, parts);
    // The missing documents are the figure already; listing them again as 缺少佐证 would say
    // the same thing twice on the printed page.
    r.missingEvidence.clear();
    r.missingEvidencePhrases.clear();
    return r;
}

constexpr std::array<RuleEntry, 8> kEntries{{
    {"ROUTE-FIRST", routeFirst},
    {"ROUTE-DIRECT", routeDirect},
    {"BASE-1", base1},
    {"BASE-2", base2},
    {"BASE-3", base3},
    {"BASE-4", base4},
    {"BASE-5", base5},
    {"DOC-1", doc1},
}};

} // namespace

std::span<const RuleEntry> baseRuleEntries()
{
    return kEntries;
}

} // namespace shenbao::rules
