// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

class QApplication;

namespace shenbao {

// Sets the application's name, style sheet and language; used by main() and the app tests.
void setUpApplication(QApplication &app);

} // namespace shenbao
