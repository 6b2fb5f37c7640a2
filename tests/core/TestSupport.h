// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Project.h"

#include <QString>
#include <catch2/catch.hpp>

#include <ostream>

// Catch prints QStrings in failure messages instead of "{?}".
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace shenbao::test {

QString dataPath(const QString &relative); // tests/data/…
QByteArray readFile(const QString &path);

} // namespace shenbao::test
