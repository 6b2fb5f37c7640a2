// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// How values are printed on the dossier's own pages (attachment2-form.md).

#include "dossier/DossierPages.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace shenbao::pages {

// Integer yuan as 万元 with two decimals, grouped, rounded half away from zero (printed pages
// use one money format, dossier-layout.md): 15500000 → 「1,550.00」, 19066667 → 「1,906.67」.
QString formatWan(Yuan yuan);
QString formatWan(const std::optional<Yuan> &yuan); // empty when not filled in
// The mean in 万元 with two decimals (rounded once); empty if any value is missing.
QString formatAverageWan(const QList<std::optional<Yuan>> &values);

// Mean of the values rounded to whole yuan (half away from zero); empty if any is missing
// or there are none.
std::optional<Yuan> averageYuan(const QList<std::optional<Yuan>> &values);

QString formatDate(const QDate &date); // 「2022年5月10日」, empty for an invalid date
QString formatDate(const std::optional<QDate> &date);
QString yesNo(const std::optional<bool> &value); // 是 / 否 / empty
QString orEmpty(const std::optional<QString> &value);
QString formatCount(const std::optional<int> &value, const QString &unit); // 「46 人」

QString formatPageRange(int first, int last); // 「23」 or 「23–24」 (en dash)
const EvidenceListing *listingFor(const DossierPageInput &input, const QString &evidenceId);
// Page ranges of the evidence items, in page order, joined with 「、」; empty if none is bound.
QString evidencePages(const DossierPageInput &input, const QStringList &evidenceIds);

// 「广州市」 → 「广州市工业和信息化局」; a city outside the call's list gives an empty string.
QString recommendingBureau(const CallDefinition &call, const std::optional<QString> &city);

// The applicant's name shortened to what `fits` accepts, sensibly rather than cut mid-word:
// the full name; without its legal form (「有限公司」「股份有限公司」…); also without a leading
// place name (「广东省」「广州市」); finally its start and its legal form around an ellipsis
// (「广州示例…有限公司」). Used where the full name cannot fit, e.g. the footer.
QString shortenedName(const QString &name, const std::function<bool(const QString &)> &fits);

QString stateName(RuleState state); // 符合 / 不符合 / 待补充

// The fingerprint as lines of space-separated groups of four (64 hex → 2 lines of 8 groups).
QStringList groupedFingerprint(const QString &hex, int groupsPerLine = 8);

} // namespace shenbao::pages
