// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "model/Problem.h"
#include "model/Project.h"
#include "rules/Evaluation.h"
#include "store/ProjectFile.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace shenbao {

// One open project, as the windows see it (after Tiled's Document): it owns the project file,
// the current data, their evaluation and the undo stack. Every change goes through edit(),
// which pushes one undo command; the command saves at once, in one transaction, the rows of
// the project file the edit changed (ProjectFile::save compares with what the file holds), so
// there is no "save" and a crash loses at most the edit in flight.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    using Edit = std::function<void(Project &)>;

    ~ProjectDocument() override;

    static std::unique_ptr<ProjectDocument> create(const QString &path, QString *error);
    static std::unique_ptr<ProjectDocument> open(const QString &path, QString *error);
    // Writes the bundled demo project to `path` (which must not exist) and opens it.
    static std::unique_ptr<ProjectDocument> createDemo(const QString &path, QString *error);

    QString path() const;
    // The applicant's name, or the file's base name while the name is empty.
    QString displayName() const;
    const CallDefinition &call() const { return m_call; }
    const Project &project() const { return m_project; }
    const Evaluation &evaluation() const { return m_evaluation; }
    // Evaluation problems plus the field checks of attachment2-form.md, without duplicates.
    const Problems &problems() const { return m_problems; }
    QUndoStack *undoStack() { return &m_undoStack; }
    ProjectFile &file() { return *m_file; }
    const ProjectFile &file() const { return *m_file; }

    // Applies `change` to a copy of the project and pushes it as one undo command named
    // `text`. Consecutive edits with the same non-empty `mergeKey` merge into one command
    // (typing into one field is one undo step). Does nothing if the data do not change.
    void edit(const QString &text, const Edit &change, const QString &mergeKey = {});

    // Stores the file's bytes first (outside the undo stack: blobs are kept until the document
    // closes, so undo/redo of the entry stays possible), then adds the entry as one command.
    // Returns the new evidence id, or empty if the file could not be stored; `problems`
    // receives every problem found, warnings included, each naming the file.
    // `link` (optional) runs in the same command with the new id, e.g. to link a patent.
    QString addEvidenceFile(const QString &filePath, const Evidence &metadata, Problems *problems,
                            const std::function<void(Project &, const QString &)> &link = {});
    // The second half of addEvidenceFile, for bytes already stored (by a worker, EvidenceAttach):
    // adds the entry for `stored` as one command, warning in `problems` when the same bytes
    // are attached already. Reads no file: cheap enough for the GUI thread.
    void attachStoredEvidence(const StoredFile &stored, const QString &filePath,
                              const Evidence &metadata, Problems *problems,
                              const std::function<void(Project &, const QString &)> &link = {});
    // Stores `filePath` under a new id and swaps it in for `evidenceId` everywhere it is
    // referenced; undo swaps back. Returns the new id or empty.
    QString replaceEvidenceFile(const QString &evidenceId, const QString &filePath,
                                Problems *problems);
    // Removes the entry and every reference to it (patents, cases, qualifications).
    // The second half of replaceEvidenceFile, for bytes already stored under a new id (by a
    // worker); false when `evidenceId` is gone meanwhile.
    bool swapInStoredEvidence(const QString &evidenceId, const StoredFile &stored);
    void removeEvidence(const QString &evidenceId);
    QString newEvidenceId() const;
    // `count` consecutive fresh ids, for a batch stored by a worker in one go.
    QStringList newEvidenceIds(int count) const;

    // Passwords of encrypted PDF evidence for this session only; never written to the file.
    QHash<QString, QString> passwords() const { return m_passwords; }
    void setPassword(const QString &evidenceId, const QString &password);

    // Used by the undo commands: makes `project` current, writes it, re-evaluates, notifies.
    void setProject(const Project &project);

signals:
    void changed();
    // Writing to the project file failed; the data stay in memory and the next edit retries.
    void saveFailed(const QString &message);

private:
    ProjectDocument(std::unique_ptr<ProjectFile> file, const CallDefinition &call);
    void reevaluate();
    void removeOrphanBlobs();

    std::unique_ptr<ProjectFile> m_file;
    const CallDefinition &m_call;
    Project m_project;
    Evaluation m_evaluation;
    Problems m_problems;
    QUndoStack m_undoStack;
    QHash<QString, QString> m_passwords;
};

} // namespace shenbao
