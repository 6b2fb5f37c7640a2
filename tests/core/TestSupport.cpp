// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "TestSupport.h"

#include <QFile>

namespace shenbao::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(SHENBAO_TEST_DATA "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace shenbao::test
