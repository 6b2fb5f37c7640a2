// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "rules/Evaluation.h"

#include <QCoreApplication>

namespace shenbao {

// How an evaluation reads in the UI. The three rule states and the routes are official terms
// (符合 / 不符合 / 待补充, 评审遴选 / 直接认定（复核）) and come from the call in every UI language.
class EvaluationText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationText)

public:
    // What stands between the application and a clean export, in the order to work on it:
    // conditions not met, conditions waiting for data, then problems in the form (a value
    // that is invalid or too long, a document that is missing). Conditions and form problems
    // are different things and are never counted together.
    struct Blocker
    {
        enum class Kind { ConditionNotMet, ConditionIncomplete, FormError, MissingDocument };
        Kind kind;
        QString text; // one line for the list
        QString path; // the field to jump to
    };
    static QList<Blocker> blockers(const Evaluation &evaluation, const CallDefinition &call);
    // Errors among the evaluation's problems (they block export as conditions do).
    static int formErrors(const Evaluation &evaluation);
    // Ids of the conditions (not routes, not informational) in `state`, e.g. 「BASE-2、SOL-1」.
    static QStringList conditionIds(const Evaluation &evaluation, RuleState state);
    // The question asked before a forced export: what is wrong, and what the cover will say.
    static QString exportQuestion(const Evaluation &evaluation, const CallDefinition &call);

    static QString state(RuleState state, const CallDefinition &call);
    static QString route(Route route, const CallDefinition &call);
    // One line for the top of the checks panel, e.g. 「不符合申报条件：1 项条件不符合」.
    static QString verdict(const Evaluation &evaluation);
    // A few words for the window title.
    static QString shortVerdict(Verdict verdict);
    // What to do next, for the review and export steps.
    static QString advice(const Evaluation &evaluation);
    static int count(const Evaluation &evaluation, RuleState state);
};

} // namespace shenbao
