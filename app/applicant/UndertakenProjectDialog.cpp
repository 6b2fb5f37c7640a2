// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/UndertakenProjectDialog.h"

#include "applicant/EvidencePickerDialog.h"
#include "applicant/ListEditorPage.h"
#include "model/InputText.h"
#include "model/Money.h"
#include "ui_UndertakenProjectDialog.h"

#include <QPushButton>

namespace shenbao {

UndertakenProjectDialog::UndertakenProjectDialog(const Project &project, const CallDefinition &call,
                                                 const UndertakenProject &item, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::UndertakenProjectDialog>())
    , m_project(project)
    , m_call(call)
    , m_item(item)
{
    ui->setupUi(this);
    ui->titleEdit->setText(item.title.value_or(QString()));
    ui->sourceEdit->setText(item.source.value_or(QString()));
    ui->yearEdit->setText(item.year ? QString::number(*item.year) : QString());
    ui->amountEdit->setText(item.amountYuan ? formatWan(*item.amountYuan) : QString());
    ui->evidenceButton->setText(EvidencePickerDialog::buttonText(m_item.evidence.size()));
    connect(ui->yearEdit, &QLineEdit::textChanged, this, &UndertakenProjectDialog::validate);
    connect(ui->amountEdit, &QLineEdit::textChanged, this, &UndertakenProjectDialog::validate);
    connect(ui->evidenceButton, &QPushButton::clicked, this,
            &UndertakenProjectDialog::chooseEvidence);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

UndertakenProjectDialog::~UndertakenProjectDialog() = default;

void UndertakenProjectDialog::validate()
{
    // What cannot be read keeps the dialog open and says why: nothing typed is dropped.
    QStringList problems;
    const WanParse amount = parseWan(withoutWanUnit(ui->amountEdit->text()));
    if (!amount.ok)
        problems << amount.error;
    const QString yearText = ui->yearEdit->text().trimmed();
    const bool yearOk = yearText.isEmpty() || parseYear(yearText).has_value();
    if (!yearOk)
        problems << tr("Year: type four digits, e.g. 2020.");
    ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(amount.ok && yearOk);
}

void UndertakenProjectDialog::chooseEvidence()
{
    const QString name = ui->titleEdit->text().trimmed();
    EvidencePickerDialog picker(m_project, m_call, name.isEmpty() ? tr("this project") : name,
                                m_item.evidence, this);
    if (picker.exec() == QDialog::Accepted) {
        m_item.evidence = picker.linked();
        ui->evidenceButton->setText(EvidencePickerDialog::buttonText(m_item.evidence.size()));
    }
}

UndertakenProject UndertakenProjectDialog::value() const
{
    UndertakenProject u = m_item;
    u.title = textOrNull(ui->titleEdit->text());
    u.source = textOrNull(ui->sourceEdit->text());
    u.year = parseYear(ui->yearEdit->text());
    u.amountYuan = parseWan(withoutWanUnit(ui->amountEdit->text())).yuan;
    return u;
}

} // namespace shenbao
