// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Shenbao's own pages of the dossier (cover, TOC, form, pledge, evidence index, separators,
// blanks), drawn with QPdfWriter/QPainter. Each part is rendered as its own small PDF; the
// binder merges them with the evidence using qpdf. Page numbers are inputs: the binder first
// renders with placeholder numbers to learn each part's page count, plans, then renders again.

#include "call/CallDefinition.h"
#include "model/Project.h"
#include "rules/Evaluation.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace shenbao {

// One evidence item as listed in the TOC, the evidence index, the form's 佐证页码 column and
// the rule → evidence sheet. Page numbers are the arabic numbered-page numbers (footers).
struct EvidenceListing
{
    int number = 0; // 佐证材料 N, 1-based in binding order
    QString evidenceId;
    EvidenceCategory category = EvidenceCategory::Other;
    QString title;
    int separatorPage = 0; // page of the separator 「佐证材料 N：title」
    int firstPage = 0;     // first evidence page (after the separator)
    int lastPage = 0;
};

struct TocLine
{
    int level = 0; // 0 part, 1 evidence category, 2 evidence item
    QString text;
    QString pageLabel; // as printed: "i", "1", …
};

struct DossierPageInput
{
    const Project *project = nullptr;
    const Evaluation *evaluation = nullptr;
    const CallDefinition *call = nullptr;
    QString fingerprint; // full hex; the cover prints it, grouped for readability
    QDate fillDate;      // 填报日期 (from the project, never the wall clock: reproducible)
    int numberedPages = 0; // N of the footers' 「共 N 页」, printed on the cover; 0 = not known yet
    bool notAllMet = false; // export forced while not eligible: cover says 「条件未全部符合」
    std::optional<int> copyNumber; // 「第 k 份 / 共 N 份」 when copy marks are on
    int copyCount = 4;
    bool duplex = true;        // mirror the binding margin on even physical pages
    int firstPhysicalPage = 1; // physical page at which this part starts (for margin mirroring)
    QList<TocLine> toc;
    QList<EvidenceListing> evidence;
};

enum class DossierPart
{
    Cover,
    Toc,
    Form,
    Pledge,
    EvidenceIndex,
    Blank
};

struct RenderedPart
{
    QByteArray pdf; // a complete PDF document
    int pageCount = 0;
    // Parts drawn into one shared document (separators) hold that document's bytes (shared,
    // not copied) and are its pages firstPage … firstPage + pageCount - 1; other parts are the
    // whole of their document.
    bool sharesDocument = false;
    int firstPage = 0;
};

// The category's name as the applicant's documents are called: a school's or institute's
// 「营业执照」 is its 「事业单位法人证书」, an association's its 「社会团体法人登记证书」.
QString evidenceCategoryName(const CallDefinition &call, EvidenceCategory category,
                             const Project &project);

// A4 portrait, 25 mm binding margin. Deterministic: the same input gives the same bytes.
RenderedPart renderDossierPart(DossierPart part, const DossierPageInput &input);
// 「佐证材料 N：title」 on its own page.
RenderedPart renderSeparator(const EvidenceListing &item, const DossierPageInput &input);

// One part to draw into a shared document: a generated part, or the separator of `separatorOf`
// when that is set.
struct PartRequest
{
    DossierPart part = DossierPart::Cover;
    const EvidenceListing *separatorOf = nullptr;
    DossierPageInput input; // its firstPhysicalPage is the part's first page
};
// The parts, in order, drawn into ONE document: Qt embeds each font once per document and
// looks up all 65,536 BMP code points when it does, so a document per part (one per evidence
// item's separator) made that the largest fixed cost of an export. The pages and their
// drawing are the same as rendering each part alone; each returned part shares the bytes.
// `countOnly`: lay the parts out without drawing a PDF; each part has its page count only
// (see PageCountDevice.h).
QList<RenderedPart> renderInOneDocument(const QList<PartRequest> &requests, bool countOnly = false);

} // namespace shenbao
