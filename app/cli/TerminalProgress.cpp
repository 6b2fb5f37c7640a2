// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "cli/TerminalProgress.h"

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define SHENBAO_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define SHENBAO_ISATTY(fd) isatty(fd)
#endif

namespace shenbao::cli {

TerminalProgress::TerminalProgress(QTextStream &err)
    : m_err(err)
    , m_enabled(SHENBAO_ISATTY(fileno(stderr)) != 0)
{
}

ProgressFn TerminalProgress::callback()
{
    if (!m_enabled)
        return {};
    return [this](double fraction, const QString &what) {
        m_err << "\r\033[K" << qRound(fraction * 100) << "%  " << what.left(60);
        m_err.flush();
        m_shown = true;
        return true;
    };
}

void TerminalProgress::finish()
{
    if (m_shown) {
        m_err << "\r\033[K";
        m_err.flush();
    }
}

} // namespace shenbao::cli
