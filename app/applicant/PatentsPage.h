// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/ListEditorPage.h"

#include <memory>

namespace Ui {
class PatentsPage;
}

namespace shenbao {

// ④ 知识产权: the patent list (add, edit, remove, CSV import) and the software copyrights count.
class PatentsPage : public ListEditorPage
{
    Q_OBJECT

public:
    PatentsPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~PatentsPage() override;

    // Imports patents from a CSV file as one undo step; returns the problems found.
    QStringList importCsv(const QString &fileName);

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
    void chooseCsv();

    std::unique_ptr<Ui::PatentsPage> ui;
};

} // namespace shenbao
