// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "dossier/DossierBinder.h"

#include <QTextStream>

namespace shenbao::cli {

// A one-line progress display on stderr, shown only when stderr is a terminal (cli.md): piped
// or logged output stays free of carriage-return noise.
class TerminalProgress
{
public:
    explicit TerminalProgress(QTextStream &err);
    ProgressFn callback();
    void finish();

private:
    QTextStream &m_err;
    bool m_enabled;
    bool m_shown = false;
};

} // namespace shenbao::cli
