// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "model/Problem.h"
#include "model/Project.h"

namespace shenbao {

// Any amount above 10^15 元 (1000 万亿元) is a field error: no applicant has such a figure,
// and below it sums of many amounts cannot overflow 64 bits (docs/limits.md).
inline constexpr qint64 kMaxFieldYuan = 1'000'000'000'000'000;
// Names and titles (单位名称, 专利名称, 案例名称, 用户单位): at most this many characters.
inline constexpr int kMaxShortTextCharacters = 200;

// Field rules of spec/attachment2-form.md (USCC, mobile, phone, e-mail, postcode, dates not in
// the future of the evaluation date, money ≥ 0, counts, text limits in characters). Each
// problem names the field by its JSON path and says what would be right. Over-long texts are
// errors (they block export) but the data are kept; rdStaff > employees is a warning.
Problems validateFields(const Project &project, const CallDefinition &call);

// Counts characters as a person does (code points, not UTF-16 units or bytes).
int characterCount(const QString &text);

} // namespace shenbao
