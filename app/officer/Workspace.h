// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "dossier/DossierReader.h"
#include "summary/SummaryRow.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace shenbao {

namespace sqlite {
class Database;
}

// One received dossier as the workspace remembers it. The cached figures let a workspace of
// hundreds of dossiers reopen without reading any of them again; size and mtime tell when
// the file changed and must be read again.
struct WorkspaceEntry
{
    QString path;
    qint64 size = -1;
    QDateTime modified;
    bool loaded = false; // false: not read yet (queued, reading, or cancelled)
    DossierReadResult::State state = DossierReadResult::State::Unreadable;
    QStringList errors;   // the findings that fail integrity, as text
    QStringList warnings; // findings worth showing that do not fail it
    int pageCount = 0;
    QString fingerprint;
    SummaryRow row; // Attachment 3 columns from the officer's own evaluation (order unset)
    std::optional<Verdict> verdict; // the recomputed one; empty without embedded data
    QString remarks;                // 初审意见
    // The full read result of this session, for the rule list and the viewer; empty after
    // reopening until readResult() reads the file again.
    std::shared_ptr<const DossierReadResult> result;
};

// The officer's workspace: the received dossiers in recommendation order, their cached read
// results and the officer's remarks, persisted in one SQLite file of its own. Reading happens
// on worker threads; every change is saved shortly after it happens and on destruction.
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
    struct Read
    {
        QString path;
        qint64 size = -1;
        QDateTime modified;
        std::shared_ptr<const DossierReadResult> result;
    };
    static Read readOne(const QString &path);

    bool openDatabase();
    void loadFromDatabase();
    void startNextBatch();
    void applyRead(const Read &read);
    void recountDuplicates();
    void scheduleSave();

    QString m_dbPath;
    QString m_error;
    std::unique_ptr<sqlite::Database> m_db;
    QList<WorkspaceEntry> m_entries;
    QHash<QString, int> m_usccCount, m_fingerprintCount;
    QStringList m_queue; // waiting for the current batch to finish
    QFutureWatcher<Read> m_watcher;
    bool m_reading = false;
    int m_batchDone = 0, m_batchTotal = 0;
    QTimer m_saveTimer;
};

} // namespace shenbao
