// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// One PDF opened with poppler-cpp, for two things qpdf does not do: the text of a page through
// its fonts' ToUnicode maps (Chinese text is CID-keyed; only the font's map says which
// characters the glyphs are), and a raster of a page for OCR when it has no text layer.

#include <QByteArray>
#include <QImage>
#include <QString>

#include <memory>

namespace poppler {
class document;
}

namespace shenbao::crosscheck {

class PdfPageText
{
public:
    // Keeps a copy of the bytes (poppler reads from them lazily). isValid() is false for
    // bytes poppler cannot open (damaged, encrypted with a user password).
    explicit PdfPageText(const QByteArray &pdf);
    ~PdfPageText();
    PdfPageText(const PdfPageText &) = delete;
    PdfPageText &operator=(const PdfPageText &) = delete;

    bool isValid() const;
    int pageCount() const;

    // The page's text in reading layout, leaving out the bottom `skipBottomPoints` (a bound
    // dossier's footer carries the applicant's name, which must not count as evidence).
    QString text(int index, double skipBottomPoints = 0) const;
    // The page as an 8-bit grey image at `dpi`, without the bottom `skipBottomPoints`.
    QImage render(int index, int dpi, double skipBottomPoints = 0) const;

private:
    QByteArray m_bytes;
    std::unique_ptr<poppler::document> m_doc;
};

// True when a text layer is worth trusting instead of OCR: enough characters, and not the
// replacement characters or private-use code points a font without a usable ToUnicode map
// yields.
bool usableTextLayer(const QString &text);

} // namespace shenbao::crosscheck
