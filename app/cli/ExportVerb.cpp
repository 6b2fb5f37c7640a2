// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Verbs.h"

namespace shenbao::cli {

int runExport(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "shenbao export: being integrated\n";
    return InternalError;
}

} // namespace shenbao::cli
