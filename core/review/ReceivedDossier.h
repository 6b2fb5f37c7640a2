// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "dossier/DossierReader.h"
#include "summary/SummaryRow.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace shenbao {

// One received dossier as the officer's workspace remembers it. The cached figures let a
// workspace of hundreds of dossiers reopen without reading any of them again; size and mtime
// tell when the file changed and must be read again.
struct WorkspaceEntry
{
    QString path;
    qint64 size = -1;
    QDateTime modified;
    bool loaded = false; // false: not read yet (queued, reading, or cancelled)
    DossierReadResult::State state = DossierReadResult::State::Unreadable;
    QStringList errors;   // the findings that fail integrity, as text
    QStringList warnings; // findings worth showing that do not fail it
    int pageCount = 0;
    QString fingerprint;
    SummaryRow row; // Attachment 3 columns from the officer's own evaluation (order unset)
    std::optional<Verdict> verdict; // the recomputed one; empty without embedded data
    QString remarks;                // 初审意见
    // The full read result of this session, for the rule list and the viewer; empty after
    // reopening until the file is read again.
    std::shared_ptr<const DossierReadResult> result;

    // True when the file on disk is not the one last read (or was never read).
    bool isStale() const;
};

// A dossier read from disk, with the size and mtime it had when it was read.
struct ReceivedDossierRead
{
    QString path;
    qint64 size = -1;
    QDateTime modified;
    std::shared_ptr<const DossierReadResult> result;
};

// Reads `path` with the bundled call (thread-safe once CallDefinition::bundled() was built).
ReceivedDossierRead readReceivedDossier(const QString &path);

// Takes the read into the entry: state, findings, fingerprint, and the Attachment 3 row from
// the officer's own evaluation (never the verdict the applicant's tool wrote). Keeps the
// remarks and the path.
void applyRead(WorkspaceEntry &entry, const ReceivedDossierRead &read);

// Files and folders (folders searched recursively for *.pdf, sorted by path) as absolute,
// cleaned paths without repeats.
QStringList expandDossierPaths(const QStringList &paths);

} // namespace shenbao
