// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/EvaluationText.h"

namespace shenbao {

QString EvaluationText::state(RuleState state, const CallDefinition &call)
{
    const QString name = call.nameOf(state, "state");
    return name.isEmpty() ? toKey(state) : name;
}

QString EvaluationText::route(Route route, const CallDefinition &call)
{
    const QString name = call.nameOf(route, "route");
    return name.isEmpty() ? toKey(route) : name;
}

int EvaluationText::count(const Evaluation &evaluation, RuleState state)
{
    int n = 0;
    for (const auto &r : evaluation.rules) {
        if (r.state == state && !r.informational)
            ++n;
    }
    return n;
}

QString EvaluationText::verdict(const Evaluation &evaluation)
{
    switch (evaluation.verdict) {
    case Verdict::Eligible:
        return tr("Eligible: every condition is met");
    case Verdict::NotEligible:
        return tr("Not eligible: %n condition(s) not met", "", count(evaluation, RuleState::NotMet));
    case Verdict::Incomplete:
        return tr("Incomplete: %n condition(s) need more data", "",
                  count(evaluation, RuleState::Incomplete));
    case Verdict::AlreadyPartner:
        return tr("Already selected in the first batch (2021): no need to apply again");
    }
    return {};
}

QString EvaluationText::shortVerdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Eligible:
        return tr("eligible");
    case Verdict::NotEligible:
        return tr("not eligible");
    case Verdict::Incomplete:
        return tr("incomplete");
    case Verdict::AlreadyPartner:
        return tr("already a partner");
    }
    return {};
}

QString EvaluationText::advice(const Evaluation &evaluation)
{
    int missingEvidence = 0;
    for (const auto &r : evaluation.rules) {
        if (r.evidenceState == EvidenceState::MissingEvidence)
            ++missingEvidence;
    }
    const bool blockingProblems = hasErrors(evaluation.problems);
    switch (evaluation.verdict) {
    case Verdict::Eligible:
        if (missingEvidence > 0 || blockingProblems)
            return tr("The figures qualify. Attach the missing evidence and correct the marked "
                      "fields, then export.");
        return tr("Everything is in place. Go to 导出与打印 to bind the dossier.");
    case Verdict::NotEligible:
        return tr("Check the conditions marked 不符合. If the data are right, the application "
                  "does not meet the call; you can still export, and the cover says so.");
    case Verdict::Incomplete:
        return tr("Fill in what the conditions marked 待补充 need; click an entry to go there.");
    case Verdict::AlreadyPartner:
        return tr("Units selected in 2021 need not apply again (notice, section 一).");
    }
    return {};
}

} // namespace shenbao
