// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Keyed.h"

namespace shenbao {

enum class Domain
{
    Equipment,
    Software,
    Network,
    Solution,
    Organization,
    Talent,
    Finance,
    Pilot
};
enum class TalentKind
{
    School,
    Institute,
    Enterprise
};
enum class PilotCategory
{
    Process,
    Discrete,
    Equipment,
    Product,
    Service,
    NewMode
};
enum class PilotSubcategory
{
    SmartService,
    Logistics,
    Energy,
    Customization,
    Collaborative,
    Ecommerce
};
enum class OrgType
{
    Enterprise,
    University,
    TechnicalSchool,
    VocationalSchool,
    Institute,
    Association,
    FinancialInstitution,
    Other
};
enum class RdInstitution
{
    Established,
    Building,
    None
};
enum class PatentKind
{
    Invention,
    UtilityModel,
    Design
};
enum class QualificationKind
{
    ProvincialRobotKey,
    PublicTechPlatform,
    PilotDemoUnit,
    DemoFactory,
    ExcellentScenario,
    StandardizationLead,
    BigDataAiKey,
    IiotResourcePool,
    InnovationCenter
};
// Declared in binding order (dossier-layout.md, part 6): the dossier sorts by this enum.
enum class EvidenceCategory
{
    BusinessLicense,
    AuditReport,
    CreditReport,
    Qualification,
    Ip,
    Case,
    Project,
    Other
};

template <> struct KeyTable<Domain>
{
    static constexpr std::array<std::pair<Domain, const char *>, 8> keys{{
        {Domain::Equipment, "equipment"},
        {Domain::Software, "software"},
        {Domain::Network, "network"},
        {Domain::Solution, "solution"},
        {Domain::Organization, "organization"},
        {Domain::Talent, "talent"},
        {Domain::Finance, "finance"},
        {Domain::Pilot, "pilot"},
    }};
};
template <> struct KeyTable<TalentKind>
{
    static constexpr std::array<std::pair<TalentKind, const char *>, 3> keys{{
        {TalentKind::School, "school"},
        {TalentKind::Institute, "institute"},
        {TalentKind::Enterprise, "enterprise"},
    }};
};
template <> struct KeyTable<PilotCategory>
{
    static constexpr std::array<std::pair<PilotCategory, const char *>, 6> keys{{
        {PilotCategory::Process, "process"},
        {PilotCategory::Discrete, "discrete"},
        {PilotCategory::Equipment, "equipment"},
        {PilotCategory::Product, "product"},
        {PilotCategory::Service, "service"},
        {PilotCategory::NewMode, "newMode"},
    }};
};
template <> struct KeyTable<PilotSubcategory>
{
    static constexpr std::array<std::pair<PilotSubcategory, const char *>, 6> keys{{
        {PilotSubcategory::SmartService, "smartService"},
        {PilotSubcategory::Logistics, "logistics"},
        {PilotSubcategory::Energy, "energy"},
        {PilotSubcategory::Customization, "customization"},
        {PilotSubcategory::Collaborative, "collaborative"},
        {PilotSubcategory::Ecommerce, "ecommerce"},
    }};
};
template <> struct KeyTable<OrgType>
{
    static constexpr std::array<std::pair<OrgType, const char *>, 8> keys{{
        {OrgType::Enterprise, "enterprise"},
        {OrgType::University, "university"},
        {OrgType::TechnicalSchool, "technicalSchool"},
        {OrgType::VocationalSchool, "vocationalSchool"},
        {OrgType::Institute, "institute"},
        {OrgType::Association, "association"},
        {OrgType::FinancialInstitution, "financialInstitution"},
        {OrgType::Other, "other"},
    }};
};
template <> struct KeyTable<RdInstitution>
{
    static constexpr std::array<std::pair<RdInstitution, const char *>, 3> keys{{
        {RdInstitution::Established, "established"},
        {RdInstitution::Building, "building"},
        {RdInstitution::None, "none"},
    }};
};
template <> struct KeyTable<PatentKind>
{
    static constexpr std::array<std::pair<PatentKind, const char *>, 3> keys{{
        {PatentKind::Invention, "invention"},
        {PatentKind::UtilityModel, "utilityModel"},
        {PatentKind::Design, "design"},
    }};
};
template <> struct KeyTable<QualificationKind>
{
    static constexpr std::array<std::pair<QualificationKind, const char *>, 9> keys{{
        {QualificationKind::ProvincialRobotKey, "provincialRobotKey"},
        {QualificationKind::PublicTechPlatform, "publicTechPlatform"},
        {QualificationKind::PilotDemoUnit, "pilotDemoUnit"},
        {QualificationKind::DemoFactory, "demoFactory"},
        {QualificationKind::ExcellentScenario, "excellentScenario"},
        {QualificationKind::StandardizationLead, "standardizationLead"},
        {QualificationKind::BigDataAiKey, "bigDataAiKey"},
        {QualificationKind::IiotResourcePool, "iiotResourcePool"},
        {QualificationKind::InnovationCenter, "innovationCenter"},
    }};
};
template <> struct KeyTable<EvidenceCategory>
{
    static constexpr std::array<std::pair<EvidenceCategory, const char *>, 8> keys{{
        {EvidenceCategory::BusinessLicense, "businessLicense"},
        {EvidenceCategory::AuditReport, "auditReport"},
        {EvidenceCategory::CreditReport, "creditReport"},
        {EvidenceCategory::Qualification, "qualification"},
        {EvidenceCategory::Ip, "ip"},
        {EvidenceCategory::Case, "case"},
        {EvidenceCategory::Project, "project"},
        {EvidenceCategory::Other, "other"},
    }};
};

} // namespace shenbao
