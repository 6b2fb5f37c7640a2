// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/StepPage.h"

#include "model/Project.h"

#include <memory>
#include <optional>

namespace Ui {
class ReviewPage;
}

namespace shenbao {

class ChecksView;
class CrossCheckPanel;

// ⑩ 检查: the full checks with room for the clause texts and a word on what to do next.
class ReviewPage : public StepPage
{
    Q_OBJECT

public:
    ReviewPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~ReviewPage() override;

    ChecksView *checks() const { return m_checks; }
    CrossCheckPanel *crossCheck() const { return m_crossCheck; }

signals:
    void jumpTo(const QString &path);
    void exportRequested();

protected:
    void refresh() override;
    void retranslateForm() override;

private:
    std::unique_ptr<Ui::ReviewPage> ui;
    ChecksView *m_checks;
    CrossCheckPanel *m_crossCheck;
    // The data the cross-check was set up for: a new job (and no stale results) when it changes.
    std::optional<Project> m_crossCheckProject;
};

} // namespace shenbao
