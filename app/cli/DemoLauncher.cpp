// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "cli/DemoLauncher.h"

#include "cli/Cli.h"
#include "cli/Verbs.h"
#include "demo/DemoProject.h"

namespace shenbao::cli {

int runDemoCheck(QTextStream &out, QTextStream &err)
{
    QString error;
    const QString path = demoProjectPath(&error);
    if (path.isEmpty()) {
        err << error << '\n';
        return InternalError;
    }
    out << "demo project: " << path << '\n';
    return runCheck({path}, out, err);
}

} // namespace shenbao::cli
