// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/CasesPage.h"
#include "model/InputText.h"

#include "applicant/CaseDialog.h"
#include "gui/ProjectDocument.h"
#include "gui/StateIcons.h"
#include "model/Money.h"
#include "rules/Counting.h"
#include "ui_CasesPage.h"

namespace shenbao {

namespace {

enum Column
{
    NumberColumn,
    TitleColumn,
    CustomerColumn,
    CityColumn,
    YearColumn,
    AmountColumn,
    EvidenceColumn,
    ColumnCount
};

} // namespace

CasesPage::CasesPage(ProjectDocument *document, QWidget *parent)
    : ListEditorPage(document, parent)
    , ui(std::make_unique<Ui::CasesPage>())
{
    ui->setupUi(this);
    setUpList(QStringLiteral("cases"), ui->caseTable, ui->addButton, ui->editButton,
              ui->removeButton, ColumnCount, TitleColumn);
    retranslate();
    updateButtons();
}

CasesPage::~CasesPage() = default;

void CasesPage::retranslateForm()
{
    ui->retranslateUi(this);
}

void CasesPage::retranslate()
{
    setHeaders({tr("No."), tr("Case (案例名称)"), tr("User (用户单位)"), tr("City"), tr("Year"),
                tr("Amount (万元)"), tr("Evidence")});
}

void CasesPage::refresh()
{
    const Project &p = m_document->project();
    const CallDefinition &call = m_document->call();
    int inGuangdong = 0;
    for (const Case &c : p.cases)
        inGuangdong += isInGuangdong(c);
    refillRows(int(p.cases.size()));
    ui->summaryLabel->setText(
        tr("Guangdong cases in %1: <b>%2</b> · Guangdong cases of any year: %3 · all cases: %4")
            .arg(call.caseYear)
            .arg(countGuangdongCasesInYear(p, call, call.caseYear))
            .arg(inGuangdong)
            .arg(p.cases.size()));
}

bool CasesPage::isInGuangdong(const Case &c) const
{
    return c.city && !matchCity(*c.city, m_document->call().guangdongCities).isEmpty();
}

QVariant CasesPage::cellData(int row, int column, int role) const
{
    const QList<Case> &cases = m_document->project().cases;
    if (row >= cases.size()) // changed while the page was hidden, not yet refreshed
        return {};
    const Case &c = cases[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return QString::number(row + 1);
        case TitleColumn:
            return c.title.value_or(QString());
        case CustomerColumn:
            return c.customer.value_or(QString());
        case CityColumn:
            return c.city.value_or(QString());
        case YearColumn:
            return c.year ? QString::number(*c.year) : QString();
        case AmountColumn:
            return c.amountYuan ? formatWan(*c.amountYuan, true) : QString();
        case EvidenceColumn:
            return c.evidence.isEmpty() ? tr("missing — attach in ⑨") : tr("attached");
        }
        return {};
    case Qt::DecorationRole:
        if (column == EvidenceColumn)
            return markIcon(c.evidence.isEmpty() ? Mark::Warning : Mark::Met);
        if (column == TitleColumn && c.year == m_document->call().caseYear && isInGuangdong(c))
            return markIcon(Mark::Met);
        return {};
    case Qt::ToolTipRole:
        if (column == CityColumn && c.city && !isInGuangdong(c))
            return tr("Not one of the 21 cities of Guangdong: does not count as a Guangdong case.");
        return {};
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

qsizetype CasesPage::itemCount() const
{
    return m_document->project().cases.size();
}

bool CasesPage::addItem()
{
    Case blank;
    blank.year = m_document->call().caseYear;
    const auto c = runDialog<CaseDialog>(blank, tr("Add case"));
    if (!c)
        return false;
    m_document->edit(tr("Add case"), [&](Project &p) { p.cases.append(*c); });
    return true;
}

void CasesPage::editItem(int row)
{
    const auto c = runDialog<CaseDialog>(m_document->project().cases[row], tr("Edit case"));
    if (c)
        m_document->edit(tr("Edit case %1").arg(row + 1), [&](Project &p) { p.cases[row] = *c; });
}

void CasesPage::removeItem(int row)
{
    m_document->edit(tr("Remove case %1").arg(row + 1), [&](Project &p) { p.cases.removeAt(row); });
}

} // namespace shenbao
