// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Dossier-shaped PDFs built directly with qpdf: the page labels, the document info and the
// embedded `shenbao-dossier.json` of spec/dossier-layout.md on plain placeholder pages. They
// let the reader's tests, its benchmark and the fuzz corpus control every detail (and break
// any one of them) without going through the binder.

#include "model/Project.h"
#include "rules/Evaluation.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace shenbao::test {

struct SyntheticPdf
{
    int pageCount = 1;
    // /PageLabels as (first physical page, prefix, style: 'D', 'r', … or 0, start); empty: none.
    struct LabelRange
    {
        int first;
        QString prefix;
        char style;
        int start;
    };
    QList<LabelRange> labels;
    QHash<QString, QString> info;         // document info keys without the slash
    std::optional<QByteArray> attachment; // bytes of shenbao-dossier.json; none: no attachment
    bool declareAttachmentSize = true;    // keep /Params /Size (false: a writer that omits it)
    bool compress = true;
    int pagePadding = 0; // bytes of filler per page content stream (realistic file sizes)
};

QByteArray makeSyntheticPdf(const SyntheticPdf &spec);

struct DossierSpec
{
    Project project;
    int frontPages = 2;       // cover 「封面」, then roman TOC pages
    int formPages = 6;        // numbered from 1: form, pledge, evidence index
    int pagesPerEvidence = 2; // each bound item also gets one separator page before it
    int extraPages = 0;       // numbered pages appended at the end
    // Applied to the embedded JSON after the fingerprint is written into it.
    std::function<void(QJsonObject &)> tamper;
    std::optional<QString> infoFingerprint; // overrides /ShenbaoFingerprint
    bool pageLabels = true;
    bool declareAttachmentSize = true;
    bool compress = true; // false: plain objects and streams (fuzz seeds that mutate well)
    int pagePadding = 0;
};

struct SyntheticDossier
{
    QByteArray pdf;
    QString fingerprint;
    Project project;       // with the evidence pages and first pages filled in
    Evaluation evaluation; // what the applicant's tool computed
    QJsonObject embedded;  // as embedded (after tamper)
    int pageCount = 0;
};

// SHA-256 of the canonical JSON without "fingerprint", as the spec defines it; computed here
// independently of the reader so the tests check it rather than share its code.
QString fingerprintOf(QJsonObject embedded);

SyntheticDossier makeSyntheticDossier(const DossierSpec &spec);

// `pdf` with its embedded shenbao-dossier.json parsed, edited and put back (everything else of
// the file unchanged): what someone who "fixes" a figure in a received dossier would do.
QByteArray editEmbeddedJson(const QByteArray &pdf, const std::function<void(QJsonObject &)> &edit);

} // namespace shenbao::test
