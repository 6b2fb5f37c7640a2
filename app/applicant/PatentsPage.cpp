// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/PatentsPage.h"
#include "gui/ChoiceText.h"

#include "applicant/PatentDialog.h"
#include "gui/FieldBinder.h"
#include "gui/ProjectDocument.h"
#include "gui/StateIcons.h"
#include "rules/Counting.h"
#include "store/PatentCsv.h"
#include "ui_PatentsPage.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QRegularExpression>

namespace shenbao {

namespace {

enum Column { NumberColumn, TitleColumn, PatentNumberColumn, KindColumn, GrantedColumn, CoreColumn, EvidenceColumn, ColumnCount };

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

PatentsPage::PatentsPage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , ui(std::make_unique<Ui::PatentsPage>())
{
    ui->setupUi(this);
    auto *t = ui->patentTable;
    t->setColumnCount(ColumnCount);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);

    connect(ui->addButton, &QPushButton::clicked, this, &PatentsPage::addPatent);
    connect(ui->editButton, &QPushButton::clicked, this, &PatentsPage::editPatent);
    connect(ui->removeButton, &QPushButton::clicked, this, &PatentsPage::removePatent);
    connect(ui->importButton, &QPushButton::clicked, this, &PatentsPage::chooseCsv);
    connect(t, &QTableWidget::cellDoubleClicked, this, &PatentsPage::editPatent);
    connect(t, &QTableWidget::itemSelectionChanged, this, &PatentsPage::updateButtons);

    m_binder->integer(ui->softwareCopyrightsEdit, QStringLiteral("softwareCopyrights"),
                      [](Project &p) -> auto & { return p.softwareCopyrights; });
    retranslate();
    updateButtons();
}

PatentsPage::~PatentsPage() = default;

void PatentsPage::retranslateForm()
{
    ui->retranslateUi(this);
}

void PatentsPage::retranslate()
{
    ui->patentTable->setHorizontalHeaderLabels({tr("No."), tr("Title (专利名称)"), tr("Patent number"), tr("Kind"),
                                                tr("Granted"), tr("Core"), tr("Evidence")});
}

int PatentsPage::currentRow() const
{
    const auto rows = ui->patentTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PatentsPage::updateButtons()
{
    const bool selected = currentRow() >= 0;
    ui->editButton->setEnabled(selected);
    ui->removeButton->setEnabled(selected);
}

void PatentsPage::refresh()
{
    const Project &p = m_document->project();
    const CallDefinition &call = m_document->call();
    auto *t = ui->patentTable;
    const int keep = currentRow();
    t->setRowCount(int(p.patents.size()));
    int invention = 0, utility = 0, design = 0;
    for (int row = 0; row < p.patents.size(); ++row) {
        const Patent &x = p.patents[row];
        invention += x.kind == PatentKind::Invention;
        utility += x.kind == PatentKind::UtilityModel;
        design += x.kind == PatentKind::Design;
        const bool counted = isCoreInventionPatent(x, call);
        t->setItem(row, NumberColumn, readOnly(QString::number(row + 1)));
        t->setItem(row, TitleColumn, readOnly(x.title.value_or(QString())));
        t->setItem(row, PatentNumberColumn, readOnly(x.number.value_or(QString())));
        t->setItem(row, KindColumn, readOnly(x.kind ? ChoiceText::nameOf(call, *x.kind, "patentKind") : QString()));
        auto *granted = readOnly(x.granted ? x.granted->toString(Qt::ISODate) : QString());
        // A patent granted after the evaluation date does not count: the row says so, so that
        // it does not look like the others.
        if (x.granted && x.granted->isValid() && *x.granted > call.evaluationDate) {
            granted->setIcon(markIcon(Mark::NotMet));
            granted->setText(tr("%1 (after %2: not counted)")
                                 .arg(x.granted->toString(Qt::ISODate), call.evaluationDate.toString(Qt::ISODate)));
            granted->setToolTip(tr("Granted after the evaluation date %1: patents granted later are not counted.")
                                    .arg(call.evaluationDate.toString(Qt::ISODate)));
            granted->setForeground(markColor(Mark::NotMet));
        }
        t->setItem(row, GrantedColumn, granted);
        t->setItem(row, CoreColumn, readOnly(x.core ? (*x.core ? tr("yes") : tr("no")) : QString()));
        QTableWidgetItem *ev;
        if (!x.evidence.isEmpty()) {
            ev = readOnly(tr("attached"));
            ev->setIcon(markIcon(Mark::Met));
        } else if (counted) {
            ev = readOnly(tr("missing — attach in ⑧"));
            ev->setIcon(markIcon(Mark::Warning));
        } else {
            ev = readOnly(QStringLiteral("—"));
        }
        t->setItem(row, EvidenceColumn, ev);
        // Marks the rows the rules count, so the user sees why the count is what it is.
        if (counted)
            t->item(row, TitleColumn)->setIcon(markIcon(Mark::Met));
    }
    if (keep >= 0 && keep < t->rowCount())
        t->selectRow(keep);
    ui->summaryLabel->setText(
        tr("Core invention patents counted: <b>%1</b> · invention %2 · utility model %3 · design %4")
            .arg(countCoreInventionPatents(p, call))
            .arg(invention)
            .arg(utility)
            .arg(design));
    updateButtons();
}

void PatentsPage::addPatent()
{
    Patent blank;
    blank.kind = PatentKind::Invention;
    PatentDialog dialog(m_document->call(), blank, this);
    dialog.setWindowTitle(tr("Add patent"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Patent patent = dialog.patent();
    m_document->edit(tr("Add patent"), [&](Project &p) { p.patents.append(patent); });
    ui->patentTable->selectRow(int(m_document->project().patents.size()) - 1);
}

void PatentsPage::editPatent()
{
    const int row = currentRow();
    if (row < 0 || row >= m_document->project().patents.size())
        return;
    PatentDialog dialog(m_document->call(), m_document->project().patents[row], this);
    dialog.setWindowTitle(tr("Edit patent"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Patent patent = dialog.patent();
    m_document->edit(tr("Edit patent %1").arg(row + 1), [&](Project &p) { p.patents[row] = patent; });
}

void PatentsPage::removePatent()
{
    const int row = currentRow();
    if (row < 0 || row >= m_document->project().patents.size())
        return;
    // The evidence file stays attached; only the patent's entry goes (undo brings it back).
    m_document->edit(tr("Remove patent %1").arg(row + 1), [&](Project &p) { p.patents.removeAt(row); });
}

QStringList PatentsPage::importCsv(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {tr("%1: cannot be read (%2)").arg(fileName, f.errorString())};
    const PatentCsvResult result = PatentCsv::parse(f.readAll(), QFileInfo(fileName).fileName());
    QStringList messages;
    for (const auto &problem : result.problems)
        messages << problem.toString();
    if (!result.patents.isEmpty()) {
        m_document->edit(tr("Import %n patent(s)", "", int(result.patents.size())),
                         [&](Project &p) { p.patents.append(result.patents); });
    }
    return messages;
}

void PatentsPage::chooseCsv()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import patents"), QString(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
    if (fileName.isEmpty())
        return;
    const QStringList messages = importCsv(fileName);
    if (!messages.isEmpty())
        QMessageBox::warning(this, tr("Import patents"), messages.join(QLatin1Char('\n')));
}

bool PatentsPage::focusPath(const QString &path)
{
    static const QRegularExpression indexed(QStringLiteral("^patents\\[(\\d+)\\]"));
    const auto m = indexed.match(path);
    if (path.startsWith(QLatin1StringView("patents"))) {
        ui->patentTable->setFocus();
        if (m.hasMatch())
            ui->patentTable->selectRow(m.captured(1).toInt());
        return true;
    }
    return StepPage::focusPath(path);
}

} // namespace shenbao
