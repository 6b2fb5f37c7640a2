// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QString>

namespace shenbao {

// The applicant's steps, in the order of the step list. Not a strict wizard: any step can be
// opened at any time.
enum class Step
{
    Domain,
    BasicInfo,
    Finance,
    Patents,
    Cases,
    ProjectsQualifications,
    DomainDetail,
    Narrative,
    Evidence,
    Review,
    Export,
};
constexpr int kStepCount = 11;

// The step that edits the data at a JSON path of project-json.md ("applicant.rdStaff",
// "patents[2].granted", "evidence", …); Review for paths no step edits.
Step stepForPath(const QString &path);

} // namespace shenbao
