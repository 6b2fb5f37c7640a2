// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/StepPage.h"

#include <memory>

namespace Ui {
class DomainPage;
}

namespace shenbao {

// ① 申报领域: the eight domains with their one-line conditions, the talent and pilot sub-kinds,
// the first-batch question and the qualifications that open the direct route.
class DomainPage : public StepPage
{
    Q_OBJECT

public:
    DomainPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~DomainPage() override;

    bool focusPath(const QString &path) override;

protected:
    void refresh() override;
    void retranslate() override;
    void retranslateForm() override;

private:
    void fillPilotSubcategories();
    void onDomainChosen();
    void onPilotCategoryChosen();
    void onPilotSubcategoryChosen();
    void onQualificationEdited(int row, int column);

    std::unique_ptr<Ui::DomainPage> ui;
    bool m_updating = false;
};

} // namespace shenbao
