// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "summary/SummaryRow.h"

#include <QDate>
#include <QList>
#include <QString>

namespace shenbao {

// Row 2 of Attachment 3.
struct SummaryHeader
{
    QString recommender; // 推荐单位; empty → a blank line to fill in by hand
    QDate date;          // 填表日期; also the workbook's creation date, for reproducible files
};

// The text of row 2: 「推荐单位（盖章）：…　　填表日期：yyyy年M月d日」.
QString summaryHeaderLine(const SummaryHeader &header);

// Writes Attachment 3 (spec/attachment3-summary.md) as one sheet 「推荐汇总表」, rows in the
// given order. The same input gives a byte-identical file. The file appears complete or not
// at all: it is written to `path`.part and renamed; on failure the part file is removed and
// *error names the file and the reason.
bool writeSummaryXlsx(const QString &path, const QList<SummaryRow> &rows,
                      const SummaryHeader &header, const CallDefinition &call, QString *error);

// The applicant's own Attachment 3 row (no order, no remarks, no 推荐单位), dated with the
// project's 填报日期 (fillDateOf: the stored date, else the day of `lastModified` in China time),
// as the desktop's export page and `shenbao export --xlsx` both write it.
bool writeApplicantSummaryXlsx(const QString &path, const Project &project,
                               const Evaluation &evaluation, const QDateTime &lastModified,
                               const CallDefinition &call, QString *error);

} // namespace shenbao
