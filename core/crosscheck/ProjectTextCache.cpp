// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "crosscheck/ProjectTextCache.h"

#include "store/ProjectFile.h"

namespace shenbao::crosscheck {

std::optional<QString> ProjectTextCache::find(const QString &pageSha256, const QString &engine)
{
    return m_file.cachedPageText(pageSha256, engine);
}

void ProjectTextCache::store(const QString &pageSha256, const QString &engine, const QString &text)
{
    m_file.cachePageText(pageSha256, engine, text, nullptr);
}

} // namespace shenbao::crosscheck
