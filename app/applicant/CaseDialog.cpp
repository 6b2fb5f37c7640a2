// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/CaseDialog.h"

#include "gui/CharacterCounter.h"
#include "model/Money.h"
#include "ui_CaseDialog.h"

#include <QCompleter>
#include <QIntValidator>
#include <QPushButton>

namespace shenbao {

namespace {

std::optional<QString> textOrNull(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}

} // namespace

CaseDialog::CaseDialog(const CallDefinition &call, const Case &c, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::CaseDialog>())
    , m_case(c)
    , m_summaryLimit(call.formLimits.value(QStringLiteral("caseSummary")))
{
    ui->setupUi(this);
    auto *cities = new QCompleter(call.guangdongCities, ui->cityEdit);
    cities->setFilterMode(Qt::MatchContains);
    ui->cityEdit->setCompleter(cities);
    ui->yearEdit->setValidator(new QIntValidator(1900, 2100, ui->yearEdit));
    ui->yearEdit->setPlaceholderText(QString::number(call.caseYear));

    ui->titleEdit->setText(c.title.value_or(QString()));
    ui->customerEdit->setText(c.customer.value_or(QString()));
    ui->cityEdit->setText(c.city.value_or(QString()));
    ui->yearEdit->setText(c.year ? QString::number(*c.year) : QString());
    ui->amountEdit->setText(c.amountYuan ? formatWan(*c.amountYuan) : QString());
    ui->summaryEdit->setPlainText(c.summary.value_or(QString()));

    connect(ui->amountEdit, &QLineEdit::textChanged, this, &CaseDialog::validate);
    connect(ui->summaryEdit, &QPlainTextEdit::textChanged, this, &CaseDialog::validate);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

CaseDialog::~CaseDialog() = default;

void CaseDialog::validate()
{
    const WanParse amount = parseWan(ui->amountEdit->text());
    ui->problemLabel->setText(amount.ok ? QString() : amount.error);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(amount.ok);
    // Over-long summaries may be kept (and are flagged); the counter says by how much.
    CharacterCounter::show(ui->counterLabel, ui->summaryEdit->toPlainText(), m_summaryLimit);
}

Case CaseDialog::value() const
{
    Case c = m_case; // keeps the evidence links
    c.title = textOrNull(ui->titleEdit->text());
    c.customer = textOrNull(ui->customerEdit->text());
    c.city = textOrNull(ui->cityEdit->text());
    bool ok = false;
    const int year = ui->yearEdit->text().toInt(&ok);
    c.year = ok ? std::optional<int>(year) : std::nullopt;
    c.amountYuan = parseWan(ui->amountEdit->text()).yuan;
    const QString summary = ui->summaryEdit->toPlainText();
    c.summary = summary.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(summary);
    return c;
}

} // namespace shenbao
