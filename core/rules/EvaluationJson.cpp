// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "rules/EvaluationJson.h"

namespace shenbao {

QJsonObject ruleResultToJson(const RuleResult &rule)
{
    QJsonObject o{{QStringLiteral("id"), rule.id},
                  {QStringLiteral("state"), toKey(rule.state)},
                  {QStringLiteral("figure"), rule.figure},
                  {QStringLiteral("evidence"), toKey(rule.evidenceState)}};
    if (rule.informational)
        o.insert(QStringLiteral("informational"), true);
    if (!rule.missingEvidence.isEmpty())
        o.insert(QStringLiteral("missingEvidence"),
                 QJsonArray::fromStringList(rule.missingEvidence));
    if (!rule.evidenceIds.isEmpty())
        o.insert(QStringLiteral("evidenceIds"), QJsonArray::fromStringList(rule.evidenceIds));
    o.insert(QStringLiteral("cite"), rule.cite);
    return o;
}

QJsonObject problemToJson(const Problem &problem)
{
    return {{QStringLiteral("severity"),
             problem.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("where"), problem.where},
            {QStringLiteral("message"), problem.message}};
}

QJsonObject evaluationToJson(const Evaluation &evaluation)
{
    QJsonArray rules, problems;
    for (const auto &r : evaluation.rules)
        rules.append(ruleResultToJson(r));
    for (const auto &p : evaluation.problems)
        problems.append(problemToJson(p));
    return {{QStringLiteral("verdict"), toKey(evaluation.verdict)},
            {QStringLiteral("route"), toKey(evaluation.route)},
            {QStringLiteral("rules"), rules},
            {QStringLiteral("problems"), problems}};
}

} // namespace shenbao
