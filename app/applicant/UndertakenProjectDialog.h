// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "model/Project.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UndertakenProjectDialog;
}

namespace shenbao {

// Adds or edits one undertaken project (承担项目) with the files that prove it; the page turns
// the result into one undo command.
class UndertakenProjectDialog : public QDialog
{
    Q_OBJECT

public:
    UndertakenProjectDialog(const Project &project, const CallDefinition &call,
                            const UndertakenProject &item, QWidget *parent = nullptr);
    ~UndertakenProjectDialog() override;

    UndertakenProject value() const;

private:
    void validate();
    void chooseEvidence();

    std::unique_ptr<Ui::UndertakenProjectDialog> ui;
    const Project &m_project;
    const CallDefinition &m_call;
    UndertakenProject m_item;
};

} // namespace shenbao
