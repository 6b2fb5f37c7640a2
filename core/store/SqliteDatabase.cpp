// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/SqliteDatabase.h"

#include <QFile>

#include <limits>
#include <utility>

namespace shenbao::sqlite {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindFailed(std::exchange(other.m_bindFailed, false))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindFailed = std::exchange(other.m_bindFailed, false);
    }
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

Statement &Statement::bindZeroBlob(int index, qint64 size)
{
    if (sqlite3_bind_zeroblob64(m_stmt, index, sqlite3_uint64(size)) != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

Statement::Step Statement::step()
{
    // A failed bind must not run the statement with a NULL in its place.
    if (!m_stmt || m_bindFailed)
        return Step::Error;
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Error;
    }
}

Statement &Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindFailed = false;
    return *this;
}

bool Statement::exec()
{
    for (;;) {
        switch (step()) {
        case Step::Row:
            continue;
        case Step::Done:
            return true;
        case Step::Error:
            return false;
        }
    }
}

QString Statement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, index)) : QString();
}

QByteArray Statement::columnBytes(int index) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, index));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, index)) : QByteArray();
}

bool Database::open(const QString &path, bool create, QString *error)
{
    close();
    const int flags =
        SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setError(error, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                             : QString::fromUtf8(sqlite3_errstr(rc)));
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

void Database::close()
{
    // close_v2 defers the close until every statement/blob is finalized, so RAII order
    // mistakes cannot leak a half-open handle.
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool Database::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    setError(error, message ? QString::fromUtf8(message) : lastError());
    sqlite3_free(message);
    return false;
}

Statement Database::prepare(const char *sql, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        setError(error, lastError());
        sqlite3_finalize(stmt);
        return {};
    }
    return Statement(this, stmt);
}

std::optional<qint64> Database::queryInt(const char *sql, QString *error)
{
    Statement st = prepare(sql, error);
    if (!st.isValid())
        return std::nullopt;
    if (st.step() != Statement::Step::Row) {
        setError(error, lastError());
        return std::nullopt;
    }
    return st.columnInt64(0);
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("database not open");
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_active = m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.exec("ROLLBACK");
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        setError(error, m_db.lastError());
        return false;
    }
    if (!m_db.exec("COMMIT", error))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

bool Blob::open(Database &db, const char *table, const char *column, qint64 rowId, bool writable,
                QString *error)
{
    sqlite3_blob_close(m_blob);
    m_blob = nullptr;
    m_db = &db;
    if (sqlite3_blob_open(db.handle(), "main", table, column, rowId, writable ? 1 : 0, &m_blob) !=
        SQLITE_OK) {
        setError(error, db.lastError());
        sqlite3_blob_close(m_blob);
        m_blob = nullptr;
        return false;
    }
    return true;
}

bool Blob::read(char *buffer, int length, qint64 offset, QString *error)
{
    if (offset > std::numeric_limits<int>::max()) {
        setError(error, QStringLiteral("blob offset out of range"));
        return false;
    }
    if (sqlite3_blob_read(m_blob, buffer, length, int(offset)) != SQLITE_OK) {
        setError(error, m_db->lastError());
        return false;
    }
    return true;
}

bool Blob::write(const char *data, int length, qint64 offset, QString *error)
{
    if (offset > std::numeric_limits<int>::max()) {
        setError(error, QStringLiteral("blob offset out of range"));
        return false;
    }
    if (sqlite3_blob_write(m_blob, data, length, int(offset)) != SQLITE_OK) {
        setError(error, m_db->lastError());
        return false;
    }
    return true;
}

} // namespace shenbao::sqlite
