// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/OtherQualificationDialog.h"

#include "applicant/EvidencePickerDialog.h"
#include "applicant/ListEditorPage.h"
#include "model/Money.h"
#include "ui_OtherQualificationDialog.h"

#include <QPushButton>

namespace shenbao {

OtherQualificationDialog::OtherQualificationDialog(const Project &project,
                                                   const CallDefinition &call,
                                                   const OtherQualification &item, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::OtherQualificationDialog>())
    , m_project(project)
    , m_call(call)
    , m_item(item)
{
    ui->setupUi(this);
    ui->titleEdit->setText(item.title.value_or(QString()));
    ui->issuerEdit->setText(item.issuer.value_or(QString()));
    ui->grantedEdit->setText(item.granted ? item.granted->toString(Qt::ISODate) : QString());
    ui->evidenceButton->setText(EvidencePickerDialog::buttonText(m_item.evidence.size()));
    connect(ui->grantedEdit, &QLineEdit::textChanged, this, &OtherQualificationDialog::validate);
    connect(ui->evidenceButton, &QPushButton::clicked, this,
            &OtherQualificationDialog::chooseEvidence);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

OtherQualificationDialog::~OtherQualificationDialog() = default;

void OtherQualificationDialog::validate()
{
    const QString date = ui->grantedEdit->text().trimmed();
    const bool dateOk = date.isEmpty() || parseDate(date);
    ui->problemLabel->setText(dateOk ? QString()
                                     : tr("Enter the date of the certificate as 2021-12-20."));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(dateOk);
}

void OtherQualificationDialog::chooseEvidence()
{
    const QString name = ui->titleEdit->text().trimmed();
    EvidencePickerDialog picker(m_project, m_call, name.isEmpty() ? tr("this qualification") : name,
                                m_item.evidence, this);
    if (picker.exec() == QDialog::Accepted) {
        m_item.evidence = picker.linked();
        ui->evidenceButton->setText(EvidencePickerDialog::buttonText(m_item.evidence.size()));
    }
}

OtherQualification OtherQualificationDialog::value() const
{
    OtherQualification q = m_item;
    q.title = textOrNull(ui->titleEdit->text());
    q.issuer = textOrNull(ui->issuerEdit->text());
    q.granted = parseDate(ui->grantedEdit->text());
    return q;
}

} // namespace shenbao
