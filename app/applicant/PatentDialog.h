// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "model/Project.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PatentDialog;
}

namespace shenbao {

// Adds or edits one patent; the page turns the result into one undo command.
class PatentDialog : public QDialog
{
    Q_OBJECT

public:
    PatentDialog(const CallDefinition &call, const Patent &patent, QWidget *parent = nullptr);
    ~PatentDialog() override;

    Patent value() const;

private:
    void validate();

    std::unique_ptr<Ui::PatentDialog> ui;
    Patent m_patent;
};

} // namespace shenbao
