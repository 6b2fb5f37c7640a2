// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Project builders for the rules tests. Every builder returns a project whose form is complete
// and valid (field validation finds no error), with every required document attached, and whose
// figures sit *exactly* at the thresholds of the bundled call (20 people, 5 patents, 45,000,000
// 元 over three years, 5 cases …): one unit less on any figure fails its rule.

#include "model/Project.h"
#include "rules/Evaluation.h"

#include <catch2/catch.hpp>

#include <optional>

namespace shenbao::test {

// Applicant, attestations, finance 2019–2021, narrative, licence, credit report and audit
// reports; no domain, no patents, no cases.
Project baseProject();

Project equipmentProject();
Project softwareProject();
Project networkProject();
Project solutionProject();
Project organizationProject();
Project talentProject(TalentKind kind);
Project financeProject();
Project pilotProject(PilotCategory category, std::optional<PilotSubcategory> sub = std::nullopt);
// One eligible project per domain (talent: school, pilot: process).
Project domainProject(Domain domain);

// Adds an evidence entry and returns its id.
QString addEvidence(Project &p, EvidenceCategory category, const QString &title,
                    std::optional<int> year = std::nullopt);
// A core invention patent granted well before the evaluation date, with its certificate.
Patent &addCorePatent(Project &p);
// A case with its contract; `city` decides whether it is a Guangdong case.
Case &addCase(Project &p, int year, const QString &city);
void addCases(Project &p, int count, int year, const QString &city);
// Removes every evidence entry of `category` (of `year` if given).
void removeDocuments(Project &p, EvidenceCategory category, std::optional<int> year = std::nullopt);

// The bundled call's evaluation of `p`, and one rule of it (fails the test if absent).
Evaluation evaluate(const Project &p);
RuleResult ruleOf(const Evaluation &e, const char *id);
RuleResult ruleOf(const Project &p, const char *id);
RuleState stateOf(const Project &p, const char *id);
// The problems of `e` at `where` (any severity).
Problems problemsAt(const Evaluation &e, const QString &where);

} // namespace shenbao::test

// Catch prints states and verdicts by their JSON keys instead of "{?}".
namespace Catch {
template <> struct StringMaker<shenbao::RuleState>
{
    static std::string convert(shenbao::RuleState v) { return shenbao::toKey(v).toStdString(); }
};
template <> struct StringMaker<shenbao::Verdict>
{
    static std::string convert(shenbao::Verdict v) { return shenbao::toKey(v).toStdString(); }
};
template <> struct StringMaker<shenbao::Route>
{
    static std::string convert(shenbao::Route v) { return shenbao::toKey(v).toStdString(); }
};
template <> struct StringMaker<shenbao::EvidenceState>
{
    static std::string convert(shenbao::EvidenceState v) { return shenbao::toKey(v).toStdString(); }
};
} // namespace Catch
