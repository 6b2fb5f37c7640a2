// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "model/Project.h"
#include "rules/Evaluation.h"

namespace shenbao {

// Evaluates a project against a call (spec/eligibility.md). Pure: no I/O, no clock; the
// evaluation date comes from the call, so results are the same on every machine and every day.
class RulesEngine
{
public:
    explicit RulesEngine(const CallDefinition &call = CallDefinition::bundled());
    Evaluation evaluate(const Project &project) const;

private:
    const CallDefinition &m_call;
};

} // namespace shenbao
