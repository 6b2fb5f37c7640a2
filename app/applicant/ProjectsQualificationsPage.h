// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/ListEditorPage.h"

#include <memory>

namespace Ui {
class ProjectsQualificationsPage;
}

namespace shenbao {

// ⑥ 承担项目与其他资质: the projects the applicant has undertaken (undertakenProjects, the
// page's first list) and its qualifications beyond the nine direct-recognition kinds
// (otherQualifications), each row with the evidence that proves it.
class ProjectsQualificationsPage : public ListEditorPage
{
    Q_OBJECT

public:
    ProjectsQualificationsPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~ProjectsQualificationsPage() override;

protected:
    void refresh() override;
    void retranslate() override;
    void retranslateForm() override;

    qsizetype itemCount() const override;
    bool addItem() override;
    void editItem(int row) override;
    void removeItem(int row) override;

private:
    bool addQualification();
    void editQualification(int row);
    void removeQualification(int row);
    std::optional<UndertakenProject> runProjectDialog(const UndertakenProject &item,
                                                      const QString &title);
    std::optional<OtherQualification> runQualificationDialog(const OtherQualification &item,
                                                             const QString &title);

    std::unique_ptr<Ui::ProjectsQualificationsPage> ui;
    int m_qualificationList = 0;
};

} // namespace shenbao
