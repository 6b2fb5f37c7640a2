// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "demo/DemoProject.h"

#include "store/AtomicOutput.h"
#include "store/ProjectFile.h"
#include "store/ProjectJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace shenbao {

Project demoProjectData()
{
    QFile f(QStringLiteral(":/demo/demo-project.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("bundled demo :/demo/demo-project.json is missing");
    auto result = ProjectJson::read(f.readAll(), QStringLiteral(":/demo/demo-project.json"));
    if (!result.project)
        qFatal(
            "bundled demo project is invalid: %s",
            qPrintable(result.problems.isEmpty() ? QString() : result.problems.first().toString()));
    return *result.project;
}

std::unique_ptr<ProjectFile> createDemoProject(const QString &path, Problems *problems)
{
    const Project demo = demoProjectData();
    // Beside the project, not in TMPDIR (docs/limits.md); removed on return and on signals.
    ScratchFolder dir(path);
    QString error;
    if (!dir.isValid() || !writeDemoEvidence(demo, dir.path(), &error)) {
        if (problems)
            problems->append(
                {Problem::Severity::Error, path, error.isEmpty() ? dir.errorString() : error});
        return nullptr;
    }
    return ProjectFile::createFrom(path, demo, dir.path(), problems);
}

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

} // namespace shenbao
