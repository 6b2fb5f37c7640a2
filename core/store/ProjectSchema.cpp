// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/ProjectSchema.h"

#include "store/ProjectFile.h"
#include "store/ProjectJson.h"
#include "store/ProjectParts.h"

#include <iterator>

namespace shenbao::store {

namespace {

// Version 1. Blob-heavy rows put `bytes` last so that reading the other columns never touches
// the blob's overflow pages: listing evidence and loading the project stay cheap however many
// megabytes of scans the file holds.
bool createVersion1(sqlite::Database &db, QString *error)
{
    return db.exec("CREATE TABLE meta ("
                   "  key TEXT PRIMARY KEY NOT NULL,"
                   "  value TEXT NOT NULL);"
                   "CREATE TABLE project ("
                   "  id INTEGER PRIMARY KEY CHECK (id = 1),"
                   "  json TEXT NOT NULL);"
                   "CREATE TABLE evidence_file ("
                   "  evidence_id TEXT PRIMARY KEY NOT NULL,"
                   "  original_name TEXT NOT NULL,"
                   "  media_type TEXT NOT NULL,"
                   "  sha256 TEXT NOT NULL,"
                   "  size INTEGER NOT NULL CHECK (size > 0),"
                   "  pages INTEGER NOT NULL CHECK (pages >= 0),"
                   "  bytes BLOB NOT NULL);",
                   error);
}

// Version 2: text read from evidence pages by OCR, keyed by the SHA-256 of the page image and
// the engine that read it, so that each page is recognised once however often the applicant
// checks. A cache: deleting its rows loses nothing but time. IF NOT EXISTS because a file
// created at version 2 and marked older by hand (tests) must still upgrade.
bool upgrade1To2(sqlite::Database &db, QString *error)
{
    return db.exec("CREATE TABLE IF NOT EXISTS page_text ("
                   "  page_sha256 TEXT NOT NULL,"
                   "  engine TEXT NOT NULL,"
                   "  text TEXT NOT NULL,"
                   "  read_at TEXT NOT NULL,"
                   "  PRIMARY KEY (page_sha256, engine));",
                   error);
}

// Version 3: the project data in parts (store/ProjectParts) instead of one JSON document, so
// that an edit rewrites only the rows it changed. The document of the `project` table is
// read with the ordinary reader and split; a file whose document no longer reads is refused
// (it was refused at open before, too), never upgraded with data lost. IF NOT EXISTS and the
// missing `project` table are for files created at version 3 and marked older by hand (tests).
bool upgrade2To3(sqlite::Database &db, QString *error)
{
    if (!createPartTables(db, error))
        return false;
    const auto hasOld = db.queryInt(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'project'", error);
    if (!hasOld)
        return false;
    if (*hasOld == 0)
        return true;
    sqlite::Statement st = db.prepare("SELECT json FROM project WHERE id = 1", error);
    if (!st.isValid())
        return false;
    if (st.step() == sqlite::Statement::Step::Row) {
        const auto parsed = ProjectJson::read(st.columnBytes(0), QStringLiteral("project"));
        if (!parsed.project) {
            if (error)
                *error = QStringLiteral("项目数据无法读取（%1）")
                             .arg(parsed.problems.isEmpty() ? QString()
                                                            : parsed.problems.first().toString());
            return false;
        }
        if (!writeParts(db, *parsed.project, nullptr, error))
            return false;
    }
    st = sqlite::Statement();
    return db.exec("DROP TABLE project;", error);
}

using UpgradeStep = bool (*)(sqlite::Database &, QString *);

// kSteps[v] takes a file from schema version v to v + 1; step 0 creates a new file. A future
// version appends its step here (e.g. `upgrade1To2`) and bumps ProjectFile::kSchemaVersion.
constexpr UpgradeStep kSteps[] = {
    &createVersion1,
    &upgrade1To2,
    &upgrade2To3,
};
static_assert(std::size(kSteps) == ProjectFile::kSchemaVersion,
              "every schema version needs exactly one upgrade step");

} // namespace

bool configureConnection(sqlite::Database &db, QString *error)
{
    // Rollback journal (DELETE) rather than WAL: committed data always lives in the one
    // `.shenbao` file, so a project copied or mailed while Shenbao has it open is complete;
    // with WAL the latest edits would sit in a `-wal` file beside it until a checkpoint.
    // synchronous=FULL fsyncs the journal and the file on every commit, which is what makes a
    // power cut lose at most the edit in flight. Edits are small and rare, so speed is moot.
    sqlite3_busy_timeout(db.handle(), 5000);
    return db.exec("PRAGMA journal_mode = DELETE;"
                   "PRAGMA synchronous = FULL;"
                   "PRAGMA foreign_keys = ON;",
                   error);
}

bool upgradeSchema(sqlite::Database &db, int fromVersion, QString *error)
{
    if (fromVersion == 0) {
        // Both only possible before the first table exists. FULL keeps the file from keeping
        // the space of removed or replaced evidence, which matters for a file that gets mailed.
        // A project is mostly evidence blobs, and every page costs a cache entry, a
        // pointer-map entry and a write call: 32 KiB pages store the evidence of an import
        // about 1.5 times faster than SQLite's default 4 KiB (docs/decisions.md: why not
        // larger). Files made with another page size keep theirs; nothing here rewrites them.
        const QByteArray pragmas = "PRAGMA page_size = " + QByteArray::number(kNewFilePageSize) +
                                   "; PRAGMA auto_vacuum = FULL;";
        if (!db.exec(pragmas.constData(), error))
            return false;
    }
    for (int version = fromVersion; version < ProjectFile::kSchemaVersion; ++version) {
        sqlite::Transaction tx(db);
        if (!tx.isActive()) {
            if (error)
                *error = db.lastError();
            return false;
        }
        if (!kSteps[version](db, error))
            return false;
        // Pragmas take no parameters; the values are integers we control.
        const QByteArray pragmas =
            "PRAGMA application_id = " + QByteArray::number(ProjectFile::kApplicationId) +
            "; PRAGMA user_version = " + QByteArray::number(version + 1) + ';';
        if (!db.exec(pragmas.constData(), error) ||
            !writeMeta(db, "schema_version", QString::number(version + 1), error) ||
            !tx.commit(error))
            return false;
    }
    return true;
}

bool writeMeta(sqlite::Database &db, const char *key, const QString &value, QString *error)
{
    auto st = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", error);
    if (!st.isValid())
        return false;
    if (!st.bind(1, QString::fromLatin1(key)).bind(2, value).exec()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    return true;
}

std::optional<QString> readMeta(sqlite::Database &db, const char *key)
{
    auto st = db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!st.isValid() ||
        st.bind(1, QString::fromLatin1(key)).step() != sqlite::Statement::Step::Row)
        return std::nullopt;
    return st.columnText(0);
}

bool touchMeta(sqlite::Database &db, bool creating, QString *error)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (creating && !writeMeta(db, "created", now, error))
        return false;
    return writeMeta(db, "modified", now, error);
}

std::optional<QString> readPageText(sqlite::Database &db, const QString &pageSha256,
                                    const QString &engine)
{
    auto st = db.prepare("SELECT text FROM page_text WHERE page_sha256 = ?1 AND engine = ?2");
    if (!st.isValid() ||
        st.bind(1, pageSha256).bind(2, engine).step() != sqlite::Statement::Step::Row)
        return std::nullopt;
    return st.columnText(0);
}

bool writePageText(sqlite::Database &db, const QString &pageSha256, const QString &engine,
                   const QString &text, QString *error)
{
    auto st = db.prepare("INSERT OR REPLACE INTO page_text (page_sha256, engine, text, read_at) "
                         "VALUES (?1, ?2, ?3, ?4)",
                         error);
    if (!st.isValid())
        return false;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!st.bind(1, pageSha256).bind(2, engine).bind(3, text).bind(4, now).exec()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    return true;
}

QDateTime metaTime(sqlite::Database &db, const char *key)
{
    const auto text = readMeta(db, key);
    if (!text)
        return {};
    QDateTime t = QDateTime::fromString(*text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace shenbao::store
