// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

namespace shenbao::pages {

// Finishes a PDF written by QPdfWriter for the dossier:
// - repairs the fonts' ToUnicode maps. Qt maps each glyph back to the *lowest* code point the
//   font assigns to it, and Noto CJK gives e.g. 「一」 the same glyph as the Kangxi radical
//   「⼀」 (U+2F00), so `pdftotext` would return radicals. Such entries are mapped to the unified
//   ideograph that shares the glyph;
// - makes the bytes reproducible: no CreationDate, a /ID derived from the content.
// On a qpdf failure the input is returned unchanged (with a warning on the log): the page
// still prints, and the binder rewrites everything through qpdf again anyway.
QByteArray postProcessGeneratedPdf(const QByteArray &pdf);

// Radical / supplement code point → unified ideograph sharing its glyph in the page fonts.
const QHash<char16_t, char16_t> &radicalReplacements();

// Rewrites a ToUnicode CMap with `replace` applied; returns an empty array when nothing
// changed. Exposed for tests.
QByteArray repairToUnicodeCMap(const QByteArray &cmap, const QHash<char16_t, char16_t> &replace);

} // namespace shenbao::pages
