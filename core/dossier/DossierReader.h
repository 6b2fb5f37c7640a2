// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The officer's side of the dossier: read a received PDF back, and check that its embedded
// data, its document info, its page tree and the officer's own evaluation agree
// (spec/dossier-layout.md, "Inside the file"). Dossiers come from outside: everything read
// from them is untrusted, bounded, and never executed or followed.
//
// What is checked, in order (each failure is a finding naming what differs and where):
//  1. the file opens as a PDF (qpdf); a file qpdf had to repair is damaged — an error for a
//     Shenbao dossier, a warning for anyone else's PDF;
//  2. `shenbao-dossier.json` is embedded (only the /EF stream; a file spec pointing outside
//     the PDF is never opened). Absent → NotShenbao, unless the document info carries
//     /ShenbaoFingerprint (then the data were lost: Unreadable);
//  3. the JSON: ≤ 5 MB (declared sizes checked before reading, decoding stopped at the limit),
//     nesting ≤ 64 (scanned before parsing), valid syntax, schema `shenbao/1`, then the codec
//     (unknown keys, wrong types) — any failure → Unreadable;
//  4. the fingerprint recomputed from the JSON (DossierJson.h) equals the JSON's own
//     "fingerprint" and the document info's /ShenbaoFingerprint;
//  5. the rules, recomputed with the officer's call data, against the embedded "rules": a
//     different state, a different figure or a missing rule is an error — the
//     verdict shown is always the recomputed one;
//  6. the evidence manifest: each item's `firstPage`…`firstPage + pages − 1` exist as page
//     labels (numbered pages are labelled 1, 2 …), items do not overlap, and the PDF has at
//     least as many pages as the items together;
//  7. document info Author / Keywords against the name and USCC (warnings);
//  8. the file as Shenbao wrote it: one revision (no incremental update), no encryption, no
//     catalog entries, embedded files or document info keys Shenbao does not write;
//  9. the pages against the data's binding record (DossierIntegrity.h, checkBinding): count
//     and order, each page's digest without its footer (DossierIntegrityDigest.h), the
//     fingerprint and page number printed in every footer and the full fingerprint on the
//     cover (read from the pages' text, DossierIntegrityText.h), evidence pages tied to the
//     SHA-256 of their files.
// Reading is bounded (DossierReadBudget.h): 30 s, capped decoding; past a limit the dossier is
// Unreadable with a finding saying which limit stopped it.
//
// What 「一致」 (Ok) proves: the file is the one Shenbao wrote for these data, unchanged. What it
// does not prove: that the data are true, or that nobody re-ran Shenbao on edited data — the
// fingerprint is computed by anyone's copy of the tool; only a digital signature with the
// applicant's certificate could show who produced the file.

#include "call/CallDefinition.h"
#include "model/Problem.h"
#include "model/Project.h"
#include "rules/Evaluation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace shenbao {

// Name of the embedded file that carries the project data inside every dossier.
inline constexpr const char *kDossierAttachmentName = "shenbao-dossier.json";
// Refuse embedded data above this size, before reading it (a dossier's JSON is a few kB).
inline constexpr qint64 kDossierJsonMaxBytes = 5 * 1024 * 1024;
// Refuse embedded JSON nested deeper than this (shenbao/1 needs 5 levels).
inline constexpr int kDossierJsonMaxDepth = 64;

// Where one evidence item sits in the PDF, as physical page indexes (0-based), for the
// viewer's "jump to the pages that prove this rule".
struct EvidencePages
{
    int firstIndex = -1;
    int count = 0;
    bool operator==(const EvidencePages &) const = default;
};

struct DossierReadResult
{
    enum class State
    {
        Ok,         // data, fingerprint, pages, structure and recomputed rules all agree
        Mismatch,   // read, but something does not agree: see the error findings
        NotShenbao, // a readable PDF without Shenbao data: the officer enters it by hand
        Unreadable  // not a PDF, damaged beyond reading, or embedded data refused
    };

    State state = State::Unreadable;
    // Errors make the state Mismatch (or explain Unreadable / NotShenbao); warnings are
    // worth showing but do not fail integrity. `where` names the part of the dossier
    // (`fingerprint`, `rules.EQ-3`, `evidence[ev-3]`, `pdf`, a JSON path …).
    Problems findings;
    std::optional<Project> project; // the embedded data, when they could be read
    Evaluation recomputed;          // the officer's own evaluation of `project`
    QString fingerprint;            // recomputed from the embedded JSON
    QString embeddedFingerprint;    // the JSON's own "fingerprint"
    QString infoFingerprint;        // document info /ShenbaoFingerprint
    int pageCount = 0;
    QStringList pageLabels;          // one per page; empty when the PDF has no /PageLabels
    QList<RuleResult> embeddedRules; // id, state, figure as the applicant's tool wrote them
    QHash<QString, EvidencePages> evidencePages; // evidence id → its pages in this PDF

    bool integrityOk() const { return state == State::Ok; }
};

// "ok", "mismatch", "notShenbao", "unreadable": the spelling in `shenbao read --json`.
QString dossierStateKey(DossierReadResult::State state);

// Reads the trailer, the document info, the page tree, the embedded files and every page's
// streams (hashed, not held; only Shenbao's own layers are parsed for their text). Never
// throws.
DossierReadResult readDossier(const QString &pdfPath,
                              const CallDefinition &call = CallDefinition::bundled());
// The same on bytes in memory (tests, fuzzing); `sourceName` names the input in messages.
DossierReadResult readDossierData(const QByteArray &pdf, const QString &sourceName,
                                  const CallDefinition &call = CallDefinition::bundled());

// Only the embedded data, nothing verified and no page read: whose dossier a file is, for
// deciding whether it may be replaced (DossierOverwriteGuard). Never throws.
struct EmbeddedDossierData
{
    bool isDossier = false;         // carries shenbao-dossier.json or /ShenbaoFingerprint
    std::optional<Project> project; // the embedded data, when they could be read
};
EmbeddedDossierData readEmbeddedDossierData(const QString &pdfPath);

// The reader checks the printed cover itself (step 9). This is the same check on text a caller
// extracted another way (the GUI, with QtPdf): an error when the full fingerprint is not on it.
// Spaces and hyphens inside the printed hex are ignored, since the cover groups it for reading.
std::optional<Problem> checkCoverText(const QString &coverText, const QString &fingerprint);

} // namespace shenbao
