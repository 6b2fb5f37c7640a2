// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/PrintSettings.h"

#include <QStringList>

#include <algorithm>

namespace shenbao {

int PrintSettings::pagesPerCopy(int documentPages) const
{
    if (pageRanges.isEmpty())
        return std::max(0, documentPages);
    // Ranges may overlap or run past the end (typed by hand); count each page once.
    QList<QPair<int, int>> clipped;
    for (const auto &[from, to] : pageRanges) {
        const int a = std::max(1, std::min(from, to));
        const int b = std::min(documentPages, std::max(from, to));
        if (a <= b)
            clipped.append({a, b});
    }
    std::sort(clipped.begin(), clipped.end());
    int count = 0;
    int covered = 0; // last page counted
    for (const auto &[a, b] : clipped) {
        const int start = std::max(a, covered + 1);
        if (start <= b)
            count += b - start + 1;
        covered = std::max(covered, b);
    }
    return count;
}

int PrintSettings::sheets(int documentPages) const
{
    const int pages = pagesPerCopy(documentPages);
    const int perCopy = duplex() ? (pages + 1) / 2 : pages;
    return perCopy * std::max(1, copies);
}

QString PrintSettings::pageRangesText() const
{
    QStringList parts;
    for (const auto &[from, to] : pageRanges)
        parts.append(from == to ? QString::number(from)
                                : QString::number(from) + u'-' + QString::number(to));
    return parts.join(u',');
}

} // namespace shenbao
