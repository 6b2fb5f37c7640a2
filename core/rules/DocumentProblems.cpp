// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Evidence completeness (spec/eligibility.md, last section): the documents every dossier must
// carry, whatever the domain. Per-item certificates of counted patents and cases are shown on
// their rules (missingEvidence); claimed qualifications are checked here because the direct
// route rests on them.

#include "rules/RuleKit.h"

namespace shenbao::rules {

namespace {

QString categoryName(const CallDefinition &call, EvidenceCategory c)
{
    return call.nameOf(c, "evidenceCategory");
}

} // namespace

Problems documentProblems(const Context &ctx)
{
    const auto &p = ctx.project;
    const auto &call = ctx.call;
    const QString where = QStringLiteral("evidence");
    Problems out;

    if (documentIds(p, EvidenceCategory::BusinessLicense).isEmpty()) {
        out << Problem{
            Problem::Severity::Error, where,
            QStringLiteral("缺少营业执照：请上传营业执照（或法人登记证书）扫描件，类别选“%1”")
                .arg(categoryName(call, EvidenceCategory::BusinessLicense)),
            ProblemCode::MissingBusinessLicense};
    }
    if (documentIds(p, EvidenceCategory::CreditReport).isEmpty()) {
        out << Problem{
            Problem::Severity::Error, where,
            QStringLiteral("缺少信用中国报告：请上传从“信用中国”网站下载的信用报告，类别选“%1”")
                .arg(categoryName(call, EvidenceCategory::CreditReport)),
            ProblemCode::MissingCreditReport};
    }

    // The notice asks enterprises for audit reports; schools, institutes and associations often
    // have none and submit their financial statements instead, so for them it is a warning.
    const bool enterprise = !p.applicant.orgType || *p.applicant.orgType == OrgType::Enterprise;
    const QString audit = categoryName(call, EvidenceCategory::AuditReport);
    for (const int y : call.financeYears) {
        if (!documentIds(p, EvidenceCategory::AuditReport, y).isEmpty())
            continue;
        if (enterprise) {
            out << Problem{Problem::Severity::Error,
                           where,
                           QStringLiteral("缺少%1年度审计报告：请上传，类别选“%2”，年度填%1")
                               .arg(y)
                               .arg(audit),
                           ProblemCode::MissingAuditReport,
                           {QString::number(y)}};
        } else {
            out << Problem{Problem::Severity::Warning,
                           where,
                           QStringLiteral("缺少%1年度审计报告：非企业单位可以%1年度财务报表代替，"
                                          "请上传，类别选“%2”，年度填%1")
                               .arg(y)
                               .arg(audit),
                           ProblemCode::MissingAuditReportNonEnterprise,
                           {QString::number(y)}};
        }
    }

    for (int i = 0; i < p.qualifications.size(); ++i) {
        const auto &q = p.qualifications.at(i);
        if (evidenced(ctx, q.evidence))
            continue;
        out << Problem{Problem::Severity::Error,
                       QStringLiteral("qualifications[%1].evidence").arg(i),
                       QStringLiteral("%1缺少证明材料：请上传资质证书或认定文件，并关联到该资质")
                           .arg(qualificationLabel(q, call, i)),
                       ProblemCode::QualificationWithoutEvidence,
                       {q.kind ? toKey(*q.kind) : QString(), q.title.value_or(QString()).trimmed(),
                        QString::number(i + 1)}};
    }
    return out;
}

} // namespace shenbao::rules
