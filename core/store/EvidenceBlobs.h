// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "store/EvidenceInspector.h"
#include "store/ProjectFile.h"
#include "store/SqliteDatabase.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// The `evidence_file` table: evidence bytes in and out in fixed-size chunks, and the metadata
// without the bytes. Messages are for the applicant and do not name the file (callers do).
namespace shenbao::store {

class DeferredSha256Checks;
struct PendingSha256;

// Metadata of all stored files (or of `onlyId`), never reading the `bytes` column.
QList<StoredFile> queryStoredFiles(sqlite::Database &db, const QString *onlyId = nullptr);

// Stores (or replaces) `evidenceId` from an inspected file in one transaction.
std::optional<StoredFile> storeEvidenceBlob(sqlite::Database &db, const QString &evidenceId,
                                            const QString &filePath,
                                            const EvidenceInspection &inspection, QString *error);

// The same in two steps, for a project file being built, where nothing needs to survive a
// crash until the build is done: storeEvidenceBytes stores the row and the bytes (committed
// with a placeholder digest) and leaves the SHA-256 running on a thread of its own; then,
// typically once the next file's bytes are stored, finishEvidenceDigest waits for it and
// writes it into the row. The hash of one file then runs while the next is read and stored.
struct PendingEvidence
{
    StoredFile stored; // without its sha256 yet
    qint64 rowId = 0;
    std::shared_ptr<PendingSha256> digest;
};
std::optional<PendingEvidence> storeEvidenceBytes(sqlite::Database &db, const QString &evidenceId,
                                                  const QString &filePath,
                                                  const EvidenceInspection &inspection,
                                                  QString *error);
std::optional<StoredFile> finishEvidenceDigest(sqlite::Database &db, PendingEvidence pending,
                                               QString *error);

// Streams the stored bytes to `out`, hashing them; false (with a reason) if there are none,
// I/O fails, or the bytes' size or SHA-256 differ from the stored ones (a damaged blob).
// With `deferred`, a blob copied in one piece is handed to it with its stored hash instead of
// being hashed before this returns: its hash is then the caller's to check (finish(), and
// evidenceHashMismatchMessage for what to say).
bool copyEvidenceBlob(sqlite::Database &db, const QString &evidenceId, QIODevice &out,
                      QString *error, DeferredSha256Checks *deferred = nullptr);

// The first `maxBytes` (or fewer) of the stored bytes, unverified; an empty array with a
// reason in *error when there are none or they cannot be read.
QByteArray readEvidenceBlobHead(sqlite::Database &db, const QString &evidenceId, qint64 maxBytes,
                                QString *error);

// "证明材料 ID 的文件在项目中已损坏（detail）…": one wording for every damaged-blob finding.
QString damagedEvidenceMessage(const QString &evidenceId, const QString &detail);

// The damaged-blob message for bytes whose SHA-256 is `actualHex`, not the stored `expectedHex`.
QString evidenceHashMismatchMessage(const QString &evidenceId, const QString &expectedHex,
                                    const QString &actualHex);

} // namespace shenbao::store
