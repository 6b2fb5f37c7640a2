// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace shenbao::cli {

// Headless `--demo`: make sure the demo project exists, then print its check.
int runDemoCheck(QTextStream &out, QTextStream &err);

} // namespace shenbao::cli
