// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The checks behind a dossier's integrity verdict, as plain comparisons of data already read
// from the PDF: each appends findings (errors fail integrity, warnings inform) phrased for the
// officer, naming what differs and where.

#include "call/CallDefinition.h"
#include "dossier/DossierPdfScan.h"
#include "dossier/DossierReader.h"
#include "model/Problem.h"
#include "model/Project.h"
#include "rules/Evaluation.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QStringList>

namespace shenbao {

// The deepest nesting of arrays and objects in JSON text, counted outside strings. Scanning
// stops as soon as the depth exceeds `stopAbove`, so hostile input costs one pass at most.
int jsonNestingDepth(const QByteArray &json, int stopAbove);

// The embedded "rules" array: [{ "id", "state", "figure", … }]. Entries that cannot be read
// are reported (as errors: the dossier's own rule sheet cannot be compared) and skipped.
QList<RuleResult> readEmbeddedRules(const QJsonValue &rules, Problems *findings);

// The fingerprint recomputed from the embedded data against the one the JSON carries and the
// one in the document info (/ShenbaoFingerprint). Any difference is an error.
void checkFingerprints(const QString &recomputed, const QString &embedded, const QString &info,
                       Problems *findings);

// The applicant's rule sheet against the officer's own evaluation. A different state, a
// different figure (changed data, even when the state stays) or a rule the dossier does not
// list is an error; a rule this build does not evaluate is a warning.
void compareRules(const QList<RuleResult> &embedded, const Evaluation &recomputed,
                  const CallDefinition &call, Problems *findings);

// Each evidence entry's `firstPage` and `pages` against the PDF's page count and labels
// (numbered pages carry arabic labels 1, 2 …): the range must exist, items must not overlap,
// and the PDF must hold at least the sum of the evidence pages. Returns where each item sits.
QHash<QString, EvidencePages> checkPageManifest(const Project &project, int pageCount,
                                                const QStringList &pageLabels, Problems *findings);

// The pages against the binding record the data carry ("binding": method, copies,
// numberedPages, pages[{label, cover | sha256, number, evidence, file}], written by the binder):
// page count and order, each page's digest without its footer layer, the fingerprint and page
// number printed in every footer and the full fingerprint on every cover, each evidence page
// tied to the SHA-256 the data name for its evidence, and the file-level structure the scan
// found (revisions, encryption, additions, other embedded files). Every difference is an
// error naming the physical page, its page number and what differs.
void checkBinding(const QJsonValue &binding, const Project &project, const QString &fingerprint,
                  const DossierPdfScan &scan, Problems *findings);

// Document info that Shenbao fills from the data (Author = name, Keywords include the USCC).
// Differences are warnings: the info is descriptive, the fingerprint is the real check.
void checkDocumentInfo(const Project &project, const QHash<QString, QString> &info,
                       Problems *findings);

} // namespace shenbao
