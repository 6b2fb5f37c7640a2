// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/StepPage.h"

#include <memory>

namespace Ui {
class BasicInfoPage;
}

namespace shenbao {

// ② 基本信息: the applicant, its contact, staff and R&D, and the declarations behind BASE-1,
// BASE-3 and BASE-4.
class BasicInfoPage : public StepPage
{
    Q_OBJECT

public:
    BasicInfoPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~BasicInfoPage() override;

protected:
    void refresh() override {}
    void retranslate() override;
    void retranslateForm() override;

private:
    void bindApplicantFields();
    void bindContactFields();
    void bindStaffFields();
    void bindDeclarations();

    std::unique_ptr<Ui::BasicInfoPage> ui;
};

} // namespace shenbao
