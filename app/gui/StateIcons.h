// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "rules/Evaluation.h"

#include <QColor>
#include <QIcon>

namespace shenbao {

// The three states have one colour and one mark everywhere (checks panel, step list, export
// page), drawn as vector shapes at several sizes so they stay sharp on High-DPI screens, and
// distinguishable without colour (tick, cross, dots).
enum class Mark
{
    Met,
    NotMet,
    Incomplete,
    Warning,
    Info
};

QColor markColor(Mark mark);
QIcon markIcon(Mark mark);
Mark markFor(RuleState state);
Mark markFor(Verdict verdict);

} // namespace shenbao
