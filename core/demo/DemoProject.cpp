// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "demo/DemoProject.h"

#include "store/ProjectFile.h"
#include "store/ProjectJson.h"

#include <QFile>
#include <QTemporaryDir>

namespace shenbao {

Project demoProjectData()
{
    QFile f(QStringLiteral(":/demo/demo-project.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("bundled demo :/demo/demo-project.json is missing");
    auto result = ProjectJson::read(f.readAll(), QStringLiteral(":/demo/demo-project.json"));
    if (!result.project)
        qFatal("bundled demo project is invalid: %s",
               qPrintable(result.problems.isEmpty() ? QString() : result.problems.first().toString()));
    return *result.project;
}

std::unique_ptr<ProjectFile> createDemoProject(const QString &path, Problems *problems)
{
    const Project demo = demoProjectData();
    QTemporaryDir dir;
    QString error;
    if (!dir.isValid() || !writeDemoEvidence(demo, dir.path(), &error)) {
        if (problems)
            problems->append({Problem::Severity::Error, path,
                              error.isEmpty() ? QStringLiteral("cannot create a temporary folder") : error});
        return nullptr;
    }
    return ProjectFile::createFrom(path, demo, dir.path(), problems);
}

} // namespace shenbao
