// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "Workspace.h"

#include "store/SqliteDatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

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

QJsonObject rowToJson(const SummaryRow &r)
{
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
    return o;
}

SummaryRow rowFromJson(const QJsonObject &o)
{
    SummaryRow r;
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
    return r;
}

// The cached Attachment 3 row plus the recomputed verdict, as one JSON object.
QString rowText(const WorkspaceEntry &e)
{
    QJsonObject o = rowToJson(e.row);
    if (e.verdict)
        o.insert(QStringLiteral("verdict"), toKey(*e.verdict));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
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

QStringList expandPaths(const QStringList &paths)
{
    QStringList out;
    QSet<QString> seen;
    const auto add = [&](const QString &p) {
        const QString abs = QDir::cleanPath(QFileInfo(p).absoluteFilePath());
        if (!seen.contains(abs)) {
            seen.insert(abs);
            out << abs;
        }
    };
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(p, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (f.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive))
                    found << f;
            }
            // A stable, readable order for the officer: by path, as a file manager lists them.
            std::sort(found.begin(), found.end());
            for (const QString &f : found)
                add(f);
        } else if (info.isFile()) {
            add(p);
        }
    }
    return out;
}

} // namespace

QString Workspace::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("officer-workspace.sqlite"));
}

Workspace::Workspace(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_dbPath(databasePath)
{
    // The call data is built once; do it here so the worker threads only ever read it.
    (void)CallDefinition::bundled();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { save(); });
    connect(&m_watcher, &QFutureWatcher<Read>::resultReadyAt, this, [this](int i) {
        applyRead(m_watcher.resultAt(i));
        ++m_batchDone;
        emit loadProgress(m_batchDone, m_batchTotal + int(m_queue.size()));
    });
    connect(&m_watcher, &QFutureWatcher<Read>::finished, this, [this] {
        if (m_watcher.isCanceled())
            m_queue.clear();
        if (!m_queue.isEmpty()) {
            startNextBatch();
            return;
        }
        m_reading = false;
        scheduleSave();
        emit loadingFinished();
    });
    if (openDatabase())
        loadFromDatabase();
}

Workspace::~Workspace()
{
    m_queue.clear();
    m_watcher.cancel();
    m_watcher.waitForFinished();
    save();
}

bool Workspace::isOpen() const
{
    return m_db && m_db->isOpen();
}

bool Workspace::openDatabase()
{
    QDir().mkpath(QFileInfo(m_dbPath).absolutePath());
    m_db = std::make_unique<sqlite::Database>();
    if (!m_db->open(m_dbPath, true, &m_error))
        return false;
    const auto appId = m_db->queryInt("PRAGMA application_id", &m_error);
    const auto version = m_db->queryInt("PRAGMA user_version", &m_error);
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
        if (!m_db->exec(init.constData(), &m_error))
            return false;
    } else if (*appId != kApplicationId || *version != kSchemaVersion) {
        m_error = tr("%1 is not an officer's workspace of this version of Shenbao.")
                      .arg(QDir::toNativeSeparators(m_dbPath));
        m_db->close();
        return false;
    }
    return true;
}

void Workspace::loadFromDatabase()
{
    auto st = m_db->prepare(
        "SELECT path, size, modified, loaded, state, errors, warnings, pages, fingerprint,"
        " row, remarks FROM dossier ORDER BY position",
        &m_error);
    while (st.isValid() && st.step() == sqlite::Statement::Step::Row) {
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
        const QJsonObject row = QJsonDocument::fromJson(st.columnText(9).toUtf8()).object();
        e.row = rowFromJson(row);
        if (const auto v = fromKey<Verdict>(row.value(QLatin1StringView("verdict")).toString()))
            e.verdict = *v;
        e.remarks = st.columnText(10);
        m_entries << e;
    }
    recountDuplicates();
}

bool Workspace::save(QString *error)
{
    m_saveTimer.stop();
    if (!isOpen()) {
        if (error)
            *error = m_error;
        return false;
    }
    sqlite::Transaction tx(*m_db);
    if (!tx.isActive() || !m_db->exec("DELETE FROM dossier", error))
        return false;
    for (int i = 0; i < count(); ++i) {
        const WorkspaceEntry &e = m_entries.at(i);
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

void Workspace::scheduleSave()
{
    m_saveTimer.start();
}

int Workspace::indexOf(const QString &path) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_entries.at(i).path == path)
            return i;
    }
    return -1;
}

int Workspace::addPaths(const QStringList &paths)
{
    const QStringList files = expandPaths(paths);
    QStringList toRead;
    QList<WorkspaceEntry> added;
    for (const QString &f : files) {
        const int at = indexOf(f);
        if (at < 0) {
            WorkspaceEntry e;
            e.path = f;
            added << e;
            toRead << f;
            continue;
        }
        const QFileInfo info(f);
        const WorkspaceEntry &e = m_entries.at(at);
        if (!e.loaded || info.size() != e.size || info.lastModified() != e.modified)
            toRead << f;
    }
    if (!added.isEmpty()) {
        emit aboutToReset();
        m_entries << added;
        recountDuplicates();
        emit reset();
        scheduleSave();
    }
    for (const QString &f : std::as_const(toRead)) {
        if (!m_queue.contains(f))
            m_queue << f;
    }
    if (!m_reading)
        startNextBatch();
    return int(toRead.size());
}

int Workspace::refresh()
{
    QStringList changed;
    for (const WorkspaceEntry &e : std::as_const(m_entries)) {
        const QFileInfo info(e.path);
        if (!e.loaded || info.size() != e.size || info.lastModified() != e.modified)
            changed << e.path;
    }
    return changed.isEmpty() ? 0 : addPaths(changed);
}

void Workspace::startNextBatch()
{
    if (m_queue.isEmpty())
        return;
    const QStringList batch = std::exchange(m_queue, {});
    m_batchDone = 0;
    m_batchTotal = int(batch.size());
    m_reading = true;
    emit loadProgress(0, m_batchTotal);
    m_watcher.setFuture(QtConcurrent::mapped(batch, &Workspace::readOne));
}

void Workspace::cancelLoading()
{
    m_queue.clear();
    m_watcher.cancel();
}

Workspace::Read Workspace::readOne(const QString &path)
{
    const QFileInfo info(path);
    Read r;
    r.path = path;
    r.size = info.size();
    r.modified = info.lastModified();
    r.result =
        std::make_shared<const DossierReadResult>(readDossier(path, CallDefinition::bundled()));
    return r;
}

void Workspace::applyRead(const Read &read)
{
    const int i = indexOf(read.path);
    if (i < 0)
        return; // removed while it was being read
    WorkspaceEntry &e = m_entries[i];
    const DossierReadResult &r = *read.result;
    e.size = read.size;
    e.modified = read.modified;
    e.loaded = true;
    e.state = r.state;
    e.errors.clear();
    e.warnings.clear();
    for (const Problem &p : r.findings)
        (p.isError() ? e.errors : e.warnings) << p.toString();
    e.pageCount = r.pageCount;
    e.fingerprint = r.project ? r.fingerprint : QString();
    // From the officer's own evaluation, never the verdict the applicant's tool wrote.
    e.row = r.project ? summaryRowFor(*r.project, r.recomputed, CallDefinition::bundled())
                      : SummaryRow{};
    e.verdict = r.project ? std::optional<Verdict>(r.recomputed.verdict) : std::nullopt;
    e.result = read.result;
    recountDuplicates();
    // A changed duplicate count can flag other rows too.
    for (int k = 0; k < count(); ++k)
        emit entryChanged(k);
    scheduleSave();
}

std::shared_ptr<const DossierReadResult> Workspace::readResult(int index)
{
    WorkspaceEntry &e = m_entries[index];
    if (!e.result && e.loaded)
        e.result = readOne(e.path).result;
    return e.result;
}

void Workspace::move(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= count() || to >= count())
        return;
    emit aboutToReset();
    m_entries.move(from, to);
    emit reset();
    scheduleSave();
}

void Workspace::remove(const QList<int> &indexes)
{
    QList<int> sorted = indexes;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted.isEmpty())
        return;
    emit aboutToReset();
    for (int i : std::as_const(sorted)) {
        if (i >= 0 && i < count()) {
            m_queue.removeAll(m_entries.at(i).path);
            m_entries.removeAt(i);
        }
    }
    recountDuplicates();
    emit reset();
    scheduleSave();
}

void Workspace::setRemarks(int index, const QString &remarks)
{
    if (index < 0 || index >= count() || m_entries.at(index).remarks == remarks)
        return;
    m_entries[index].remarks = remarks;
    emit entryChanged(index);
    scheduleSave();
}

void Workspace::recountDuplicates()
{
    m_usccCount.clear();
    m_fingerprintCount.clear();
    for (const WorkspaceEntry &e : std::as_const(m_entries)) {
        if (!e.row.uscc.isEmpty())
            ++m_usccCount[e.row.uscc];
        if (!e.fingerprint.isEmpty())
            ++m_fingerprintCount[e.fingerprint];
    }
}

QString Workspace::duplicateReason(int index) const
{
    const WorkspaceEntry &e = m_entries.at(index);
    QStringList reasons;
    if (!e.fingerprint.isEmpty() && m_fingerprintCount.value(e.fingerprint) > 1)
        reasons << tr("The same dossier (fingerprint) is in the workspace more than once.");
    else if (!e.row.uscc.isEmpty() && m_usccCount.value(e.row.uscc) > 1)
        reasons
            << tr("Another dossier in the workspace has the same unified social credit code %1.")
                   .arg(e.row.uscc);
    return reasons.join(u'\n');
}

std::optional<QList<SummaryRow>> Workspace::summaryRows(const QList<int> &indexes,
                                                        QString *error) const
{
    QList<int> sorted = indexes;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QStringList problems;
    QSet<QString> usccs;
    QList<SummaryRow> rows;
    for (int i : std::as_const(sorted)) {
        const WorkspaceEntry &e = m_entries.at(i);
        const QString name = QFileInfo(e.path).fileName();
        if (!e.loaded)
            problems << tr("%1: not read yet.").arg(name);
        else if (e.state != State::Ok)
            problems << tr("%1: integrity check failed or not a Shenbao dossier; it cannot go into "
                           "the table.")
                            .arg(name);
        else if (usccs.contains(e.row.uscc))
            problems << tr("%1: the same applicant (%2) is selected twice; keep only one.")
                            .arg(name, e.row.uscc);
        usccs.insert(e.row.uscc);
        SummaryRow row = e.row;
        row.order = int(rows.size() + 1);
        row.remarks = e.remarks;
        rows << row;
    }
    if (sorted.isEmpty())
        problems << tr("No dossier selected.");
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u'\n');
        return std::nullopt;
    }
    return rows;
}

} // namespace shenbao
