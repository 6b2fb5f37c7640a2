// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace shenbao::cli {

// Where `shenbao --demo` keeps its demo project: in the user's application data folder, made
// on first use and reused after, so the user's edits to the demo survive a restart.
QString demoProjectPath(QString *error);

// Headless `--demo`: make sure the demo project exists, then print its check.
int runDemoCheck(QTextStream &out, QTextStream &err);

} // namespace shenbao::cli
