// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "cli/DemoLauncher.h"

#include "cli/Cli.h"
#include "cli/Verbs.h"
#include "demo/DemoProject.h"
#include "store/ProjectFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace shenbao::cli {

QString demoProjectPath(QString *error)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(dir).filePath(QStringLiteral("demo.shenbao"));
    if (QFileInfo::exists(path)) {
        QString openError;
        if (ProjectFile::open(path, &openError))
            return path;
        // An unreadable demo (e.g. from an incompatible build) is ours to replace: it holds
        // no data of the user's own.
        QFile::remove(path);
    }
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = dir + QStringLiteral(": cannot create the application data folder");
        return {};
    }
    Problems problems;
    if (!createDemoProject(path, &problems)) {
        if (error)
            *error = problems.isEmpty() ? path + QStringLiteral(": cannot write the demo project")
                                        : problems.first().toString();
        return {};
    }
    return path;
}

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
