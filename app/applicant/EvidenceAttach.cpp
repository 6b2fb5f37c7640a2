// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/EvidenceAttach.h"

#include <QPromise>
#include <QtConcurrent>

namespace shenbao {

namespace {

// Waits until the GUI has taken the previous file in; false when cancelled meanwhile.
bool waitForTurn(EvidenceAttach::Shared &shared)
{
    while (!shared.applied.tryAcquire(1, 50)) {
        if (shared.cancelled.load())
            return false;
    }
    return !shared.cancelled.load();
}

void storeAll(QPromise<AttachedFile> &promise, const QString &projectPath,
              const QList<AttachRequest> &files,
              const std::shared_ptr<EvidenceAttach::Shared> &shared)
{
    promise.setProgressRange(0, int(files.size()));
    QString error;
    const auto project = ProjectFile::open(projectPath, &error);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if ((i > 0 && !waitForTurn(*shared)) || shared->cancelled.load())
            return;
        AttachedFile done{files[i], std::nullopt, {}};
        if (project)
            done.stored =
                project->storeEvidenceFile(files[i].evidenceId, files[i].path, &done.problems);
        else
            done.problems.append({Problem::Severity::Error, files[i].path, error});
        promise.addResult(std::move(done));
        promise.setProgressValue(int(i + 1));
    }
}

} // namespace

EvidenceAttach::EvidenceAttach(QObject *parent)
    : QObject(parent)
{
    // The future is never cancelled itself (the flag stops the loop), so every stored file's
    // result reaches fileDone, cancelled or not: nothing stored goes unannounced.
    connect(&m_watcher, &QFutureWatcher<AttachedFile>::resultReadyAt, this, [this](int index) {
        emit fileDone(m_watcher.resultAt(index));
        // Taken in (the entry added, the page refreshed): the worker may write the next.
        if (m_shared)
            m_shared->applied.release();
    });
    connect(&m_watcher, &QFutureWatcher<AttachedFile>::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<AttachedFile>::finished, this, &EvidenceAttach::finished);
}

EvidenceAttach::~EvidenceAttach()
{
    cancel();
    m_watcher.waitForFinished();
}

void EvidenceAttach::start(const QString &projectPath, const QList<AttachRequest> &files)
{
    if (isRunning())
        return;
    m_shared = std::make_shared<Shared>();
    m_watcher.setFuture(QtConcurrent::run(&storeAll, projectPath, files, m_shared));
}

void EvidenceAttach::cancel()
{
    if (m_shared)
        m_shared->cancelled.store(true);
}

bool EvidenceAttach::isRunning() const
{
    return m_watcher.isRunning();
}

bool EvidenceAttach::isCancelled() const
{
    return m_shared && m_shared->cancelled.load();
}

} // namespace shenbao
