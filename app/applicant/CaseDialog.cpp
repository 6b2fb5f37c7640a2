// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/CaseDialog.h"
#include "applicant/ListEditorPage.h"
#include "model/InputText.h"

#include "gui/CharacterCounter.h"
#include "model/Money.h"
#include "ui_CaseDialog.h"

#include <QCompleter>
#include <QIntValidator>
#include <QPushButton>

namespace shenbao {

CaseDialog::CaseDialog(const CallDefinition &call, const Case &c, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CaseDialog>())
    , m_case(c)
    , m_summaryLimit(call.formLimits.value(QStringLiteral("caseSummary")))
    , m_call(call)
    , m_caseYear(call.caseYear)
{
    ui->setupUi(this);
    auto *cities = new QCompleter(call.guangdongCities, ui->cityEdit);
    cities->setFilterMode(Qt::MatchContains);
    ui->cityEdit->setCompleter(cities);
    ui->yearEdit->setMaxLength(12); // 「2021年」 is read as 2021
    ui->yearEdit->setPlaceholderText(QString::number(call.caseYear));

    ui->titleEdit->setText(c.title.value_or(QString()));
    ui->customerEdit->setText(c.customer.value_or(QString()));
    ui->cityEdit->setText(c.city.value_or(QString()));
    ui->yearEdit->setText(c.year ? QString::number(*c.year) : QString());
    ui->amountEdit->setText(c.amountYuan ? formatWan(*c.amountYuan) : QString());
    ui->summaryEdit->setPlainText(c.summary.value_or(QString()));

    connect(ui->amountEdit, &QLineEdit::textChanged, this, &CaseDialog::validate);
    connect(ui->yearEdit, &QLineEdit::textChanged, this, &CaseDialog::validate);
    connect(ui->cityEdit, &QLineEdit::textChanged, this, &CaseDialog::validate);
    connect(ui->summaryEdit, &QPlainTextEdit::textChanged, this, &CaseDialog::validate);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

CaseDialog::~CaseDialog() = default;

void CaseDialog::validate()
{
    // Nothing typed is dropped in silence: what cannot be read keeps the dialog open and says
    // why; a city outside the call's list is allowed (cases outside Guangdong exist) but named.
    QStringList problems;
    const WanParse amount = parseWan(withoutWanUnit(ui->amountEdit->text()));
    if (!amount.ok)
        problems << amount.error;
    const QString yearText = ui->yearEdit->text().trimmed();
    const bool yearOk = yearText.isEmpty() || parseYear(yearText).has_value();
    if (!yearOk)
        problems << tr("Year: type four digits, e.g. %1.").arg(m_caseYear);
    const QString cityText = ui->cityEdit->text().trimmed();
    if (!cityText.isEmpty() && matchCity(cityText, m_call.guangdongCities).isEmpty())
        problems << tr("「%1」 is not one of the 21 cities of Guangdong: the case counts as "
                       "outside Guangdong. "
                       "Choose a city from the list, e.g. 东莞市.")
                        .arg(cityText);
    ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(amount.ok && yearOk);
    // Over-long summaries may be kept (and are flagged); the counter says by how much.
    CharacterCounter::show(ui->counterLabel, ui->summaryEdit->toPlainText(), m_summaryLimit);
}

Case CaseDialog::value() const
{
    Case c = m_case; // keeps the evidence links
    c.title = textOrNull(ui->titleEdit->text());
    c.customer = textOrNull(ui->customerEdit->text());
    const QString city = matchCity(ui->cityEdit->text(), m_call.guangdongCities);
    c.city = city.isEmpty() ? textOrNull(ui->cityEdit->text()) : std::optional<QString>(city);
    c.year = parseYear(ui->yearEdit->text());
    c.amountYuan = parseWan(withoutWanUnit(ui->amountEdit->text())).yuan;
    const QString summary = ui->summaryEdit->toPlainText();
    c.summary = summary.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(summary);
    return c;
}

} // namespace shenbao
