// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "model/Project.h"

namespace shenbao {

const FinanceYear *Project::financeFor(int year) const
{
    for (const auto &f : finance) {
        if (f.year == year)
            return &f;
    }
    return nullptr;
}

const Evidence *Project::evidenceById(const QString &id) const
{
    for (const auto &e : evidence) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QList<QStringList *> evidenceReferences(Project &p)
{
    QList<QStringList *> out;
    for (auto &x : p.patents)
        out << &x.evidence;
    for (auto &x : p.cases)
        out << &x.evidence;
    for (auto &x : p.qualifications)
        out << &x.evidence;
    for (auto &x : p.otherQualifications)
        out << &x.evidence;
    for (auto &x : p.undertakenProjects)
        out << &x.evidence;
    out << &p.applicant.rdInstitutionEvidence << &p.applicant.rdStaffEvidence
        << &p.domainDetail.mentorsEvidence;
    if (p.domainDetail.partnerEnterprises) {
        for (auto &x : *p.domainDetail.partnerEnterprises)
            out << &x.evidence;
    }
    if (p.domainDetail.project) {
        out << &p.domainDetail.project->completionEvidence;
        for (auto &x : p.domainDetail.project->elements)
            out << &x.evidence;
    }
    return out;
}

QDate fillDateOf(const Project &project, const QDateTime &lastModified, QDate fallback)
{
    if (project.fillDate && project.fillDate->isValid())
        return *project.fillDate;
    if (lastModified.isValid())
        return lastModified.toOffsetFromUtc(8 * 3600).date();
    return fallback;
}

} // namespace shenbao
