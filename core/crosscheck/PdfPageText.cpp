// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "crosscheck/PdfPageText.h"

namespace shenbao::crosscheck {

bool usableTextLayer(const QString &text)
{
    int meaningful = 0, broken = 0;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (c == QChar::ReplacementCharacter || c.category() == QChar::Other_PrivateUse ||
            c.category() == QChar::Other_Control)
            ++broken;
        else
            ++meaningful;
    }
    return meaningful >= 16 && broken * 20 < meaningful;
}

} // namespace shenbao::crosscheck
