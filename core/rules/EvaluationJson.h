// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "rules/Evaluation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace shenbao {

// `{ "id", "state", "figure", "evidence", … }` per rule, as `shenbao check --json` prints it.
QJsonObject ruleResultToJson(const RuleResult &rule);
// `{ "verdict", "route", "rules": [...], "problems": [...] }` (spec/cli.md).
QJsonObject evaluationToJson(const Evaluation &evaluation);
QJsonObject problemToJson(const Problem &problem);

} // namespace shenbao
