// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The data every dossier carries inside itself (`shenbao-dossier.json`, spec/dossier-layout.md
// "Inside the file") and its fingerprint. Shared by the binder, which writes them, and the
// officer's reader, which recomputes them.

#include "model/Project.h"
#include "rules/Evaluation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace shenbao {

// The project JSON (Flavor::Dossier: evidence entries carry sha256, pages, firstPage) plus
// "rules": [{id, state, figure}]. No "fingerprint" yet.
QJsonObject dossierJsonObject(const Project &project, const Evaluation &evaluation);

// SHA-256 (lower-case hex) of the canonical form of `dossierJson` without its "fingerprint"
// key (UTF-8, keys sorted, no insignificant white space). Identifies the content; it detects
// accidental mismatch, it is not a signature.
QString dossierFingerprint(const QJsonObject &dossierJson);

// `dossierJson` with "fingerprint" set to dossierFingerprint(dossierJson).
QJsonObject withFingerprint(QJsonObject dossierJson);

// The bytes embedded in the PDF: indented UTF-8 JSON, for people who open the attachment.
QByteArray dossierJsonBytes(const QJsonObject &dossierJsonWithFingerprint);

// The first 12 hex digits grouped 4-4-4 (「3f2a 9c01 77be」), as printed in every footer.
QString shortFingerprint(const QString &fingerprintHex);

} // namespace shenbao
