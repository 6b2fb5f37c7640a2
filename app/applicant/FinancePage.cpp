// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/FinancePage.h"

#include "gui/FieldBinder.h"
#include "gui/ProjectDocument.h"
#include "model/Money.h"
#include "summary/SummaryRow.h"
#include "ui_FinancePage.h"

#include <algorithm>

namespace shenbao {

namespace {

using Member = std::optional<Yuan> FinanceYear::*;

struct Metric
{
    Member member;
    const char *key;
};

constexpr Metric kMetrics[] = {
    {&FinanceYear::revenueYuan, "revenueYuan"},
    {&FinanceYear::mainRevenueYuan, "mainRevenueYuan"},
    {&FinanceYear::profitYuan, "profitYuan"},
    {&FinanceYear::rdSpendYuan, "rdSpendYuan"},
};

// 「1,820.00」: hundredths of 万元 with both decimals, as the printed form shows averages.
QString hundredthsText(qint64 hundredths)
{
    const bool negative = hundredths < 0;
    const qint64 magnitude = negative ? -hundredths : hundredths;
    return (negative ? QStringLiteral("-") : QString()) +
           formatWan((magnitude / 100) * 10000, true) + QLatin1Char('.') +
           QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
}

bool isEmpty(const FinanceYear &y)
{
    return !y.revenueYuan && !y.mainRevenueYuan && !y.profitYuan && !y.rdSpendYuan;
}

void setAmount(Project &p, int year, Member member, std::optional<Yuan> value)
{
    auto it = std::find_if(p.finance.begin(), p.finance.end(),
                           [&](const FinanceYear &f) { return f.year == year; });
    if (it == p.finance.end()) {
        if (!value)
            return;
        FinanceYear y;
        y.year = year;
        // Kept in year order so that finance[i] reads the same in JSON, print and messages.
        auto pos = std::find_if(p.finance.begin(), p.finance.end(),
                                [&](const FinanceYear &f) { return f.year > year; });
        it = p.finance.insert(pos, y);
    }
    (*it).*member = value;
    if (isEmpty(*it))
        p.finance.erase(it);
}

} // namespace

FinancePage::FinancePage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , ui(std::make_unique<Ui::FinancePage>())
{
    ui->setupUi(this);
    const QList<int> years = document->call().financeYears;
    QLabel *yearLabels[] = {ui->year0Label, ui->year1Label, ui->year2Label};
    QLineEdit *edits[3][4] = {
        {ui->revenue0Edit, ui->mainRevenue0Edit, ui->profit0Edit, ui->rdSpend0Edit},
        {ui->revenue1Edit, ui->mainRevenue1Edit, ui->profit1Edit, ui->rdSpend1Edit},
        {ui->revenue2Edit, ui->mainRevenue2Edit, ui->profit2Edit, ui->rdSpend2Edit},
    };
    for (int r = 0; r < 3 && r < years.size(); ++r) {
        const int year = years[r];
        yearLabels[r]->setText(QString::number(year));
        for (int c = 0; c < 4; ++c) {
            const Member member = kMetrics[c].member;
            m_binder->money(
                edits[r][c],
                QStringLiteral("finance[%1].%2").arg(r).arg(QLatin1StringView(kMetrics[c].key)),
                FieldBinder::Access{
                    [year, member](const Project &p) {
                        const FinanceYear *f = p.financeFor(year);
                        return f && (f->*member) ? QVariant::fromValue<Yuan>(*(f->*member))
                                                 : QVariant();
                    },
                    [year, member](Project &p, const QVariant &v) {
                        setAmount(p, year, member,
                                  v.isNull() ? std::nullopt : std::optional<Yuan>(v.value<Yuan>()));
                    }});
        }
    }
    nameCells();
}

void FinancePage::nameCells()
{
    // Screen readers and undo texts read 「2021 营业收入」, the cell's row and column headers.
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        edit->setAccessibleName(QString());
        edit->setAccessibleName(FieldBinder::fieldLabel(edit));
    }
}

FinancePage::~FinancePage() = default;

void FinancePage::retranslateForm()
{
    ui->retranslateUi(this);
    const QList<int> years = m_document->call().financeYears;
    QLabel *yearLabels[] = {ui->year0Label, ui->year1Label, ui->year2Label};
    for (int r = 0; r < 3 && r < years.size(); ++r)
        yearLabels[r]->setText(QString::number(years[r]));
    nameCells();
}

void FinancePage::refresh()
{
    const Project &p = m_document->project();
    const QList<int> years = m_document->call().financeYears;
    QLabel *averages[] = {ui->revenueAverageLabel, ui->mainRevenueAverageLabel,
                          ui->profitAverageLabel, ui->rdSpendAverageLabel};
    for (int c = 0; c < 4; ++c) {
        const Member member = kMetrics[c].member;
        const std::optional<Yuan> sum = sumOverYears(years, [&p, member](int year) {
                                            const FinanceYear *f = p.financeFor(year);
                                            return f ? f->*member : std::nullopt;
                                        }).sum;
        // Rounded once, from the exact sum, to the 0.01 万元 Attachment 3 prints.
        const auto hundredths = averageHundredthsOfWan(sum, int(years.size()));
        averages[c]->setText(hundredths ? hundredthsText(*hundredths) : QStringLiteral("—"));
    }
    const auto *eq4 = m_document->evaluation().rule(QStringLiteral("EQ-4"));
    ui->summaryLabel->setText(eq4 && p.domain == Domain::Equipment
                                  ? tr("%1: %2").arg(eq4->title, eq4->figure)
                                  : QString());
}

} // namespace shenbao
