// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/StepPage.h"

#include <memory>

namespace Ui {
class NarrativePage;
}

namespace shenbao {

// ⑧ 简介与规划: profile, offering and plan, each with a character counter against its limit.
class NarrativePage : public StepPage
{
    Q_OBJECT

public:
    NarrativePage(ProjectDocument *document, QWidget *parent = nullptr);
    ~NarrativePage() override;

protected:
    void refresh() override;
    void retranslateForm() override;

private:
    std::unique_ptr<Ui::NarrativePage> ui;
};

} // namespace shenbao
