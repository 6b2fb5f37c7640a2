// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierFormat.h"
#include "model/InputText.h"

#include "model/Money.h"

#include <algorithm>

namespace shenbao::pages {

QString formatWan(Yuan yuan)
{
    return shenbao::formatWan(yuan);
}

QString formatWan(const std::optional<Yuan> &yuan)
{
    return yuan ? formatWan(*yuan) : QString();
}

std::optional<Yuan> averageYuan(const QList<std::optional<Yuan>> &values)
{
    // The model's one sum and rounding rule, to whole yuan as the form prints them.
    return shenbao::averageYuan(sumOverYears(values).sum, int(values.size()));
}

QString formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString formatDate(const std::optional<QDate> &date)
{
    return date ? formatDate(*date) : QString();
}

QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return {};
    return *value ? QStringLiteral("是") : QStringLiteral("否");
}

QString orEmpty(const std::optional<QString> &value)
{
    return value.value_or(QString());
}

QString formatCount(const std::optional<int> &value, const QString &unit)
{
    if (!value)
        return {};
    return unit.isEmpty() ? QString::number(*value) : QString::number(*value) + u' ' + unit;
}

QString formatPageRange(int first, int last)
{
    if (first <= 0)
        return {};
    if (last <= first)
        return QString::number(first);
    return QString::number(first) + QChar(0x2013) + QString::number(last);
}

const EvidenceListing *listingFor(const DossierPageInput &input, const QString &evidenceId)
{
    for (const auto &e : input.evidence) {
        if (e.evidenceId == evidenceId)
            return &e;
    }
    return nullptr;
}

QString evidencePages(const DossierPageInput &input, const QStringList &evidenceIds)
{
    QList<QPair<int, int>> ranges;
    for (const QString &id : evidenceIds) {
        const EvidenceListing *e = listingFor(input, id);
        if (e && e->firstPage > 0) {
            const QPair<int, int> r{e->firstPage, std::max(e->firstPage, e->lastPage)};
            if (!ranges.contains(r))
                ranges << r;
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QStringList out;
    for (const auto &[first, last] : ranges)
        out << formatPageRange(first, last);
    return out.join(QStringLiteral("、"));
}

QString recommendingBureau(const CallDefinition &call, const std::optional<QString> &city)
{
    const QString name = city ? matchCity(*city, call.guangdongCities) : QString();
    if (name.isEmpty())
        return {};
    return name + QStringLiteral("工业和信息化局");
}

QString stateName(RuleState state)
{
    switch (state) {
    case RuleState::Met:
        return QStringLiteral("符合");
    case RuleState::NotMet:
        return QStringLiteral("不符合");
    case RuleState::Incomplete:
        return QStringLiteral("待补充");
    }
    return {};
}

QStringList groupedFingerprint(const QString &hex, int groupsPerLine)
{
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    QStringList lines;
    for (int i = 0; i < groups.size(); i += groupsPerLine)
        lines << groups.mid(i, groupsPerLine).join(u' ');
    return lines;
}

} // namespace shenbao::pages
