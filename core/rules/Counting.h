// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The counts that both the rules engine and Attachment 3 report (spec/eligibility.md,
// "Definitions"). One definition, so the summary table can never show a figure that
// disagrees with the verdict next to it.

#include "call/CallDefinition.h"
#include "model/Project.h"

namespace shenbao {

// 核心发明专利: kind = invention, core = true, granted on or before the call's evaluation date.
// A patent with any of these unknown does not count (the rules report that as incomplete).
bool isCoreInventionPatent(const Patent &patent, const CallDefinition &call);
int countCoreInventionPatents(const Project &project, const CallDefinition &call);

// A Guangdong case of `year`: case year equals `year` and its city is one of the call's cities.
bool isGuangdongCaseInYear(const Case &c, const CallDefinition &call, int year);
int countGuangdongCasesInYear(const Project &project, const CallDefinition &call, int year);

} // namespace shenbao
