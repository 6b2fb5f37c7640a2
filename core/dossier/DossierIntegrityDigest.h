// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The per-page digest that ties each physical page of a dossier to the embedded data
// (spec/dossier-layout.md, "integrity"). The binder computes it for every page before the
// footer layer is added (the footer prints the fingerprint, which covers the digests); the
// reader recomputes it with the footer layer set aside.
//
// Method "shenbao-page/1": SHA-256 over a canonical walk of the page as a viewer draws it —
// the page dictionary (effective /MediaBox, /CropBox, /Rotate, and every other key except
// /Parent, /Contents and /Resources), its content streams in order, and its effective
// /Resources with everything they reach (fonts, images, forms, colour spaces …). Dictionaries
// are walked with sorted keys; /Length, /Parent and /P (back-pointers) are left out; indirect
// references are followed by value, so renumbering by the PDF writer does not matter. A
// stream counts by its data: decoded when it is unfiltered or plain /FlateDecode (the writer
// may compress an unfiltered stream; the content is the same), raw with its filters otherwise
// (JPEG and other image codecs are never decoded). Anything else that changes — a stamp
// appended to the content, a replaced image, a new annotation, a different rotation — changes
// the digest.

#include "dossier/DossierReadBudget.h"

#include <QString>

#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <map>
#include <string>

namespace shenbao {

inline constexpr const char *kPageDigestMethod = "shenbao-page/1";

// Shenbao's footer layer on a page as the reader finds it: the page's last content stream is
// exactly qpdf's placement of one form XObject (`q <matrix> cm /Name Do Q`, as written by
// QPDFPageObjectHelper::placeFormXObject), and /Name is a form XObject in the page's resources.
struct FooterLayer
{
    bool present = false;
    std::string resourceName; // "/Fx1" …
    QPDFObjectHandle form;
    QPDFObjectHandle stream; // the placing content stream
};

// Looks for the footer layer without trusting the page: the placing stream is decoded through
// a small cap and parsed by qpdf. Never throws for malformed content (absent instead); throws
// BudgetExceeded only when the budget runs out.
FooterLayer findFooterLayer(QPDFPageObjectHelper page, ReadBudget *budget);

// Digests of stream data already computed, by object (pages share fonts and, across copies,
// everything): each stream is read once per dossier.
using StreamDigestCache = std::map<QPDFObjGen, QByteArray>;

// SHA-256 (32 bytes) of the raw data of streams whose bytes the caller already knows and
// verifies itself: the binder's JPEG evidence, streamed from the project while the PDF is
// written and checked there against this very hash, so digesting the page does not read every
// scan a second time. The reader never passes it: it hashes what it finds.
using KnownStreamData = std::map<QPDFObjGen, QByteArray>;

// Lower-case hex SHA-256 of the page without `footer` (pass an absent layer at binding time).
// `budget` bounds the work (nullptr at binding: the binder's input is the applicant's own).
QString pageDigest(QPDFPageObjectHelper page, const FooterLayer &footer, StreamDigestCache &cache,
                   ReadBudget *budget, const KnownStreamData *known = nullptr);

} // namespace shenbao
