// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Problem.h"
#include "model/Project.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace shenbao {

// Largest shenbao/1 document `new --from` reads (checked with stat before reading): a real one
// is kilobytes; this leaves room for every list at its limit (docs/limits.md).
inline constexpr qint64 kMaxProjectJsonBytes = 16 * 1024 * 1024;

struct ProjectJsonResult
{
    std::optional<Project> project; // empty when anything could not be stored faithfully
    Problems problems;              // errors (why project is empty); never field-value problems
};

// The `shenbao/1` codec (spec/project-json.md). Reading refuses only what it cannot store
// faithfully: malformed JSON (line and column), unknown keys (their JSON path), wrong types.
// Values that are merely wrong (bad USCC, too few patents) are kept and left to the rules.
class ProjectJson
{
public:
    enum class Flavor
    {
        Interchange, // evidence entries carry `file` (if known) and sha256/pages (if known)
        Dossier      // evidence entries carry sha256, pages, firstPage; never `file`
    };

    // `sourceName` names the input in messages (a file path, or "<stdin>").
    static ProjectJsonResult read(const QByteArray &json, const QString &sourceName);
    static ProjectJsonResult fromObject(const QJsonObject &root, const QString &sourceName);

    static QJsonObject toObject(const Project &project, Flavor flavor = Flavor::Interchange);
    // Indented UTF-8, keys in the order of project-json.md.
    static QByteArray write(const Project &project, Flavor flavor = Flavor::Interchange);

    // Canonical form for fingerprints: UTF-8, keys sorted, no insignificant white space.
    static QByteArray canonical(const QJsonValue &value);
};

} // namespace shenbao
