// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QStringList>

class QApplication;

namespace shenbao {

// Sets the application's name, style sheet and language; used by main() and the app tests.
void setUpApplication(QApplication &app);

// The desktop window: `shenbao` with no arguments shows the start page, `shenbao FILE.shenbao`
// opens that application, `shenbao DOSSIER.pdf` opens the officers' workspace with it,
// `shenbao --demo` opens the example. Returns the exit code.
int runApplicantApp(int &argc, char **argv, const QStringList &args);

} // namespace shenbao
