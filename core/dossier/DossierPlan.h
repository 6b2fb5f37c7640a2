// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The page plan of one copy of the dossier (spec/dossier-layout.md, "Order of parts"): which
// physical page holds what, which pages are numbered and how every page is labelled. Computed
// before anything is drawn, so that the TOC, the evidence index, the form's 佐证页码 column,
// the footers, the outline and the PDF page labels all read their numbers from one place.

#include <QList>
#include <QString>

namespace shenbao {

enum class PlanPart
{
    Cover,
    Toc,
    Form,
    Pledge,
    EvidenceIndex,
    Separator,
    Evidence,
    Blank
};

struct PlannedPage
{
    PlanPart part = PlanPart::Blank;
    int item = -1;      // evidence item in binding order (Separator, Evidence), else -1
    int pageInPart = 0; // 0-based within its part, separator or evidence item
    int number = 0;     // numbered page (footer 「第 n 页」), 1-based; 0 = front matter
    QString label;      // the page label a PDF viewer shows
};

// Physical pages are 0-based indexes into DossierPlan::pages.
struct PlanSpan
{
    int first = -1;
    int count = 0;
    int last() const { return first + count - 1; }
};

// A /PageLabels range: from physical page `first` on, labels are prefix + number in `style`
// ('D' decimal, 'r' lower roman; 0 = prefix only), counting from `start`.
struct PageLabelRange
{
    int first = 0;
    QString prefix;
    char style = 0;
    int start = 1;
};

struct PlanCounts
{
    int cover = 1, toc = 1, form = 1, pledge = 1, evidenceIndex = 1;
    QList<int> separators; // pages of each item's separator (1 in practice), binding order
    QList<int> evidence;   // pages of each evidence item, binding order
};

struct DossierPlan
{
    struct Item
    {
        PlanSpan separator;
        PlanSpan pages;
    };

    QList<PlannedPage> pages; // physical order
    PlanSpan cover, toc, form, pledge, evidenceIndex;
    QList<Item> items;
    int firstNumbered = -1; // physical index of numbered page 1
    int numberedCount = 0;  // N of 「共 N 页」
    int blankCount = 0;
    QList<PageLabelRange> labelRanges;

    int physicalCount() const { return int(pages.size()); }
    // Numbered page of a physical index (0 in the front matter).
    int numberAt(int physical) const { return pages.at(physical).number; }
};

// Duplex: every part and every evidence item (its separator) starts on an odd physical page
// (1-based), with blank pages 「此页无正文」 inserted before it as needed. Blanks are counted:
// in the front matter they carry the label of the part they follow, from the form on they are
// numbered like every other page. `padToEven` appends a numbered blank if the total is odd, so
// that copies printed back to back each start on a front side.
DossierPlan planDossier(const PlanCounts &counts, bool duplex, bool padToEven = false);

// i, ii, iii, iv … (page labels of the TOC).
QString romanLower(int n);

} // namespace shenbao
