// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "review/SummaryBatch.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace shenbao {

using State = DossierReadResult::State;

namespace {

BatchIssue issue(BatchIssue::Kind kind, int index = -1, int firstIndex = -1, QString uscc = {})
{
    return BatchIssue{kind, index, firstIndex, std::move(uscc)};
}

} // namespace

bool SummaryBatch::has(BatchIssue::Kind kind) const
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [kind](const BatchIssue &i) { return i.kind == kind; });
}

SummaryBatch summaryBatch(const QList<BatchCandidate> &candidates)
{
    using Kind = BatchIssue::Kind;
    SummaryBatch batch;
    if (candidates.isEmpty())
        batch.issues << issue(Kind::NothingSelected);
    QHash<QString, int> firstOf; // USCC → first candidate with it
    for (int i = 0; i < int(candidates.size()); ++i) {
        const BatchCandidate &c = candidates.at(i);
        if (!c.read) {
            batch.issues << issue(Kind::NotRead, i);
            continue;
        }
        switch (c.state) {
        case State::Ok:
            break;
        case State::Mismatch:
            batch.issues << issue(Kind::IntegrityFailed, i);
            continue;
        case State::NotShenbao:
        case State::Unreadable:
            batch.issues << issue(Kind::Unusable, i);
            continue;
        }
        // An empty USCC names no applicant: it is the rules' finding, not a duplicate.
        if (!c.row.uscc.isEmpty()) {
            if (const auto first = firstOf.constFind(c.row.uscc); first != firstOf.cend())
                batch.issues << issue(Kind::SameApplicant, i, *first, c.row.uscc);
            else
                firstOf.insert(c.row.uscc, i);
        }
        SummaryRow row = c.row;
        row.order = int(batch.rows.size() + 1);
        row.remarks = c.remarks;
        batch.rows << row;
    }
    if (!batch.ok())
        batch.rows.clear();
    return batch;
}

std::optional<QList<int>> readRecommendationOrder(const QString &orderPath,
                                                  const QList<BatchCandidate> &candidates,
                                                  QStringList *problems)
{
    QStringList found;
    QFile f(orderPath);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (problems)
            *problems << orderPath + QStringLiteral(": cannot read: ") + f.errorString();
        return std::nullopt;
    }
    QHash<QString, int> byUscc;
    for (int i = 0; i < int(candidates.size()); ++i)
        byUscc.insert(candidates.at(i).row.uscc, i);

    QList<int> ordered;
    QSet<QString> seen;
    int lineNo = 0;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &raw : lines) {
        ++lineNo;
        const QString uscc = raw.trimmed();
        if (uscc.isEmpty() || uscc.startsWith(u'#'))
            continue;
        const QString where = QStringLiteral("%1:%2: ").arg(orderPath).arg(lineNo);
        if (seen.contains(uscc)) {
            found << where + QStringLiteral("统一社会信用代码 ") + uscc +
                         QStringLiteral(" 重复出现");
            continue;
        }
        seen.insert(uscc);
        const auto at = byUscc.constFind(uscc);
        if (at == byUscc.cend()) {
            found << where + QStringLiteral("统一社会信用代码 ") + uscc +
                         QStringLiteral(" 不属于所给的任何申报材料");
            continue;
        }
        ordered << *at;
    }
    for (const BatchCandidate &c : candidates) {
        if (!seen.contains(c.row.uscc)) {
            found << c.path + QStringLiteral(": 统一社会信用代码 ") +
                         (c.row.uscc.isEmpty() ? QStringLiteral("（未填写）") : c.row.uscc) +
                         QStringLiteral(" 不在推荐顺序文件 ") + orderPath + QStringLiteral(" 中");
        }
    }
    if (!found.isEmpty()) {
        if (problems)
            *problems << found;
        return std::nullopt;
    }
    return ordered;
}

} // namespace shenbao
