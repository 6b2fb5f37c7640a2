// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/StepPage.h"

#include <memory>

namespace Ui {
class CasesPage;
}

namespace shenbao {

// ⑤ 典型案例: the case list, with which cases count as Guangdong cases of the case year.
class CasesPage : public StepPage
{
    Q_OBJECT

public:
    CasesPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~CasesPage() override;

    bool focusPath(const QString &path) override;

protected:
    void refresh() override;
    void retranslate() override;
    void retranslateForm() override;

private:
    void addCase();
    void editCase();
    void removeCase();
    void updateButtons();
    int currentRow() const;

    std::unique_ptr<Ui::CasesPage> ui;
};

} // namespace shenbao
