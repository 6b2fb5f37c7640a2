// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/PatentDialog.h"
#include "applicant/ListEditorPage.h"
#include "gui/ChoiceText.h"

#include "model/Money.h"
#include "ui_PatentDialog.h"

#include <QPushButton>

namespace shenbao {

PatentDialog::PatentDialog(const CallDefinition &call, const Patent &patent, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::PatentDialog>())
    , m_patent(patent)
{
    ui->setupUi(this);
    ui->kindCombo->addItem(tr("— choose —"), QVariant());
    for (const PatentKind k : allValues<PatentKind>())
        ui->kindCombo->addItem(ChoiceText::nameOf(call, k, "patentKind"), toKey(k));
    ui->coreCombo->addItem(tr("— not answered —"), QVariant());
    ui->coreCombo->addItem(tr("Yes"), true);
    ui->coreCombo->addItem(tr("No"), false);

    ui->titleEdit->setText(patent.title.value_or(QString()));
    ui->numberEdit->setText(patent.number.value_or(QString()));
    ui->kindCombo->setCurrentIndex(
        patent.kind ? std::max(0, ui->kindCombo->findData(toKey(*patent.kind))) : 0);
    ui->grantedEdit->setText(patent.granted ? patent.granted->toString(Qt::ISODate) : QString());
    ui->coreCombo->setCurrentIndex(patent.core ? (*patent.core ? 1 : 2) : 0);

    connect(ui->grantedEdit, &QLineEdit::textChanged, this, &PatentDialog::validate);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

PatentDialog::~PatentDialog() = default;

void PatentDialog::validate()
{
    const QString date = ui->grantedEdit->text().trimmed();
    const bool dateOk = date.isEmpty() || parseDate(date);
    ui->problemLabel->setText(dateOk ? QString() : tr("Enter the grant date as 2020-06-01."));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(dateOk);
}

Patent PatentDialog::value() const
{
    Patent p = m_patent; // keeps the evidence links
    p.title = textOrNull(ui->titleEdit->text());
    p.number = textOrNull(ui->numberEdit->text());
    const QVariant kind = ui->kindCombo->currentData();
    p.kind = kind.isNull() ? std::nullopt : fromKey<PatentKind>(kind.toString());
    p.granted = parseDate(ui->grantedEdit->text());
    const QVariant core = ui->coreCombo->currentData();
    p.core = core.isNull() ? std::nullopt : std::optional<bool>(core.toBool());
    return p;
}

} // namespace shenbao
