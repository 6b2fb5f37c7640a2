// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "dossier/DossierReader.h"
#include "summary/SummaryRow.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shenbao {

// One dossier offered for Attachment 3, as the workspace or the CLI knows it.
struct BatchCandidate
{
    QString path;
    bool read = true; // false: the workspace has not read it yet
    DossierReadResult::State state = DossierReadResult::State::Unreadable;
    SummaryRow row;  // from the officer's own evaluation (order unset)
    QString remarks; // 初审意见 (column 16); empty from the CLI
};

// Why the batch cannot be written. `index` is the candidate's; for SameApplicant,
// `firstIndex` is the earlier candidate of the same applicant.
struct BatchIssue
{
    enum class Kind
    {
        NothingSelected, // no candidate at all
        NotRead,         // the workspace has not read it yet
        Unusable,        // unreadable, or a PDF without Shenbao data (to be entered by hand)
        IntegrityFailed, // read, but data, fingerprint, pages or rules do not agree
        SameApplicant    // a second dossier with the USCC of an earlier one
    };
    Kind kind;
    int index = -1;
    int firstIndex = -1;
    QString uscc;
};

// The Attachment 3 batch: the rows in recommendation order, or why there are none.
struct SummaryBatch
{
    QList<SummaryRow> rows; // numbered 1..n, with the remarks; empty when there are issues
    QList<BatchIssue> issues;

    bool ok() const { return issues.isEmpty(); }
    bool has(BatchIssue::Kind kind) const;
};

// Which dossiers may enter Attachment 3, for the workspace window and `shenbao summary` alike:
// all of `candidates` (in recommendation order) or none. Each must be read, pass the integrity
// check and be a Shenbao dossier; one applicant (USCC) may appear once, since two versions of
// one dossier would put two rows for one applicant in the table and the officer must choose.
// A table that silently dropped a dossier would mislead, so any issue leaves no rows.
SummaryBatch summaryBatch(const QList<BatchCandidate> &candidates);

// A recommendation order file: one USCC per line; blank lines and lines starting with '#' are
// skipped. Returns the candidates' indexes in the file's order, or nothing with every mismatch
// (a USCC twice, one that belongs to no candidate, a candidate the file leaves out) in
// *problems, each naming the file and line or the dossier.
std::optional<QList<int>> readRecommendationOrder(const QString &orderPath,
                                                  const QList<BatchCandidate> &candidates,
                                                  QStringList *problems);

} // namespace shenbao
