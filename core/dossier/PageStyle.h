// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Geometry and fonts of Shenbao's own dossier pages. The binder stamps its footers into the
// band below kContentBottomMm, so the constants here are shared knowledge between the two.

#include <QFont>
#include <QString>

namespace shenbao::pages {

inline constexpr qreal kPageWidthMm = 210.0; // A4 portrait
inline constexpr qreal kPageHeightMm = 297.0;
inline constexpr qreal kBindingMarginMm =
    25.0; // left on odd physical pages, right on even (duplex)
inline constexpr qreal kOuterMarginMm = 20.0;
inline constexpr qreal kTopMarginMm = 20.0;
// Content never goes below this line: the lowest 27 mm hold the binder's footer
// (「第 n 页 / 共 N 页」, short fingerprint, applicant) plus the usual 20 mm margin look.
inline constexpr qreal kContentBottomMm = 270.0;
inline constexpr int kResolutionDpi = 600;

// Device units (dots at kResolutionDpi) per millimetre.
inline constexpr qreal mm(qreal millimetres)
{
    return millimetres * kResolutionDpi / 25.4;
}

enum class FontRole
{
    Body,    // 宋体-like serif: paragraphs, table cells
    Heading, // 黑体-like sans: titles, section headings, table headers
    Mono,    // the fingerprint's hex digits
};

// A font of the given role. Every font has shaping disabled (QFont::PreferNoShaping): with
// shaping, Noto CJK substitutes its proportional digit glyphs, which Qt's PDF engine cannot map
// back to Unicode, so digits would vanish from the text layer.
QFont pageFont(FontRole role, qreal pointSize, bool bold = false);

// Makes `family` usable by QFont where Qt's font database does not read the system's fonts
// (the offscreen platform of the CLI and the tests reads only Qt's own folder): asks fontconfig
// for the family's files, wherever the distribution keeps them, and registers them. True when
// the family is listed afterwards.
bool ensureFontFamily(const QString &family);

// The family chosen for a role, after ensureFontFamily on the candidates in order.
QString pageFontFamily(FontRole role);

// Every family the pages may draw with; the PDF post-processing repairs their text maps.
QStringList pageFontFamilies();

} // namespace shenbao::pages
