// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "review/ReceivedDossier.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace shenbao {

namespace sqlite {
class Database;
}

// The officer's workspace file: one SQLite database of its own (application id "SBOW",
// schema version 1) holding the received dossiers in recommendation order, their cached read
// figures and the officer's remarks. The full read results are never stored: they are read
// again from the dossiers when needed.
class WorkspaceFile
{
public:
    WorkspaceFile();
    ~WorkspaceFile();
    WorkspaceFile(const WorkspaceFile &) = delete;
    WorkspaceFile &operator=(const WorkspaceFile &) = delete;

    // Opens `path`, creating it (and its folder) with the current schema if it does not
    // exist. Refuses any other SQLite file (a project file, another version) with *error
    // naming it.
    bool open(const QString &path, QString *error);
    bool isOpen() const;

    // The entries in recommendation order; nothing, with *error, if the file cannot be read.
    std::optional<QList<WorkspaceEntry>> load(QString *error) const;
    // Replaces the stored entries by `entries`, in one transaction.
    bool save(const QList<WorkspaceEntry> &entries, QString *error);

private:
    std::unique_ptr<sqlite::Database> m_db;
};

} // namespace shenbao
