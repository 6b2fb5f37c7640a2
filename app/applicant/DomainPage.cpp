// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/DomainPage.h"
#include "gui/ChoiceText.h"

#include "gui/EvaluationText.h"
#include "gui/FieldBinder.h"
#include "gui/ProjectDocument.h"
#include "gui/StateIcons.h"
#include "rules/RulesEngine.h"
#include "ui_DomainPage.h"

#include <QMessageBox>

#include <QHeaderView>

namespace shenbao {

namespace {

enum QualificationColumn
{
    KindColumn,
    TitleColumn,
    EvidenceColumn
};

} // namespace

DomainPage::DomainPage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , ui(std::make_unique<Ui::DomainPage>())
{
    ui->setupUi(this);
    const CallDefinition &call = document->call();

    for (const DomainInfo &d : call.domains) {
        auto *item = new QListWidgetItem(d.heading + QLatin1Char('\n') + d.summary, ui->domainList);
        item->setData(Qt::UserRole, toKey(d.key));
        item->setToolTip(d.summary);
    }
    ui->domainList->setSpacing(2);
    ui->domainList->setSelectionMode(QAbstractItemView::SingleSelection);
    // All eight domains at once, without a scroll bar or an empty tail.
    int listHeight = 2 * ui->domainList->frameWidth();
    for (int i = 0; i < ui->domainList->count(); ++i)
        listHeight += ui->domainList->sizeHintForRow(i) + 2 * ui->domainList->spacing();
    ui->domainList->setMinimumHeight(0);
    ui->domainList->setFixedHeight(listHeight);
    connect(ui->domainList, &QListWidget::currentRowChanged, this, &DomainPage::onDomainChosen);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Change the domain"), question,
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };

    ui->talentKindCombo->addItem(QString(), QVariant());
    for (const TalentKind k : allValues<TalentKind>())
        ui->talentKindCombo->addItem(ChoiceText::nameOf(call, k, "talentKind"), toKey(k));
    m_binder->enumChoice<TalentKind>(
        ui->talentKindCombo, QStringLiteral("talentKind"),
        [](Project & p) -> auto & { return p.talentKind; });

    ui->pilotCategoryCombo->addItem(QString(), QVariant());
    for (const PilotTable &t : call.pilotTables)
        ui->pilotCategoryCombo->addItem(t.title, toKey(t.category));
    connect(ui->pilotCategoryCombo, &QComboBox::currentIndexChanged, this,
            &DomainPage::onPilotCategoryChosen);
    connect(ui->pilotSubcategoryCombo, &QComboBox::currentIndexChanged, this,
            &DomainPage::onPilotSubcategoryChosen);

    m_binder->boolean(
        ui->firstBatchCombo, QStringLiteral("firstBatchPartner"),
        [](Project & p) -> auto & { return p.firstBatchPartner; });

    auto *table = ui->qualificationTable;
    table->setColumnCount(3);
    table->setRowCount(int(allValues<QualificationKind>().size()));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(EvidenceColumn, QHeaderView::ResizeToContents);
    int row = 0;
    for (const QualificationKind k : allValues<QualificationKind>()) {
        auto *kind = new QTableWidgetItem(ChoiceText::nameOf(call, k, "qualification"));
        kind->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        kind->setCheckState(Qt::Unchecked);
        kind->setData(Qt::UserRole, toKey(k));
        table->setItem(row, KindColumn, kind);
        table->setItem(row, TitleColumn, new QTableWidgetItem);
        auto *evidence = new QTableWidgetItem;
        evidence->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(row, EvidenceColumn, evidence);
        ++row;
    }
    connect(table, &QTableWidget::cellChanged, this, &DomainPage::onQualificationEdited);
    table->resizeRowsToContents();
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          table->verticalHeader()->length() + 2 * table->frameWidth() + 2);
    retranslate();
}

DomainPage::~DomainPage() = default;

void DomainPage::retranslateForm()
{
    ui->retranslateUi(this);
}

void DomainPage::retranslate()
{
    ChoiceText::retranslate(ui->talentKindCombo, m_document->call(), "talentKind");
    ui->talentKindCombo->setItemText(0, tr("— choose —"));
    ui->pilotCategoryCombo->setItemText(0, tr("— choose —"));
    ui->qualificationTable->setHorizontalHeaderLabels(
        {tr("Qualification held"), tr("Certificate name / number"), tr("Evidence")});
}

void DomainPage::fillPilotSubcategories()
{
    const CallDefinition &call = m_document->call();
    const Project &p = m_document->project();
    const PilotTable *table = p.pilotCategory ? call.pilotTable(*p.pilotCategory) : nullptr;
    auto *combo = ui->pilotSubcategoryCombo;
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("— choose —"), QVariant());
    if (table) {
        for (const PilotSubtable &s : table->subtables)
            combo->addItem(s.title, toKey(s.key));
    }
    const bool hasSub = table && !table->subtables.isEmpty();
    ui->pilotSubcategoryCombo->setVisible(hasSub);
    ui->pilotSubcategoryLabel->setVisible(hasSub);
    const int index = p.pilotSubcategory ? combo->findData(toKey(*p.pilotSubcategory)) : 0;
    combo->setCurrentIndex(std::max(0, index));
}

void DomainPage::refresh()
{
    const Project &p = m_document->project();
    m_updating = true;

    int domainRow = -1;
    for (int i = 0; i < ui->domainList->count(); ++i) {
        if (p.domain && ui->domainList->item(i)->data(Qt::UserRole).toString() == toKey(*p.domain))
            domainRow = i;
    }
    if (ui->domainList->currentRow() != domainRow)
        ui->domainList->setCurrentRow(domainRow);
    ui->talentGroup->setVisible(p.domain == Domain::Talent);
    ui->pilotGroup->setVisible(p.domain == Domain::Pilot);

    {
        const QSignalBlocker block(ui->pilotCategoryCombo);
        const int index =
            p.pilotCategory ? ui->pilotCategoryCombo->findData(toKey(*p.pilotCategory)) : 0;
        ui->pilotCategoryCombo->setCurrentIndex(std::max(0, index));
    }
    fillPilotSubcategories();

    const QSignalBlocker block(ui->qualificationTable);
    for (int row = 0; row < ui->qualificationTable->rowCount(); ++row) {
        auto *kindItem = ui->qualificationTable->item(row, KindColumn);
        const auto kind = fromKey<QualificationKind>(kindItem->data(Qt::UserRole).toString());
        const Qualification *q = nullptr;
        for (const auto &x : p.qualifications) {
            if (x.kind == kind)
                q = &x;
        }
        kindItem->setCheckState(q ? Qt::Checked : Qt::Unchecked);
        auto *title = ui->qualificationTable->item(row, TitleColumn);
        if (title->text() != (q ? q->title.value_or(QString()) : QString()))
            title->setText(q ? q->title.value_or(QString()) : QString());
        auto *evidence = ui->qualificationTable->item(row, EvidenceColumn);
        if (!q) {
            evidence->setText(QString());
            evidence->setIcon(QIcon());
        } else if (q->evidence.isEmpty()) {
            evidence->setText(tr("missing — attach in ⑨"));
            evidence->setIcon(markIcon(Mark::Warning));
        } else {
            evidence->setText(tr("attached"));
            evidence->setIcon(markIcon(Mark::Met));
        }
    }
    m_updating = false;
}

bool DomainPage::hasOwnData(const Project &p, Domain domain)
{
    const DomainDetail &d = p.domainDetail;
    switch (domain) {
    case Domain::Equipment:
        return false;
    case Domain::Software:
        return d.devEnvironment.has_value();
    case Domain::Network:
        return d.thirdPartyService || d.otItFusion;
    case Domain::Solution:
        return d.mainBusinessIsSolutions.has_value();
    case Domain::Organization:
        return d.regulated || d.plan || d.platformStaff || d.qualifiedStaff;
    case Domain::Talent:
        return p.talentKind || d.partnerEnterprises || d.mentorsHired || d.nationallyAdvanced ||
               d.coBuiltPrograms;
    case Domain::Finance:
        return d.premisesInGuangdong || d.products;
    case Domain::Pilot:
        return p.pilotCategory || d.project;
    }
    return false;
}

QString DomainPage::switchQuestion(const Project &project, std::optional<Domain> to) const
{
    const std::optional<Domain> from = project.domain;
    if (!from || from == to)
        return {};
    const CallDefinition &call = m_document->call();
    QStringList reasons;
    if (hasOwnData(project, *from))
        reasons << tr("What you entered for %1 is kept but hidden, and no longer printed.")
                       .arg(ChoiceText::nameOf(call, *from, "domain"));
    Project switched = project;
    switched.domain = to;
    const Verdict before = m_document->evaluation().verdict;
    const Verdict after = RulesEngine(call).evaluate(switched).verdict;
    if (after != before)
        reasons << tr("The result changes from %1 to %2.")
                       .arg(EvaluationText::shortVerdict(before),
                            EvaluationText::shortVerdict(after));
    if (reasons.isEmpty())
        return {};
    return tr("Change the domain from %1 to %2?")
               .arg(ChoiceText::nameOf(call, *from, "domain"),
                    to ? ChoiceText::nameOf(call, *to, "domain") : tr("none")) +
           QStringLiteral("\n\n") + reasons.join(QLatin1Char('\n'));
}

void DomainPage::onDomainChosen()
{
    if (m_updating)
        return;
    auto *item = ui->domainList->currentItem();
    const auto domain = item ? fromKey<Domain>(item->data(Qt::UserRole).toString()) : std::nullopt;
    const Project &project = m_document->project();
    if (domain == project.domain)
        return;
    // One stray click must not change the verdict or hide typed data without a question.
    const QString question = switchQuestion(project, domain);
    if (!question.isEmpty() && !m_confirm(question)) {
        m_updating = true;
        int row = -1;
        for (int i = 0; i < ui->domainList->count(); ++i) {
            if (project.domain &&
                ui->domainList->item(i)->data(Qt::UserRole).toString() == toKey(*project.domain))
                row = i;
        }
        ui->domainList->setCurrentRow(row);
        m_updating = false;
        return;
    }
    // The details of every domain are kept: switching back restores what was typed.
    m_document->edit(tr("Choose domain"), [&](Project &p) { p.domain = domain; });
}

void DomainPage::onPilotCategoryChosen()
{
    if (m_updating)
        return;
    const QVariant data = ui->pilotCategoryCombo->currentData();
    const auto category = data.isNull() ? std::nullopt : fromKey<PilotCategory>(data.toString());
    const CallDefinition &call = m_document->call();
    m_document->edit(tr("Choose pilot table"), [&](Project &p) {
        p.pilotCategory = category;
        // A sub-table belongs to one table; keep it only if the new table has it.
        const PilotTable *t = category ? call.pilotTable(*category) : nullptr;
        bool keep = false;
        if (t && p.pilotSubcategory) {
            for (const auto &s : t->subtables)
                keep = keep || s.key == *p.pilotSubcategory;
        }
        if (!keep)
            p.pilotSubcategory.reset();
    });
}

void DomainPage::onPilotSubcategoryChosen()
{
    if (m_updating)
        return;
    const QVariant data = ui->pilotSubcategoryCombo->currentData();
    const auto sub = data.isNull() ? std::nullopt : fromKey<PilotSubcategory>(data.toString());
    m_document->edit(tr("Choose pilot sub-table"), [&](Project &p) { p.pilotSubcategory = sub; });
}

void DomainPage::onQualificationEdited(int row, int column)
{
    if (m_updating)
        return;
    auto *kindItem = ui->qualificationTable->item(row, KindColumn);
    const auto kind = fromKey<QualificationKind>(kindItem->data(Qt::UserRole).toString());
    const QString title = ui->qualificationTable->item(row, TitleColumn)->text().trimmed();
    bool checked = kindItem->checkState() == Qt::Checked;
    if (column == TitleColumn && !title.isEmpty())
        checked = true; // naming a certificate says the unit holds it
    m_document->edit(checked ? tr("Qualification %1").arg(kindItem->text())
                             : tr("Remove qualification %1").arg(kindItem->text()),
                     [&](Project &p) {
                         qsizetype index = -1;
                         for (qsizetype i = 0; i < p.qualifications.size(); ++i) {
                             if (p.qualifications[i].kind == kind)
                                 index = i;
                         }
                         if (!checked) {
                             if (index >= 0)
                                 p.qualifications.removeAt(index);
                             return;
                         }
                         if (index < 0) {
                             Qualification q;
                             q.kind = kind;
                             p.qualifications.append(q);
                             index = p.qualifications.size() - 1;
                         }
                         p.qualifications[index].title =
                             title.isEmpty() ? std::nullopt : std::optional<QString>(title);
                     });
    refreshNow();
}

bool DomainPage::focusPath(const QString &path)
{
    if (path.startsWith(QLatin1StringView("qualifications"))) {
        ui->qualificationTable->setFocus();
        ui->qualificationTable->setCurrentCell(0, KindColumn);
        return true;
    }
    if (path == QLatin1StringView("domain")) {
        ui->domainList->setFocus();
        return true;
    }
    if (path == QLatin1StringView("pilotCategory") ||
        path == QLatin1StringView("pilotSubcategory")) {
        (path == QLatin1StringView("pilotCategory") ? ui->pilotCategoryCombo
                                                    : ui->pilotSubcategoryCombo)
            ->setFocus();
        return true;
    }
    return StepPage::focusPath(path);
}

} // namespace shenbao
