// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/StepPage.h"

#include <memory>

namespace Ui {
class FinancePage;
}

namespace shenbao {

// ③ 经营情况: revenue, main revenue, profit and R&D spending for the call's three years, typed
// in 万元 and stored as integer 元, with the three-year averages computed exactly.
class FinancePage : public StepPage
{
    Q_OBJECT

public:
    FinancePage(ProjectDocument *document, QWidget *parent = nullptr);
    ~FinancePage() override;

protected:
    void refresh() override;
    void retranslateForm() override;

private:
    void nameCells();

    std::unique_ptr<Ui::FinancePage> ui;
};

} // namespace shenbao
