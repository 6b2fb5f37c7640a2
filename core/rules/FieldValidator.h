// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "model/Problem.h"
#include "model/Project.h"

namespace shenbao {

// Field rules of spec/attachment2-form.md (USCC, mobile, phone, e-mail, postcode, dates not in
// the future of the evaluation date, money ≥ 0, counts, text limits in characters). Each
// problem names the field by its JSON path and says what would be right. Over-long texts are
// errors (they block export) but the data are kept; rdStaff > employees is a warning.
Problems validateFields(const Project &project, const CallDefinition &call);

// Counts characters as a person does (code points, not UTF-16 units or bytes).
int characterCount(const QString &text);

} // namespace shenbao
