// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "dossier/DossierBinder.h"
#include "gui/PrintSettings.h"

#include <QCoreApplication>
#include <QString>

namespace shenbao {

// Hands a PDF file, unchanged, to the print system (CUPS, through libcups) as one job, the way
// PDF viewers do: the print system and the printer see vector pages with their text, and make
// the copies, collation and duplex themselves. Nothing is rendered here.
//
// The server is libcups' default: the user's or system's configuration, or the CUPS_SERVER
// environment variable (the tests point it at a private cupsd). Every call opens a connection
// of its own, so it is safe on a worker thread (libcups keeps its state per thread).
class CupsPrintJob
{
    Q_DECLARE_TR_FUNCTIONS(CupsPrintJob)

public:
    // Whether `printer` is a destination the print system knows.
    static bool hasDestination(const QString &printer);

    // Sends `pdfPath` with `settings`; `documentPages` is the page count of the PDF (for the
    // sheet count in the outcome). `progress` follows the upload and may cancel it: the job is
    // then cancelled in the print system too.
    static PrintOutcome submit(const QString &pdfPath, int documentPages,
                               const PrintSettings &settings, const ProgressFn &progress = {});
};

} // namespace shenbao
