// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The page reader: what the cross-check reads evidence pages with (poppler-cpp for PDF text and
// rendering, libtesseract for OCR). It lives in a module of its own, shenbao-page-reader.so,
// loaded on first use (PageReaderModule.h), because those two libraries and theirs are 31
// shared libraries a process would otherwise map and resolve at every start, also for verbs
// that never read a page (docs/decisions.md, "Start-up").
//
// The module's one exported symbol, kPageReaderEntry, is a C function taking
// kPageReaderInterfaceVersion and returning the module's PageReader, or null when the module
// was built against another version of these headers. Both sides are built from this tree
// with one compiler, so C++ interfaces cross the boundary; the version guards against a stale
// module left beside a newer program.

#include "crosscheck/OcrEngine.h"
#include "crosscheck/PdfPageText.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace shenbao::crosscheck {

class PageReader
{
public:
    virtual ~PageReader() = default;

    // The PDF in `pdf` (a copy is kept: the reader reads from it lazily).
    virtual std::unique_ptr<PdfPageText> openPdf(const QByteArray &pdf) const = 0;
    // A new OCR engine; its models load on first use (OcrEngine::isAvailable()).
    virtual std::unique_ptr<OcrEngine> ocrEngine() const = 0;
    // Names the OCR engine, its version, the languages and the settings: part of the OCR cache
    // key, so a different engine reads a page again instead of reusing another engine's text.
    virtual QString ocrEngineId() const = 0;
};

// Raise when PageReader, PdfPageText or OcrEngine change.
inline constexpr int kPageReaderInterfaceVersion = 1;
inline constexpr const char *kPageReaderEntry = "shenbao_page_reader";
using PageReaderEntry = const PageReader *(*)(int interfaceVersion);

} // namespace shenbao::crosscheck
