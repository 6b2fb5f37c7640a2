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

#include <QHeaderView>
#include <QRegularExpression>

namespace shenbao {

namespace {

enum Column { NumberColumn, TitleColumn, CustomerColumn, CityColumn, YearColumn, AmountColumn, EvidenceColumn, ColumnCount };

QTableWidgetItem *readOnly(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(align);
    return item;
}

} // namespace

CasesPage::CasesPage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , ui(std::make_unique<Ui::CasesPage>())
{
    ui->setupUi(this);
    auto *t = ui->caseTable;
    t->setColumnCount(ColumnCount);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    connect(ui->addButton, &QPushButton::clicked, this, &CasesPage::addCase);
    connect(ui->editButton, &QPushButton::clicked, this, &CasesPage::editCase);
    connect(ui->removeButton, &QPushButton::clicked, this, &CasesPage::removeCase);
    connect(t, &QTableWidget::cellDoubleClicked, this, &CasesPage::editCase);
    connect(t, &QTableWidget::itemSelectionChanged, this, &CasesPage::updateButtons);
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

int CasesPage::currentRow() const
{
    const auto rows = ui->caseTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CasesPage::updateButtons()
{
    const bool selected = currentRow() >= 0;
    ui->editButton->setEnabled(selected);
    ui->removeButton->setEnabled(selected);
}

void CasesPage::refresh()
{
    const Project &p = m_document->project();
    const CallDefinition &call = m_document->call();
    auto *t = ui->caseTable;
    const int keep = currentRow();
    t->setRowCount(int(p.cases.size()));
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
            ev = readOnly(tr("missing — attach in ⑧"));
            ev->setIcon(markIcon(Mark::Warning));
        }
        t->setItem(row, EvidenceColumn, ev);
        if (c.year == call.caseYear && gd)
            t->item(row, TitleColumn)->setIcon(markIcon(Mark::Met));
    }
    if (keep >= 0 && keep < t->rowCount())
        t->selectRow(keep);
    ui->summaryLabel->setText(tr("Guangdong cases in %1: <b>%2</b> · Guangdong cases of any year: %3 · all cases: %4")
                                  .arg(call.caseYear)
                                  .arg(countGuangdongCasesInYear(p, call, call.caseYear))
                                  .arg(inGuangdong)
                                  .arg(p.cases.size()));
    updateButtons();
}

void CasesPage::addCase()
{
    Case blank;
    blank.year = m_document->call().caseYear;
    CaseDialog dialog(m_document->call(), blank, this);
    dialog.setWindowTitle(tr("Add case"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Case c = dialog.value();
    m_document->edit(tr("Add case"), [&](Project &p) { p.cases.append(c); });
    ui->caseTable->selectRow(int(m_document->project().cases.size()) - 1);
}

void CasesPage::editCase()
{
    const int row = currentRow();
    if (row < 0 || row >= m_document->project().cases.size())
        return;
    CaseDialog dialog(m_document->call(), m_document->project().cases[row], this);
    dialog.setWindowTitle(tr("Edit case"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Case c = dialog.value();
    m_document->edit(tr("Edit case %1").arg(row + 1), [&](Project &p) { p.cases[row] = c; });
}

void CasesPage::removeCase()
{
    const int row = currentRow();
    if (row < 0 || row >= m_document->project().cases.size())
        return;
    m_document->edit(tr("Remove case %1").arg(row + 1), [&](Project &p) { p.cases.removeAt(row); });
}

bool CasesPage::focusPath(const QString &path)
{
    static const QRegularExpression indexed(QStringLiteral("^cases\\[(\\d+)\\]"));
    if (!path.startsWith(QLatin1StringView("cases")))
        return StepPage::focusPath(path);
    ui->caseTable->setFocus();
    const auto m = indexed.match(path);
    if (m.hasMatch())
        ui->caseTable->selectRow(m.captured(1).toInt());
    return true;
}

} // namespace shenbao
