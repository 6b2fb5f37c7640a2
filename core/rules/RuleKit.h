// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Private to core/rules: the kinds of predicate the rules of spec/eligibility.md are made of
// (attestation true, count ≥ n over a filtered list, value ≥ n, text described), each in the
// three states met / notMet / incomplete. The rule files combine these; no number lives here.

#include "call/CallDefinition.h"
#include "model/Problem.h"
#include "model/Project.h"
#include "rules/Evaluation.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace shenbao::rules {

struct Context
{
    const Project &project;
    const CallDefinition &call;
    // The project's evidence ids, built once per evaluation: rules look evidence up for every
    // counted item, and Project::evidenceById is a linear scan (N² over large lists).
    const QSet<QString> &evidenceIds;

    bool hasEvidence(const QString &id) const { return evidenceIds.contains(id); }
};

// The index a Context needs.
QSet<QString> evidenceIdIndex(const Project &project);

using Evaluator = RuleResult (*)(const Context &, const RuleSpec &);

struct RuleEntry
{
    const char *id;
    Evaluator evaluate;
};

// The rule ids this build knows how to evaluate, one table per rule file.
std::span<const RuleEntry> baseRuleEntries();        // BaseRules.cpp: ROUTE-*, BASE-*
std::span<const RuleEntry> domainRuleEntries();      // DomainRules.cpp: EQ, SW, NET, SOL, ORG, FIN
std::span<const RuleEntry> talentPilotRuleEntries(); // TalentPilotRules.cpp: TAL-*, PIL-*

// Whether one listed item (a patent, a case, a partner) counts for a rule. Maybe: a field that
// could make it count is not filled in yet.
enum class Fit
{
    Yes,
    No,
    Maybe
};

// One condition inside a rule; rules such as SW-3 (team and environment) join several.
// `phrase` is the figure as a code for the app (ProblemCode.h); `shortBy` > 0 says that the
// part is not met only because a list has too few items yet (countPart).
struct Part
{
    RuleState state = RuleState::Incomplete;
    QString figure;
    QString field;
    Phrase phrase = {};
    int shortBy = 0;
};

// A figure the rule files phrase themselves: the Chinese template with its values filled in,
// and the phrase (FigureText) that lets the app phrase it in the UI language.
Part textPart(RuleState state, const QString &field, const QString &zhTemplate,
              const QStringList &values = {});
Phrase textPhrase(const QString &zhTemplate, const QStringList &values = {});
QString fillTemplate(const QString &zhTemplate, const QStringList &values);
// A choice of the call as a FigureText value (`choice:<group>/<key>`; several keys are
// separated by commas).
template <typename E> QString choiceValue(E value, const char *group)
{
    return QStringLiteral("choice:") + QLatin1StringView(group) + u'/' + toKey(value);
}
// Sets the figure and its phrase of a whole result (ROUTE-*, BASE-5, FIN-1 …).
void setFigure(RuleResult &result, const QString &zhTemplate, const QStringList &values = {});

// Three-valued AND: one condition that fails on complete data fails the rule whatever the
// missing data turn out to be; otherwise any missing data leave the rule incomplete.
RuleState allOf(const QList<RuleState> &states);

// A result carrying the spec's cite, title and verbatim clause.
RuleResult newResult(const RuleSpec &spec, const QString &field);
// Sets state (allOf), figure (parts joined by 「；」), its phrases, shortBy (when only count
// shortfalls are not met) and field (the first part that needs work).
void conclude(RuleResult &result, const QList<Part> &parts);
// The rule cannot be evaluated at all (e.g. talent kind not chosen); the figure is a template
// as for textPart.
RuleResult incompleteResult(const RuleSpec &spec, const QString &zhTemplate, const QString &field,
                            const QStringList &values = {});

// A figure as a reviewer reads it: 「省内典型案例 3 个（要求 1 个以上）」 (以上 includes the
// bound).
QString versusText(const QString &label, qint64 value, qint64 min, const QString &unit);

// `label` is a term of the app's term table; `qualifier` fills its %1 (e.g. a year).
Part attested(std::optional<bool> value, const QString &label, const QString &field);
Part described(const std::optional<QString> &text, const QString &label, const QString &field);
Part atLeast(std::optional<qint64> value, qint64 min, const QString &label, const QString &unit,
             const QString &field);
// The label alone, 「…：未填写」.
Part unsetPart(const QString &label, const QString &field);

struct Tally
{
    int yes = 0;
    int maybe = 0;
    int listed = 0;     // items in the list at all
    QList<int> counted; // indexes of the items that count
};

template <typename T, typename FitFn> Tally tally(const QList<T> &items, FitFn fit)
{
    Tally t;
    t.listed = int(items.size());
    for (int i = 0; i < items.size(); ++i) {
        switch (fit(items.at(i))) {
        case Fit::Yes:
            ++t.yes;
            t.counted << i;
            break;
        case Fit::Maybe:
            ++t.maybe;
            break;
        case Fit::No:
            break;
        }
    }
    return t;
}

// met when enough items count; incomplete when the list is still empty (not filled in yet: a
// new project must not greet its user with 不符合) or when the items that might count could
// still reach the bound; notMet otherwise. Figure e.g. 「核心发明专利 4 / 5 项（另有 1
// 项信息不全）」.
Part countPart(const Tally &t, qint64 min, const QString &label, const QString &unit,
               const QString &field, const QString &qualifier = {});

Fit coreInventionPatentFit(const Patent &patent, const CallDefinition &call);
// A case in one of the call's Guangdong cities; `year` empty: any year.
Fit guangdongCaseFit(const Case &c, const CallDefinition &call, std::optional<int> year);
// A case of one of `years`, anywhere.
Fit caseInYearsFit(const Case &c, const QList<int> &years);

Tally corePatents(const Context &ctx);
Tally guangdongCases(const Context &ctx, std::optional<int> year);

// Evidence. Each counted item must name evidence that exists in the project.
// `label` is a term (EvidenceTerm) unless `phrase` says otherwise.
void requireItemEvidence(RuleResult &result, const Context &ctx, const QStringList &ids,
                         const QString &label, const Phrase &phrase = {});
void requirePatentEvidence(RuleResult &result, const Context &ctx, const Tally &counted);
void requireCaseEvidence(RuleResult &result, const Context &ctx, const Tally &counted);
// The R&D institution's and team's documents (EQ-2, EQ-3, SW-3, SOL-3, TAL-I).
void requireRdInstitutionEvidence(RuleResult &result, const Context &ctx);
void requireRdStaffEvidence(RuleResult &result, const Context &ctx);
// A required document of one category (of one year for audit reports).
void requireDocument(RuleResult &result, const Project &project, EvidenceCategory category,
                     std::optional<int> year, const QString &label, const Phrase &phrase = {});
QStringList documentIds(const Project &project, EvidenceCategory category,
                        std::optional<int> year = std::nullopt);
// The evidence ids exist and there is at least one.
bool evidenced(const Context &ctx, const QStringList &ids);

// Required documents of the notice (licence, credit report, audit reports, a certificate per
// claimed qualification), as problems: DocumentProblems.cpp.
Problems documentProblems(const Context &ctx);

QString patentLabel(const Patent &patent, int index);
QString caseLabel(const Case &c, int index);
QString qualificationLabel(const Qualification &q, const CallDefinition &call, int index);
Phrase qualificationPhrase(const Qualification &q, int index);

bool isBlank(const std::optional<QString> &text);
// 万元 with thousands separators and up to four decimals, exact: 44,999,999 元 → 「4,499.9999」.
QString formatWan(Yuan yuan);
QString formatDate(const QDate &date);     // 「2021年9月30日」
QString yearList(const QList<int> &years); // 「2020、2021」

} // namespace shenbao::rules
