// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierFormat.h"
#include "model/InputText.h"

#include "model/Money.h"

#include <QRegularExpression>

#include <algorithm>

namespace shenbao::pages {

QString formatWan(Yuan yuan)
{
    return formatWanTwoDecimals(yuan, true);
}

QString formatAverageWan(const QList<std::optional<Yuan>> &values)
{
    if (values.isEmpty())
        return {};
    Yuan sum = 0;
    for (const auto &v : values) {
        if (!v)
            return {};
        sum += *v;
    }
    // Hundredths of 万元, rounded half away from zero once: the same number as column 9 of
    // the Attachment 3 row (averageHundredthsOfWan), without a detour through whole yuan.
    const qint64 divisor = qint64(values.size()) * 100;
    qint64 q = sum / divisor;
    const qint64 r = sum % divisor;
    if (2 * (r < 0 ? -r : r) >= divisor)
        q += sum < 0 ? -1 : 1;
    return formatWanHundredths(q, true);
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

QString shortenedName(const QString &name, const std::function<bool(const QString &)> &fits)
{
    if (fits(name))
        return name;
    static const QStringList legalForms = {
        QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("有限公司"),
        QStringLiteral("集团公司"), QStringLiteral("公司")};
    QString suffix;
    QString core = name;
    for (const QString &form : legalForms) {
        if (name.endsWith(form) && name.size() > form.size() + 2) {
            suffix = form;
            core = name.left(name.size() - form.size());
            break;
        }
    }
    if (!suffix.isEmpty() && fits(core))
        return core;
    static const QRegularExpression place(QStringLiteral("^(广东省)?([^省市]{2,3}市)?"));
    const QString withoutPlace = core.mid(place.match(core).capturedLength());
    if (withoutPlace.size() >= 2 && withoutPlace != core && fits(withoutPlace))
        return withoutPlace;
    // Start … legal form: keep as much of the start as fits.
    const QString tail = QStringLiteral("…") + suffix;
    for (qsizetype n = core.size() - 1; n >= 2; --n) {
        const QString candidate = core.left(n) + tail;
        if (fits(candidate))
            return candidate;
    }
    return core.left(2) + QStringLiteral("…");
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
