// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Problem.h"
#include "model/Project.h"

#include <QCoreApplication>

namespace shenbao {

struct PatentCsvResult
{
    QList<Patent> patents;
    Problems problems; // per line; a cell that cannot be read is left empty, the row is kept
};

// Reads a patent list exported from a spreadsheet: columns 专利名称, 专利号, 类型, 授权日期, 核心
// (or title, number, kind, granted, core) in any order when a header row names them, else in
// that order. UTF-8 (with or without BOM) or GB18030, which is what Excel writes on Chinese
// Windows; comma-, semicolon- or tab-separated; quoted cells as in RFC 4180.
class PatentCsv
{
    Q_DECLARE_TR_FUNCTIONS(PatentCsv)

public:
    static PatentCsvResult parse(const QByteArray &bytes, const QString &fileName);
    static QList<QStringList> splitRecords(const QString &text, QChar separator);
};

} // namespace shenbao
