// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "crosscheck/CrossCheckJson.h"

#include <QHash>
#include <QJsonObject>

namespace shenbao::crosscheck {

QJsonArray crossCheckToJson(const QList<CrossCheckResult> &results)
{
    QJsonArray out;
    for (const auto &r : results) {
        QJsonObject o;
        o.insert(QStringLiteral("item"), r.item);
        o.insert(QStringLiteral("field"), r.field);
        o.insert(QStringLiteral("claimed"), r.claimed);
        o.insert(QStringLiteral("found"), r.found);
        o.insert(QStringLiteral("state"), matchStateKey(r.state));
        o.insert(QStringLiteral("evidence"), r.evidence);
        o.insert(QStringLiteral("page"), r.page);
        o.insert(QStringLiteral("text"), textOriginKey(r.origin));
        out.append(o);
    }
    return out;
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("number"), QStringLiteral("专利号")},
        {QStringLiteral("title"), QStringLiteral("名称")},
        {QStringLiteral("holder"), QStringLiteral("权利人（申报单位）")},
        {QStringLiteral("granted"), QStringLiteral("授权日期")},
        {QStringLiteral("uscc"), QStringLiteral("统一社会信用代码")},
        {QStringLiteral("name"), QStringLiteral("单位名称")},
        {QStringLiteral("customer"), QStringLiteral("客户名称")},
        {QStringLiteral("year"), QStringLiteral("年份")},
    };
    return labels.value(field, field);
}

QString stateLabel(MatchState state)
{
    switch (state) {
    case MatchState::Matched:
        return QStringLiteral("一致");
    case MatchState::Likely:
        return QStringLiteral("基本一致（可能为识别误差）");
    case MatchState::NotFound:
        return QStringLiteral("未找到");
    case MatchState::Differs:
        return QStringLiteral("不一致");
    }
    return {};
}

QString describeResult(const CrossCheckResult &r)
{
    QString where = r.evidence.isEmpty() ? QStringLiteral("佐证材料")
                                         : QStringLiteral("佐证材料 %1").arg(r.evidence);
    if (r.page > 0)
        where += QStringLiteral(" 第 %1 页").arg(r.page);
    QString line = QStringLiteral("%1 %2：填报「%3」").arg(r.item, fieldLabel(r.field), r.claimed);
    switch (r.state) {
    case MatchState::Differs:
        line += QStringLiteral("，%1为「%2」（不一致）").arg(where, r.found);
        break;
    case MatchState::Likely:
        line += QStringLiteral("，%1识别为「%2」（基本一致）").arg(where, r.found);
        break;
    case MatchState::Matched:
        line += QStringLiteral("，%1一致").arg(where);
        break;
    case MatchState::NotFound:
        line += r.origin == TextOrigin::None
                    ? QStringLiteral("，%1无可读文字（扫描件未做文字识别）").arg(where)
                    : QStringLiteral("，在%1中未找到").arg(where);
        break;
    }
    return line;
}

} // namespace shenbao::crosscheck
