// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "model/Project.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CaseDialog;
}

namespace shenbao {

// Adds or edits one typical case, with the summary's character counter against the limit.
class CaseDialog : public QDialog
{
    Q_OBJECT

public:
    CaseDialog(const CallDefinition &call, const Case &c, QWidget *parent = nullptr);
    ~CaseDialog() override;

    Case value() const;

private:
    void validate();

    std::unique_ptr<Ui::CaseDialog> ui;
    Case m_case;
    int m_summaryLimit = 0;
    const CallDefinition &m_call;
    int m_caseYear = 0;
};

} // namespace shenbao
