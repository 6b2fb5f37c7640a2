// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Project.h"

#include <QString>

namespace shenbao {

// A first guess at what a dropped file is, from its name, so that a folder of well-named
// scans needs little sorting: 「营业执照.jpg」 is the business licence, 「2020年度审计报告.pdf」
// the audit report of 2020, a name containing a patent number proves that patent. The user sees the
// guess and can change it.
struct EvidenceGuess
{
    Evidence metadata;
    QString linkPath; // "patents[3]", "cases[0]", "qualifications[1]" or empty

    static EvidenceGuess fromFileName(const QString &fileName, const Project &project);
};

// Makes evidence `evidenceId` prove the item at `linkPath` (and nothing else); an empty path
// removes every link.
void linkEvidence(Project &project, const QString &evidenceId, const QString &linkPath);
// The item evidence `evidenceId` proves, as a path, or empty.
QString linkedItem(const Project &project, const QString &evidenceId);

} // namespace shenbao
