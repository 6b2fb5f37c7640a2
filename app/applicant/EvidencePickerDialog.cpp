// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/EvidencePickerDialog.h"

#include "gui/ChoiceText.h"
#include "ui_EvidencePickerDialog.h"

#include <QListWidgetItem>

namespace shenbao {

EvidencePickerDialog::EvidencePickerDialog(const Project &project, const CallDefinition &call,
                                           const QString &item, const QStringList &linked,
                                           QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::EvidencePickerDialog>())
{
    ui->setupUi(this);
    ui->introLabel->setText(tr("Tick the files that prove 「%1」:").arg(item));
    for (const Evidence &e : project.evidence) {
        QString text = e.title.value_or(e.id);
        if (e.category)
            text +=
                QStringLiteral(" — ") + ChoiceText::nameOf(call, *e.category, "evidenceCategory");
        if (e.pages)
            text += tr(" (%n page(s))", nullptr, *e.pages);
        auto *row = new QListWidgetItem(text, ui->evidenceList);
        row->setData(Qt::UserRole, e.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        row->setCheckState(linked.contains(e.id) ? Qt::Checked : Qt::Unchecked);
    }
    ui->emptyLabel->setVisible(project.evidence.isEmpty());
    ui->evidenceList->setVisible(!project.evidence.isEmpty());
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

EvidencePickerDialog::~EvidencePickerDialog() = default;

QStringList EvidencePickerDialog::linked() const
{
    QStringList ids;
    for (int i = 0; i < ui->evidenceList->count(); ++i) {
        const QListWidgetItem *row = ui->evidenceList->item(i);
        if (row->checkState() == Qt::Checked)
            ids << row->data(Qt::UserRole).toString();
    }
    return ids;
}

QString EvidencePickerDialog::buttonText(qsizetype linkedCount)
{
    return linkedCount == 0 ? tr("Link evidence…")
                            : tr("%n file(s) linked…", nullptr, int(linkedCount));
}

} // namespace shenbao
