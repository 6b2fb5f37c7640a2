// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The evidence cross-check as `check` and `read` show it (docs/cross-check.md): run on the
// project file or on the received dossier's own pages, with a progress line on a terminal, and
// printed as warnings. Never part of the verdict or the exit code, except when the page-reader
// module is missing (CrossCheckRun::readerError, printed here): the verbs then fail with 3.

#include "crosscheck/CrossCheck.h"
#include "dossier/DossierReader.h"

#include <QTextStream>

namespace shenbao {
class ProjectFile;
}

namespace shenbao::cli {

// OCR results are cached in the project file (page_text).
crosscheck::CrossCheckRun crossCheckProject(ProjectFile &file, const Project &project, bool ocr,
                                            QTextStream &err);
// Recomputed from the dossier's pages, placed by the manifest the reader checked; an embedded
// cross-check, if a dossier carried one, is never read.
crosscheck::CrossCheckRun crossCheckDossier(const QString &path, const DossierReadResult &read,
                                            bool ocr, QTextStream &err);

// Differences and OCR slips, one line each, then the count per state.
void printCrossCheck(QTextStream &out, const crosscheck::CrossCheckRun &run);

} // namespace shenbao::cli
