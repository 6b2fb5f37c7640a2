// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QString>

namespace shenbao {

// The versions of the libraries this build runs with (the run-time ones, not the headers'),
// for the About box and bug reports: 「Qt 6.4.2 · qpdf 11.3.0 · libxlsxwriter 1.1.4 ·
// SQLite 3.40.1」.
QString libraryVersions();

} // namespace shenbao
