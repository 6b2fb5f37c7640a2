// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/EvaluationText.h"
#include "gui/ChoiceText.h"
#include "gui/ProblemText.h"

namespace shenbao {

QString EvaluationText::state(RuleState state, const CallDefinition &call)
{
    const QString name = ChoiceText::nameOf(call, state, "state");
    return name.isEmpty() ? toKey(state) : name;
}

QString EvaluationText::route(Route route, const CallDefinition &call)
{
    const QString name = ChoiceText::nameOf(call, route, "route");
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

int EvaluationText::formErrors(const Evaluation &evaluation)
{
    int n = 0;
    for (const auto &p : evaluation.problems)
        n += p.isError() ? 1 : 0;
    return n;
}

QStringList EvaluationText::conditionIds(const Evaluation &evaluation, RuleState state)
{
    QStringList ids;
    for (const auto &r : evaluation.rules) {
        if (!r.informational && r.state == state)
            ids << r.id;
    }
    return ids;
}

bool EvaluationText::listsStillShort(const Evaluation &evaluation)
{
    if (evaluation.verdict != Verdict::NotEligible)
        return false;
    bool any = false;
    for (const auto &r : evaluation.rules) {
        if (r.informational || r.state != RuleState::NotMet)
            continue;
        if (r.shortBy <= 0)
            return false;
        any = true;
    }
    return any;
}

int EvaluationText::itemsToAdd(const Evaluation &evaluation)
{
    int n = 0;
    for (const auto &r : evaluation.rules) {
        if (!r.informational && r.state == RuleState::NotMet)
            n += r.shortBy;
    }
    return n;
}

QString EvaluationText::statusState(const RuleResult &rule, const Evaluation &evaluation,
                                    const CallDefinition &call)
{
    if (rule.state == RuleState::NotMet && rule.shortBy > 0 && !rule.informational &&
        listsStillShort(evaluation))
        return tr("still %n to add", "a list short of items", rule.shortBy);
    return state(rule.state, call);
}

QString EvaluationText::statusVerdict(const Evaluation &evaluation)
{
    if (!listsStillShort(evaluation))
        return verdict(evaluation);
    QString text =
        tr("Lists not complete yet: %n more item(s) to add (%1)", "", itemsToAdd(evaluation))
            .arg(conditionIds(evaluation, RuleState::NotMet).join(QStringLiteral(", ")));
    const int incomplete = count(evaluation, RuleState::Incomplete);
    if (incomplete > 0)
        text += QStringLiteral("; ") + tr("%n condition(s) need more data", "", incomplete);
    if (const int errors = formErrors(evaluation); errors > 0)
        text += QStringLiteral("; ") + tr("%n problem(s) in the form", "", errors);
    return text;
}

Mark EvaluationText::statusMark(const Evaluation &evaluation)
{
    return listsStillShort(evaluation) ? Mark::Incomplete : markFor(evaluation.verdict);
}

QList<EvaluationText::Blocker> EvaluationText::blockers(const Evaluation &evaluation,
                                                        const CallDefinition &call, bool strict)
{
    QList<Blocker> out;
    const bool listsShort = !strict && listsStillShort(evaluation);
    for (const RuleState state : {RuleState::NotMet, RuleState::Incomplete}) {
        for (const auto &r : evaluation.rules) {
            if (r.informational || r.state != state)
                continue;
            const bool shortList = listsShort && state == RuleState::NotMet;
            QString text = QStringLiteral("%1 %2 — %3")
                               .arg(r.id, ProblemText::ruleTitle(r),
                                    shortList ? statusState(r, evaluation, call)
                                              : EvaluationText::state(r.state, call));
            const QString figure = ProblemText::figure(r);
            if (!figure.isEmpty())
                text += QStringLiteral(" · ") + figure;
            out << Blocker{shortList                    ? Blocker::Kind::ListShort
                           : state == RuleState::NotMet ? Blocker::Kind::ConditionNotMet
                                                        : Blocker::Kind::ConditionIncomplete,
                           text, r.field};
        }
    }
    for (const auto &p : evaluation.problems) {
        if (!p.isError())
            continue;
        const bool document = p.where == QLatin1StringView("evidence") ||
                              p.where.endsWith(QLatin1StringView(".evidence"));
        out << Blocker{document ? Blocker::Kind::MissingDocument : Blocker::Kind::FormError,
                       ProblemText::problem(p), p.where};
    }
    return out;
}

QString EvaluationText::verdict(const Evaluation &evaluation)
{
    const int notMet = count(evaluation, RuleState::NotMet);
    const int incomplete = count(evaluation, RuleState::Incomplete);
    const int errors = formErrors(evaluation);
    switch (evaluation.verdict) {
    case Verdict::Eligible:
        return tr("Eligible: every condition is met");
    case Verdict::NotEligible: {
        QString text =
            tr("Not eligible: %n condition(s) not met (%1)", "", notMet)
                .arg(conditionIds(evaluation, RuleState::NotMet).join(QStringLiteral(", ")));
        if (errors > 0)
            text += QStringLiteral("; ") + tr("%n problem(s) in the form", "", errors);
        return text;
    }
    case Verdict::Incomplete:
        if (incomplete == 0)
            return tr("Every condition is met, but %n problem(s) in the form must be corrected "
                      "before export",
                      "", errors);
        if (errors > 0)
            return tr("Incomplete: %n condition(s) need more data", "", incomplete) +
                   QStringLiteral("; ") + tr("%n problem(s) in the form", "", errors);
        return tr("Incomplete: %n condition(s) need more data", "", incomplete);
    case Verdict::AlreadyPartner:
        return tr("Already selected in the first batch (2021): no need to apply again");
    }
    return {};
}

QString EvaluationText::exportQuestion(const Evaluation &evaluation, const CallDefinition &call)
{
    QStringList lines;
    const QList<Blocker> list = blockers(evaluation, call, true);
    constexpr int kShown = 8;
    for (int i = 0; i < list.size() && i < kShown; ++i)
        lines << QStringLiteral("• ") + list.at(i).text;
    if (list.size() > kShown)
        lines << tr("… and %n more (see the checks panel)", "", int(list.size() - kShown));
    const QStringList notMet = conditionIds(evaluation, RuleState::NotMet) +
                               conditionIds(evaluation, RuleState::Incomplete);
    const QString cover = notMet.isEmpty() ? tr("Every condition is met, so the cover carries no "
                                                "stamp, but the dossier is not complete.")
                                           : tr("The cover will be stamped 「条件未全部符合」 (not "
                                                "all conditions met) and name %1.")
                                                 .arg(notMet.join(QStringLiteral("、")));
    return verdict(evaluation) + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) +
           QStringLiteral("\n\n") + cover + QLatin1Char(' ') + tr("Export anyway?");
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
        if (listsStillShort(evaluation))
            return tr(
                "Keep entering the lists: %n more item(s) would meet the conditions. If a list is "
                "complete as it is, the application does not meet the call.",
                "", itemsToAdd(evaluation));
        return tr("Check the conditions marked 不符合. If the data are right, the application "
                  "does not meet the call; you can still export, and the cover says so.");
    case Verdict::Incomplete:
        if (count(evaluation, RuleState::Incomplete) == 0)
            return tr("Every condition is met. Correct the problems listed under 「To do before "
                      "export」; "
                      "click an entry to go to its field.");
        return tr("Fill in what the conditions marked 待补充 need; click an entry to go there.");
    case Verdict::AlreadyPartner:
        return tr("Units selected in 2021 need not apply again (notice, section 1).");
    }
    return {};
}

} // namespace shenbao
