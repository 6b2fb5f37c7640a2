// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/StepPage.h"

#include <memory>

namespace Ui {
class ReviewPage;
}

namespace shenbao {

class ChecksView;

// ⑨ 检查: the full checks with room for the clause texts and a word on what to do next.
class ReviewPage : public StepPage
{
    Q_OBJECT

public:
    ReviewPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~ReviewPage() override;

    ChecksView *checks() const { return m_checks; }

signals:
    void jumpTo(const QString &path);
    void exportRequested();

protected:
    void refresh() override;
    void retranslateForm() override;

private:
    std::unique_ptr<Ui::ReviewPage> ui;
    ChecksView *m_checks;
};

} // namespace shenbao
