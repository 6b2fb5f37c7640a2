// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The text Shenbao printed on a page, as the reader needs it to compare the printed fingerprint
// and page number with the recomputed ones: the strings shown by Tj / TJ / ' / " in a content
// stream (and in the form XObjects it draws), mapped to Unicode through each font's /ToUnicode
// CMap. Content and CMaps are tokenised by qpdf (parseContentStream, QPDFTokenizer); every
// stream is decoded through a cap first. Meant for Shenbao's own pages (cover, footers), whose
// fonts always carry /ToUnicode; glyphs without a mapping are left out.

#include "dossier/DossierReadBudget.h"

#include <QString>

#include <qpdf/QPDFObjectHandle.hh>

namespace shenbao {

// `content` is a content stream, an array of them, or a form XObject; `resources` its
// resource dictionary (for a form, pass its own /Resources). Text objects are separated by
// a newline. Throws BudgetExceeded when a stream exceeds the limit.
QString drawnText(QPDFObjectHandle content, QPDFObjectHandle resources, ReadBudget &budget);

} // namespace shenbao
