// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "model/Project.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EvidencePickerDialog;
}

namespace shenbao {

// Chooses which of the attached evidence files prove one item (the R&D team, a partner's
// agreement, the pilot's acceptance report …): every file with a check box, the linked ones
// ticked. Files are attached in the evidence step; this only links them.
class EvidencePickerDialog : public QDialog
{
    Q_OBJECT

public:
    EvidencePickerDialog(const Project &project, const CallDefinition &call, const QString &item,
                         const QStringList &linked, QWidget *parent = nullptr);
    ~EvidencePickerDialog() override;

    // The ticked files' ids, in the project's evidence order.
    QStringList linked() const;
    // What a button that opens this dialog says: 「关联佐证…」 or 「已关联 2 份…」.
    static QString buttonText(qsizetype linkedCount);

private:
    std::unique_ptr<Ui::EvidencePickerDialog> ui;
};

} // namespace shenbao
