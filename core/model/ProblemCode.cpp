// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "model/ProblemCode.h"

namespace shenbao {

int problemCodeArity(ProblemCode code)
{
    using C = ProblemCode;
    switch (code) {
    case C::Unspecified:
    case C::DomainNotChosen:
    case C::UsccOrgCodeCheck:
    case C::PatentNumberShape:
    case C::MissingBusinessLicense:
    case C::MissingCreditReport:
    case C::EvidenceFileMissing:
    case C::EvidenceNotAFile:
    case C::EvidenceFileEmpty:
    case C::EvidenceFileType:
    case C::EvidencePdfNoPages:
    case C::EvidencePdfEncrypted:
    case C::EvidenceJpegTruncated:
    case C::ExportCancelled:
    case C::ExportOutputIsProject:
        return 0;
    case C::PostcodeFormat:
    case C::EmailFormat:
    case C::MobileFormat:
    case C::PhoneFormat:
    case C::UsccLength:
    case C::PatentNumberFormat:
    case C::MissingAuditReport:
    case C::MissingAuditReportNonEnterprise:
    case C::FigureText:
    case C::EvidenceFileUnreadable:
    case C::EvidencePdfRepaired:
    case C::EvidencePdfDamaged:
    case C::EvidenceImageDamaged:
    case C::ExportConditionsNotMet:
    case C::ExportEvidenceNoFile:
    case C::ExportScratchNotWritable:
    case C::ExportOutputNotWritable:
    case C::ExportBindFailed:
        return 1;
    case C::RdStaffAboveEmployees:
    case C::FinanceYearDuplicate:
    case C::UsccBadCharacter:
    case C::UsccCheckDigit:
    case C::PatentNumberNonDigit:
    case C::PatentNumberLength:
    case C::FigureUnset:
    case C::EvidenceTerm:
    case C::FigureMissingDocuments:
    case C::EvidenceFileTooLarge:
    case C::ExportEvidenceUnreadable:
    case C::ExportEvidencePassword:
    case C::ExportEvidencePdfDamaged:
        return 2;
    case C::CityOutsideGuangdong:
    case C::MoneyNegative:
    case C::MoneyTooLarge:
    case C::CountNegative:
    case C::PatentNumberNoCheck:
    case C::PatentNumberCheck:
    case C::PatentNumberType:
    case C::QualificationWithoutEvidence:
    case C::FigureAttested:
    case C::FigureDescribed:
    case C::EvidencePatent:
    case C::EvidenceCase:
    case C::EvidenceQualification:
    case C::ExportEvidencePagesChanged:
        return 3;
    case C::DateAfterEvaluationDate:
    case C::ShortTextTooLong:
    case C::TextOverLimit:
        return 4;
    case C::FigureAtLeast:
        return 5;
    case C::FigureCount:
        return 7;
    }
    return -1;
}

} // namespace shenbao
