// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/ProjectsQualificationsPage.h"

#include "applicant/OtherQualificationDialog.h"
#include "applicant/UndertakenProjectDialog.h"
#include "gui/ProjectDocument.h"
#include "gui/StateIcons.h"
#include "model/Money.h"
#include "ui_ProjectsQualificationsPage.h"

namespace shenbao {

namespace {

enum ProjectColumn
{
    PNumber,
    PTitle,
    PSource,
    PYear,
    PAmount,
    PEvidence,
    PColumnCount
};
enum QualificationColumn
{
    QNumber,
    QTitle,
    QIssuer,
    QGranted,
    QEvidence,
    QColumnCount
};

QTableWidgetItem *evidenceCell(const QStringList &evidence)
{
    // Not required by a rule, but printed with its pages: say whether there is something to print.
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (!evidence.isEmpty()) {
        item->setText(ProjectsQualificationsPage::tr("%n file(s)", nullptr, int(evidence.size())));
        item->setIcon(markIcon(Mark::Met));
    } else {
        item->setText(ProjectsQualificationsPage::tr("none linked"));
        item->setIcon(markIcon(Mark::Warning));
    }
    return item;
}

} // namespace

ProjectsQualificationsPage::ProjectsQualificationsPage(ProjectDocument *document, QWidget *parent)
    : ListEditorPage(document, parent)
    , ui(std::make_unique<Ui::ProjectsQualificationsPage>())
{
    ui->setupUi(this);
    setUpList(QStringLiteral("undertakenProjects"), ui->projectTable, ui->addProjectButton,
              ui->editProjectButton, ui->removeProjectButton, PColumnCount, PTitle);
    m_qualificationList =
        addList(QStringLiteral("otherQualifications"), ui->otherQualificationTable,
                ui->addOtherQualificationButton, ui->editOtherQualificationButton,
                ui->removeOtherQualificationButton, QColumnCount, QTitle,
                {[this] { return m_document->project().otherQualifications.size(); },
                 [this] { return addQualification(); },
                 [this](int row) { editQualification(row); },
                 [this](int row) { removeQualification(row); },
                 {}});
    retranslate();
    updateButtons();
}

ProjectsQualificationsPage::~ProjectsQualificationsPage() = default;

void ProjectsQualificationsPage::retranslateForm()
{
    ui->retranslateUi(this);
}

void ProjectsQualificationsPage::retranslate()
{
    ui->projectTable->setHorizontalHeaderLabels({tr("No."), tr("Project (项目名称)"),
                                                 tr("Source and level"), tr("Year"),
                                                 tr("Amount (万元)"), tr("Evidence")});
    ui->otherQualificationTable->setHorizontalHeaderLabels(
        {tr("No."), tr("Qualification (资质名称)"), tr("Issued by"), tr("Granted on"),
         tr("Evidence")});
}

void ProjectsQualificationsPage::refresh()
{
    const Project &p = m_document->project();
    int keep = beginRefill(int(p.undertakenProjects.size()));
    for (int row = 0; row < p.undertakenProjects.size(); ++row) {
        const UndertakenProject &u = p.undertakenProjects[row];
        auto *t = ui->projectTable;
        t->setItem(row, PNumber, readOnly(QString::number(row + 1)));
        t->setItem(row, PTitle, readOnly(u.title.value_or(QString())));
        t->setItem(row, PSource, readOnly(u.source.value_or(QString())));
        t->setItem(row, PYear, readOnly(u.year ? QString::number(*u.year) : QString()));
        t->setItem(row, PAmount,
                   readOnly(u.amountYuan ? formatWan(*u.amountYuan, true) : QString(),
                            Qt::AlignRight | Qt::AlignVCenter));
        t->setItem(row, PEvidence, evidenceCell(u.evidence));
    }
    endRefill(keep);

    keep = beginRefill(int(p.otherQualifications.size()), m_qualificationList);
    for (int row = 0; row < p.otherQualifications.size(); ++row) {
        const OtherQualification &q = p.otherQualifications[row];
        auto *t = ui->otherQualificationTable;
        t->setItem(row, QNumber, readOnly(QString::number(row + 1)));
        t->setItem(row, QTitle, readOnly(q.title.value_or(QString())));
        t->setItem(row, QIssuer, readOnly(q.issuer.value_or(QString())));
        t->setItem(row, QGranted,
                   readOnly(q.granted ? q.granted->toString(Qt::ISODate) : QString()));
        t->setItem(row, QEvidence, evidenceCell(q.evidence));
    }
    endRefill(keep, m_qualificationList);
}

std::optional<UndertakenProject>
ProjectsQualificationsPage::runProjectDialog(const UndertakenProject &item, const QString &title)
{
    UndertakenProjectDialog dialog(m_document->project(), m_document->call(), item, this);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.value();
}

std::optional<OtherQualification>
ProjectsQualificationsPage::runQualificationDialog(const OtherQualification &item,
                                                   const QString &title)
{
    OtherQualificationDialog dialog(m_document->project(), m_document->call(), item, this);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.value();
}

qsizetype ProjectsQualificationsPage::itemCount() const
{
    return m_document->project().undertakenProjects.size();
}

bool ProjectsQualificationsPage::addItem()
{
    const auto u = runProjectDialog({}, tr("Add undertaken project"));
    if (!u)
        return false;
    m_document->edit(tr("Add undertaken project"),
                     [&](Project &p) { p.undertakenProjects.append(*u); });
    return true;
}

void ProjectsQualificationsPage::editItem(int row)
{
    const auto u = runProjectDialog(m_document->project().undertakenProjects[row],
                                    tr("Edit undertaken project"));
    if (u)
        m_document->edit(tr("Edit undertaken project %1").arg(row + 1),
                         [&](Project &p) { p.undertakenProjects[row] = *u; });
}

void ProjectsQualificationsPage::removeItem(int row)
{
    // The evidence files stay attached; only the row goes (undo brings it back).
    m_document->edit(tr("Remove undertaken project %1").arg(row + 1),
                     [&](Project &p) { p.undertakenProjects.removeAt(row); });
}

bool ProjectsQualificationsPage::addQualification()
{
    const auto q = runQualificationDialog({}, tr("Add qualification"));
    if (!q)
        return false;
    m_document->edit(tr("Add qualification"),
                     [&](Project &p) { p.otherQualifications.append(*q); });
    return true;
}

void ProjectsQualificationsPage::editQualification(int row)
{
    const auto q = runQualificationDialog(m_document->project().otherQualifications[row],
                                          tr("Edit qualification"));
    if (q)
        m_document->edit(tr("Edit qualification %1").arg(row + 1),
                         [&](Project &p) { p.otherQualifications[row] = *q; });
}

void ProjectsQualificationsPage::removeQualification(int row)
{
    m_document->edit(tr("Remove qualification %1").arg(row + 1),
                     [&](Project &p) { p.otherQualifications.removeAt(row); });
}

} // namespace shenbao
