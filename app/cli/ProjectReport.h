// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Human-readable terminal output of `show` and `check`.

#include "call/CallDefinition.h"
#include "model/Project.h"
#include "rules/Evaluation.h"
#include "store/ProjectFile.h"

#include <QTextStream>

#include <functional>

namespace shenbao::cli {

void printProjectSummary(QTextStream &out, const Project &project, const QList<StoredFile> &files,
                         const CallDefinition &call);
// `beforeVerdict` prints extra sections (the cross-check) above the route and verdict lines, so
// that `verdict: …` stays the last line, as scripts read it.
void printEvaluation(QTextStream &out, const Project &project, const Evaluation &evaluation,
                     const CallDefinition &call,
                     const std::function<void()> &beforeVerdict = nullptr);

} // namespace shenbao::cli
