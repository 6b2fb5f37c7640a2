// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#ifndef POINTERHOLDER_TRANSITION
#define POINTERHOLDER_TRANSITION 4 // qpdf: std::shared_ptr everywhere, no PointerHolder
#endif

// The text layer of evidence PDFs made with Qt and the Noto / Source Han CJK fonts (the most
// common source of "PDF exported by our own tool" evidence) maps common ideographs to radicals:
// Qt writes the lowest code point that shares a glyph, so 「页」 extracts as 「⻚」 (U+2EDA) and
// 「一」 as 「⼀」 (U+2F00), and officers' searches miss them. The binder repairs those entries of
// the fonts' /ToUnicode maps. Nothing that is drawn changes: glyphs, font programs and content
// streams stay as they are.

#include <qpdf/QPDF.hh>

namespace shenbao {

// The unified ideograph drawn with the same glyph as a CJK radical in the Noto CJK fonts
// (Kangxi radicals also by their compatibility decomposition); 0 when there is none.
char32_t ideographForRadical(char32_t radical);

// Repairs the /ToUnicode maps of every font the pages use (also inside form XObjects) whose
// entries are single radicals. Must run before pages are copied out of `pdf`. Returns the
// number of maps changed.
int repairRadicalTextMaps(QPDF &pdf);

} // namespace shenbao
