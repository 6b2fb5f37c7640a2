// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Project.h"
#include "store/SqliteDatabase.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The project data inside the project file, in parts (schema version 3): the `shenbao/1`
// document's top-level members one row each in `project_part`, except the lists of records
// (patents, cases, qualifications, otherQualifications, undertakenProjects, evidence), whose
// items are one row each in `project_item`. A key typed into one field then rewrites one small
// row, not the whole document of a project with thousands of records (issue 15). Every row is
// compact JSON written by the same codec as ProjectJson::write, so the data in the file mean
// exactly what the interchange format says.
namespace shenbao::store {

// Creates the two tables (IF NOT EXISTS: an upgrade may meet them already).
bool createPartTables(sqlite::Database &db, QString *error);

// Reads every row and puts the `shenbao/1` document back together, for ProjectJson::read.
// Empty (with `error` set) when the rows cannot be read.
std::optional<QByteArray> readPartsDocument(sqlite::Database &db, QString *error);

// Writes `project` as parts inside the caller's transaction. With `previous` (what the rows
// hold now) only the rows whose content differs are written and surplus items deleted; the
// comparison is on the model (no serialisation of unchanged items, and a list still shared
// with `previous` is skipped whole). Without it, every row is replaced.
bool writeParts(sqlite::Database &db, const Project &project, const Project *previous,
                QString *error);

} // namespace shenbao::store
