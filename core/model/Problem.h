// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/ProblemCode.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shenbao {

// One thing wrong with the input, phrased for the person who can fix it: `where` names the
// file or the field (a JSON path such as `applicant.contact.mobile` or `patents[2].granted`),
// `message` says what is wrong and what would be right, in Chinese (the CLI and the dossier
// print it). `code` and `args` say the same for the app, which phrases it in the UI language
// (ProblemCode.h); a problem without a code is shown with its message.
struct Problem
{
    enum class Severity
    {
        Error,
        Warning
    };
    Severity severity = Severity::Error;
    QString where;
    QString message;
    ProblemCode code = ProblemCode::Unspecified;
    QStringList args = {};

    Phrase phrase() const { return {code, args}; }

    bool isError() const { return severity == Severity::Error; }
    // "where: message", the CLI's one-line form (cli.md).
    QString toString() const
    {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
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
