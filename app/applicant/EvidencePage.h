// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/StepPage.h"
#include "model/Problem.h"

#include <memory>

namespace Ui {
class EvidencePage;
}

namespace shenbao {

class EvidencePreview;
class EvidenceThumbnails;

// ⑨ 佐证材料: the evidence files in binding order, with category, title and the item each
// proves; attach by drag and drop or file dialog (both through addFiles), replace, remove,
// reorder, and preview.
class EvidencePage : public StepPage
{
    Q_OBJECT

public:
    EvidencePage(ProjectDocument *document, QWidget *parent = nullptr);
    ~EvidencePage() override;

    // Attaches files, each as one undo step, and shows the problems found at once. The one
    // path for dropped files and the file dialog.
    Problems addFiles(const QStringList &paths);
    bool focusPath(const QString &path) override;
    QString selectedId() const { return m_selectedId; }
    void select(const QString &evidenceId);
    EvidencePreview *preview() const { return m_preview; }
    // Whether attaching an encrypted PDF asks for its password (off in tests).
    void setPromptForPasswords(bool prompt) { m_promptPasswords = prompt; }

protected:
    void refresh() override;
    void retranslate() override;
    void retranslateForm() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
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
    QString m_selectedId;
    QString m_previewedSha;
    bool m_promptPasswords = true;
    bool m_updating = false;
};

} // namespace shenbao
