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
#include <QMessageBox>

namespace shenbao {

namespace {

enum Column
{
    NumberColumn,
    TitleColumn,
    PatentNumberColumn,
    KindColumn,
    GrantedColumn,
    CoreColumn,
    EvidenceColumn,
    ColumnCount
};

} // namespace

PatentsPage::PatentsPage(ProjectDocument *document, QWidget *parent)
    : ListEditorPage(document, parent)
    , ui(std::make_unique<Ui::PatentsPage>())
{
    ui->setupUi(this);
    setUpList(QStringLiteral("patents"), ui->patentTable, ui->addButton, ui->editButton,
              ui->removeButton, ColumnCount, TitleColumn);
    connect(ui->importButton, &QPushButton::clicked, this, &PatentsPage::chooseCsv);

    m_binder->integer(
        ui->softwareCopyrightsEdit, QStringLiteral("softwareCopyrights"),
        [](Project & p) -> auto & { return p.softwareCopyrights; });
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
    setHeaders({tr("No."), tr("Title (专利名称)"), tr("Patent number"), tr("Kind"), tr("Granted"),
                tr("Core"), tr("Evidence")});
}

void PatentsPage::refresh()
{
    const Project &p = m_document->project();
    const CallDefinition &call = m_document->call();
    int invention = 0, utility = 0, design = 0;
    for (const Patent &x : p.patents) {
        invention += x.kind == PatentKind::Invention;
        utility += x.kind == PatentKind::UtilityModel;
        design += x.kind == PatentKind::Design;
    }
    refillRows(int(p.patents.size()));
    ui->summaryLabel->setText(tr("Core invention patents counted: <b>%1</b> · invention %2 · "
                                 "utility model %3 · design %4")
                                  .arg(countCoreInventionPatents(p, call))
                                  .arg(invention)
                                  .arg(utility)
                                  .arg(design));
}

QVariant PatentsPage::cellData(int row, int column, int role) const
{
    const Project &p = m_document->project();
    const CallDefinition &call = m_document->call();
    if (row >= p.patents.size()) // changed while the page was hidden, not yet refreshed
        return {};
    const Patent &x = p.patents[row];
    // A patent granted after the evaluation date does not count: the row says so, so that it
    // does not look like the others.
    const bool late = column == GrantedColumn && x.granted && x.granted->isValid() &&
                      *x.granted > call.evaluationDate;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return QString::number(row + 1);
        case TitleColumn:
            return x.title.value_or(QString());
        case PatentNumberColumn:
            return x.number.value_or(QString());
        case KindColumn:
            return x.kind ? ChoiceText::nameOf(call, *x.kind, "patentKind") : QString();
        case GrantedColumn:
            if (late)
                return tr("%1 (after %2: not counted)")
                    .arg(x.granted->toString(Qt::ISODate),
                         call.evaluationDate.toString(Qt::ISODate));
            return x.granted ? x.granted->toString(Qt::ISODate) : QString();
        case CoreColumn:
            return x.core ? (*x.core ? tr("yes") : tr("no")) : QString();
        case EvidenceColumn:
            if (!x.evidence.isEmpty())
                return tr("attached");
            return isCoreInventionPatent(x, call) ? tr("missing — attach in ⑨")
                                                  : QStringLiteral("—");
        }
        return {};
    case Qt::DecorationRole:
        // Marks the rows the rules count, so the user sees why the count is what it is.
        if (column == TitleColumn && isCoreInventionPatent(x, call))
            return markIcon(Mark::Met);
        if (late)
            return markIcon(Mark::NotMet);
        if (column == EvidenceColumn) {
            if (!x.evidence.isEmpty())
                return markIcon(Mark::Met);
            if (isCoreInventionPatent(x, call))
                return markIcon(Mark::Warning);
        }
        return {};
    case Qt::ToolTipRole:
        if (late)
            return tr("Granted after the evaluation date %1: patents granted later are not "
                      "counted.")
                .arg(call.evaluationDate.toString(Qt::ISODate));
        return {};
    case Qt::ForegroundRole:
        if (late)
            return markColor(Mark::NotMet);
        return {};
    }
    return {};
}

qsizetype PatentsPage::itemCount() const
{
    return m_document->project().patents.size();
}

bool PatentsPage::addItem()
{
    Patent blank;
    blank.kind = PatentKind::Invention;
    const auto patent = runDialog<PatentDialog>(blank, tr("Add patent"));
    if (!patent)
        return false;
    m_document->edit(tr("Add patent"), [&](Project &p) { p.patents.append(*patent); });
    return true;
}

void PatentsPage::editItem(int row)
{
    const auto patent =
        runDialog<PatentDialog>(m_document->project().patents[row], tr("Edit patent"));
    if (patent)
        m_document->edit(tr("Edit patent %1").arg(row + 1),
                         [&](Project &p) { p.patents[row] = *patent; });
}

void PatentsPage::removeItem(int row)
{
    // The evidence file stays attached; only the patent's entry goes (undo brings it back).
    m_document->edit(tr("Remove patent %1").arg(row + 1),
                     [&](Project &p) { p.patents.removeAt(row); });
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
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import patents"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (fileName.isEmpty())
        return;
    const QStringList messages = importCsv(fileName);
    if (!messages.isEmpty())
        QMessageBox::warning(this, tr("Import patents"), messages.join(QLatin1Char('\n')));
}

} // namespace shenbao
