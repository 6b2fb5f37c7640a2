// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/Steps.h"

#include <array>
#include <utility>

namespace shenbao {

Step stepForPath(const QString &path)
{
    // First matching prefix wins; a prefix matches a whole key ("cases" not "casesX").
    static const std::array<std::pair<const char *, Step>, 16> prefixes{{
        {"domainDetail", Step::DomainDetail},
        {"domain", Step::Domain},
        {"talentKind", Step::Domain},
        {"pilotCategory", Step::Domain},
        {"pilotSubcategory", Step::Domain},
        {"firstBatchPartner", Step::Domain},
        {"qualifications", Step::Domain},
        {"applicant", Step::BasicInfo},
        {"attestations", Step::BasicInfo},
        {"finance", Step::Finance},
        {"patents", Step::Patents},
        {"softwareCopyrights", Step::Patents},
        {"cases", Step::Cases},
        {"undertakenProjects", Step::ProjectsQualifications},
        {"otherQualifications", Step::ProjectsQualifications},
        {"narrative", Step::Narrative},
    }};
    for (const auto &[prefix, step] : prefixes) {
        const QLatin1StringView p(prefix);
        if (path.startsWith(p)) {
            const auto rest = QStringView(path).mid(p.size());
            if (rest.isEmpty() || rest.startsWith(u'.') || rest.startsWith(u'['))
                return step;
        }
    }
    if (path.startsWith(QLatin1StringView("evidence")))
        return Step::Evidence;
    return Step::Review;
}

} // namespace shenbao
