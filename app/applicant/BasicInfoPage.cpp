// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/BasicInfoPage.h"

#include "applicant/EvidenceLinkButton.h"
#include "gui/ChoiceText.h"
#include "gui/FieldBinder.h"
#include "gui/ProjectDocument.h"
#include "model/InputText.h"
#include "ui_BasicInfoPage.h"

#include <QCompleter>
#include <QFormLayout>

namespace shenbao {

BasicInfoPage::BasicInfoPage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , ui(std::make_unique<Ui::BasicInfoPage>())
{
    ui->setupUi(this);
    // Two columns of forms side by side: a label too long for its column (the English UI's
    // bilingual labels) puts its field on the next line rather than widening the page past a
    // 1366×768 window.
    for (QFormLayout *form : {ui->unitForm, ui->contactForm, ui->staffForm, ui->attestForm})
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // The unit's column holds the longest values (name, addresses): it gets half the width.
    ui->columns->setColumnStretch(0, 1);
    ui->columns->setColumnStretch(1, 1);
    bindApplicantFields();
    bindContactFields();
    bindStaffFields();
    bindDeclarations();
    retranslate();
}

// Who applies: name, code, place, capital, legal representative and kind of organisation.
void BasicInfoPage::bindApplicantFields()
{
    const CallDefinition &call = m_document->call();
    FieldBinder &b = *m_binder;
    using P = Project;

    b.text(
        ui->nameEdit, QStringLiteral("applicant.name"),
        [](P & p) -> auto & { return p.applicant.name; });
    // The code is stored as the standard writes it (attachment2-form.md): upper case, no spaces.
    b.text(
        ui->usccEdit, QStringLiteral("applicant.uscc"),
        [](P & p) -> auto & { return p.applicant.uscc; },
        [](const QString &t) { return normalisedUscc(t); });
    // 「东莞」 is stored as the call names the city, 东莞市; a name outside the list is kept as
    // typed and the field is marked (rules/FieldValidator).
    b.text(
        ui->cityEdit, QStringLiteral("applicant.city"),
        [](P & p) -> auto & { return p.applicant.city; },
        [&call](const QString &t) {
            const QString city = matchCity(t, call.guangdongCities);
            return city.isEmpty() ? t.trimmed() : city;
        });
    auto *cities = new QCompleter(call.guangdongCities, ui->cityEdit);
    cities->setFilterMode(Qt::MatchContains);
    ui->cityEdit->setCompleter(cities);
    b.text(
        ui->districtEdit, QStringLiteral("applicant.district"),
        [](P & p) -> auto & { return p.applicant.district; });
    b.text(
        ui->registeredAddressEdit, QStringLiteral("applicant.registeredAddress"),
        [](P & p) -> auto & { return p.applicant.registeredAddress; });
    b.text(
        ui->mailingAddressEdit, QStringLiteral("applicant.mailingAddress"),
        [](P & p) -> auto & { return p.applicant.mailingAddress; });
    b.text(
        ui->postcodeEdit, QStringLiteral("applicant.postcode"),
        [](P & p) -> auto & { return p.applicant.postcode; },
        [](const QString &t) { return normalisedDigits(t); });
    b.date(
        ui->foundedEdit, QStringLiteral("applicant.founded"),
        [](P & p) -> auto & { return p.applicant.founded; });
    b.money(
        ui->capitalEdit, QStringLiteral("applicant.registeredCapitalYuan"),
        [](P & p) -> auto & { return p.applicant.registeredCapitalYuan; });
    b.text(
        ui->legalRepEdit, QStringLiteral("applicant.legalRepresentative"),
        [](P & p) -> auto & { return p.applicant.legalRepresentative; });

    ui->orgTypeCombo->addItem(QString(), QVariant());
    for (const OrgType t : allValues<OrgType>())
        ui->orgTypeCombo->addItem(ChoiceText::nameOf(call, t, "orgType"), toKey(t));
    b.enumChoice<OrgType>(
        ui->orgTypeCombo, QStringLiteral("applicant.orgType"),
        [](P & p) -> auto & { return p.applicant.orgType; });
}

void BasicInfoPage::bindContactFields()
{
    FieldBinder &b = *m_binder;
    using P = Project;

    b.text(
        ui->contactNameEdit, QStringLiteral("applicant.contact.name"),
        [](P & p) -> auto & { return p.applicant.contact.name; });
    b.text(
        ui->contactTitleEdit, QStringLiteral("applicant.contact.title"),
        [](P & p) -> auto & { return p.applicant.contact.title; });
    // Numbers are typed in groups (「138 0013 8000」) and stored in one form (model/InputText).
    ui->mobileEdit->setMaxLength(24);
    b.text(
        ui->mobileEdit, QStringLiteral("applicant.contact.mobile"),
        [](P & p) -> auto & { return p.applicant.contact.mobile; },
        [](const QString &t) { return normalisedMobile(t); });
    b.text(
        ui->phoneEdit, QStringLiteral("applicant.contact.phone"),
        [](P & p) -> auto & { return p.applicant.contact.phone; },
        [](const QString &t) { return normalisedPhone(t); });
    b.text(
        ui->emailEdit, QStringLiteral("applicant.contact.email"),
        [](P & p) -> auto & { return p.applicant.contact.email; });
}

// Staff and R&D, with the evidence of both next to their figures.
void BasicInfoPage::bindStaffFields()
{
    const CallDefinition &call = m_document->call();
    FieldBinder &b = *m_binder;
    using P = Project;

    b.integer(
        ui->employeesEdit, QStringLiteral("applicant.employees"),
        [](P & p) -> auto & { return p.applicant.employees; });
    b.integer(
        ui->rdStaffEdit, QStringLiteral("applicant.rdStaff"),
        [](P & p) -> auto & { return p.applicant.rdStaff; });
    ui->rdInstitutionCombo->addItem(QString(), QVariant());
    for (const RdInstitution r : allValues<RdInstitution>())
        ui->rdInstitutionCombo->addItem(ChoiceText::nameOf(call, r, "rdInstitution"), toKey(r));
    b.enumChoice<RdInstitution>(
        ui->rdInstitutionCombo, QStringLiteral("applicant.rdInstitution"),
        [](P & p) -> auto & { return p.applicant.rdInstitution; });
    b.text(
        ui->rdInstitutionNameEdit, QStringLiteral("applicant.rdInstitutionName"),
        [](P & p) -> auto & { return p.applicant.rdInstitutionName; });

    // What proves the team and the institution (EQ-2/EQ-3, SOL-3, TAL-I): linked here, next to
    // the figures they prove, rather than only in the evidence step.
    ui->rdStaffEvidenceButton->bind(
        m_document, QStringLiteral("applicant.rdStaffEvidence"),
        [](const P &p) { return &p.applicant.rdStaffEvidence; },
        [](P &p) -> QStringList & { return p.applicant.rdStaffEvidence; });
    ui->rdStaffEvidenceButton->setRequired(
        [](const P &p) { return p.applicant.rdStaff.has_value(); });
    ui->rdInstitutionEvidenceButton->bind(
        m_document, QStringLiteral("applicant.rdInstitutionEvidence"),
        [](const P &p) { return &p.applicant.rdInstitutionEvidence; },
        [](P &p) -> QStringList & { return p.applicant.rdInstitutionEvidence; });
    ui->rdInstitutionEvidenceButton->setRequired([](const P &p) {
        return p.applicant.rdInstitution && *p.applicant.rdInstitution != RdInstitution::None;
    });
}

// The declarations behind BASE-1, BASE-3 and BASE-4.
void BasicInfoPage::bindDeclarations()
{
    FieldBinder &b = *m_binder;
    using P = Project;

    b.boolean(
        ui->registeredInPRCCombo, QStringLiteral("applicant.registeredInPRC"),
        [](P & p) -> auto & { return p.applicant.registeredInPRC; });
    b.boolean(
        ui->independentLegalPersonCombo, QStringLiteral("applicant.independentLegalPerson"),
        [](P & p) -> auto & { return p.applicant.independentLegalPerson; });
    b.boolean(
        ui->safetyConditionsCombo, QStringLiteral("attestations.safetyConditions"),
        [](P & p) -> auto & { return p.attestations.safetyConditions; });
    b.boolean(
        ui->noMajorAccident3yCombo, QStringLiteral("attestations.noMajorAccident3y"),
        [](P & p) -> auto & { return p.attestations.noMajorAccident3y; });
    b.boolean(
        ui->notDishonestDebtorCombo, QStringLiteral("attestations.notDishonestDebtor"),
        [](P & p) -> auto & { return p.attestations.notDishonestDebtor; });
    b.boolean(
        ui->noBadCredit3yCombo, QStringLiteral("attestations.noBadCredit3y"),
        [](P & p) -> auto & { return p.attestations.noBadCredit3y; });
    b.boolean(
        ui->noIpInfringementCombo, QStringLiteral("attestations.noIpInfringement"),
        [](P & p) -> auto & { return p.attestations.noIpInfringement; });
}

BasicInfoPage::~BasicInfoPage() = default;

void BasicInfoPage::retranslateForm()
{
    ui->retranslateUi(this);
}

void BasicInfoPage::retranslate()
{
    ui->orgTypeCombo->setItemText(0, tr("— choose —"));
    ui->rdInstitutionCombo->setItemText(0, tr("— choose —"));
    ChoiceText::retranslate(ui->orgTypeCombo, m_document->call(), "orgType");
    ChoiceText::retranslate(ui->rdInstitutionCombo, m_document->call(), "rdInstitution");
}

} // namespace shenbao
