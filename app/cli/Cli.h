// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace shenbao::cli {

// Exit codes of spec/cli.md.
enum ExitCode
{
    Ok = 0,
    Negative = 1,
    BadInput = 2,
    InternalError = 3
};

// True when `args` (without the program name) start with a headless verb.
bool isVerb(const QStringList &args);
// Runs one verb; output to `out`, problems to `err` as `file: where: what` lines.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace shenbao::cli
