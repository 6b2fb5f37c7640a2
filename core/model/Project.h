// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The application's data as plain value types, one-to-one with `shenbao/1`
// (spec/project-json.md). A std::optional that is empty means "not filled in": the rules
// engine reads it as `incomplete`, never as zero or false.

#include "model/Enums.h"

#include <QDate>
#include <QDateTime>
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
    // 附件1 一（二）/四（三）/六（二）: what proves the R&D institution (its approval or
    // founding document) and the R&D team (a staff list, social-insurance records).
    QStringList rdInstitutionEvidence, rdStaffEvidence;
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

// 承担项目 (notice 一: the evidence list names 「承担项目」): projects the applicant carried out
// for a government programme or as a contracted R&D / demonstration project.
struct UndertakenProject
{
    std::optional<QString> title,
        source; // source: programme and level, e.g. 「省级工业互联网专项」
    std::optional<int> year;
    std::optional<Yuan> amountYuan;
    QStringList evidence;
    bool operator==(const UndertakenProject &) const = default;
};

// A qualification beyond the nine kinds that allow direct recognition (高新技术企业, 专精特新,
// 企业技术中心 …): listed with its certificate, informative for the experts, not a route.
struct OtherQualification
{
    std::optional<QString> title, issuer;
    std::optional<QDate> granted;
    QStringList evidence;
    bool operator==(const OtherQualification &) const = default;
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
    QStringList evidence; // the cooperation agreement (校企合作协议) and internship-base plaque
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
    QStringList evidence; // system screenshots, acceptance of the system, …
    bool operator==(const PilotElement &) const = default;
};

// The six matters 附件1 六（一） says school and partners determine together.
struct SchoolCooperation
{
    std::optional<QString> specialty, curriculum, trainingPlan, faculty, research, internship;
    bool operator==(const SchoolCooperation &) const = default;
};

struct PilotProject
{
    std::optional<QString> name;
    std::optional<QDate> completed;
    std::optional<QString> results;
    QList<PilotElement> elements; // in table order
    std::optional<double> ecommerceShare;
    std::optional<QString> location;           // 建设地点
    std::optional<QDate> started;              // 建设起始日期 (with `completed`: the period)
    std::optional<Yuan> investmentYuan;        // 项目总投资
    std::optional<QString> demonstrationValue; // 八（二） 示范意义和推广价值
    std::optional<bool> willPromote; // 八（二） 愿意主动配合总结经验，推广模式
    QStringList completionEvidence;  // 八（三） 验收报告 / 竣工证明
    bool operator==(const PilotProject &) const = default;
};

// All domain-specific keys live side by side so that switching the domain in the UI never
// throws typed data away; only the chosen domain's keys are evaluated and printed.
struct DomainDetail
{
    std::optional<QString> devEnvironment;                      // software
    std::optional<bool> thirdPartyService;                      // network
    std::optional<QString> otItFusion;                          // network
    std::optional<bool> mainBusinessIsSolutions;                // solution
    std::optional<bool> regulated;                              // organization
    std::optional<QString> plan;                                // organization
    std::optional<int> platformStaff, qualifiedStaff;           // organization
    std::optional<QList<PartnerEnterprise>> partnerEnterprises; // talent school
    std::optional<bool> mentorsHired;                           // talent school
    std::optional<bool> nationallyAdvanced;                     // talent institute
    std::optional<QList<CoBuiltProgram>> coBuiltPrograms;       // talent enterprise
    std::optional<bool> premisesInGuangdong;                    // finance
    std::optional<QList<FinancialProduct>> products;            // finance
    std::optional<PilotProject> project;                        // pilot
    // equipment 一（一）/（三）
    std::optional<QString> brand, techLevel, salesScale;
    // solution 四（一）/（二）
    std::optional<QString> mainBusiness;
    std::optional<double> integrationShare; // share of system-integration revenue, 0..1
    std::optional<QString> industry, leadingPosition;
    // talent school 六（一）
    std::optional<SchoolCooperation> cooperation;
    std::optional<int> mentorCount;
    std::optional<QString> mentorNames, internshipBases;
    QStringList mentorsEvidence; // appointment letters of the instructors
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
    // 填报日期 as the user set it; empty = the day the project last changed, in China time
    // (fillDateOf). One value for the cover, the pledge and the Attachment 3 row.
    std::optional<QDate> fillDate;
    Applicant applicant;
    QList<FinanceYear> finance;
    QList<Patent> patents;
    std::optional<int> softwareCopyrights;
    QList<Case> cases;
    QList<Qualification> qualifications;
    QList<OtherQualification> otherQualifications;
    QList<UndertakenProject> undertakenProjects;
    std::optional<bool> firstBatchPartner;
    Attestations attestations;
    Narrative narrative;
    DomainDetail domainDetail;
    QList<Evidence> evidence;

    const FinanceYear *financeFor(int year) const;
    const Evidence *evidenceById(const QString &id) const;
    bool operator==(const Project &) const = default;
};

// Every list of evidence ids in the project (patents, cases, qualifications, the R&D proofs,
// partners, pilot elements …), so that renaming or removing an evidence item fixes all of them.
QList<QStringList *> evidenceReferences(Project &project);

// The 填报日期 printed on the cover and written to the Attachment 3 row: the project's own
// `fillDate` when set, otherwise the calendar day of `lastModified` in China Standard Time
// (UTC+8: the applicants and officers are there, whatever the machine's zone), otherwise
// `fallback`. Never the wall clock, so two exports of an unchanged project are identical.
QDate fillDateOf(const Project &project, const QDateTime &lastModified, QDate fallback = {});

} // namespace shenbao
