// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "dossier/DossierBinder.h"

#include <QString>

class QPrinter;

namespace shenbao {

// Prints a bound dossier by rendering each PDF page (QtPdf) onto the printer at up to 300 dpi,
// page for page, A4 to A4. The notice asks for four bound copies (一式四份), double-sided:
// preset() sets that up before the print dialog; print() honours whatever the user chose and
// prints the copies itself, collated, when the driver cannot.
class DossierPrinter
{
public:
    static constexpr int kCopies = 4;

    static void preset(QPrinter &printer, const QString &documentName);
    // Safe on a worker thread (QPainter may paint on a QPrinter there). `progress` may cancel.
    static bool print(const QString &pdfPath, QPrinter &printer, const ProgressFn &progress,
                      QString *error);
};

} // namespace shenbao
