// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Project.h"

#include <QString>

namespace shenbao {

// Money is stored as integer 元 and shown in 万元 (1 万元 = 10,000 元) with up to four
// decimals, which is exact: 15500000 → "1550", 12345 → "1.2345", -5000 → "-0.5". `grouped`
// adds thousands separators ("12,345.5"). Integer arithmetic only, never a double.
QString formatWan(Yuan yuan, bool grouped = false);

} // namespace shenbao
