// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// How a value claimed in the form is looked for in the text of one evidence page (from the PDF
// text layer or from OCR). The rules are written out in docs/cross-check.md; in short:
//  - the page text is folded first: full-width forms to ASCII, white space removed (Tesseract
//    puts spaces between Chinese characters), Latin letters upper-cased, punctuation dropped
//    for names;
//  - identifiers (patent number, USCC) are compared as identifiers: the ZL prefix, spaces and
//    the dot before the check character do not count, and in a run of digits the letters OCR
//    confuses with digits (O→0, I/l/|→1) are read as digits. A candidate one character away
//    whose check character fails is an OCR slip (likely); a candidate whose own check
//    character passes but is another number is a different number (differs);
//  - names are found as a substring with at most one edit (one edit per ten characters for
//    longer titles) → likely; a labelled value on the page (专利权人：…) that is further away
//    → differs;
//  - dates and years must appear as written; a labelled date that is another date → differs.

#include <QDate>
#include <QString>
#include <QStringList>

namespace shenbao::crosscheck {

enum class MatchState
{
    Matched,
    Likely,
    NotFound,
    Differs
};

// "matched", "likely", "notFound", "differs": the spelling in the CLI's JSON.
QString matchStateKey(MatchState state);

// Better results first: matched, likely, differs, notFound (a page that shows another value
// says more than a page that shows nothing).
int matchRank(MatchState state);

struct FieldMatch
{
    MatchState state = MatchState::NotFound;
    QString found; // what the page shows (canonical spelling for identifiers); empty if nothing
};

// Full-width → ASCII, no white space, Latin upper case. Used for identifiers and dates.
QString foldText(const QString &text);
// foldText() and, in addition, no punctuation or symbols: the key names are compared on.
QString foldName(const QString &text);

// Levenshtein distance (code units; the folded texts are BMP Chinese and ASCII).
int editDistance(const QString &a, const QString &b);
// The smallest edit distance between `needle` and any substring of `haystack`; `where` gets
// the substring's start and `length` its length.
int substringDistance(const QString &needle, const QString &haystack, qsizetype *where = nullptr,
                      qsizetype *length = nullptr);
// Edits tolerated in a name of `length` folded characters before it stops being "likely".
int nameTolerance(qsizetype length);

FieldMatch matchPatentNumber(const QString &claimed, const QString &pageText);
FieldMatch matchUscc(const QString &claimed, const QString &pageText);
// `labels`: field labels that introduce the value on such a certificate (e.g. 专利权人); the
// rest of the label's line is the value the page states.
FieldMatch matchName(const QString &claimed, const QString &pageText, const QStringList &labels);
FieldMatch matchDate(const QDate &claimed, const QString &pageText, const QStringList &labels);
FieldMatch matchYear(int claimed, const QString &pageText, const QStringList &labels);

} // namespace shenbao::crosscheck
