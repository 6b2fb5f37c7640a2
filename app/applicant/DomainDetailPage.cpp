// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/DomainDetailPage.h"

#include "applicant/CurrentPageStack.h"
#include "applicant/EvidenceLinkButton.h"
#include "applicant/PilotElementsEditor.h"
#include "gui/FieldBinder.h"
#include "gui/ProjectDocument.h"
#include "gui/RecordTable.h"
#include "ui_DomainDetailPage.h"

#include <QRegularExpression>
#include <QTableWidget>
#include <algorithm>

namespace shenbao {

namespace {

std::optional<QString> textOrNull(const QVariant &v)
{
    const QString t = v.toString().trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}

QString text(const std::optional<QString> &s)
{
    return s.value_or(QString());
}

template <typename T>
const std::optional<T> *inProject(const Project &p, std::optional<T> PilotProject::*member)
{
    return p.domainDetail.project ? &((*p.domainDetail.project).*member) : nullptr;
}

template <typename T>
std::optional<T> &makeInProject(Project &p, std::optional<T> PilotProject::*member)
{
    if (!p.domainDetail.project)
        p.domainDetail.project = PilotProject{};
    return (*p.domainDetail.project).*member;
}

// The six matters of 附件1 六（一）, kept together in an optional SchoolCooperation.
FieldBinder::Access cooperation(std::optional<QString> SchoolCooperation::*member)
{
    return FieldBinder::nested<QString>(
        [member](const Project &p) -> const std::optional<QString> * {
            return p.domainDetail.cooperation ? &((*p.domainDetail.cooperation).*member) : nullptr;
        },
        [member](Project &p) -> std::optional<QString> & {
            if (!p.domainDetail.cooperation)
                p.domainDetail.cooperation = SchoolCooperation{};
            return (*p.domainDetail.cooperation).*member;
        });
}

} // namespace

DomainDetailPage::DomainDetailPage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , ui(std::make_unique<Ui::DomainDetailPage>())
    , m_partners(new RecordTable(this))
    , m_programs(new RecordTable(this))
    , m_products(new RecordTable(this))
    , m_elements(new PilotElementsEditor(document, this))
{
    ui->setupUi(this);
    ui->partnersBox->layout()->addWidget(m_partners);
    ui->programsBox->layout()->addWidget(m_programs);
    ui->productsBox->layout()->addWidget(m_products);
    ui->elementsBox->layout()->addWidget(m_elements);

    bindGeneralFields();
    bindEquipmentAndSolutionFields();
    bindTalentFields();
    bindPartnerEvidence();
    bindPilotFields();

    // The lists are edited as a whole; an emptied list is "not filled in" again.
    connect(m_partners, &RecordTable::edited, this, &DomainDetailPage::storePartners);
    connect(m_programs, &RecordTable::edited, this, &DomainDetailPage::storePrograms);
    connect(m_products, &RecordTable::edited, this, &DomainDetailPage::storeProducts);
    retranslate();
}

void DomainDetailPage::bindGeneralFields()
{
    FieldBinder &b = *m_binder;
    using P = Project;
    b.plainText(
        ui->devEnvironmentEdit, QStringLiteral("domainDetail.devEnvironment"),
        [](P & p) -> auto & { return p.domainDetail.devEnvironment; });
    b.boolean(
        ui->thirdPartyServiceCombo, QStringLiteral("domainDetail.thirdPartyService"),
        [](P & p) -> auto & { return p.domainDetail.thirdPartyService; });
    b.plainText(
        ui->otItFusionEdit, QStringLiteral("domainDetail.otItFusion"),
        [](P & p) -> auto & { return p.domainDetail.otItFusion; });
    b.boolean(
        ui->mainBusinessIsSolutionsCombo, QStringLiteral("domainDetail.mainBusinessIsSolutions"),
        [](P & p) -> auto & { return p.domainDetail.mainBusinessIsSolutions; });
    b.boolean(
        ui->regulatedCombo, QStringLiteral("domainDetail.regulated"),
        [](P & p) -> auto & { return p.domainDetail.regulated; });
    b.plainText(
        ui->orgPlanEdit, QStringLiteral("domainDetail.plan"),
        [](P & p) -> auto & { return p.domainDetail.plan; });
    b.integer(
        ui->platformStaffEdit, QStringLiteral("domainDetail.platformStaff"),
        [](P & p) -> auto & { return p.domainDetail.platformStaff; });
    b.integer(
        ui->qualifiedStaffEdit, QStringLiteral("domainDetail.qualifiedStaff"),
        [](P & p) -> auto & { return p.domainDetail.qualifiedStaff; });
    b.boolean(
        ui->mentorsHiredCombo, QStringLiteral("domainDetail.mentorsHired"),
        [](P & p) -> auto & { return p.domainDetail.mentorsHired; });
    b.boolean(
        ui->nationallyAdvancedCombo, QStringLiteral("domainDetail.nationallyAdvanced"),
        [](P & p) -> auto & { return p.domainDetail.nationallyAdvanced; });
    b.boolean(
        ui->premisesCombo, QStringLiteral("domainDetail.premisesInGuangdong"),
        [](P & p) -> auto & { return p.domainDetail.premisesInGuangdong; });

    b.text(ui->projectNameEdit, QStringLiteral("domainDetail.project.name"),
           FieldBinder::nested<QString>(
               [](const P &p) { return inProject(p, &PilotProject::name); },
               [](P & p) -> auto & { return makeInProject(p, &PilotProject::name); }));
    b.date(ui->completedEdit, QStringLiteral("domainDetail.project.completed"),
           FieldBinder::nested<QDate>(
               [](const P &p) { return inProject(p, &PilotProject::completed); },
               [](P & p) -> auto & { return makeInProject(p, &PilotProject::completed); }));
    b.plainText(ui->resultsEdit, QStringLiteral("domainDetail.project.results"),
                FieldBinder::nested<QString>(
                    [](const P &p) { return inProject(p, &PilotProject::results); },
                    [](P & p) -> auto & { return makeInProject(p, &PilotProject::results); }));
    b.percent(ui->ecommerceShareEdit, QStringLiteral("domainDetail.project.ecommerceShare"),
              FieldBinder::nested<double>(
                  [](const P &p) { return inProject(p, &PilotProject::ecommerceShare); },
                  [](P & p) -> auto & { return makeInProject(p, &PilotProject::ecommerceShare); }));
}

void DomainDetailPage::bindEquipmentAndSolutionFields()
{
    FieldBinder &b = *m_binder;
    using P = Project;
    // Equipment 一（一）/（三）.
    b.text(
        ui->brandEdit, QStringLiteral("domainDetail.brand"),
        [](P & p) -> auto & { return p.domainDetail.brand; });
    b.plainText(
        ui->techLevelEdit, QStringLiteral("domainDetail.techLevel"),
        [](P & p) -> auto & { return p.domainDetail.techLevel; });
    b.plainText(
        ui->salesScaleEdit, QStringLiteral("domainDetail.salesScale"),
        [](P & p) -> auto & { return p.domainDetail.salesScale; });
    // Solution 四（一）/（二）.
    b.plainText(
        ui->mainBusinessEdit, QStringLiteral("domainDetail.mainBusiness"),
        [](P & p) -> auto & { return p.domainDetail.mainBusiness; });
    b.percent(ui->integrationShareEdit, QStringLiteral("domainDetail.integrationShare"),
              FieldBinder::member<double>(
                  [](P & p) -> auto & { return p.domainDetail.integrationShare; }));
    b.text(
        ui->industryEdit, QStringLiteral("domainDetail.industry"),
        [](P & p) -> auto & { return p.domainDetail.industry; });
    b.plainText(
        ui->leadingPositionEdit, QStringLiteral("domainDetail.leadingPosition"),
        [](P & p) -> auto & { return p.domainDetail.leadingPosition; });
}

void DomainDetailPage::bindTalentFields()
{
    FieldBinder &b = *m_binder;
    using P = Project;
    // Talent school 六（一）.
    b.plainText(ui->specialtyEdit, QStringLiteral("domainDetail.cooperation.specialty"),
                cooperation(&SchoolCooperation::specialty));
    b.plainText(ui->curriculumEdit, QStringLiteral("domainDetail.cooperation.curriculum"),
                cooperation(&SchoolCooperation::curriculum));
    b.plainText(ui->trainingPlanEdit, QStringLiteral("domainDetail.cooperation.trainingPlan"),
                cooperation(&SchoolCooperation::trainingPlan));
    b.plainText(ui->facultyEdit, QStringLiteral("domainDetail.cooperation.faculty"),
                cooperation(&SchoolCooperation::faculty));
    b.plainText(ui->researchEdit, QStringLiteral("domainDetail.cooperation.research"),
                cooperation(&SchoolCooperation::research));
    b.plainText(ui->internshipEdit, QStringLiteral("domainDetail.cooperation.internship"),
                cooperation(&SchoolCooperation::internship));
    b.integer(
        ui->mentorCountEdit, QStringLiteral("domainDetail.mentorCount"),
        [](P & p) -> auto & { return p.domainDetail.mentorCount; });
    b.text(
        ui->mentorNamesEdit, QStringLiteral("domainDetail.mentorNames"),
        [](P & p) -> auto & { return p.domainDetail.mentorNames; });
    b.plainText(
        ui->internshipBasesEdit, QStringLiteral("domainDetail.internshipBases"),
        [](P & p) -> auto & { return p.domainDetail.internshipBases; });
    ui->mentorsEvidenceButton->bind(
        m_document, QStringLiteral("domainDetail.mentorsEvidence"),
        [](const P &p) { return &p.domainDetail.mentorsEvidence; },
        [](P &p) -> QStringList & { return p.domainDetail.mentorsEvidence; });
    ui->mentorsEvidenceButton->setRequired(
        [](const P &p) { return p.domainDetail.mentorsHired == true; });
}

// The agreement of the partner selected in the table (TAL-S: one for each named partner).
void DomainDetailPage::bindPartnerEvidence()
{
    using P = Project;
    ui->partnerEvidenceButton->bind(
        m_document, QStringLiteral("domainDetail.partnerEnterprises.evidence"),
        [this](const P &p) -> const QStringList * {
            const int row = m_partners->table()->currentRow();
            const auto &list = p.domainDetail.partnerEnterprises;
            return list && row >= 0 && row < list->size() ? &(*list)[row].evidence : nullptr;
        },
        [this](P &p) -> QStringList & {
            const int row = m_partners->table()->currentRow();
            return (*p.domainDetail.partnerEnterprises)[row]
                .evidence; // enabled only on a partner's row
        });
    ui->partnerEvidenceButton->setItemName([this] {
        const int row = m_partners->table()->currentRow();
        const auto &list = m_document->project().domainDetail.partnerEnterprises;
        const QString name = list && row >= 0 && row < list->size()
                                 ? (*list)[row].name.value_or(QString())
                                 : QString();
        return tr("Cooperation agreement with %1")
            .arg(name.isEmpty() ? tr("partner %1").arg(row + 1) : name);
    });
    ui->partnerEvidenceButton->setRequired([this](const P &p) {
        const int row = m_partners->table()->currentRow();
        const auto &list = p.domainDetail.partnerEnterprises;
        return list && row >= 0 && row < list->size() && (*list)[row].name.has_value();
    });
    connect(m_partners->table(), &QTableWidget::currentCellChanged, this,
            &DomainDetailPage::updatePartnerEvidence);
}

void DomainDetailPage::bindPilotFields()
{
    FieldBinder &b = *m_binder;
    using P = Project;
    // Pilot 八 (identification), 八（二）, 八（三）.
    b.text(ui->locationEdit, QStringLiteral("domainDetail.project.location"),
           FieldBinder::nested<QString>(
               [](const P &p) { return inProject(p, &PilotProject::location); },
               [](P & p) -> auto & { return makeInProject(p, &PilotProject::location); }));
    b.date(ui->startedEdit, QStringLiteral("domainDetail.project.started"),
           FieldBinder::nested<QDate>(
               [](const P &p) { return inProject(p, &PilotProject::started); },
               [](P & p) -> auto & { return makeInProject(p, &PilotProject::started); }));
    b.money(ui->investmentEdit, QStringLiteral("domainDetail.project.investmentYuan"),
            FieldBinder::nested<Yuan>(
                [](const P &p) { return inProject(p, &PilotProject::investmentYuan); },
                [](P & p) -> auto & { return makeInProject(p, &PilotProject::investmentYuan); }));
    b.plainText(
        ui->demonstrationValueEdit, QStringLiteral("domainDetail.project.demonstrationValue"),
        FieldBinder::nested<QString>(
            [](const P &p) { return inProject(p, &PilotProject::demonstrationValue); },
            [](P & p) -> auto & { return makeInProject(p, &PilotProject::demonstrationValue); }));
    b.boolean(ui->willPromoteCombo, QStringLiteral("domainDetail.project.willPromote"),
              FieldBinder::nested<bool>(
                  [](const P &p) { return inProject(p, &PilotProject::willPromote); },
                  [](P & p) -> auto & { return makeInProject(p, &PilotProject::willPromote); }));
    ui->completionEvidenceButton->bind(
        m_document, QStringLiteral("domainDetail.project.completionEvidence"),
        [](const P &p) -> const QStringList * {
            return p.domainDetail.project ? &p.domainDetail.project->completionEvidence : nullptr;
        },
        [](P &p) -> QStringList & {
            if (!p.domainDetail.project)
                p.domainDetail.project = PilotProject{};
            return p.domainDetail.project->completionEvidence;
        });
    ui->completionEvidenceButton->setRequired([](const P &p) {
        return p.domainDetail.project && p.domainDetail.project->completed.has_value();
    });
}

void DomainDetailPage::storePartners(const QList<QVariantList> &rows)
{
    QList<PartnerEnterprise> list;
    for (const auto &r : rows)
        list.append({textOrNull(r.value(0)), textOrNull(r.value(1)), r.value(2).toBool(), {}});
    m_document->edit(tr("Edit partner enterprises"), [&](Project &p) {
        // The table does not show the agreements' evidence links: keep each partner's,
        // found by name (or, for a renamed one, by its row).
        const QList<PartnerEnterprise> old =
            p.domainDetail.partnerEnterprises.value_or(QList<PartnerEnterprise>{});
        for (qsizetype i = 0; i < list.size(); ++i) {
            auto same = std::find_if(old.begin(), old.end(), [&](const PartnerEnterprise &o) {
                return o.name && o.name == list[i].name;
            });
            if (same != old.end())
                list[i].evidence = same->evidence;
            else if (i < old.size() && rows.size() == old.size())
                list[i].evidence = old[i].evidence;
        }
        p.domainDetail.partnerEnterprises = list.isEmpty() ? std::nullopt : std::optional(list);
    });
}

void DomainDetailPage::storePrograms(const QList<QVariantList> &rows)
{
    QList<CoBuiltProgram> list;
    for (const auto &r : rows)
        list.append({textOrNull(r.value(0)), textOrNull(r.value(1))});
    m_document->edit(tr("Edit co-built programmes"), [&](Project &p) {
        p.domainDetail.coBuiltPrograms = list.isEmpty() ? std::nullopt : std::optional(list);
    });
}

void DomainDetailPage::storeProducts(const QList<QVariantList> &rows)
{
    QList<FinancialProduct> list;
    for (const auto &r : rows)
        list.append({textOrNull(r.value(0)), textOrNull(r.value(1))});
    m_document->edit(tr("Edit financial products"), [&](Project &p) {
        p.domainDetail.products = list.isEmpty() ? std::nullopt : std::optional(list);
    });
}

DomainDetailPage::~DomainDetailPage() = default;

void DomainDetailPage::retranslateForm()
{
    ui->retranslateUi(this);
}

void DomainDetailPage::retranslate()
{
    m_partners->setColumns(
        {{tr("Enterprise")}, {tr("Programme designed together")}, {tr("Internship base"), true}});
    m_programs->setColumns({{tr("College")}, {tr("Programme")}});
    m_products->setColumns({{tr("Product")}, {tr("Summary")}});
    // Rebuilt so the element captions follow the language.
    const Project &p = m_document->project();
    m_elements->setElements(m_document->call().pilotElements(p.pilotCategory, p.pilotSubcategory),
                            true);
}

void DomainDetailPage::refresh()
{
    const Project &p = m_document->project();
    const CallDefinition &call = m_document->call();
    ui->domainLabel->setText(p.domain ? call.domainDisplayName(p.domain, p.talentKind,
                                                               p.pilotCategory, p.pilotSubcategory)
                                      : QString());
    QWidget *page = ui->nonePage;
    if (p.domain) {
        switch (*p.domain) {
        case Domain::Equipment:
            page = ui->equipmentPage;
            break;
        case Domain::Software:
            page = ui->softwarePage;
            break;
        case Domain::Network:
            page = ui->networkPage;
            break;
        case Domain::Solution:
            page = ui->solutionPage;
            break;
        case Domain::Organization:
            page = ui->organizationPage;
            break;
        case Domain::Talent:
            page = !p.talentKind                            ? ui->talentNonePage
                   : *p.talentKind == TalentKind::School    ? ui->talentSchoolPage
                   : *p.talentKind == TalentKind::Institute ? ui->talentInstitutePage
                                                            : ui->talentEnterprisePage;
            break;
        case Domain::Finance:
            page = ui->financePage;
            break;
        case Domain::Pilot:
            page = ui->pilotPage;
            break;
        }
    }
    ui->detailStack->showOnly(page); // the stack is as tall as this page, not as the longest

    QList<QVariantList> rows;
    for (const auto &x : p.domainDetail.partnerEnterprises.value_or(QList<PartnerEnterprise>{}))
        rows.append({text(x.name), text(x.programme), x.internshipBase.value_or(false)});
    m_partners->setRows(rows);
    updatePartnerEvidence();
    rows.clear();
    for (const auto &x : p.domainDetail.coBuiltPrograms.value_or(QList<CoBuiltProgram>{}))
        rows.append({text(x.school), text(x.programme)});
    m_programs->setRows(rows);
    rows.clear();
    for (const auto &x : p.domainDetail.products.value_or(QList<FinancialProduct>{}))
        rows.append({text(x.name), text(x.summary)});
    m_products->setRows(rows);

    const QStringList elements = call.pilotElements(p.pilotCategory, p.pilotSubcategory);
    const PilotTable *table = p.pilotCategory ? call.pilotTable(*p.pilotCategory) : nullptr;
    QString tableTitle = table ? table->title : QString();
    if (table && p.pilotSubcategory) {
        for (const auto &s : table->subtables) {
            if (s.key == *p.pilotSubcategory)
                tableTitle += QStringLiteral(" · ") + s.title;
        }
    }
    ui->elementsTitle->setText(
        elements.isEmpty()
            ? tr("Choose the table (and sub-table) in step ① to see its element conditions.")
            : tr("Element conditions of %1 (quoted from the notice):").arg(tableTitle));
    const bool ecommerce = p.pilotSubcategory == PilotSubcategory::Ecommerce;
    ui->ecommerceShareEdit->setVisible(ecommerce);
    ui->ecommerceShareLabel->setVisible(ecommerce);
    m_elements->setElements(elements);
    m_elements->refresh();
}

void DomainDetailPage::updatePartnerEvidence()
{
    const int row = m_partners->table()->currentRow();
    const auto &list = m_document->project().domainDetail.partnerEnterprises;
    ui->partnerEvidenceButton->setEnabled(list && row >= 0 && row < list->size());
    ui->partnerEvidenceButton->refresh();
}

bool DomainDetailPage::focusPath(const QString &path)
{
    if (m_elements->focusPath(path))
        return true;
    if (path.startsWith(QLatin1StringView("domainDetail.partnerEnterprises"))) {
        m_partners->table()->setFocus();
        static const QRegularExpression indexed(
            QStringLiteral("^domainDetail\\.partnerEnterprises\\[(\\d+)\\]"));
        const auto m = indexed.match(path);
        if (m.hasMatch())
            m_partners->table()->setCurrentCell(m.captured(1).toInt(), 0);
        return true;
    }
    if (path.startsWith(QLatin1StringView("domainDetail.coBuiltPrograms"))) {
        m_programs->table()->setFocus();
        return true;
    }
    if (path.startsWith(QLatin1StringView("domainDetail.products"))) {
        m_products->table()->setFocus();
        return true;
    }
    return StepPage::focusPath(path);
}

} // namespace shenbao
