// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "crosscheck/CrossCheck.h"

#include <QJsonArray>
#include <QString>

namespace shenbao::crosscheck {

// The "crossCheck" array of `check --json` and `read --json`:
// [{"item", "field", "claimed", "found", "state", "evidence", "page", "text"}], where "text"
// says where the page's text came from ("textLayer", "ocr", "none").
QJsonArray crossCheckToJson(const QList<CrossCheckResult> &results);

// One line for a person: 「patents[0] 专利号：表中 ZL… ，佐证材料 ev-3 第 5 页为 ZL…（不一致）」.
QString describeResult(const CrossCheckResult &r);
// The field's name in Chinese (专利号, 专利名称 …).
QString fieldLabel(const QString &field);
// 一致, 基本一致, 未找到, 不一致.
QString stateLabel(MatchState state);

} // namespace shenbao::crosscheck
