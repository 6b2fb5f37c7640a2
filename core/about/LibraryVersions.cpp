// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "about/LibraryVersions.h"

#include <qpdf/QPDF.hh>
#include <sqlite3.h>
#include <xlsxwriter.h>

#include <QtGlobal>

namespace shenbao {

QString libraryVersions()
{
    return QStringLiteral("Qt %1 · qpdf %2 · libxlsxwriter %3 · SQLite %4")
        .arg(QString::fromLatin1(qVersion()), QString::fromStdString(QPDF::QPDFVersion()),
             QStringLiteral(LXW_VERSION), QString::fromLatin1(sqlite3_libversion()));
}

} // namespace shenbao
