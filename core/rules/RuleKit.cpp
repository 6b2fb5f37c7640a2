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

QString fillTemplate(const QString &zhTemplate, const QStringList &values)
{
    QString out = zhTemplate;
    for (qsizetype i = values.size(); i > 0; --i) {
        out.replace(QLatin1Char('%') + QString::number(i), values.at(i - 1));
    }
    return out;
}

Phrase textPhrase(const QString &zhTemplate, const QStringList &values)
{
    return {ProblemCode::FigureText, QStringList{zhTemplate} + values};
}

Part textPart(RuleState state, const QString &field, const QString &zhTemplate,
              const QStringList &values)
{
    return {state, fillTemplate(zhTemplate, values), field, textPhrase(zhTemplate, values)};
}

void setFigure(RuleResult &result, const QString &zhTemplate, const QStringList &values)
{
    result.figure = fillTemplate(zhTemplate, values);
    result.figurePhrases = {textPhrase(zhTemplate, values)};
}

void conclude(RuleResult &result, const QList<Part> &parts)
{
    QList<RuleState> states;
    QStringList figures;
    const Part *notMet = nullptr;
    const Part *incomplete = nullptr;
    bool onlyShortLists = true;
    int shortBy = 0;
    result.figurePhrases.clear();
    for (const auto &p : parts) {
        states << p.state;
        figures << p.figure;
        // A fixed figure without a phrase is its own template (FigureText).
        result.figurePhrases << (p.phrase.code == ProblemCode::Unspecified ? textPhrase(p.figure)
                                                                           : p.phrase);
        if (p.state == RuleState::NotMet && !notMet)
            notMet = &p;
        if (p.state == RuleState::Incomplete && !incomplete)
            incomplete = &p;
        if (p.state == RuleState::NotMet) {
            onlyShortLists = onlyShortLists && p.shortBy > 0;
            shortBy += p.shortBy;
        }
    }
    result.state = allOf(states);
    result.shortBy = result.state == RuleState::NotMet && onlyShortLists ? shortBy : 0;
    result.figure = figures.join(QStringLiteral("；"));
    // "Jump to field" should land where the applicant has something to do.
    if (notMet)
        result.field = notMet->field;
    else if (incomplete)
        result.field = incomplete->field;
    else if (result.field.isEmpty() && !parts.isEmpty())
        result.field = parts.first().field;
}

RuleResult incompleteResult(const RuleSpec &spec, const QString &zhTemplate, const QString &field,
                            const QStringList &values)
{
    auto r = newResult(spec, field);
    r.state = RuleState::Incomplete;
    setFigure(r, zhTemplate, values);
    return r;
}

QString versusText(const QString &label, qint64 value, qint64 min, const QString &unit)
{
    return QStringLiteral("%1 %2 %4（要求 %3 %4以上）").arg(label).arg(value).arg(min).arg(unit);
}

Part attested(std::optional<bool> value, const QString &label, const QString &field)
{
    const auto phrase = [&](const char *answer) {
        return Phrase{ProblemCode::FigureAttested, {label, QString(), QString::fromLatin1(answer)}};
    };
    if (!value)
        return {RuleState::Incomplete, label + QStringLiteral("：未填写"), field, phrase("unset")};
    if (*value)
        return {RuleState::Met, label + QStringLiteral("：是"), field, phrase("yes")};
    return {RuleState::NotMet, label + QStringLiteral("：否"), field, phrase("no")};
}

Part described(const std::optional<QString> &text, const QString &label, const QString &field)
{
    // There is no "not met" for a description: an empty one is simply not written yet.
    if (isBlank(text))
        return {RuleState::Incomplete,
                label + QStringLiteral("：未填写"),
                field,
                {ProblemCode::FigureDescribed, {label, QString(), QStringLiteral("unset")}}};
    return {RuleState::Met,
            label + QStringLiteral("：已说明"),
            field,
            {ProblemCode::FigureDescribed, {label, QString(), QStringLiteral("set")}}};
}

Part unsetPart(const QString &label, const QString &field)
{
    return {RuleState::Incomplete,
            label + QStringLiteral("：未填写"),
            field,
            {ProblemCode::FigureUnset, {label, QString()}}};
}

Part atLeast(std::optional<qint64> value, qint64 min, const QString &label, const QString &unit,
             const QString &field)
{
    if (!value)
        return unsetPart(label, field);
    return {*value >= min ? RuleState::Met : RuleState::NotMet,
            versusText(label, *value, min, unit),
            field,
            {ProblemCode::FigureAtLeast,
             {label, QString(), QString::number(*value), QString::number(min), unit}}};
}

Part countPart(const Tally &t, qint64 min, const QString &term, const QString &unit,
               const QString &field, const QString &qualifier)
{
    const QString label = qualifier.isEmpty() ? term : term.arg(qualifier);
    Part p;
    p.field = field;
    p.phrase = {ProblemCode::FigureCount,
                {term, qualifier, QString::number(t.yes), QString::number(min), unit,
                 QString::number(t.listed), QString::number(t.maybe)}};
    if (t.yes >= min)
        p.state = RuleState::Met;
    else if (t.listed == 0 || t.yes + t.maybe >= min)
        p.state = RuleState::Incomplete;
    else
        p.state = RuleState::NotMet;
    // Entered items that do not (yet) add up to the bound: the applicant may be in the middle
    // of typing the list, which the app shows as 「还差 N 项」 rather than 不符合.
    if (p.state == RuleState::NotMet)
        p.shortBy = int(min - t.yes);
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
template <typename LabelFn, typename PhraseFn>
void addItemEvidence(RuleResult &result, QSet<QString> &listed, const Context &ctx,
                     const QStringList &ids, LabelFn label, PhraseFn phrase)
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
        result.missingEvidencePhrases << phrase();
        result.evidenceState = EvidenceState::MissingEvidence;
    }
}

QSet<QString> listedEvidence(const RuleResult &result)
{
    return QSet<QString>(result.evidenceIds.begin(), result.evidenceIds.end());
}

} // namespace

void requireItemEvidence(RuleResult &result, const Context &ctx, const QStringList &ids,
                         const QString &label, const Phrase &phrase)
{
    QSet<QString> listed = listedEvidence(result);
    addItemEvidence(
        result, listed, ctx, ids, [&label] { return label; },
        [&] {
            return phrase.code == ProblemCode::Unspecified
                       ? Phrase{ProblemCode::EvidenceTerm, {label, QString()}}
                       : phrase;
        });
}

void requirePatentEvidence(RuleResult &result, const Context &ctx, const Tally &counted)
{
    QSet<QString> listed = listedEvidence(result);
    for (const int i : counted.counted) {
        const auto &p = ctx.project.patents.at(i);
        addItemEvidence(
            result, listed, ctx, p.evidence, [&p, i] { return patentLabel(p, i); },
            [&p, i] {
                return Phrase{ProblemCode::EvidencePatent,
                              {p.number.value_or(QString()).trimmed(),
                               p.title.value_or(QString()).trimmed(), QString::number(i + 1)}};
            });
    }
}

void requireCaseEvidence(RuleResult &result, const Context &ctx, const Tally &counted)
{
    QSet<QString> listed = listedEvidence(result);
    for (const int i : counted.counted) {
        const auto &c = ctx.project.cases.at(i);
        addItemEvidence(
            result, listed, ctx, c.evidence, [&c, i] { return caseLabel(c, i); },
            [&c, i] {
                return Phrase{ProblemCode::EvidenceCase,
                              {c.title.value_or(QString()).trimmed(),
                               c.customer.value_or(QString()).trimmed(), QString::number(i + 1)}};
            });
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
                     std::optional<int> year, const QString &label, const Phrase &phrase)
{
    const auto ids = documentIds(project, category, year);
    for (const auto &id : ids) {
        if (!result.evidenceIds.contains(id))
            result.evidenceIds << id;
    }
    if (ids.isEmpty()) {
        result.missingEvidence << label;
        result.missingEvidencePhrases
            << (phrase.code == ProblemCode::Unspecified
                    ? Phrase{ProblemCode::EvidenceTerm, {label, QString()}}
                    : phrase);
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

Phrase qualificationPhrase(const Qualification &q, int index)
{
    return {ProblemCode::EvidenceQualification,
            {q.kind ? toKey(*q.kind) : QString(), q.title.value_or(QString()).trimmed(),
             QString::number(index + 1)}};
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
