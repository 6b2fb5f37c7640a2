// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The officer's verbs: read a received dossier, and the Attachment 3 summary of many.

#include "cli/Cli.h"
#include "cli/Verbs.h"

namespace shenbao::cli {

int runRead(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "shenbao read: not available in this build yet (officer workspace, issue 5)\n";
    return InternalError;
}

int runSummary(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "shenbao summary: not available in this build yet (officer workspace, issue 5)\n";
    return InternalError;
}

} // namespace shenbao::cli
