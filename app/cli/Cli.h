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

// What happens to the process once run() returns.
enum class AfterRun
{
    ProcessContinues, // tests and anything else that calls run() in-process
    ProcessEnds,      // the `shenbao` program: main() ends the process right away
};

// True when `args` (without the program name) start with a headless verb.
bool isVerb(const QStringList &args);
// Runs one verb; output to `out`, problems to `err` as `file: where: what` lines. With
// AfterRun::ProcessEnds, what a verb only keeps in memory is left for the operating system to
// take back at exit instead of being freed (BindOptions::processEndsAfterwards): everything
// written is written, synced and closed before run() returns either way.
int run(const QStringList &args, QTextStream &out, QTextStream &err,
        AfterRun after = AfterRun::ProcessContinues);

} // namespace shenbao::cli
