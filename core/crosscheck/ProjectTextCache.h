// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "crosscheck/CrossCheck.h"

namespace shenbao {
class ProjectFile;
}

namespace shenbao::crosscheck {

// OCR results kept in the project file's `page_text` table. A failed write only costs the
// next run the OCR again, so it is not an error of the check.
class ProjectTextCache : public PageTextCache
{
public:
    explicit ProjectTextCache(ProjectFile &file)
        : m_file(file)
    {
    }
    std::optional<QString> find(const QString &pageSha256, const QString &engine) override;
    void store(const QString &pageSha256, const QString &engine, const QString &text) override;

private:
    ProjectFile &m_file;
};

} // namespace shenbao::crosscheck
