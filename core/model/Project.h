// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The application's data as plain value types, one-to-one with `shenbao/1`
// (spec/project-json.md). A std::optional that is empty means "not filled in": the rules
// engine reads it as `incomplete`, never as zero or false.

#include "model/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shenbao {

using Yuan = qint64; // money is integer yuan everywhere; the UI converts from/to 万元

struct Contact
{
    std::optional<QString> name, title, mobile, phone, email;
    bool operator==(const Contact &) const = default;
};

struct Applicant
{
    std::optional<QString> name, uscc;
    std::optional<OrgType> orgType;
    std::optional<QString> city, district, registeredAddress, mailingAddress, postcode;
    std::optional<QDate> founded;
    std::optional<Yuan> registeredCapitalYuan;
    std::optional<QString> legalRepresentative;
    Contact contact;
    std::optional<int> employees, rdStaff;
    std::optional<bool> registeredInPRC, independentLegalPerson;
    std::optional<RdInstitution> rdInstitution;
    std::optional<QString> rdInstitutionName;
    bool operator==(const Applicant &) const = default;
};

struct FinanceYear
{
    int year = 0;
    std::optional<Yuan> revenueYuan, mainRevenueYuan, profitYuan, rdSpendYuan;
    bool operator==(const FinanceYear &) const = default;
};

struct Patent
{
    std::optional<QString> title, number;
    std::optional<PatentKind> kind;
    std::optional<QDate> granted;
    std::optional<bool> core;
    QStringList evidence; // evidence ids
    bool operator==(const Patent &) const = default;
};

struct Case
{
    std::optional<QString> title, customer, city;
    std::optional<int> year;
    std::optional<Yuan> amountYuan;
    std::optional<QString> summary;
    QStringList evidence;
    bool operator==(const Case &) const = default;
};

struct Qualification
{
    std::optional<QualificationKind> kind;
    std::optional<QString> title;
    QStringList evidence;
    bool operator==(const Qualification &) const = default;
};

struct Attestations
{
    std::optional<bool> safetyConditions, noMajorAccident3y, notDishonestDebtor, noBadCredit3y,
        noIpInfringement;
    bool operator==(const Attestations &) const = default;
};

struct Narrative
{
    std::optional<QString> profile, offering, plan;
    bool operator==(const Narrative &) const = default;
};

struct PartnerEnterprise
{
    std::optional<QString> name, programme;
    std::optional<bool> internshipBase;
    bool operator==(const PartnerEnterprise &) const = default;
};

struct CoBuiltProgram
{
    std::optional<QString> school, programme;
    bool operator==(const CoBuiltProgram &) const = default;
};

struct FinancialProduct
{
    std::optional<QString> name, summary;
    bool operator==(const FinancialProduct &) const = default;
};

struct PilotElement
{
    std::optional<bool> met;
    std::optional<QString> description;
    bool operator==(const PilotElement &) const = default;
};

struct PilotProject
{
    std::optional<QString> name;
    std::optional<QDate> completed;
    std::optional<QString> results;
    QList<PilotElement> elements; // in table order
    std::optional<double> ecommerceShare;
    bool operator==(const PilotProject &) const = default;
};

// All domain-specific keys live side by side so that switching the domain in the UI never
// throws typed data away; only the chosen domain's keys are evaluated and printed.
struct DomainDetail
{
    std::optional<QString> devEnvironment;                 // software
    std::optional<bool> thirdPartyService;                 // network
    std::optional<QString> otItFusion;                     // network
    std::optional<bool> mainBusinessIsSolutions;           // solution
    std::optional<bool> regulated;                         // organization
    std::optional<QString> plan;                           // organization
    std::optional<int> platformStaff, qualifiedStaff;      // organization
    std::optional<QList<PartnerEnterprise>> partnerEnterprises; // talent school
    std::optional<bool> mentorsHired;                      // talent school
    std::optional<bool> nationallyAdvanced;                // talent institute
    std::optional<QList<CoBuiltProgram>> coBuiltPrograms;  // talent enterprise
    std::optional<bool> premisesInGuangdong;               // finance
    std::optional<QList<FinancialProduct>> products;       // finance
    std::optional<PilotProject> project;                   // pilot
    bool operator==(const DomainDetail &) const = default;
};

struct Evidence
{
    QString id;
    std::optional<EvidenceCategory> category;
    std::optional<int> year; // audit reports
    std::optional<QString> title;
    // Where the file came from on import (absolute, or relative to the JSON file). Not stored
    // in the project once the bytes are in; exported JSON of a dossier carries sha256 instead.
    std::optional<QString> file;
    // Known once the bytes are stored (project file) or read from a dossier's embedded JSON.
    std::optional<QString> sha256;
    std::optional<int> pages;
    std::optional<int> firstPage; // dossier only: first page number in the bound PDF
    bool operator==(const Evidence &) const = default;
};

struct Project
{
    QString schema = QStringLiteral("shenbao/1");
    QString call = QStringLiteral("gd-2022-batch2");
    std::optional<Domain> domain;
    std::optional<TalentKind> talentKind;
    std::optional<PilotCategory> pilotCategory;
    std::optional<PilotSubcategory> pilotSubcategory;
    Applicant applicant;
    QList<FinanceYear> finance;
    QList<Patent> patents;
    std::optional<int> softwareCopyrights;
    QList<Case> cases;
    QList<Qualification> qualifications;
    std::optional<bool> firstBatchPartner;
    Attestations attestations;
    Narrative narrative;
    DomainDetail domainDetail;
    QList<Evidence> evidence;

    const FinanceYear *financeFor(int year) const;
    const Evidence *evidenceById(const QString &id) const;
    bool operator==(const Project &) const = default;
};

} // namespace shenbao
