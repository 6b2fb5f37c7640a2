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

} // namespace shenbao
