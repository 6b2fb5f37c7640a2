// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/ListEditorPage.h"

#include <memory>

namespace Ui {
class CasesPage;
}

namespace shenbao {

// ⑤ 典型案例: the case list, with which cases count as Guangdong cases of the case year.
class CasesPage : public ListEditorPage
{
    Q_OBJECT

public:
    CasesPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~CasesPage() override;

protected:
    void refresh() override;
    void retranslate() override;
    void retranslateForm() override;

    qsizetype itemCount() const override;
    bool addItem() override;
    void editItem(int row) override;
    void removeItem(int row) override;
    QVariant cellData(int row, int column, int role) const override;

private:
    bool isInGuangdong(const Case &c) const;

    std::unique_ptr<Ui::CasesPage> ui;
};

} // namespace shenbao
