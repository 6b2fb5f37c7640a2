// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "model/Project.h"
#include "rules/Evaluation.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace shenbao {

// One line of Attachment 3 (spec/attachment3-summary.md), columns 1–16 in order. Figures are
// derived from the project data and its evaluation, never typed, so the table cannot
// contradict the dossier it summarises.
struct SummaryRow
{
    std::optional<int> order; // 1: recommendation order; empty in an applicant's own export
    QString name, uscc, city, district, orgType, domain, route; // 2–8, display text
    // 9: exact sum of the call's finance years' main revenue; empty if any year is missing.
    // Kept as the sum (not the average) so rounding happens once, at the very end.
    std::optional<Yuan> mainRevenueSum3y;
    int coreInventionPatents = 0; // 10
    std::optional<int> rdStaff;   // 11
    int gdCasesInCaseYear = 0;    // 12
    QString conditionState;       // 13: 符合 / 不符合 / 待补充 (or 已入选第一批)
    QString contactName, contactMobile; // 14, 15
    QString remarks;                    // 16: officer's 初审意见; empty for an applicant
    bool operator==(const SummaryRow &) const = default;
};

// Column 13's text for an alreadyPartner verdict (ROUTE-FIRST): not a state of a rule, so it
// is not in the call's "state" names.
inline constexpr const char16_t *kAlreadyPartnerState = u"已入选第一批";

SummaryRow summaryRowFor(const Project &project, const Evaluation &evaluation,
                         const CallDefinition &call);

// Average of `sum` over `years` years in hundredths of 万元 (0.01 万元 = 100 元), rounded half
// away from zero with integer arithmetic: 44,999,999 元 over 3 years → 150000 (1500.00 万元).
std::optional<qint64> averageHundredthsOfWan(std::optional<Yuan> sum, int years);
// The same as the number written in column 9 (e.g. 1500.0); empty when the sum is.
std::optional<double> averageWan(std::optional<Yuan> sum, int years);

// The 16 column headers of Attachment 3, in order; column 12 names the call's case year.
QStringList summaryHeaders(const CallDefinition &call);

} // namespace shenbao
