// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "model/Project.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OtherQualificationDialog;
}

namespace shenbao {

// Adds or edits one qualification beyond the nine direct-recognition kinds (高新技术企业 …)
// with its certificate; the page turns the result into one undo command.
class OtherQualificationDialog : public QDialog
{
    Q_OBJECT

public:
    OtherQualificationDialog(const Project &project, const CallDefinition &call,
                             const OtherQualification &item, QWidget *parent = nullptr);
    ~OtherQualificationDialog() override;

    OtherQualification value() const;

private:
    void validate();
    void chooseEvidence();

    std::unique_ptr<Ui::OtherQualificationDialog> ui;
    const Project &m_project;
    const CallDefinition &m_call;
    OtherQualification m_item;
};

} // namespace shenbao
