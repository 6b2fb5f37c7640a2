// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Tesseract (libtesseract, Debian's chi_sim + eng models) on one page image, offline. One
// engine per thread: Tesseract's API object is not thread-safe, and loading the models costs
// about half a second, so a run keeps one engine for all its pages.

#include <QImage>
#include <QString>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace shenbao::crosscheck {

class OcrEngine
{
public:
    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    // Loads the models on first use; false (with the reason in error()) when they are missing.
    bool isAvailable();
    QString error() const { return m_error; }

    // The text of `image` (any format; converted to 8-bit grey). `dpi` is the scan's
    // resolution when known (0: taken from the image, else 300).
    QString recognize(const QImage &image, int dpi = 0);

    // Names the engine, its version, the languages and the settings: part of the cache key,
    // so a different engine reads a page again instead of reusing another engine's text.
    static QString engineId();

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_tried = false;
    QString m_error;
};

} // namespace shenbao::crosscheck
