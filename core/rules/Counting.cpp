// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "rules/Counting.h"
#include "model/InputText.h"

#include <algorithm>

namespace shenbao {

bool isCoreInventionPatent(const Patent &patent, const CallDefinition &call)
{
    return patent.kind == PatentKind::Invention && patent.core == true && patent.granted &&
           patent.granted->isValid() && *patent.granted <= call.evaluationDate;
}

int countCoreInventionPatents(const Project &project, const CallDefinition &call)
{
    return int(std::count_if(project.patents.cbegin(), project.patents.cend(),
                             [&](const Patent &p) { return isCoreInventionPatent(p, call); }));
}

bool isGuangdongCaseInYear(const Case &c, const CallDefinition &call, int year)
{
    return c.year == year && c.city && !matchCity(*c.city, call.guangdongCities).isEmpty();
}

int countGuangdongCasesInYear(const Project &project, const CallDefinition &call, int year)
{
    return int(std::count_if(project.cases.cbegin(), project.cases.cend(),
                             [&](const Case &c) { return isGuangdongCaseInYear(c, call, year); }));
}

} // namespace shenbao
