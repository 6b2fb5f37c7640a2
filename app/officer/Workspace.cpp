// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "officer/Workspace.h"

#include "review/SummaryBatch.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace shenbao {

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
    if (m_file.open(m_dbPath, &m_error)) {
        if (auto entries = m_file.load(&m_error))
            m_entries = std::move(*entries);
        recountDuplicates();
    }
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
    return m_file.isOpen();
}

bool Workspace::save(QString *error)
{
    m_saveTimer.stop();
    if (!isOpen()) {
        if (error)
            *error = m_error;
        return false;
    }
    return m_file.save(m_entries, error);
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
    const QStringList files = expandDossierPaths(paths);
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
        if (m_entries.at(at).isStale())
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
        if (e.isStale())
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
    m_watcher.setFuture(QtConcurrent::mapped(batch, &readReceivedDossier));
}

void Workspace::cancelLoading()
{
    m_queue.clear();
    m_watcher.cancel();
}

void Workspace::applyRead(const Read &read)
{
    const int i = indexOf(read.path);
    if (i < 0)
        return; // removed while it was being read
    shenbao::applyRead(m_entries[i], read);
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
        e.result = readReceivedDossier(e.path).result;
    return e.result;
}

std::shared_ptr<const DossierReadResult> Workspace::requestResult(int index)
{
    const WorkspaceEntry &e = m_entries.at(index);
    if (e.result || !e.loaded || m_rereading.contains(e.path))
        return e.result;
    m_rereading.insert(e.path);
    // The worker gets only the path: if the workspace goes first, the watcher (its child) goes
    // with it and the result is dropped.
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Read read = watcher->result();
        m_rereading.remove(read.path);
        const int i = indexOf(read.path);
        if (i < 0 || m_entries.at(i).result)
            return; // removed meanwhile, or read by a batch meanwhile
        WorkspaceEntry &e = m_entries[i];
        if (read.size == e.size && read.modified == e.modified)
            e.result = read.result;
        else
            applyRead(read); // the file changed since it was cached: take it all again
        emit entryChanged(i);
    });
    watcher->setFuture(QtConcurrent::run(&readReceivedDossier, e.path));
    return nullptr;
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
    QList<BatchCandidate> candidates;
    for (int i : std::as_const(sorted)) {
        const WorkspaceEntry &e = m_entries.at(i);
        candidates << BatchCandidate{e.path, e.loaded, e.state, e.row, e.remarks};
    }
    const SummaryBatch batch = summaryBatch(candidates);
    if (batch.ok())
        return batch.rows;
    QStringList problems;
    for (const BatchIssue &issue : batch.issues) {
        const QString name =
            issue.index < 0 ? QString() : QFileInfo(candidates.at(issue.index).path).fileName();
        switch (issue.kind) {
        case BatchIssue::Kind::NothingSelected:
            problems << tr("No dossier selected.");
            break;
        case BatchIssue::Kind::NotRead:
            problems << tr("%1: not read yet.").arg(name);
            break;
        case BatchIssue::Kind::Unusable:
        case BatchIssue::Kind::IntegrityFailed:
            problems << tr("%1: integrity check failed or not a Shenbao dossier; it cannot go "
                           "into the table.")
                            .arg(name);
            break;
        case BatchIssue::Kind::SameApplicant:
            problems << tr("%1: the same applicant (%2) is selected twice; keep only one.")
                            .arg(name, issue.uscc);
            break;
        }
    }
    if (error)
        *error = problems.join(u'\n');
    return std::nullopt;
}

} // namespace shenbao
