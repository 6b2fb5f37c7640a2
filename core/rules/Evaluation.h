// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Keyed.h"
#include "model/Problem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shenbao {

enum class RuleState
{
    Met,
    NotMet,
    Incomplete
};
enum class EvidenceState
{
    Evidenced,
    MissingEvidence
};
enum class Verdict
{
    Eligible,
    NotEligible,
    Incomplete,
    AlreadyPartner
};
enum class Route
{
    Review,
    Direct
};

template <> struct KeyTable<RuleState>
{
    static constexpr std::array<std::pair<RuleState, const char *>, 3> keys{
        {{RuleState::Met, "met"},
         {RuleState::NotMet, "notMet"},
         {RuleState::Incomplete, "incomplete"}}};
};
template <> struct KeyTable<EvidenceState>
{
    static constexpr std::array<std::pair<EvidenceState, const char *>, 2> keys{
        {{EvidenceState::Evidenced, "evidenced"},
         {EvidenceState::MissingEvidence, "missingEvidence"}}};
};
template <> struct KeyTable<Verdict>
{
    static constexpr std::array<std::pair<Verdict, const char *>, 4> keys{
        {{Verdict::Eligible, "eligible"},
         {Verdict::NotEligible, "notEligible"},
         {Verdict::Incomplete, "incomplete"},
         {Verdict::AlreadyPartner, "alreadyPartner"}}};
};
template <> struct KeyTable<Route>
{
    static constexpr std::array<std::pair<Route, const char *>, 2> keys{
        {{Route::Review, "review"}, {Route::Direct, "direct"}}};
};

struct RuleResult
{
    QString id; // e.g. "EQ-1", as in eligibility.md
    RuleState state = RuleState::Incomplete;
    EvidenceState evidenceState = EvidenceState::Evidenced;
    QString figure;     // what the rule looked at, e.g. 「核心发明专利 4 / 5 项」
    QString cite;       // 「附件1 一（一）」
    QString title;      // short description of the condition
    QString clauseText; // verbatim clause from the notice
    // Informational only (ROUTE-DIRECT makes domain thresholds non-blocking).
    bool informational = false;
    // Evidence ids that prove this rule (for the rule → evidence sheet and the viewer).
    QStringList evidenceIds;
    // Human descriptions of counted items that lack evidence, e.g. 「专利
    // ZL2019…（发明专利名称）」.
    QStringList missingEvidence;
    // Where the data live, for "jump to field": a JSON path like "applicant.rdStaff" or "patents".
    QString field;
    // The figure and the missing evidence as codes for the app (ProblemCode.h), one phrase per
    // part of the figure and per missing item.
    QList<Phrase> figurePhrases;
    QList<Phrase> missingEvidencePhrases;
    // > 0 when the rule is not met only because lists are still short: this many more items
    // (e.g. core invention patents) would meet it. The verdict stays 不符合; the applicant's
    // app shows it as 「还差 N 项」 while the list is being entered.
    int shortBy = 0;
    bool operator==(const RuleResult &) const = default;
};

struct Evaluation
{
    Verdict verdict = Verdict::Incomplete;
    Route route = Route::Review;
    QList<RuleResult> rules;
    // Evidence completeness (required documents) and field problems that the rules do not
    // cover; errors here block export as rules do.
    Problems problems;

    const RuleResult *rule(const QString &id) const
    {
        for (const auto &r : rules) {
            if (r.id == id)
                return &r;
        }
        return nullptr;
    }
};

} // namespace shenbao
