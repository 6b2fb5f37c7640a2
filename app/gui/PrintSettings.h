// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace shenbao {

// What the user asked for in the print dialog, as plain values a worker thread may own (a
// QPrinter may not be shared between threads). Filled by PrintService from the dialog's QPrinter.
struct PrintSettings
{
    enum class Sides
    {
        OneSided,
        TwoSidedLongEdge,
        TwoSidedShortEdge
    };

    QString printer; // the print system's name of the destination
    QString title;   // job name shown in the printer queue
    int copies = 1;
    bool collate = true;
    Sides sides = Sides::TwoSidedLongEdge;
    QList<QPair<int, int>> pageRanges; // 1-based, inclusive; empty = every page
    QString media = QStringLiteral("iso_a4_210x297mm");

    bool duplex() const { return sides != Sides::OneSided; }
    // Pages of one copy (the page ranges clipped to the document).
    int pagesPerCopy(int documentPages) const;
    // Sheets of paper for all copies. Each copy starts on a sheet of its own, so that copies
    // stay apart when bound: a duplex copy with an odd page count leaves its last back blank.
    int sheets(int documentPages) const;
    // "1-5,8" as IPP page-ranges / CUPS option text; empty when every page is printed.
    QString pageRangesText() const;
};

// How a print ended: the summary for the user, or why it did not happen.
struct PrintOutcome
{
    bool ok = false;
    bool viaPrintSystem = false; // the PDF went to CUPS as is (false: pages drawn as images)
    int jobId = 0;               // the print system's job id, when there is one
    QString printer;
    int copies = 0;
    int pages = 0;  // pages of one copy
    int sheets = 0; // sheets for all copies
    QString error;  // non-empty when !ok
    QString note;   // why the fallback was used, shown with the summary
};

} // namespace shenbao
