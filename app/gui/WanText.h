// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Money.h"
#include "model/Project.h"

#include <QString>

#include <optional>

namespace shenbao {

// Money is typed and shown in 万元 but stored as integer 元 (attachment2-form.md): with at most
// four decimals a 万元 amount is exact to 1 元, so the conversion is done on the digits, never
// through a floating-point number that would turn 0.0003 into 2 元.
struct WanParse
{
    bool ok = false;           // text is empty or a valid amount
    std::optional<Yuan> yuan;  // empty when the text is empty
    QString error;             // why not ok, for the person typing
};

// Accepts "1500", "1,500.25", "0.0001", "-12.5" (a loss), full-width digits and 「．」 from
// Chinese input methods; refuses more than four decimals and anything that is not a number.
WanParse parseWan(const QString &text);


} // namespace shenbao
