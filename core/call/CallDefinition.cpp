// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "call/CallDefinition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

namespace shenbao {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QStringList strList(const QJsonValue &v)
{
    QStringList out;
    for (const auto &x : v.toArray())
        out << x.toString();
    return out;
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}

template <typename E> E requireKey(const QString &key, const QString &where)
{
    if (auto v = fromKey<E>(key))
        return *v;
    throw std::runtime_error(
        QString(where + QStringLiteral(": unknown key \"") + key + u'"').toStdString());
}

} // namespace

qint64 RuleSpec::param(const char *name, qint64 fallback) const
{
    const auto v = params.value(QLatin1StringView(name));
    return v.isDouble() ? v.toInteger() : fallback;
}

QList<int> RuleSpec::intListParam(const char *name) const
{
    QList<int> out;
    for (const auto &x : params.value(QLatin1StringView(name)).toArray())
        out << x.toInt();
    return out;
}

const CallDefinition &CallDefinition::bundled()
{
    // Parsed once; the file is part of the binary, so failing here is a build defect.
    static const CallDefinition call = [] {
        QFile f(QStringLiteral(":/calls/gd-2022-batch2.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("bundled call data :/calls/gd-2022-batch2.json is missing");
        QString error;
        auto parsed = fromJson(f.readAll(), &error);
        if (!parsed)
            qFatal("bundled call data is invalid: %s", qPrintable(error));
        return *parsed;
    }();
    return call;
}

std::optional<CallDefinition> CallDefinition::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const auto doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error =
                QStringLiteral("call data: offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return std::nullopt;
    }
    const auto root = doc.object();
    CallDefinition c;
    try {
        c.id = str(root, "id");
        c.title = str(root, "title");
        c.noticeTitle = str(root, "noticeTitle");
        c.formTitle = str(root, "formTitle");
        c.summaryTitle = str(root, "summaryTitle");
        c.evaluationDate = date(root, "evaluationDate");
        for (const auto &y : root.value(QLatin1StringView("financeYears")).toArray())
            c.financeYears << y.toInt();
        c.caseYear = root.value(QLatin1StringView("caseYear")).toInt();
        const auto window = root.value(QLatin1StringView("recentWindow")).toObject();
        c.recentFrom = date(window, "from");
        c.recentTo = date(window, "to");
        for (const auto &v : root.value(QLatin1StringView("deadlines")).toArray()) {
            const auto o = v.toObject();
            c.deadlines << Deadline{str(o, "stage"), str(o, "city"), date(o, "date"),
                                    str(o, "text")};
        }
        c.guangdongCities = strList(root.value(QLatin1StringView("guangdongCities")));

        const auto names = root.value(QLatin1StringView("names")).toObject();
        for (auto g = names.begin(); g != names.end(); ++g) {
            const auto group = g.value().toObject();
            for (auto k = group.begin(); k != group.end(); ++k)
                c.m_names[g.key()][k.key()] = k.value().toString();
        }

        for (const auto &v : root.value(QLatin1StringView("domains")).toArray()) {
            const auto o = v.toObject();
            c.domains << DomainInfo{requireKey<Domain>(str(o, "key"), QStringLiteral("domains")),
                                    str(o, "number"), str(o, "heading"), str(o, "summary")};
        }

        const auto clauses = root.value(QLatin1StringView("clauses")).toObject();
        for (const auto &v : root.value(QLatin1StringView("rules")).toArray()) {
            const auto o = v.toObject();
            RuleSpec r;
            r.id = str(o, "id");
            const QString where = QStringLiteral("rules.") + r.id;
            if (o.contains(QLatin1StringView("domain")))
                r.domain = requireKey<Domain>(str(o, "domain"), where);
            if (o.contains(QLatin1StringView("talentKind")))
                r.talentKind = requireKey<TalentKind>(str(o, "talentKind"), where);
            r.clauseKey = str(o, "clause");
            if (!clauses.contains(r.clauseKey))
                throw std::runtime_error(QString(where + QStringLiteral(": clause ") + r.clauseKey +
                                                 QStringLiteral(" not in clauses"))
                                             .toStdString());
            r.clauseText = clauses.value(r.clauseKey).toString();
            r.cite = str(o, "cite");
            r.title = str(o, "title");
            r.params = o.value(QLatin1StringView("params")).toObject();
            c.rules << r;
        }

        for (const auto &v : root.value(QLatin1StringView("pilotTables")).toArray()) {
            const auto o = v.toObject();
            PilotTable t;
            t.category =
                requireKey<PilotCategory>(str(o, "category"), QStringLiteral("pilotTables"));
            t.table = str(o, "table");
            t.title = str(o, "title");
            t.elements = strList(o.value(QLatin1StringView("elements")));
            for (const auto &s : o.value(QLatin1StringView("subtables")).toArray()) {
                const auto so = s.toObject();
                t.subtables << PilotSubtable{
                    requireKey<PilotSubcategory>(str(so, "key"), QStringLiteral("pilotTables")),
                    str(so, "title"), strList(so.value(QLatin1StringView("elements")))};
            }
            c.pilotTables << t;
        }

        const auto limits = root.value(QLatin1StringView("formLimits")).toObject();
        for (auto it = limits.begin(); it != limits.end(); ++it)
            c.formLimits.insert(it.key(), it.value().toInt());
    } catch (const std::exception &e) {
        if (error)
            *error = QStringLiteral("call data: ") + QString::fromUtf8(e.what());
        return std::nullopt;
    }
    if (c.id.isEmpty() || !c.evaluationDate.isValid() || c.financeYears.isEmpty() ||
        c.guangdongCities.isEmpty() || c.rules.isEmpty()) {
        if (error)
            *error = QStringLiteral("call data: id, evaluationDate, financeYears, guangdongCities "
                                    "and rules are required");
        return std::nullopt;
    }
    return c;
}

const RuleSpec *CallDefinition::rule(const QString &id) const
{
    for (const auto &r : rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const DomainInfo *CallDefinition::domain(Domain d) const
{
    for (const auto &info : domains) {
        if (info.key == d)
            return &info;
    }
    return nullptr;
}

const PilotTable *CallDefinition::pilotTable(PilotCategory c) const
{
    for (const auto &t : pilotTables) {
        if (t.category == c)
            return &t;
    }
    return nullptr;
}

QStringList CallDefinition::pilotElements(std::optional<PilotCategory> c,
                                          std::optional<PilotSubcategory> sub) const
{
    if (!c)
        return {};
    const auto *t = pilotTable(*c);
    if (!t)
        return {};
    if (t->subtables.isEmpty())
        return t->elements;
    for (const auto &s : t->subtables) {
        if (sub && s.key == *sub)
            return s.elements;
    }
    return {};
}

QString CallDefinition::name(const QString &group, const QString &key) const
{
    return m_names.value(group).value(key);
}

QString CallDefinition::domainDisplayName(std::optional<Domain> d, std::optional<TalentKind> talent,
                                          std::optional<PilotCategory> pilot,
                                          std::optional<PilotSubcategory> sub) const
{
    if (!d)
        return {};
    QString out = nameOf(*d, "domain");
    if (*d == Domain::Talent && talent) {
        out += u'（' + nameOf(*talent, "talentKind") + u'）';
    } else if (*d == Domain::Pilot && pilot) {
        QString kind = nameOf(*pilot, "pilotCategory");
        if (sub && (*pilot == PilotCategory::Service || *pilot == PilotCategory::NewMode))
            kind += QStringLiteral("·") + nameOf(*sub, "pilotSubcategory");
        out += u'（' + kind + u'）';
    }
    return out;
}

} // namespace shenbao
