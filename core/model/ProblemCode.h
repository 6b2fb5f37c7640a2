// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Keyed.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shenbao {

// What a problem or a rule's figure says, as a stable code with arguments, so that the app can
// phrase it in the UI language (app/gui/ProblemText) while core keeps its Chinese text for the
// CLI and the dossier (docs/decisions.md, "Problem codes"). The arguments of each code are
// listed next to it; every argument is plain text (numbers in decimal, dates in ISO 8601,
// amounts as integer 元). A "label key" names the field (e.g. `applicant.name`,
// `finance.revenueYuan`), the next argument is its qualifier (an item's 1-based position, a
// year, or empty).
enum class ProblemCode
{
    Unspecified, // a message without a code (only `message`)

    DomainNotChosen, // (none)
    // Field rules (rules/FieldValidator):
    PostcodeFormat,          // value
    EmailFormat,             // value
    MobileFormat,            // value
    PhoneFormat,             // value
    CityOutsideGuangdong,    // label key, qualifier, value
    DateAfterEvaluationDate, // label key, qualifier, date, evaluation date
    MoneyNegative,           // label key, qualifier, yuan
    MoneyTooLarge,           // label key, qualifier, yuan
    ShortTextTooLong,        // label key, qualifier, characters, limit
    CountNegative,           // label key, qualifier, value
    TextOverLimit,           // label key, qualifier, characters, limit
    RdStaffAboveEmployees,   // R&D staff, employees
    FinanceYearDuplicate,    // year, index of the earlier row
    // USCC (rules/Uscc):
    UsccLength,       // characters
    UsccBadCharacter, // position (1-based), character
    UsccCheckDigit,   // expected, given
    UsccOrgCodeCheck, // (none)
    // Patent numbers (rules/PatentNumber):
    PatentNumberShape,    // (none)
    PatentNumberFormat,   // input
    PatentNumberNonDigit, // input, character
    PatentNumberLength,   // input, digits
    PatentNumberNoCheck,  // input, application number, expected check
    PatentNumberCheck,    // input, expected, given
    PatentNumberType,     // input, position, type digit
    // Required documents (rules/DocumentProblems):
    MissingBusinessLicense,          // (none)
    MissingCreditReport,             // (none)
    MissingAuditReport,              // year
    MissingAuditReportNonEnterprise, // year
    QualificationWithoutEvidence,    // qualification kind key (or empty), title, position

    // Rule figures and missing evidence (rules/RuleKit and the rule files). A "term" is one of
    // the rules' fixed Chinese labels (e.g. 「核心发明专利」, 「%1年度省内典型案例」) and its
    // qualifier fills the term's %1 (a year, or empty); the app looks terms up in its table.
    FigureAttested,  // term, qualifier, "yes" | "no" | "unset"
    FigureDescribed, // term, qualifier, "set" | "unset"
    FigureAtLeast,   // term, qualifier, value, minimum, unit term
    FigureUnset,     // term, qualifier
    FigureCount, // term, qualifier, counted, minimum, unit term, listed items, items not complete
    // Any other figure: a Chinese template (the term) and the values for its %1, %2 …; a value
    // `choice:<group>/<key>[,<key>…]` names choices of the call, a value yyyy-MM-dd is a date.
    FigureText,
    FigureMissingDocuments, // term, qualifier, term, qualifier …
                            // (「待补充：营业执照、2021年度审计报告」)
    EvidenceTerm,           // term, qualifier: a document the rule asks for
    EvidencePatent,         // number, title, position
    EvidenceCase,           // title, customer, position
    EvidenceQualification,  // qualification kind key (or empty), title, position

    // An evidence file checked before it is stored (store/EvidenceInspector). A "reason" is
    // the system's or the parser's own wording (may be empty); the app may leave it out.
    EvidenceFileMissing,    // (none)
    EvidenceNotAFile,       // (none): a folder, a device, a pipe
    EvidenceFileTooLarge,   // size in MB, limit in MB
    EvidenceFileUnreadable, // reason
    EvidenceFileEmpty,      // (none)
    EvidenceFileType,       // (none): not PDF/JPEG/PNG/TIFF by content
    EvidencePdfNoPages,     // (none)
    EvidencePdfRepaired,    // pages after repair (a warning)
    EvidencePdfEncrypted,   // (none) (a warning)
    EvidencePdfDamaged,     // reason (qpdf's)
    EvidenceImageDamaged,   // reason (Qt's, or empty when the data cannot be decoded)
    EvidenceJpegTruncated,  // (none)

    // Binding a dossier (dossier/DossierBinder). A "title" names the evidence item as the
    // dossier does (the applicant's own text).
    ExportConditionsNotMet,     // failing rule ids and fields, joined by 「、」
    ExportEvidenceNoFile,       // title
    ExportEvidenceUnreadable,   // title, reason: the stored copy cannot be read back (damaged)
    ExportEvidencePagesChanged, // title, pages when added, pages now
    ExportScratchNotWritable,   // reason: the output's folder cannot take temporary files
    ExportOutputNotWritable,    // reason: the output file cannot be created or replaced
    ExportOutputIsProject,      // (none): the output is this or another project file
    ExportEvidencePassword,     // title, "missing" | "wrong": an encrypted evidence PDF
    ExportEvidencePdfDamaged,   // title, reason (qpdf's): an evidence PDF that cannot be read
    ExportCancelled,            // (none)
    ExportBindFailed,           // reason
};

template <> struct KeyTable<ProblemCode>
{
    static constexpr std::array<std::pair<ProblemCode, const char *>, 65> keys{{
        {ProblemCode::Unspecified, "unspecified"},
        {ProblemCode::DomainNotChosen, "domainNotChosen"},
        {ProblemCode::PostcodeFormat, "postcodeFormat"},
        {ProblemCode::EmailFormat, "emailFormat"},
        {ProblemCode::MobileFormat, "mobileFormat"},
        {ProblemCode::PhoneFormat, "phoneFormat"},
        {ProblemCode::CityOutsideGuangdong, "cityOutsideGuangdong"},
        {ProblemCode::DateAfterEvaluationDate, "dateAfterEvaluationDate"},
        {ProblemCode::MoneyNegative, "moneyNegative"},
        {ProblemCode::MoneyTooLarge, "moneyTooLarge"},
        {ProblemCode::ShortTextTooLong, "shortTextTooLong"},
        {ProblemCode::CountNegative, "countNegative"},
        {ProblemCode::TextOverLimit, "textOverLimit"},
        {ProblemCode::RdStaffAboveEmployees, "rdStaffAboveEmployees"},
        {ProblemCode::FinanceYearDuplicate, "financeYearDuplicate"},
        {ProblemCode::UsccLength, "usccLength"},
        {ProblemCode::UsccBadCharacter, "usccBadCharacter"},
        {ProblemCode::UsccCheckDigit, "usccCheckDigit"},
        {ProblemCode::UsccOrgCodeCheck, "usccOrgCodeCheck"},
        {ProblemCode::PatentNumberShape, "patentNumberShape"},
        {ProblemCode::PatentNumberFormat, "patentNumberFormat"},
        {ProblemCode::PatentNumberNonDigit, "patentNumberNonDigit"},
        {ProblemCode::PatentNumberLength, "patentNumberLength"},
        {ProblemCode::PatentNumberNoCheck, "patentNumberNoCheck"},
        {ProblemCode::PatentNumberCheck, "patentNumberCheck"},
        {ProblemCode::PatentNumberType, "patentNumberType"},
        {ProblemCode::MissingBusinessLicense, "missingBusinessLicense"},
        {ProblemCode::MissingCreditReport, "missingCreditReport"},
        {ProblemCode::MissingAuditReport, "missingAuditReport"},
        {ProblemCode::MissingAuditReportNonEnterprise, "missingAuditReportNonEnterprise"},
        {ProblemCode::QualificationWithoutEvidence, "qualificationWithoutEvidence"},
        {ProblemCode::FigureAttested, "figureAttested"},
        {ProblemCode::FigureDescribed, "figureDescribed"},
        {ProblemCode::FigureAtLeast, "figureAtLeast"},
        {ProblemCode::FigureUnset, "figureUnset"},
        {ProblemCode::FigureCount, "figureCount"},
        {ProblemCode::FigureText, "figureText"},
        {ProblemCode::FigureMissingDocuments, "figureMissingDocuments"},
        {ProblemCode::EvidenceTerm, "evidenceTerm"},
        {ProblemCode::EvidencePatent, "evidencePatent"},
        {ProblemCode::EvidenceCase, "evidenceCase"},
        {ProblemCode::EvidenceQualification, "evidenceQualification"},
        {ProblemCode::EvidenceFileMissing, "evidenceFileMissing"},
        {ProblemCode::EvidenceNotAFile, "evidenceNotAFile"},
        {ProblemCode::EvidenceFileTooLarge, "evidenceFileTooLarge"},
        {ProblemCode::EvidenceFileUnreadable, "evidenceFileUnreadable"},
        {ProblemCode::EvidenceFileEmpty, "evidenceFileEmpty"},
        {ProblemCode::EvidenceFileType, "evidenceFileType"},
        {ProblemCode::EvidencePdfNoPages, "evidencePdfNoPages"},
        {ProblemCode::EvidencePdfRepaired, "evidencePdfRepaired"},
        {ProblemCode::EvidencePdfEncrypted, "evidencePdfEncrypted"},
        {ProblemCode::EvidencePdfDamaged, "evidencePdfDamaged"},
        {ProblemCode::EvidenceImageDamaged, "evidenceImageDamaged"},
        {ProblemCode::EvidenceJpegTruncated, "evidenceJpegTruncated"},
        {ProblemCode::ExportConditionsNotMet, "exportConditionsNotMet"},
        {ProblemCode::ExportEvidenceNoFile, "exportEvidenceNoFile"},
        {ProblemCode::ExportEvidenceUnreadable, "exportEvidenceUnreadable"},
        {ProblemCode::ExportEvidencePagesChanged, "exportEvidencePagesChanged"},
        {ProblemCode::ExportScratchNotWritable, "exportScratchNotWritable"},
        {ProblemCode::ExportOutputNotWritable, "exportOutputNotWritable"},
        {ProblemCode::ExportOutputIsProject, "exportOutputIsProject"},
        {ProblemCode::ExportEvidencePassword, "exportEvidencePassword"},
        {ProblemCode::ExportEvidencePdfDamaged, "exportEvidencePdfDamaged"},
        {ProblemCode::ExportCancelled, "exportCancelled"},
        {ProblemCode::ExportBindFailed, "exportBindFailed"},
    }};
};

// How many arguments `code` has at least (the list above); the app's phrasing relies on it and
// a core test checks every producer against it. -1 for a value outside the enum.
int problemCodeArity(ProblemCode code);

// A code with its arguments: one sentence the app can phrase in any UI language.
struct Phrase
{
    ProblemCode code = ProblemCode::Unspecified;
    QStringList args = {};
    bool operator==(const Phrase &) const = default;
};

} // namespace shenbao
