// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/ProblemCode.h"

#include <QChar>
#include <QString>

namespace shenbao {

// The unified social credit code (统一社会信用代码), GB 32100-2015.
struct UsccCheck
{
    QString normalized; // upper-cased, all white space removed
    bool valid = false; // 18 characters of the code alphabet with a correct check character
    QString error;      // why not valid (Chinese, names what would be right); empty if valid
    ProblemCode errorCode = ProblemCode::Unspecified; // the same for the app (ProblemCode.h)
    QStringList errorArgs;
    QChar expectedCheck; // the check character the first 17 characters call for, when computable
    QString warning;     // embedded organisation code (GB 11714) fails its own check: warn only
};

UsccCheck checkUscc(const QString &input);

} // namespace shenbao
