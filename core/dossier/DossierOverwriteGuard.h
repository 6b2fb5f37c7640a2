// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Project.h"

#include <QString>

namespace shenbao {

// One line `OUT: what` when writing `path` would destroy a received dossier, else empty.
// A dossier is overwritten only when it is the previous output of the same command: the
// caller passes the project being exported as `sameApplicant`, and the dossier's embedded
// data must name the same applicant (same USCC; same name when neither has a USCC).
// Outputs that are never dossiers (XLSX) pass nullptr: any dossier there is refused.
QString checkDossierOverwrite(const QString &path, const QString &role,
                              const Project *sameApplicant);

} // namespace shenbao
