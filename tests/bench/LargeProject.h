// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Project.h"

namespace shenbao::bench {

// The demo project grown to `patents` patents and `cases` cases, each naming its own evidence
// entry (metadata only, no bytes), as in issue 15's typing and rules figures.
Project largeProject(int patents, int cases);

} // namespace shenbao::bench
