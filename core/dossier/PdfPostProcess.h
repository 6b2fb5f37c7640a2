// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace shenbao::pages {

// Finishes a PDF written by QPdfWriter for the dossier:
// - repairs the fonts' ToUnicode maps. Qt maps each glyph back to the *lowest* code point the
//   font assigns to it. Noto CJK gives 「一」 the glyph of the Kangxi radical 「⼀」 (U+2F00) and
//   「–」 (U+2013) that of 「‒」 (U+2012), so `pdftotext` would return the wrong characters.
//   `drawnText` is everything the pages drew: an entry whose code point was never drawn is
//   mapped to the drawn character that shares its glyph;
// - makes the bytes reproducible: no CreationDate, a /ID derived from the content.
// On a qpdf failure the input is returned unchanged (with a warning on the log): the page
// still prints, and the binder rewrites everything through qpdf again anyway.
QByteArray postProcessGeneratedPdf(const QByteArray &pdf, const QString &drawnText);

// Rewrites a ToUnicode CMap, passing every entry's text through `fix`; returns an empty array
// when nothing changed. Exposed for tests.
QByteArray repairToUnicodeCMap(const QByteArray &cmap,
                               const std::function<QString(const QString &)> &fix);

} // namespace shenbao::pages
