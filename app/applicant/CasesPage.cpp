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

enum Column { NumberColumn, TitleColumn, CustomerColumn, CityColumn, YearColumn, AmountColumn, EvidenceColumn, ColumnCount };

} // namespace

CasesPage::CasesPage(ProjectDocument *document, QWidget *parent)
    : ListEditorPage(document, parent)
    , ui(std::make_unique<Ui::CasesPage>())
{
    ui->setupUi(this);
    setUpList(QStringLiteral("cases"), ui->caseTable, ui->addButton, ui->editButton, ui->removeButton, ColumnCount,
              TitleColumn);
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
    ui->caseTable->setHorizontalHeaderLabels({tr("No."), tr("Case (案例名称)"), tr("User (用户单位)"), tr("City"),
                                              tr("Year"), tr("Amount (万元)"), tr("Evidence")});
}

void CasesPage::refresh()
{
    const Project &p = m_document->project();
    const CallDefinition &call = m_document->call();
    auto *t = ui->caseTable;
    const int keep = beginRefill(int(p.cases.size()));
    int inGuangdong = 0;
    for (int row = 0; row < p.cases.size(); ++row) {
        const Case &c = p.cases[row];
        const bool gd = c.city && !matchCity(*c.city, call.guangdongCities).isEmpty();
        inGuangdong += gd;
        t->setItem(row, NumberColumn, readOnly(QString::number(row + 1)));
        t->setItem(row, TitleColumn, readOnly(c.title.value_or(QString())));
        t->setItem(row, CustomerColumn, readOnly(c.customer.value_or(QString())));
        auto *city = readOnly(c.city.value_or(QString()));
        if (c.city && !gd)
            city->setToolTip(tr("Not one of the 21 cities of Guangdong: does not count as a Guangdong case."));
        t->setItem(row, CityColumn, city);
        t->setItem(row, YearColumn, readOnly(c.year ? QString::number(*c.year) : QString()));
        t->setItem(row, AmountColumn,
                   readOnly(c.amountYuan ? formatWan(*c.amountYuan, true) : QString(), Qt::AlignRight | Qt::AlignVCenter));
        QTableWidgetItem *ev;
        if (!c.evidence.isEmpty()) {
            ev = readOnly(tr("attached"));
            ev->setIcon(markIcon(Mark::Met));
        } else {
            ev = readOnly(tr("missing — attach in ⑨"));
            ev->setIcon(markIcon(Mark::Warning));
        }
        t->setItem(row, EvidenceColumn, ev);
        if (c.year == call.caseYear && gd)
            t->item(row, TitleColumn)->setIcon(markIcon(Mark::Met));
    }
    endRefill(keep);
    ui->summaryLabel->setText(tr("Guangdong cases in %1: <b>%2</b> · Guangdong cases of any year: %3 · all cases: %4")
                                  .arg(call.caseYear)
                                  .arg(countGuangdongCasesInYear(p, call, call.caseYear))
                                  .arg(inGuangdong)
                                  .arg(p.cases.size()));
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
