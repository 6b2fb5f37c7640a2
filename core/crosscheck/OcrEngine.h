// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// OCR of one page image, offline: Tesseract (Debian's chi_sim + eng models) in the page-reader
// module (PageReader.h). One engine per thread: Tesseract's API object is not thread-safe, and
// loading the models costs about half a second, so a run keeps one engine for all its pages.
//
// Header-only on purpose: the module implements this interface without linking shenbao_core.

#include <QImage>
#include <QString>

namespace shenbao::crosscheck {

class OcrEngine
{
public:
    virtual ~OcrEngine() = default;

    // Loads the models on first use; false (with the reason in error()) when they are missing.
    virtual bool isAvailable() = 0;
    virtual QString error() const = 0;

    // The text of `image` (any format; converted to 8-bit grey). `dpi` is the scan's
    // resolution when known (0: taken from the image, else 300).
    virtual QString recognize(const QImage &image, int dpi = 0) = 0;
};

} // namespace shenbao::crosscheck
