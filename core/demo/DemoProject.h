// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Problem.h"
#include "model/Project.h"

#include <QString>

#include <memory>

namespace shenbao {

class ProjectFile;

// The bundled demo: a complete, eligible `equipment` application (resources/demo/) whose
// sample evidence (licence image, audit reports, credit report, patent certificates, case
// contracts) is generated on the fly, small, and visibly marked 「示例」.
Project demoProjectData();

// Writes the demo project file at `path` (which must not exist yet).
std::unique_ptr<ProjectFile> createDemoProject(const QString &path, Problems *problems);

// Where the desktop's "open the example" and the headless `shenbao --demo` keep the demo
// project: in the user's application data folder, made on first use and reused after, so the
// user's edits to the demo survive a restart. Empty, with *error saying why, if it cannot be
// made.
QString demoProjectPath(QString *error);

// Generates the sample evidence files named by the demo's evidence entries into `dir`.
bool writeDemoEvidence(const Project &demo, const QString &dir, QString *error);

} // namespace shenbao
