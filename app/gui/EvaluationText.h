// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "gui/StateIcons.h"
#include "rules/Evaluation.h"

#include <QCoreApplication>

namespace shenbao {

// How an evaluation reads in the UI. The three rule states and the routes are official terms
// (符合 / 不符合 / 待补充, 评审遴选 / 直接认定（复核）) and come from the call in every UI
// language.
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
        // ListShort: a condition not met only because a list (patents, cases …) has too few
        // items yet, while no other condition fails (listsStillShort()).
        enum class Kind
        {
            ConditionNotMet,
            ListShort,
            ConditionIncomplete,
            FormError,
            MissingDocument
        };
        Kind kind;
        QString text; // one line for the list
        QString path; // the field to jump to
    };
    // `strict`: a short list is a condition not met, as the export question and the cover say.
    static QList<Blocker> blockers(const Evaluation &evaluation, const CallDefinition &call,
                                   bool strict = false);
    // Errors among the evaluation's problems (they block export as conditions do).
    static int formErrors(const Evaluation &evaluation);
    // Ids of the conditions (not routes, not informational) in `state`, e.g. 「BASE-2、SOL-1」.
    static QStringList conditionIds(const Evaluation &evaluation, RuleState state);
    // The question asked before a forced export: what is wrong, and what the cover will say.
    static QString exportQuestion(const Evaluation &evaluation, const CallDefinition &call);

    static QString state(RuleState state, const CallDefinition &call);
    static QString route(Route route, const CallDefinition &call);
    // One line for the export step and the export question, e.g. 「不符合申报条件：1
    // 项条件不符合」.
    static QString verdict(const Evaluation &evaluation);
    // The same for the checks panel while the applicant is entering data: when the only
    // conditions not met are lists still short of items, it says how many are still to add
    // (「还差 N 项」) instead of 不符合, and its mark is amber.
    static QString statusVerdict(const Evaluation &evaluation);
    static Mark statusMark(const Evaluation &evaluation);
    // Whether every condition not met is a list short of items (RuleResult::shortBy), and
    // how many items are still to add over those conditions.
    static bool listsStillShort(const Evaluation &evaluation);
    static int itemsToAdd(const Evaluation &evaluation);
    // A rule's state as the checks panel shows it (「还差 2 项」 for a short list, see above).
    static QString statusState(const RuleResult &rule, const Evaluation &evaluation,
                               const CallDefinition &call);
    // A few words for the window title.
    static QString shortVerdict(Verdict verdict);
    // What to do next, for the review and export steps.
    static QString advice(const Evaluation &evaluation);
    static int count(const Evaluation &evaluation, RuleState state);
};

} // namespace shenbao
