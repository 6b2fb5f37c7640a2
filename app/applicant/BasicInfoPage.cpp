// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/BasicInfoPage.h"

#include "gui/FieldBinder.h"
#include "gui/ProjectDocument.h"
#include "ui_BasicInfoPage.h"

#include <QCompleter>

namespace shenbao {

namespace {

QString normalisedUscc(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c.toUpper());
    }
    return out;
}

} // namespace

BasicInfoPage::BasicInfoPage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , ui(std::make_unique<Ui::BasicInfoPage>())
{
    ui->setupUi(this);
    const CallDefinition &call = document->call();
    FieldBinder &b = *m_binder;
    using P = Project;

    b.text(ui->nameEdit, QStringLiteral("applicant.name"), [](P &p) -> auto & { return p.applicant.name; });
    // The code is stored as the standard writes it (attachment2-form.md): upper case, no spaces.
    b.text(ui->usccEdit, QStringLiteral("applicant.uscc"), [](P &p) -> auto & { return p.applicant.uscc; },
           normalisedUscc);
    b.text(ui->cityEdit, QStringLiteral("applicant.city"), [](P &p) -> auto & { return p.applicant.city; });
    auto *cities = new QCompleter(call.guangdongCities, ui->cityEdit);
    cities->setFilterMode(Qt::MatchContains);
    ui->cityEdit->setCompleter(cities);
    b.text(ui->districtEdit, QStringLiteral("applicant.district"),
           [](P &p) -> auto & { return p.applicant.district; });
    b.text(ui->registeredAddressEdit, QStringLiteral("applicant.registeredAddress"),
           [](P &p) -> auto & { return p.applicant.registeredAddress; });
    b.text(ui->mailingAddressEdit, QStringLiteral("applicant.mailingAddress"),
           [](P &p) -> auto & { return p.applicant.mailingAddress; });
    b.text(ui->postcodeEdit, QStringLiteral("applicant.postcode"), [](P &p) -> auto & { return p.applicant.postcode; });
    b.date(ui->foundedEdit, QStringLiteral("applicant.founded"), [](P &p) -> auto & { return p.applicant.founded; });
    b.money(ui->capitalEdit, QStringLiteral("applicant.registeredCapitalYuan"),
            [](P &p) -> auto & { return p.applicant.registeredCapitalYuan; });
    b.text(ui->legalRepEdit, QStringLiteral("applicant.legalRepresentative"),
           [](P &p) -> auto & { return p.applicant.legalRepresentative; });

    ui->orgTypeCombo->addItem(QString(), QVariant());
    for (const OrgType t : allValues<OrgType>())
        ui->orgTypeCombo->addItem(call.nameOf(t, "orgType"), toKey(t));
    b.enumChoice<OrgType>(ui->orgTypeCombo, QStringLiteral("applicant.orgType"),
                          [](P &p) -> auto & { return p.applicant.orgType; });

    b.text(ui->contactNameEdit, QStringLiteral("applicant.contact.name"),
           [](P &p) -> auto & { return p.applicant.contact.name; });
    b.text(ui->contactTitleEdit, QStringLiteral("applicant.contact.title"),
           [](P &p) -> auto & { return p.applicant.contact.title; });
    b.text(ui->mobileEdit, QStringLiteral("applicant.contact.mobile"),
           [](P &p) -> auto & { return p.applicant.contact.mobile; });
    b.text(ui->phoneEdit, QStringLiteral("applicant.contact.phone"),
           [](P &p) -> auto & { return p.applicant.contact.phone; });
    b.text(ui->emailEdit, QStringLiteral("applicant.contact.email"),
           [](P &p) -> auto & { return p.applicant.contact.email; });

    b.integer(ui->employeesEdit, QStringLiteral("applicant.employees"),
              [](P &p) -> auto & { return p.applicant.employees; });
    b.integer(ui->rdStaffEdit, QStringLiteral("applicant.rdStaff"), [](P &p) -> auto & { return p.applicant.rdStaff; });
    ui->rdInstitutionCombo->addItem(QString(), QVariant());
    for (const RdInstitution r : allValues<RdInstitution>())
        ui->rdInstitutionCombo->addItem(call.nameOf(r, "rdInstitution"), toKey(r));
    b.enumChoice<RdInstitution>(ui->rdInstitutionCombo, QStringLiteral("applicant.rdInstitution"),
                                [](P &p) -> auto & { return p.applicant.rdInstitution; });
    b.text(ui->rdInstitutionNameEdit, QStringLiteral("applicant.rdInstitutionName"),
           [](P &p) -> auto & { return p.applicant.rdInstitutionName; });

    b.boolean(ui->registeredInPRCCombo, QStringLiteral("applicant.registeredInPRC"),
              [](P &p) -> auto & { return p.applicant.registeredInPRC; });
    b.boolean(ui->independentLegalPersonCombo, QStringLiteral("applicant.independentLegalPerson"),
              [](P &p) -> auto & { return p.applicant.independentLegalPerson; });
    b.boolean(ui->safetyConditionsCombo, QStringLiteral("attestations.safetyConditions"),
              [](P &p) -> auto & { return p.attestations.safetyConditions; });
    b.boolean(ui->noMajorAccident3yCombo, QStringLiteral("attestations.noMajorAccident3y"),
              [](P &p) -> auto & { return p.attestations.noMajorAccident3y; });
    b.boolean(ui->notDishonestDebtorCombo, QStringLiteral("attestations.notDishonestDebtor"),
              [](P &p) -> auto & { return p.attestations.notDishonestDebtor; });
    b.boolean(ui->noBadCredit3yCombo, QStringLiteral("attestations.noBadCredit3y"),
              [](P &p) -> auto & { return p.attestations.noBadCredit3y; });
    b.boolean(ui->noIpInfringementCombo, QStringLiteral("attestations.noIpInfringement"),
              [](P &p) -> auto & { return p.attestations.noIpInfringement; });
    retranslate();
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
}

} // namespace shenbao
