// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// One PDF opened for two things qpdf does not do: the text of a page through its fonts'
// ToUnicode maps (Chinese text is CID-keyed; only the font's map says which characters the
// glyphs are), and a raster of a page for OCR when it has no text layer. poppler-cpp does the
// work, in the page-reader module (PageReader.h), so programs that never read a page (the CLI's
// export, for one) do not load poppler: openPdfPageText() there.
//
// Header-only on purpose: the module implements this interface without linking shenbao_core.

#include <QImage>
#include <QString>

namespace shenbao::crosscheck {

class PdfPageText
{
public:
    virtual ~PdfPageText() = default;

    // False for bytes the reader cannot open (damaged, encrypted with a user password).
    virtual bool isValid() const = 0;
    virtual int pageCount() const = 0;

    // The page's text in reading layout, leaving out the bottom `skipBottomPoints` (a bound
    // dossier's footer carries the applicant's name, which must not count as evidence).
    virtual QString text(int index, double skipBottomPoints = 0) const = 0;
    // The page as an 8-bit grey image at `dpi`, without the bottom `skipBottomPoints`.
    virtual QImage render(int index, int dpi, double skipBottomPoints = 0) const = 0;
};

// True when a text layer is worth trusting instead of OCR: enough characters, and not the
// replacement characters or private-use code points a font without a usable ToUnicode map
// yields.
bool usableTextLayer(const QString &text);

} // namespace shenbao::crosscheck
