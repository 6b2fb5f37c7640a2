// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// A thin RAII layer over the sqlite3 C API. The project file uses sqlite3 directly (not
// QSqlDatabase) because only the C API offers incremental blob I/O, which keeps memory flat
// however large an evidence file is.

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <optional>

namespace shenbao::sqlite {

class Database;

class Statement
{
public:
    enum class Step
    {
        Row,
        Done,
        Error
    };

    Statement() = default;
    Statement(Database *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based as in SQLite. Each bind returns *this so calls can chain.
    Statement &bind(int index, const QString &value);
    // Text already in UTF-8 (e.g. the project's JSON): no round trip through QString.
    Statement &bindUtf8(int index, const QByteArray &utf8);
    Statement &bind(int index, qint64 value);
    Statement &bindNull(int index);
    Statement &bindZeroBlob(int index, qint64 size);

    Step step();
    // Makes a stepped statement ready to run again with new bindings (one prepare, many rows).
    Statement &reset();
    // Steps to completion; true when it finished without an error.
    bool exec();

    QString columnText(int index) const;
    QByteArray columnBytes(int index) const;
    qint64 columnInt64(int index) const { return sqlite3_column_int64(m_stmt, index); }
    bool columnIsNull(int index) const { return sqlite3_column_type(m_stmt, index) == SQLITE_NULL; }

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_bindFailed = false;
};

class Database
{
public:
    Database() = default;
    ~Database() { close(); }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `create` allows SQLite to create the file; without it a missing file is an error.
    bool open(const QString &path, bool create, QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements that return no rows.
    bool exec(const char *sql, QString *error = nullptr);
    Statement prepare(const char *sql, QString *error = nullptr);
    // A pragma or query that yields one integer (e.g. PRAGMA application_id).
    std::optional<qint64> queryInt(const char *sql, QString *error = nullptr);

    QString lastError() const;
    int lastErrorCode() const { return m_db ? sqlite3_errcode(m_db) : SQLITE_MISUSE; }
    qint64 lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

private:
    sqlite3 *m_db = nullptr;
};

// BEGIN IMMEDIATE … COMMIT; rolls back unless commit() succeeded. IMMEDIATE takes the write
// lock up front, so a second writer fails at BEGIN instead of half-way through the edit.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);

private:
    Database &m_db;
    bool m_active = false;
};

// Incremental I/O on one blob cell; reads and writes in caller-sized chunks.
class Blob
{
public:
    Blob() = default;
    ~Blob() { sqlite3_blob_close(m_blob); }
    Blob(const Blob &) = delete;
    Blob &operator=(const Blob &) = delete;

    bool open(Database &db, const char *table, const char *column, qint64 rowId, bool writable,
              QString *error);
    qint64 size() const { return m_blob ? sqlite3_blob_bytes(m_blob) : 0; }
    bool read(char *buffer, int length, qint64 offset, QString *error);
    bool write(const char *data, int length, qint64 offset, QString *error);

private:
    Database *m_db = nullptr;
    sqlite3_blob *m_blob = nullptr;
};

} // namespace shenbao::sqlite
