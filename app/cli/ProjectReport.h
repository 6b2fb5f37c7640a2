// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Human-readable terminal output of `show` and `check`.

#include "call/CallDefinition.h"
#include "model/Project.h"
#include "rules/Evaluation.h"
#include "store/ProjectFile.h"

#include <QTextStream>

namespace shenbao::cli {

void printProjectSummary(QTextStream &out, const Project &project, const QList<StoredFile> &files,
                         const CallDefinition &call);
void printEvaluation(QTextStream &out, const Project &project, const Evaluation &evaluation,
                     const CallDefinition &call);

} // namespace shenbao::cli
