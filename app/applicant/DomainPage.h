// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/StepPage.h"
#include "model/Project.h"

#include <functional>

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
    // Replaces the question asked before a domain switch that hides data or changes the
    // verdict (tests answer it).
    void setConfirm(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    // Whether the project holds data that only `domain` shows (its details, talent kind …).
    static bool hasOwnData(const Project &project, Domain domain);

protected:
    void refresh() override;
    void retranslate() override;
    void retranslateForm() override;

private:
    void fillPilotSubcategories();
    void onDomainChosen();
    QString switchQuestion(const Project &project, std::optional<Domain> to) const;
    void onPilotCategoryChosen();
    void onPilotSubcategoryChosen();
    void onQualificationEdited(int row, int column);

    std::unique_ptr<Ui::DomainPage> ui;
    bool m_updating = false;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace shenbao
