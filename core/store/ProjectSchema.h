// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "store/SqliteDatabase.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The SQL side of the project file: the tables, the connection settings and the upgrade path
// from every older schema version. ProjectFile decides what to store; this file decides how.
namespace shenbao::store {

// Settings every connection needs before it reads or writes (journal, sync, keys).
bool configureConnection(sqlite::Database &db, QString *error);

// The SQLite page size of a project file made by this version (existing files keep theirs).
inline constexpr int kNewFilePageSize = 32768;

// Brings the schema from `fromVersion` to ProjectFile::kSchemaVersion, one transaction per
// version step; `fromVersion` 0 is a new, empty database.
bool upgradeSchema(sqlite::Database &db, int fromVersion, QString *error);

// The `meta` table: schema version, call id, generator and timestamps (ISO 8601, UTC).
bool writeMeta(sqlite::Database &db, const char *key, const QString &value, QString *error);
std::optional<QString> readMeta(sqlite::Database &db, const char *key);
// Sets `modified` (and `created` when `creating`) to now; part of every mutating transaction.
bool touchMeta(sqlite::Database &db, bool creating, QString *error);
QDateTime metaTime(sqlite::Database &db, const char *key);

// The `page_text` table (version 2): OCR text of evidence pages by page-image SHA-256 and engine.
std::optional<QString> readPageText(sqlite::Database &db, const QString &pageSha256,
                                    const QString &engine);
bool writePageText(sqlite::Database &db, const QString &pageSha256, const QString &engine,
                   const QString &text, QString *error);

} // namespace shenbao::store
