// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "review/WorkspaceFile.h"

#include "store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shenbao {

namespace {

using State = DossierReadResult::State;

// "SBOW": tells a workspace file from a project file (SHBP) or any other SQLite database.
constexpr qint64 kApplicationId = 0x53424F57;
constexpr int kSchemaVersion = 1;

State stateFromKey(const QString &key)
{
    for (State s : {State::Ok, State::Mismatch, State::NotShenbao, State::Unreadable}) {
        if (dossierStateKey(s) == key)
            return s;
    }
    return State::Unreadable;
}

// The cached Attachment 3 row plus the recomputed verdict, as one JSON object in the `row`
// column: the row is a cache of what the dossier says, not data of the officer's own, so it
// need not be queryable column by column.
QString rowText(const WorkspaceEntry &e)
{
    const SummaryRow &r = e.row;
    QJsonObject o{{QStringLiteral("name"), r.name},
                  {QStringLiteral("uscc"), r.uscc},
                  {QStringLiteral("city"), r.city},
                  {QStringLiteral("district"), r.district},
                  {QStringLiteral("orgType"), r.orgType},
                  {QStringLiteral("domain"), r.domain},
                  {QStringLiteral("route"), r.route},
                  {QStringLiteral("coreInventionPatents"), r.coreInventionPatents},
                  {QStringLiteral("gdCases"), r.gdCasesInCaseYear},
                  {QStringLiteral("conditionState"), r.conditionState},
                  {QStringLiteral("contactName"), r.contactName},
                  {QStringLiteral("contactMobile"), r.contactMobile}};
    // Yuan are integers; as text they survive JSON's doubles whatever their size.
    if (r.mainRevenueSum3y)
        o.insert(QStringLiteral("mainRevenueSum3y"), QString::number(*r.mainRevenueSum3y));
    if (r.rdStaff)
        o.insert(QStringLiteral("rdStaff"), *r.rdStaff);
    if (e.verdict)
        o.insert(QStringLiteral("verdict"), toKey(*e.verdict));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void rowFromText(const QString &json, WorkspaceEntry &e)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    SummaryRow &r = e.row;
    const auto text = [&o](const char *key) {
        return o.value(QLatin1StringView(key)).toString();
    };
    r.name = text("name");
    r.uscc = text("uscc");
    r.city = text("city");
    r.district = text("district");
    r.orgType = text("orgType");
    r.domain = text("domain");
    r.route = text("route");
    r.coreInventionPatents = o.value(QLatin1StringView("coreInventionPatents")).toInt();
    r.gdCasesInCaseYear = o.value(QLatin1StringView("gdCases")).toInt();
    r.conditionState = text("conditionState");
    r.contactName = text("contactName");
    r.contactMobile = text("contactMobile");
    bool ok = false;
    const qint64 sum = text("mainRevenueSum3y").toLongLong(&ok);
    if (ok)
        r.mainRevenueSum3y = sum;
    if (o.contains(QLatin1StringView("rdStaff")))
        r.rdStaff = o.value(QLatin1StringView("rdStaff")).toInt();
    if (const auto v = fromKey<Verdict>(text("verdict")))
        e.verdict = *v;
}

QString joinLines(const QStringList &lines)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(lines)).toJson(QJsonDocument::Compact));
}

QStringList splitLines(const QString &json)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : a)
        out << v.toString();
    return out;
}

} // namespace

WorkspaceFile::WorkspaceFile() = default;
WorkspaceFile::~WorkspaceFile() = default;

bool WorkspaceFile::isOpen() const
{
    return m_db && m_db->isOpen();
}

bool WorkspaceFile::open(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_db = std::make_unique<sqlite::Database>();
    if (!m_db->open(path, true, error))
        return false;
    const auto appId = m_db->queryInt("PRAGMA application_id", error);
    const auto version = m_db->queryInt("PRAGMA user_version", error);
    if (!appId || !version)
        return false;
    if (*appId == 0 && *version == 0) {
        const QByteArray init =
            QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;"
                           "CREATE TABLE IF NOT EXISTS dossier("
                           " position INTEGER NOT NULL, path TEXT PRIMARY KEY,"
                           " size INTEGER, modified INTEGER, loaded INTEGER,"
                           " state TEXT, errors TEXT, warnings TEXT, pages INTEGER,"
                           " fingerprint TEXT, row TEXT, remarks TEXT);")
                .arg(kApplicationId)
                .arg(kSchemaVersion)
                .toUtf8();
        return m_db->exec(init.constData(), error);
    }
    if (*appId != kApplicationId || *version != kSchemaVersion) {
        // The context is the officer window's Workspace, whose translations this message has.
        if (error)
            *error = QCoreApplication::translate(
                         "shenbao::Workspace",
                         "%1 is not an officer's workspace of this version of Shenbao.")
                         .arg(QDir::toNativeSeparators(path));
        m_db->close();
        return false;
    }
    return true;
}

std::optional<QList<WorkspaceEntry>> WorkspaceFile::load(QString *error) const
{
    if (!isOpen())
        return std::nullopt;
    auto st = m_db->prepare(
        "SELECT path, size, modified, loaded, state, errors, warnings, pages, fingerprint,"
        " row, remarks FROM dossier ORDER BY position",
        error);
    if (!st.isValid())
        return std::nullopt;
    QList<WorkspaceEntry> entries;
    while (true) {
        const auto step = st.step();
        if (step == sqlite::Statement::Step::Done)
            break;
        if (step == sqlite::Statement::Step::Error) {
            if (error)
                *error = m_db->lastError();
            return std::nullopt;
        }
        WorkspaceEntry e;
        e.path = st.columnText(0);
        e.size = st.columnInt64(1);
        e.modified = QDateTime::fromMSecsSinceEpoch(st.columnInt64(2));
        e.loaded = st.columnInt64(3) != 0;
        e.state = stateFromKey(st.columnText(4));
        e.errors = splitLines(st.columnText(5));
        e.warnings = splitLines(st.columnText(6));
        e.pageCount = int(st.columnInt64(7));
        e.fingerprint = st.columnText(8);
        rowFromText(st.columnText(9), e);
        e.remarks = st.columnText(10);
        entries << e;
    }
    return entries;
}

bool WorkspaceFile::save(const QList<WorkspaceEntry> &entries, QString *error)
{
    if (!isOpen())
        return false;
    sqlite::Transaction tx(*m_db);
    if (!tx.isActive() || !m_db->exec("DELETE FROM dossier", error))
        return false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const WorkspaceEntry &e = entries.at(i);
        auto row = m_db->prepare(
            "INSERT INTO dossier(position, path, size, modified, loaded, state, errors,"
            " warnings, pages, fingerprint, row, remarks) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
            error);
        row.bind(1, qint64(i))
            .bind(2, e.path)
            .bind(3, e.size)
            .bind(4, e.modified.isValid() ? e.modified.toMSecsSinceEpoch() : qint64(0))
            .bind(5, qint64(e.loaded ? 1 : 0))
            .bind(6, dossierStateKey(e.state))
            .bind(7, joinLines(e.errors))
            .bind(8, joinLines(e.warnings))
            .bind(9, qint64(e.pageCount))
            .bind(10, e.fingerprint)
            .bind(11, rowText(e))
            .bind(12, e.remarks);
        if (!row.exec()) {
            if (error)
                *error = m_db->lastError();
            return false;
        }
    }
    return tx.commit(error);
}

} // namespace shenbao
