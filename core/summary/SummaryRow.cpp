// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "summary/SummaryRow.h"

#include "model/Money.h"
#include "rules/Counting.h"

namespace shenbao {

namespace {

QString conditionStateFor(Verdict verdict, const CallDefinition &call)
{
    // Reuse the call's names for the three rule states so the summary says exactly what the
    // checker page says.
    switch (verdict) {
    case Verdict::Eligible:
        return call.nameOf(RuleState::Met, "state");
    case Verdict::NotEligible:
        return call.nameOf(RuleState::NotMet, "state");
    case Verdict::Incomplete:
        return call.nameOf(RuleState::Incomplete, "state");
    case Verdict::AlreadyPartner:
        return QString::fromUtf16(kAlreadyPartnerState);
    }
    return {};
}

std::optional<Yuan> mainRevenueSum(const Project &project, const CallDefinition &call)
{
    return sumOverYears(call.financeYears,
                        [&project](int year) {
                            const FinanceYear *fy = project.financeFor(year);
                            return fy ? fy->mainRevenueYuan : std::nullopt;
                        })
        .sum;
}

} // namespace

SummaryRow summaryRowFor(const Project &project, const Evaluation &evaluation,
                         const CallDefinition &call)
{
    const Applicant &a = project.applicant;
    SummaryRow row;
    row.name = a.name.value_or(QString());
    row.uscc = a.uscc.value_or(QString());
    row.city = a.city.value_or(QString());
    row.district = a.district.value_or(QString());
    if (a.orgType)
        row.orgType = call.nameOf(*a.orgType, "orgType");
    row.domain = call.domainDisplayName(project.domain, project.talentKind, project.pilotCategory,
                                        project.pilotSubcategory);
    row.route = call.nameOf(evaluation.route, "route");
    row.mainRevenueSum3y = mainRevenueSum(project, call);
    row.coreInventionPatents = countCoreInventionPatents(project, call);
    row.rdStaff = a.rdStaff;
    row.gdCasesInCaseYear = countGuangdongCasesInYear(project, call, call.caseYear);
    row.conditionState = conditionStateFor(evaluation.verdict, call);
    row.contactName = a.contact.name.value_or(QString());
    row.contactMobile = a.contact.mobile.value_or(QString());
    return row;
}

std::optional<qint64> averageHundredthsOfWan(std::optional<Yuan> sum, int years)
{
    // 0.01 万元 = 100 元: the model's one rounding rule, to a multiple of 100 元.
    const auto average = averageYuan(sum, years, 100);
    return average ? std::optional<qint64>(*average / 100) : std::nullopt;
}

std::optional<double> averageWan(std::optional<Yuan> sum, int years)
{
    const auto hundredths = averageHundredthsOfWan(sum, years);
    if (!hundredths)
        return std::nullopt;
    return double(*hundredths) / 100.0;
}

QStringList summaryHeaders(const CallDefinition &call)
{
    return {QStringLiteral("推荐顺序"),
            QStringLiteral("申报单位名称"),
            QStringLiteral("统一社会信用代码"),
            QStringLiteral("所在地市"),
            QStringLiteral("所在区（县）"),
            QStringLiteral("单位性质"),
            QStringLiteral("申报领域"),
            QStringLiteral("认定方式"),
            QStringLiteral("近三年平均主营业务收入（万元）"),
            QStringLiteral("核心发明专利数"),
            QStringLiteral("研发技术团队人数"),
            QStringLiteral("%1年省内典型案例数").arg(call.caseYear),
            QStringLiteral("条件符合情况"),
            QStringLiteral("联系人"),
            QStringLiteral("联系电话"),
            QStringLiteral("备注")};
}

} // namespace shenbao
