// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "review/ReceivedDossier.h"
#include "review/WorkspaceFile.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace shenbao {

// The officer's workspace: the received dossiers in recommendation order, their cached read
// results and the officer's remarks, persisted in a WorkspaceFile (core/review). This object
// adds what a window needs: reading on worker threads, change signals, and saving shortly
// after each change and on destruction.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // QStandardPaths::AppDataLocation/officer-workspace.sqlite
    static QString defaultPath();

    explicit Workspace(const QString &databasePath = defaultPath(), QObject *parent = nullptr);
    ~Workspace() override;

    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString databasePath() const { return m_dbPath; }

    int count() const { return int(m_entries.size()); }
    const WorkspaceEntry &entry(int index) const { return m_entries.at(index); }
    int indexOf(const QString &path) const;

    // Files and folders (searched recursively for *.pdf); paths already in the workspace are
    // read again only if they changed. New dossiers go to the end of the recommendation
    // order. Returns how many dossiers were queued for reading.
    int addPaths(const QStringList &paths);
    // Queues every dossier that was never read or whose file changed since it was read.
    int refresh();
    // True until every result is applied (the watcher's signals arrive after its future ends).
    bool isLoading() const { return m_reading || !m_queue.isEmpty(); }
    void cancelLoading();

    void move(int from, int to);
    void remove(const QList<int> &indexes);
    void setRemarks(int index, const QString &remarks);

    // Empty when the dossier is unique; otherwise why it is flagged (same USCC / same
    // fingerprint as another dossier in the workspace).
    QString duplicateReason(int index) const;

    // The full read result of a loaded dossier, reading it again (on this thread, only the
    // embedded data and the page tree) after the workspace was reopened.
    std::shared_ptr<const DossierReadResult> readResult(int index);
    // The same without waiting, for the window: the result if this session has it; otherwise
    // nothing now, and the dossier is read again on a worker thread, after which
    // entryChanged(index) is emitted with the result in the entry.
    std::shared_ptr<const DossierReadResult> requestResult(int index);

    // Attachment 3 rows for `indexes` in recommendation order, numbered 1..n, with the
    // remarks; nothing when one of them cannot go into the table (not read, integrity
    // failed, not a Shenbao dossier, or a duplicate applicant), with *error naming it.
    std::optional<QList<SummaryRow>> summaryRows(const QList<int> &indexes, QString *error) const;

    // Writes the workspace now (otherwise it is written shortly after each change).
    bool save(QString *error = nullptr);

signals:
    void aboutToReset();
    void reset();
    void entryChanged(int index);
    void loadProgress(int done, int total);
    void loadingFinished();

private:
    using Read = ReceivedDossierRead;

    void startNextBatch();
    void applyRead(const Read &read);
    void recountDuplicates();
    void scheduleSave();

    QString m_dbPath;
    QString m_error;
    WorkspaceFile m_file;
    QList<WorkspaceEntry> m_entries;
    QHash<QString, int> m_usccCount, m_fingerprintCount;
    QStringList m_queue;       // waiting for the current batch to finish
    QSet<QString> m_rereading; // paths whose full result requestResult() is reading again
    QFutureWatcher<Read> m_watcher;
    bool m_reading = false;
    int m_batchDone = 0, m_batchTotal = 0;
    QTimer m_saveTimer;
};

} // namespace shenbao
