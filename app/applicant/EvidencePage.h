// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/EvidenceAttach.h"
#include "applicant/StepPage.h"
#include "model/Problem.h"
#include "model/Project.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace Ui {
class EvidencePage;
}

namespace shenbao {

class EvidencePreview;
class EvidenceThumbnails;
class RowTableModel;

// ⑨ 佐证材料: the evidence files in binding order, with category, title and the item each
// proves; attach by drag and drop or file dialog (both through addFiles), replace, remove,
// reorder, and preview. Files are read, inspected and stored on a worker (EvidenceAttach),
// with progress and cancel; each finished file becomes an entry on the GUI thread.
class EvidencePage : public StepPage
{
    Q_OBJECT

public:
    EvidencePage(ProjectDocument *document, QWidget *parent = nullptr);
    ~EvidencePage() override;

    // Attaches files, each as one undo step: returns at once; the files are stored on a worker
    // and added as each is done, and filesAdded reports every problem found (one line a file)
    // when all are. The one path for dropped files and the file dialog. Files given while an
    // add runs are queued behind it.
    void addFiles(const QStringList &paths);
    bool isAdding() const { return m_adding; }
    // Stops after the file being stored; the rest are reported as not attached.
    void cancelAdding();
    bool focusPath(const QString &path) override;
    QString selectedId() const { return m_selectedId; }
    void select(const QString &evidenceId);
    EvidencePreview *preview() const { return m_preview; }
    // Whether attaching an encrypted PDF asks for its password (off in tests).
    void setPromptForPasswords(bool prompt) { m_promptPasswords = prompt; }

signals:
    // An add (or replace) has finished: the problems it found, warnings included.
    void filesAdded(const shenbao::Problems &problems);

protected:
    void refresh() override;
    void retranslate() override;
    void retranslateForm() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpTable();
    void bindDetails();
    void fillTable();
    // The table's cells, computed when the view shows them (rows in binding order).
    QVariant cell(int row, int column, int role) const;
    QString idAt(int row) const;
    void showMissing();
    void enqueue(const QStringList &paths, const QString &replaces);
    void startNextBatch();
    void applyStored(const AttachedFile &file);
    void finishBatch();
    void showAddProgress(int done, int total);
    QList<int> bindingOrder() const;
    void showSelected();
    void fillProvesCombo();
    void chooseFiles();
    void replaceFile();
    void removeSelected();
    void move(int direction);
    void askPassword(const QString &evidenceId);
    void showProblems(const Problems &problems);
    void updateThumbnail(const QString &sha256);

    std::unique_ptr<Ui::EvidencePage> ui;
    EvidencePreview *m_preview;
    EvidenceThumbnails *m_thumbnails;
    EvidenceAttach *m_attach;
    // The project's item lists when something was built from them: an edit that did not touch
    // them leaves them shared with the project's (implicit sharing), so what was built holds.
    struct ItemLists
    {
        ItemLists() = default;
        explicit ItemLists(const Project &p)
            : patents(p.patents)
            , cases(p.cases)
            , qualifications(p.qualifications)
        {
        }
        bool same(const Project &p) const;
        QList<Patent> patents;
        QList<Case> cases;
        QList<Qualification> qualifications;
    };

    RowTableModel *m_model;
    QList<int> m_order; // row → index in the project's evidence (binding order)
    mutable std::optional<QHash<QString, QString>> m_links; // evidence id → item it proves
    mutable ItemLists m_items;                              // those m_links was built from
    std::optional<ItemLists> m_comboItems;                  // those the proves list shows
    std::optional<ItemLists> m_shownItems;                  // those the table shows
    QList<Evidence> m_shownEvidence;                        // the entries the table shows
    bool m_shownAdding = false;                             // thumbnails held back then
    QHash<QString, int> m_provesIndex;                      // item path → its index there
    bool m_fitted = false;
    QList<AttachRequest> m_queue;   // waiting for the running batch (ids given at its start)
    QList<AttachRequest> m_pending; // the running batch's files not yet done
    Problems m_addProblems;
    QStringList m_needPassword;
    QString m_lastAttached;
    bool m_adding = false;
    QString m_selectedId;
    QString m_previewedSha;
    bool m_promptPasswords = true;
    bool m_updating = false;
};

} // namespace shenbao
