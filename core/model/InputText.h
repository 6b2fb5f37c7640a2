// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace shenbao {

// Text as people type it with a Chinese input method: full-width digits and letters
// (「１３８」), ideographic spaces, 「－」 and 「—」 between groups, 「年」 after a year. These
// helpers turn such text into the one form that is stored and checked, so that the GUI, the
// CLI and the rules agree on what a value is.

// Full-width ASCII (U+FF01–U+FF5E) → ASCII, ideographic space → space; nothing else changes.
QString halfWidth(const QString &text);

// A mobile number as stored: digits only, with a +86 / 0086 prefix dropped
// (「138 0013 8000」, 「138-0013-8000」 → 13800138000). Anything that is not a digit, space or
// separator stays, so that the validator can still say what is wrong.
QString normalisedMobile(const QString &text);

// A telephone number as stored: half-width, spaces around separators removed, every dash-like
// character as 「-」, 「(020)」 as 「020-」, 「转」 / ext / # before an extension as 「-」.
// 「０２０ －１２３４ ５６７８」 → 「020-12345678」; 「400 800 1234」 → 「400-800-1234」.
QString normalisedPhone(const QString &text);

// True for a landline with area code (020-12345678, 0755-1234567), a 400 / 800 service number
// (400-800-1234), or a mobile number, each optionally followed by an extension of 1–6 digits.
// `text` is normalised first.
bool isValidPhone(const QString &text);
bool isValidMobile(const QString &text);

// The unified social credit code as stored: half-width, upper case, no spaces or dashes.
QString normalisedUscc(const QString &text);

// Digits only, half-width (postcode).
QString normalisedDigits(const QString &text);

// 「1250万元」, 「1250 万」 → 「1250」 (money fields are in 万元 already); other text unchanged.
QString withoutWanUnit(const QString &text);

// A year as typed: 「2021」, 「２０２１」, 「2021年」, 「2021 年度」. nullopt if it is not a year
// between 1900 and 2999.
std::optional<int> parseYear(const QString &text);

// The call's city (e.g. 「东莞市」) that `typed` names: exact, without 「市」 (「东莞」), with the
// province in front (「广东省东莞市」, 「广东东莞」) or with spaces. Empty when none matches.
QString matchCity(const QString &typed, const QStringList &cities);

} // namespace shenbao
