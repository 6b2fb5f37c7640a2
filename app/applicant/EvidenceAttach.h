// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Problem.h"
#include "store/ProjectFile.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QSemaphore>

#include <atomic>
#include <memory>
#include <optional>

namespace shenbao {

// One evidence file to attach: where it is, the id its bytes are stored under, and the entry
// whose file it replaces (empty when it is a new entry).
struct AttachRequest
{
    QString path;
    QString evidenceId;
    QString replaces;
};

// What the worker made of one file: its stored metadata, or the problems that kept it out
// (each naming the file), and any warnings.
struct AttachedFile
{
    AttachRequest request;
    std::optional<StoredFile> stored;
    Problems problems;
};

// Stores evidence files into a project file on a worker thread, one file after another:
// reading, type sniffing, qpdf's inspection, hashing and the blob write all happen there, so
// the GUI thread only adds each finished file's entry (ProjectDocument::attachStoredEvidence).
// The worker opens the project file with a connection of its own (as DossierExport does):
// SQLite handles are not shared across threads, and the document's file may change under it.
// Cancel takes effect between files; the file being stored is finished, the rest are skipped.
// One file at a time is in flight: the worker writes the next only after the GUI has taken
// the last one in, because SQLite has one writer per file: a blob being written would make
// the GUI's own save of the new entry (and its reads) wait for the whole blob.
class EvidenceAttach : public QObject
{
    Q_OBJECT

public:
    explicit EvidenceAttach(QObject *parent = nullptr);
    // Cancels and waits: the worker never outlives the page that started it.
    ~EvidenceAttach() override;

    void start(const QString &projectPath, const QList<AttachRequest> &files);
    void cancel();
    bool isRunning() const;
    bool isCancelled() const;

    // What the GUI thread and the worker share.
    struct Shared
    {
        std::atomic<bool> cancelled{false};
        QSemaphore applied; // released each time the GUI has taken a file in
    };

signals:
    // On the GUI thread, in the order of the files, as each one is stored (or refused).
    void fileDone(const shenbao::AttachedFile &file);
    void progress(int done, int total);
    void finished();

private:
    QFutureWatcher<AttachedFile> m_watcher;
    std::shared_ptr<Shared> m_shared;
};

} // namespace shenbao
