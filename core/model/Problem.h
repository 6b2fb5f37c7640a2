// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace shenbao {

// One thing wrong with the input, phrased for the person who can fix it: `where` names the
// file or the field (a JSON path such as `applicant.contact.mobile` or `patents[2].granted`),
// `message` says what is wrong and what would be right.
struct Problem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString where;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "where: message", the CLI's one-line form (cli.md).
    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

inline bool hasErrors(const Problems &ps)
{
    for (const auto &p : ps) {
        if (p.isError())
            return true;
    }
    return false;
}

} // namespace shenbao
