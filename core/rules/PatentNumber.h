// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/ProblemCode.h"

#include <QChar>
#include <QString>

namespace shenbao {

// A Chinese patent number as printed on a certificate (专利号): "ZL" + the application number
// (申请号) + its check character. Two forms exist:
//  - 12 digits (applications from 1 October 2003): 4-digit year, 1-digit type, 7-digit serial;
//  - 8 digits (before): 2-digit year, 1-digit type, 5-digit serial.
// The check character is Σ digit_i × weight_i mod 11 with the weights 2,3,4,5,6,7,8,9 (then
// 2,3,4,5 again for the 12-digit form); a remainder of 10 is written "X".
struct PatentNumberCheck
{
    // Canonical spelling: "ZL" + digits + "." + check character, e.g. "ZL201710601862.3";
    // empty when the input has not the shape of a patent number.
    QString normalized;
    QString digits;     // the application number without the check character
    bool valid = false; // 8 or 12 digits, a known type digit and a correct check character
    QString error;      // why not valid (Chinese, names what would be right); empty if valid
    ProblemCode errorCode = ProblemCode::Unspecified; // the same for the app (ProblemCode.h)
    QStringList errorArgs;
    QChar expectedCheck; // the check character the digits call for, when computable
    QChar givenCheck;    // the check character as written (null if none was written)
    int typeDigit = -1;  // 1 invention, 2 utility model, 3 design, 8/9 PCT invention/utility
};

// Accepts what people type and what certificates print: optional "ZL" (any case), spaces,
// full-width digits and letters (０-９, ＺＬ, ．), with or without the dot before the check.
PatentNumberCheck checkPatentNumber(const QString &input);

// The check character for 8 or 12 application-number digits; a null QChar for other input.
QChar patentCheckCharacter(const QString &digits);

} // namespace shenbao
