// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "rules/RuleKit.h"

#include "model/InputText.h"

#include "model/Money.h"

#include "rules/Counting.h"

#include <algorithm>

namespace shenbao::rules {

RuleState allOf(const QList<RuleState> &states)
{
    bool incomplete = false;
    for (const auto s : states) {
        if (s == RuleState::NotMet)
            return RuleState::NotMet;
        if (s == RuleState::Incomplete)
            incomplete = true;
    }
    return incomplete ? RuleState::Incomplete : RuleState::Met;
}

RuleResult newResult(const RuleSpec &spec, const QString &field)
{
    RuleResult r;
    r.id = spec.id;
    r.cite = spec.cite;
    r.title = spec.title;
    r.clauseText = spec.clauseText;
    r.field = field;
    return r;
}

void conclude(RuleResult &result, const QList<Part> &parts)
{
    QList<RuleState> states;
    QStringList figures;
    const Part *notMet = nullptr;
    const Part *incomplete = nullptr;
    for (const auto &p : parts) {
        states << p.state;
        figures << p.figure;
        if (p.state == RuleState::NotMet && !notMet)
            notMet = &p;
        if (p.state == RuleState::Incomplete && !incomplete)
            incomplete = &p;
    }
    result.state = allOf(states);
    result.figure = figures.join(QStringLiteral("；"));
    // "Jump to field" should land where the applicant has something to do.
    if (notMet)
        result.field = notMet->field;
    else if (incomplete)
        result.field = incomplete->field;
    else if (result.field.isEmpty() && !parts.isEmpty())
        result.field = parts.first().field;
}

RuleResult incompleteResult(const RuleSpec &spec, const QString &figure, const QString &field)
{
    auto r = newResult(spec, field);
    r.state = RuleState::Incomplete;
    r.figure = figure;
    return r;
}

QString versusText(const QString &label, qint64 value, qint64 min, const QString &unit)
{
    return QStringLiteral("%1 %2 %4（要求 %3 %4以上）").arg(label).arg(value).arg(min).arg(unit);
}

Part attested(std::optional<bool> value, const QString &label, const QString &field)
{
    if (!value)
        return {RuleState::Incomplete, label + QStringLiteral("：未填写"), field};
    if (*value)
        return {RuleState::Met, label + QStringLiteral("：是"), field};
    return {RuleState::NotMet, label + QStringLiteral("：否"), field};
}

Part described(const std::optional<QString> &text, const QString &label, const QString &field)
{
    // There is no "not met" for a description: an empty one is simply not written yet.
    if (isBlank(text))
        return {RuleState::Incomplete, label + QStringLiteral("：未填写"), field};
    return {RuleState::Met, label + QStringLiteral("：已说明"), field};
}

Part atLeast(std::optional<qint64> value, qint64 min, const QString &label, const QString &unit,
             const QString &field)
{
    if (!value)
        return {RuleState::Incomplete, label + QStringLiteral("：未填写"), field};
    return {*value >= min ? RuleState::Met : RuleState::NotMet,
            versusText(label, *value, min, unit), field};
}

Part countPart(const Tally &t, qint64 min, const QString &label, const QString &unit,
               const QString &field)
{
    Part p;
    p.field = field;
    if (t.yes >= min)
        p.state = RuleState::Met;
    else if (t.listed == 0 || t.yes + t.maybe >= min)
        p.state = RuleState::Incomplete;
    else
        p.state = RuleState::NotMet;
    p.figure = versusText(label, t.yes, min, unit);
    if (t.listed == 0 && p.state != RuleState::Met)
        p.figure += QStringLiteral("（尚未填写）");
    else if (p.state != RuleState::Met && t.maybe > 0)
        p.figure += QStringLiteral("（另有 %1 %2信息不全）").arg(t.maybe).arg(unit);
    return p;
}

Fit coreInventionPatentFit(const Patent &patent, const CallDefinition &call)
{
    // The shared definition (Counting.h) decides "counts"; here we only add "might count".
    if (isCoreInventionPatent(patent, call))
        return Fit::Yes;
    if (patent.kind && *patent.kind != PatentKind::Invention)
        return Fit::No;
    if (patent.core == false)
        return Fit::No;
    if (patent.granted && patent.granted->isValid() && *patent.granted > call.evaluationDate)
        return Fit::No;
    return Fit::Maybe;
}

Fit guangdongCaseFit(const Case &c, const CallDefinition &call, std::optional<int> year)
{
    if (year && isGuangdongCaseInYear(c, call, *year))
        return Fit::Yes;
    const bool cityKnown = !isBlank(c.city);
    // 「东莞」 is 东莞市 (model/InputText): a missing 「市」 does not move a case out of Guangdong.
    if (cityKnown && matchCity(*c.city, call.guangdongCities).isEmpty())
        return Fit::No;
    if (year && c.year && *c.year != *year)
        return Fit::No;
    if (cityKnown && (!year || c.year))
        return Fit::Yes;
    return Fit::Maybe;
}

Fit caseInYearsFit(const Case &c, const QList<int> &years)
{
    if (!c.year)
        return Fit::Maybe;
    return years.contains(*c.year) ? Fit::Yes : Fit::No;
}

Tally corePatents(const Context &ctx)
{
    return tally(ctx.project.patents,
                 [&](const Patent &p) { return coreInventionPatentFit(p, ctx.call); });
}

Tally guangdongCases(const Context &ctx, std::optional<int> year)
{
    return tally(ctx.project.cases,
                 [&](const Case &c) { return guangdongCaseFit(c, ctx.call, year); });
}

QSet<QString> evidenceIdIndex(const Project &project)
{
    QSet<QString> ids;
    ids.reserve(project.evidence.size());
    for (const auto &e : project.evidence)
        ids.insert(e.id);
    return ids;
}

bool evidenced(const Context &ctx, const QStringList &ids)
{
    if (ids.isEmpty())
        return false;
    return std::all_of(ids.begin(), ids.end(),
                       [&](const QString &id) { return ctx.hasEvidence(id); });
}

namespace {

// `listed` mirrors result.evidenceIds so that adding stays O(1) per id over long lists; the
// label is only built when the item's evidence is missing.
template <typename LabelFn>
void addItemEvidence(RuleResult &result, QSet<QString> &listed, const Context &ctx,
                     const QStringList &ids, LabelFn label)
{
    bool all = !ids.isEmpty();
    for (const auto &id : ids) {
        if (!ctx.hasEvidence(id)) {
            all = false;
        } else if (!listed.contains(id)) {
            listed.insert(id);
            result.evidenceIds << id;
        }
    }
    if (!all) {
        result.missingEvidence << label();
        result.evidenceState = EvidenceState::MissingEvidence;
    }
}

QSet<QString> listedEvidence(const RuleResult &result)
{
    return QSet<QString>(result.evidenceIds.begin(), result.evidenceIds.end());
}

} // namespace

void requireItemEvidence(RuleResult &result, const Context &ctx, const QStringList &ids,
                         const QString &label)
{
    QSet<QString> listed = listedEvidence(result);
    addItemEvidence(result, listed, ctx, ids, [&label] { return label; });
}

void requirePatentEvidence(RuleResult &result, const Context &ctx, const Tally &counted)
{
    QSet<QString> listed = listedEvidence(result);
    for (const int i : counted.counted) {
        const auto &p = ctx.project.patents.at(i);
        addItemEvidence(result, listed, ctx, p.evidence, [&p, i] { return patentLabel(p, i); });
    }
}

void requireCaseEvidence(RuleResult &result, const Context &ctx, const Tally &counted)
{
    QSet<QString> listed = listedEvidence(result);
    for (const int i : counted.counted) {
        const auto &c = ctx.project.cases.at(i);
        addItemEvidence(result, listed, ctx, c.evidence, [&c, i] { return caseLabel(c, i); });
    }
}

QStringList documentIds(const Project &project, EvidenceCategory category, std::optional<int> year)
{
    QStringList ids;
    for (const auto &e : project.evidence) {
        if (e.category == category && (!year || e.year == year))
            ids << e.id;
    }
    return ids;
}

void requireDocument(RuleResult &result, const Project &project, EvidenceCategory category,
                     std::optional<int> year, const QString &label)
{
    const auto ids = documentIds(project, category, year);
    for (const auto &id : ids) {
        if (!result.evidenceIds.contains(id))
            result.evidenceIds << id;
    }
    if (ids.isEmpty()) {
        result.missingEvidence << label;
        result.evidenceState = EvidenceState::MissingEvidence;
    }
}

QString patentLabel(const Patent &patent, int index)
{
    QString out = QStringLiteral("专利");
    if (!isBlank(patent.number))
        out += u' ' + patent.number->trimmed();
    if (!isBlank(patent.title))
        out += QStringLiteral("《") + patent.title->trimmed() + QStringLiteral("》");
    if (isBlank(patent.number) && isBlank(patent.title))
        out = QStringLiteral("第%1项专利").arg(index + 1);
    return out;
}

QString caseLabel(const Case &c, int index)
{
    if (isBlank(c.title))
        return QStringLiteral("第%1个案例").arg(index + 1);
    QString out = QStringLiteral("案例《") + c.title->trimmed() + QStringLiteral("》");
    if (!isBlank(c.customer))
        out += QStringLiteral("（") + c.customer->trimmed() + QStringLiteral("）");
    return out;
}

QString qualificationLabel(const Qualification &q, const CallDefinition &call, int index)
{
    QString out = QStringLiteral("资质");
    if (q.kind)
        out += u' ' + call.nameOf(*q.kind, "qualification");
    if (!isBlank(q.title))
        out += QStringLiteral("《") + q.title->trimmed() + QStringLiteral("》");
    if (!q.kind && isBlank(q.title))
        out = QStringLiteral("第%1项资质").arg(index + 1);
    return out;
}

bool isBlank(const std::optional<QString> &text)
{
    return !text || text->trimmed().isEmpty();
}

QString formatWan(Yuan yuan)
{
    return shenbao::formatWan(yuan, true);
}

QString formatDate(const QDate &date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString yearList(const QList<int> &years)
{
    QStringList parts;
    for (const int y : years)
        parts << QString::number(y);
    return parts.join(QStringLiteral("、"));
}

} // namespace shenbao::rules
