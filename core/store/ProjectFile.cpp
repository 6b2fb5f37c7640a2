// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/ProjectFile.h"

#include "store/AtomicOutput.h"
#include "store/EvidenceBlobs.h"
#include "store/EvidenceInspector.h"
#include "store/OutputGuard.h"
#include "store/ProjectJson.h"
#include "store/ProjectParts.h"
#include "store/ProjectSchema.h"
#include "store/SqliteDatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryFile>

#include <mutex>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace shenbao {

using sqlite::Statement;

namespace {

QString inFile(const QString &path, const QString &message)
{
    return path + QStringLiteral(": ") + message;
}

void report(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

void report(Problems *problems, const Problem &problem)
{
    if (problems)
        problems->append(problem);
}

// The evidence entries of a project take their sha256/pages from the stored bytes; `file` is
// meaningless once the bytes are inside, so it is dropped. Entries that already agree are not
// touched, so the evidence list stays shared with the caller's (a save compares lists by
// identity first: an unchanged list costs nothing however long it is).
void applyStored(Project &project, const QHash<QString, StoredFile> &byId)
{
    for (qsizetype i = 0; i < project.evidence.size(); ++i) {
        const Evidence &now = project.evidence.at(i);
        const auto s = byId.constFind(now.id);
        if (s == byId.cend())
            continue;
        const std::optional<int> pages = s->pages > 0 ? std::optional<int>(s->pages) : std::nullopt;
        if (!now.file && now.sha256 == s->sha256 && now.pages == pages)
            continue;
        Evidence &e = project.evidence[i];
        e.file.reset();
        e.sha256 = s->sha256;
        e.pages = pages;
    }
}

QHash<QString, StoredFile> storedById(sqlite::Database &db)
{
    QHash<QString, StoredFile> byId;
    for (const auto &s : store::queryStoredFiles(db))
        byId.insert(s.evidenceId, s);
    return byId;
}

// The data as the rows hold them (schema version 3: in parts, store/ProjectParts).
std::optional<Project> readProject(sqlite::Database &db, const QString &path, QString *error)
{
    const auto document = store::readPartsDocument(db, error);
    if (!document)
        return std::nullopt;
    auto parsed = ProjectJson::read(*document, path);
    if (!parsed.project) {
        report(error, QStringLiteral("项目数据无法读取（%1）")
                          .arg(parsed.problems.isEmpty() ? QString()
                                                         : parsed.problems.first().toString()));
        return std::nullopt;
    }
    return parsed.project;
}

// Writes `project` (with the stored files' metadata applied) inside the caller's transaction,
// only the rows that differ from `previous` when it is given; `written` receives what the
// rows hold afterwards.
bool writeProject(sqlite::Database &db, Project project, const Project *previous,
                  const QHash<QString, StoredFile> &stored, QString *error,
                  Project *written = nullptr)
{
    applyStored(project, stored);
    if (!store::writeParts(db, project, previous, error)) {
        report(error, error && !error->isEmpty() ? *error : db.lastError());
        return false;
    }
    if ((!previous || previous->call != project.call) &&
        !store::writeMeta(db, "call", project.call, error))
        return false;
    if (written)
        *written = std::move(project);
    return true;
}

struct PendingFile
{
    QString evidenceId;
    QString path;
    EvidenceInspection inspection;
};

} // namespace

struct ProjectFile::Impl
{
    QString path;
    sqlite::Database db;
    // One connection may be read from a worker thread (binding) while the UI saves; whole
    // operations are serialised so a reader never sees half of a multi-statement edit.
    std::mutex mutex;

    // What the project rows hold, as this connection last read or wrote them, and the stored
    // files' metadata: a save compares against them and writes only the rows that changed.
    // Valid while `dataVersion` is SQLite's data_version of the connection, i.e. while no other
    // connection (another Shenbao, a test) has committed to the file.
    std::optional<Project> rows;
    std::optional<QHash<QString, StoredFile>> stored;
    qint64 dataVersion = -1;

    // Drops the caches if another connection changed the file; call inside the lock.
    void checkCaches()
    {
        const qint64 version = db.queryInt("PRAGMA data_version").value_or(-2);
        if (version != dataVersion) {
            rows.reset();
            stored.reset();
            dataVersion = version;
        }
    }
    const QHash<QString, StoredFile> &storedFiles()
    {
        if (!stored)
            stored = storedById(db);
        return *stored;
    }
    // The rows as a project, from the cache or read again; empty (with `error`) if unreadable.
    const Project *currentRows(QString *error)
    {
        checkCaches();
        if (!rows)
            rows = readProject(db, path, error);
        return rows ? &*rows : nullptr;
    }
    // One save: only what differs from the rows, in the caller's transaction.
    bool write(const Project &project, QString *error)
    {
        const Project *previous = currentRows(error);
        if (!previous)
            return false; // rows that no longer read are not overwritten blindly
        Project written;
        if (!writeProject(db, project, previous, storedFiles(), error, &written)) {
            rows.reset(); // the transaction rolls back; read the rows again next time
            return false;
        }
        rows = std::move(written);
        return true;
    }
};

ProjectFile::ProjectFile(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}

ProjectFile::~ProjectFile() = default;

QString ProjectFile::path() const
{
    return d->path;
}

namespace {

// Starts the disk writes of what is already in a file without waiting for them, so that the
// fsync that makes the file durable finds most of the work done: importing hundreds of
// megabytes then overlaps the disk with the reading and hashing of the next files instead of
// waiting for all of it at the end. Only a hint (Linux's sync_file_range); durability still
// comes from the fsync.
class EarlyWriteback
{
public:
    explicit EarlyWriteback(const QString &path)
    {
#ifdef Q_OS_LINUX
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
#else
        Q_UNUSED(path);
#endif
    }
    ~EarlyWriteback()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    EarlyWriteback(const EarlyWriteback &) = delete;
    EarlyWriteback &operator=(const EarlyWriteback &) = delete;
    void start()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            ::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
    }

private:
    int m_fd = -1;
};

// Builds the complete file beside `path` (store/AtomicOutput) and renames it into place only
// when every step worked and no file of that name appeared meanwhile (two `new` racing), so
// `path` is either a whole project or untouched.
bool buildProjectFile(const QString &path, const Project &project, const QList<PendingFile> &files,
                      Problems *problems)
{
    AtomicOutput output(path);
    output.alsoRemove(QStringLiteral("-journal"));
    QString error;
    if (!output.open(&error)) {
        report(problems, {Problem::Severity::Error, path, error.mid(path.size() + 2)});
        return false;
    }
    const QString temp = output.tempPath();
    bool ok = true;
    {
        sqlite::Database db;
        // While the `.part` file is built nothing in it needs to survive a crash (a failed
        // build is deleted), so the tables and the evidence go in without a journal file or
        // fsync (16 of them for the tables alone); the last transaction runs with the normal
        // settings, and its fsync makes everything written before it durable too, before the
        // rename publishes the file.
        if (!db.open(temp, true, &error) || !store::configureConnection(db, &error) ||
            !db.exec("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;", &error) ||
            !store::upgradeSchema(db, 0, &error)) {
            report(problems, {Problem::Severity::Error, path,
                              QStringLiteral("无法创建项目文件（%1）").arg(error)});
            ok = false;
        }
        EarlyWriteback writeback(temp);
        // Each file's digest is written once the next file's bytes are stored: its hash runs
        // meanwhile on a second core (nothing here needs to survive a crash before the end).
        std::optional<store::PendingEvidence> previous;
        QString previousPath;
        const auto finishPrevious = [&] {
            if (!previous)
                return true;
            const bool done =
                store::finishEvidenceDigest(db, std::move(*previous), &error).has_value();
            if (!done)
                report(problems, {Problem::Severity::Error, previousPath, error});
            previous.reset();
            return done;
        };
        for (const auto &f : files) {
            if (!ok)
                break;
            auto pending =
                store::storeEvidenceBytes(db, f.evidenceId, f.path, f.inspection, &error);
            if (!pending) {
                report(problems, {Problem::Severity::Error, f.path,
                                  error + QStringLiteral("（证据 %1）").arg(f.evidenceId)});
                ok = false;
                break;
            }
            ok = finishPrevious();
            previous = std::move(pending);
            previousPath = f.path;
            writeback.start();
        }
        if (ok)
            ok = finishPrevious();
        if (ok && !store::configureConnection(db, &error)) {
            report(problems, {Problem::Severity::Error, path,
                              QStringLiteral("无法写入项目文件（%1）").arg(error)});
            ok = false;
        }
        if (ok) {
            sqlite::Transaction tx(db);
            if (!tx.isActive() || !writeProject(db, project, nullptr, storedById(db), &error) ||
                !store::writeMeta(db, "generator", QStringLiteral("Shenbao " SHENBAO_VERSION),
                                  &error) ||
                !store::touchMeta(db, true, &error) || !tx.commit(&error)) {
                report(problems, {Problem::Severity::Error, path,
                                  QStringLiteral("无法写入项目文件（%1）").arg(error)});
                ok = false;
            }
        }
    }
    if (!ok)
        return false; // `output` removes the temporary file and its journal
    // The written file must open as a project: the same checks as ProjectFile::open().
    const auto verify = [](const QString &written) {
        QString why;
        if (!ProjectFile::open(written, &why))
            return why.isEmpty() ? QStringLiteral("无法重新打开") : why;
        return QString();
    };
    if (!output.commit(verify, &error, AtomicOutput::Replace::Never)) {
        report(problems, {Problem::Severity::Error, path, error.mid(path.size() + 2)});
        return false;
    }
    return true;
}

bool refuseExisting(const QString &path, Problems *problems)
{
    if (!QFileInfo::exists(path))
        return false;
    report(problems, {Problem::Severity::Error, path,
                      QStringLiteral("文件已存在；请另选文件名，或先移走原文件")});
    return true;
}

} // namespace

std::unique_ptr<ProjectFile> ProjectFile::create(const QString &path, QString *error)
{
    Problems problems;
    if (refuseExisting(path, &problems) || !buildProjectFile(path, Project{}, {}, &problems)) {
        report(error, problems.isEmpty() ? inFile(path, QStringLiteral("无法创建项目文件"))
                                         : problems.first().toString());
        return nullptr;
    }
    return open(path, error);
}

std::unique_ptr<ProjectFile> ProjectFile::createFrom(const QString &path, const Project &project,
                                                     const QString &baseDir, Problems *problems)
{
    Problems found;
    if (refuseExisting(path, &found)) {
        if (problems)
            problems->append(found);
        return nullptr;
    }
    // Inspect every file first: the applicant hears about all bad files at once, and nothing
    // is copied while any of them is bad.
    QList<PendingFile> files;
    QSet<QString> seen;
    const QDir base(baseDir);
    for (qsizetype i = 0; i < project.evidence.size(); ++i) {
        const Evidence &e = project.evidence[i];
        const QString where = QStringLiteral("evidence[%1].id").arg(i);
        if (e.id.isEmpty()) {
            found << Problem{Problem::Severity::Error, where,
                             QStringLiteral("证明材料缺少编号（id）；每个材料需要唯一的编号")};
            continue;
        }
        if (seen.contains(e.id)) {
            found << Problem{
                Problem::Severity::Error, where,
                QStringLiteral("证明材料编号 %1 重复；每个材料需要唯一的编号").arg(e.id)};
            continue;
        }
        seen.insert(e.id);
        if (!e.file || e.file->isEmpty())
            continue; // metadata only (e.g. sha256 from a dossier); the rules flag a missing file
        PendingFile f{e.id, QDir::cleanPath(base.absoluteFilePath(*e.file)), {}};
        f.inspection = inspectEvidenceFile(f.path);
        for (Problem p : std::as_const(f.inspection.problems)) {
            p.message += QStringLiteral("（证据 %1）").arg(e.id);
            found << p;
        }
        if (f.inspection.ok())
            files << f;
    }
    if (!hasErrors(found)) {
        Project stored = project;
        for (auto &e : stored.evidence) {
            if (e.file && !e.file->isEmpty())
                e.file.reset(); // the bytes are inside; sha256/pages are filled from them
        }
        buildProjectFile(path, stored, files, &found);
    }
    std::unique_ptr<ProjectFile> result;
    if (!hasErrors(found)) {
        QString error;
        result = open(path, &error);
        if (!result)
            found << Problem{Problem::Severity::Error, path, error};
    }
    if (problems)
        problems->append(found);
    return result;
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString &path, QString *error)
{
    // FIFOs, devices and folders are refused before SQLite touches them (it would block on a
    // FIFO, or call a device a damaged database).
    if (const QString why = checkInputFile(path, 0, QStringLiteral("Shenbao 项目文件"));
        !why.isEmpty()) {
        report(error, why);
        return nullptr;
    }
    if (QFileInfo(path).size() == 0) {
        report(error, inFile(path, QStringLiteral("文件为空（0 字节），不是 Shenbao 项目文件；"
                                                  "可能在创建或复制时中断")));
        return nullptr;
    }
    if (!isShenbaoProjectFile(path)) {
        QFile f(path);
        const bool sqlite =
            f.open(QIODevice::ReadOnly) && f.read(16) == QByteArrayView("SQLite format 3\0", 16);
        report(error,
               inFile(path, sqlite
                                ? QStringLiteral("不是 Shenbao 项目文件（是其他程序的 SQLite "
                                                 "数据库；Shenbao 项目文件的标识为 0x%1）")
                                      .arg(quint32(kApplicationId), 8, 16, QLatin1Char('0'))
                                : QStringLiteral("不是 Shenbao 项目文件（也不是 SQLite 数据库）")));
        return nullptr;
    }
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    sqlite::Database &db = impl->db;
    QString sqlError;
    if (!db.open(path, false, &sqlError)) {
        report(error, inFile(path, QStringLiteral("无法打开（%1）").arg(sqlError)));
        return nullptr;
    }
    sqlite3_busy_timeout(db.handle(), 5000);
    const auto appId = db.queryInt("PRAGMA application_id", &sqlError);
    if (!appId) {
        const bool notDb = (db.lastErrorCode() & 0xff) == SQLITE_NOTADB;
        report(error,
               inFile(path, notDb ? QStringLiteral("不是 Shenbao 项目文件（也不是 SQLite 数据库）")
                                  : QStringLiteral("无法读取（%1）").arg(sqlError)));
        return nullptr;
    }
    if (*appId != kApplicationId) {
        report(error,
               inFile(path, QStringLiteral("不是 Shenbao 项目文件（是 SQLite 数据库，但文件标识为 "
                                           "0x%1，Shenbao 项目文件应为 0x%2）")
                                .arg(quint32(*appId), 8, 16, QLatin1Char('0'))
                                .arg(quint32(kApplicationId), 8, 16, QLatin1Char('0'))));
        return nullptr;
    }
    const int version = int(db.queryInt("PRAGMA user_version").value_or(0));
    if (version > kSchemaVersion) {
        report(error, inFile(path, QStringLiteral("项目文件的结构版本为 %1，而本版 Shenbao（%2）"
                                                  "只能读取到版本 %3；请更新 Shenbao 后再打开")
                                       .arg(version)
                                       .arg(QStringLiteral(SHENBAO_VERSION))
                                       .arg(kSchemaVersion)));
        return nullptr;
    }
    if (version < 1) {
        report(error,
               inFile(path, QStringLiteral("项目文件不完整（没有结构版本），可能在创建时中断；"
                                           "请重新创建项目")));
        return nullptr;
    }
    if (!store::configureConnection(db, &sqlError)) {
        report(error, inFile(path, QStringLiteral("无法打开（%1）").arg(sqlError)));
        return nullptr;
    }
    // Checked before any upgrade (these tables exist from version 1 on), so that an upgrade
    // never runs on a file that is not ours.
    // Our application id on a file without our tables (another program's database, or a
    // project whose tables were dropped): one sentence instead of SQLite's "no such table".
    // The data are in `project` up to version 2 and in `project_part` (+ `project_item`) from
    // version 3 on.
    {
        const auto tables =
            db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                        "('meta', 'evidence_file')",
                        &sqlError);
        const auto data =
            db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                        "('project', 'project_part')",
                        &sqlError);
        if (!tables || *tables != 2 || !data || *data < 1) {
            report(error, inFile(path, QStringLiteral("项目文件已损坏（缺少数据表）；"
                                                      "请使用备份，或重新创建项目")));
            return nullptr;
        }
    }
    if (version < kSchemaVersion && !store::upgradeSchema(db, version, &sqlError)) {
        report(error, inFile(path, QStringLiteral("无法把项目文件从结构版本 %1 升级到 %2（%3）")
                                       .arg(version)
                                       .arg(kSchemaVersion)
                                       .arg(sqlError)));
        return nullptr;
    }
    // Parse once here so that load(), which has no error channel, can rely on the data; the
    // result is what the first save compares against.
    if (!impl->currentRows(&sqlError)) {
        report(error, inFile(path, sqlError));
        return nullptr;
    }
    return std::unique_ptr<ProjectFile>(new ProjectFile(std::move(impl)));
}

Project ProjectFile::load() const
{
    std::lock_guard lock(d->mutex);
    QString error;
    const Project *rows = d->currentRows(&error);
    if (!rows) {
        // open() validated the data; this only happens if the file changed underneath us.
        qWarning("%s", qPrintable(inFile(d->path, error)));
        return {};
    }
    Project project = *rows;
    applyStored(project, d->storedFiles());
    return project;
}

bool ProjectFile::save(const Project &project, QString *error)
{
    std::lock_guard lock(d->mutex);
    QString sqlError;
    sqlite::Transaction tx(d->db);
    // One transaction however many rows change: a crash leaves the previous save or this one,
    // never a mix of both.
    if (!tx.isActive() || !d->write(project, &sqlError) ||
        !store::touchMeta(d->db, false, &sqlError) || !tx.commit(&sqlError)) {
        d->rows.reset();
        report(error, inFile(d->path, QStringLiteral("保存失败（%1）")
                                          .arg(sqlError.isEmpty() ? d->db.lastError() : sqlError)));
        return false;
    }
    return true;
}

QDateTime ProjectFile::lastModified() const
{
    std::lock_guard lock(d->mutex);
    return store::metaTime(d->db, "modified");
}

std::optional<StoredFile> ProjectFile::storeEvidenceFile(const QString &evidenceId,
                                                         const QString &filePath,
                                                         Problems *problems)
{
    if (evidenceId.isEmpty()) {
        report(problems, {Problem::Severity::Error, filePath,
                          QStringLiteral("证明材料缺少编号（id）；请先为该材料指定编号")});
        return std::nullopt;
    }
    const EvidenceInspection inspection = inspectEvidenceFile(filePath);
    if (problems)
        problems->append(inspection.problems);
    if (!inspection.ok())
        return std::nullopt;
    std::lock_guard lock(d->mutex);
    QString error;
    d->stored.reset();
    auto stored = store::storeEvidenceBlob(d->db, evidenceId, filePath, inspection, &error);
    if (!stored)
        report(problems, {Problem::Severity::Error, filePath, error});
    return stored;
}

bool ProjectFile::removeEvidenceFile(const QString &evidenceId, QString *error)
{
    std::lock_guard lock(d->mutex);
    QString sqlError;
    sqlite::Transaction tx(d->db);
    Statement del = d->db.prepare("DELETE FROM evidence_file WHERE evidence_id = ?1", &sqlError);
    if (!tx.isActive() || !del.isValid() || !del.bind(1, evidenceId).exec()) {
        report(error, inFile(d->path, QStringLiteral("删除证明材料 %1 失败（%2）")
                                          .arg(evidenceId, d->db.lastError())));
        return false;
    }
    if (sqlite3_changes(d->db.handle()) == 0) {
        report(error,
               inFile(d->path, QStringLiteral("项目中没有证明材料 %1 的文件").arg(evidenceId)));
        return false;
    }
    // The entry's sha256/pages described the removed bytes; keeping them would claim a file
    // that is no longer there.
    d->stored.reset();
    const Project *rows = d->currentRows(&sqlError);
    std::optional<Project> project;
    if (rows) {
        project = *rows;
        for (qsizetype i = 0; i < project->evidence.size(); ++i) {
            if (project->evidence.at(i).id == evidenceId) {
                project->evidence[i].sha256.reset();
                project->evidence[i].pages.reset();
            }
        }
    }
    if (!project || !d->write(*project, &sqlError) || !store::touchMeta(d->db, false, &sqlError) ||
        !tx.commit(&sqlError)) {
        d->rows.reset();
        d->stored.reset();
        report(error,
               inFile(d->path,
                      QStringLiteral("删除证明材料 %1 失败（%2）").arg(evidenceId, sqlError)));
        return false;
    }
    return true;
}

QList<StoredFile> ProjectFile::storedFiles() const
{
    std::lock_guard lock(d->mutex);
    return store::queryStoredFiles(d->db);
}

std::optional<StoredFile> ProjectFile::storedFile(const QString &evidenceId) const
{
    std::lock_guard lock(d->mutex);
    const auto files = store::queryStoredFiles(d->db, &evidenceId);
    if (files.isEmpty())
        return std::nullopt;
    return files.first();
}

bool ProjectFile::copyEvidenceTo(const QString &evidenceId, QIODevice &out, QString *error,
                                 store::DeferredSha256Checks *deferred) const
{
    std::lock_guard lock(d->mutex);
    QString message;
    if (store::copyEvidenceBlob(d->db, evidenceId, out, &message, deferred))
        return true;
    report(error, inFile(d->path, message));
    return false;
}

QByteArray ProjectFile::readEvidence(const QString &evidenceId) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!copyEvidenceTo(evidenceId, buffer, nullptr))
        return {};
    return bytes;
}

QByteArray ProjectFile::readEvidenceHead(const QString &evidenceId, qint64 maxBytes,
                                         QString *error) const
{
    std::lock_guard lock(d->mutex);
    QString message;
    QByteArray head = store::readEvidenceBlobHead(d->db, evidenceId, maxBytes, &message);
    if (!message.isEmpty())
        report(error, inFile(d->path, message));
    return head;
}

QStringList ProjectFile::integrityProblems(IntegrityScope scope) const
{
    std::lock_guard lock(d->mutex);
    QStringList pragmas;
    if (scope == IntegrityScope::Everything) {
        pragmas << QStringLiteral("PRAGMA integrity_check(5)");
    } else {
        // integrity_check(TABLE) checks that table and its indexes (SQLite >= 3.33).
        Statement tables = d->db.prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'evidence_file' "
            "ORDER BY name");
        if (!tables.isValid())
            return {QStringLiteral("无法检查（%1）").arg(d->db.lastError())};
        while (tables.step() == Statement::Step::Row) {
            QString name = tables.columnText(0);
            pragmas << QStringLiteral("PRAGMA integrity_check(\"%1\")")
                           .arg(name.replace(u'"', QStringLiteral("\"\"")));
        }
    }
    QStringList found;
    for (const QString &pragma : std::as_const(pragmas)) {
        Statement st = d->db.prepare(pragma.toUtf8().constData());
        if (!st.isValid())
            return {QStringLiteral("无法检查（%1）").arg(d->db.lastError())};
        for (;;) {
            const auto step = st.step();
            if (step != Statement::Step::Row) {
                if (step != Statement::Step::Done)
                    found << QStringLiteral("无法检查（%1）").arg(d->db.lastError());
                break;
            }
            const QString text = st.columnText(0);
            if (text != QLatin1StringView("ok"))
                found << text.left(200);
        }
        if (found.size() >= 5)
            break;
    }
    return found;
}

namespace {

// A QIODevice that only counts (and keeps the tail of) what is written: the blob check needs
// the hash (done by copyEvidenceBlob) and, for JPEGs, the last bytes.
class TailDevice final : public QIODevice
{
public:
    explicit TailDevice(qint64 keep)
        : m_keep(keep)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray tail() const { return m_tail; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 n) override
    {
        m_tail.append(data, n);
        if (m_tail.size() > m_keep)
            m_tail.remove(0, m_tail.size() - m_keep);
        return n;
    }

private:
    qint64 m_keep;
    QByteArray m_tail;
};

} // namespace

Problems ProjectFile::verifyStoredEvidence() const
{
    Problems found;
    for (const StoredFile &f : storedFiles()) {
        const QString where = QStringLiteral("evidence[%1]").arg(f.evidenceId);
        QString error;
        if (f.mediaType == MediaType::Pdf) {
            QTemporaryFile copy;
            if (!copy.open()) {
                found << Problem{Problem::Severity::Error, where,
                                 QStringLiteral("无法在临时文件夹（TMPDIR：%1）中创建临时文件以检查"
                                                "该 PDF：%2")
                                     .arg(QDir::tempPath(), copy.errorString())};
                continue;
            }
            if (!copyEvidenceTo(f.evidenceId, copy, &error)) {
                found << Problem{Problem::Severity::Error, where, error.mid(d->path.size() + 2)};
                continue;
            }
            copy.flush();
            const EvidenceInspection inspection = inspectEvidenceFile(copy.fileName());
            if (!inspection.ok()) {
                found << Problem{
                    Problem::Severity::Error, where,
                    store::damagedEvidenceMessage(f.evidenceId, QStringLiteral("PDF 无法读取"))};
            } else if (f.pages > 0 && inspection.pages != f.pages) {
                found << Problem{Problem::Severity::Error, where,
                                 store::damagedEvidenceMessage(
                                     f.evidenceId, QStringLiteral("添加时 %1 页，现在读到 %2 页")
                                                       .arg(f.pages)
                                                       .arg(inspection.pages))};
            }
            continue;
        }
        TailDevice tail(64 * 1024);
        if (!copyEvidenceTo(f.evidenceId, tail, &error)) {
            found << Problem{Problem::Severity::Error, where, error.mid(d->path.size() + 2)};
            continue;
        }
        if (f.mediaType == MediaType::Jpeg) {
            QByteArray bytes = tail.tail();
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            if (!jpegTruncation(buffer, bytes.size()).isEmpty())
                found << Problem{Problem::Severity::Error, where,
                                 store::damagedEvidenceMessage(
                                     f.evidenceId, QStringLiteral("JPEG 被截断，缺少结束标记"))};
        }
    }
    return found;
}

bool ProjectFile::beginReadSnapshot(QString *error)
{
    std::lock_guard lock(d->mutex);
    QString sqlError;
    // BEGIN is deferred; the SELECT takes the shared lock that holds the snapshot.
    if (!d->db.exec("BEGIN", &sqlError) ||
        !d->db.queryInt("SELECT count(*) FROM project_part", &sqlError)) {
        report(error, inFile(d->path, QStringLiteral("无法读取（%1）").arg(sqlError)));
        d->db.exec("ROLLBACK");
        return false;
    }
    return true;
}

void ProjectFile::endReadSnapshot()
{
    std::lock_guard lock(d->mutex);
    d->db.exec("ROLLBACK");
}

std::optional<QString> ProjectFile::cachedPageText(const QString &pageSha256,
                                                   const QString &engine) const
{
    std::lock_guard lock(d->mutex);
    return store::readPageText(d->db, pageSha256, engine);
}

bool ProjectFile::cachePageText(const QString &pageSha256, const QString &engine,
                                const QString &text, QString *error)
{
    std::lock_guard lock(d->mutex);
    QString message;
    if (store::writePageText(d->db, pageSha256, engine, text, &message))
        return true;
    report(error, inFile(d->path, message));
    return false;
}

} // namespace shenbao
