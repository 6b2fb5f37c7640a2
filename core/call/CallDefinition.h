// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shenbao {

// One rule of the call as data: which clause it quotes and its thresholds. The engine knows
// the *kind* of predicate behind each id; every number comes from here.
struct RuleSpec
{
    QString id;
    std::optional<Domain> domain;         // empty: applies to every domain (routes, BASE-*)
    std::optional<TalentKind> talentKind; // talent sub-rules only
    QString clauseKey;
    QString clauseText; // verbatim from the notice
    QString cite;       // e.g. 「附件1 一（一）」
    QString title;      // short Chinese description of the condition
    QJsonObject params;

    qint64 param(const char *name, qint64 fallback = 0) const;
    QList<int> intListParam(const char *name) const;
};

struct PilotSubtable
{
    PilotSubcategory key{};
    QString title;
    QStringList elements;
};

struct PilotTable
{
    PilotCategory category{};
    QString table; // "1.1" …
    QString title;
    QStringList elements;           // tables 1.1–1.4
    QList<PilotSubtable> subtables; // tables 1.5, 1.6
};

struct DomainInfo
{
    Domain key{};
    QString number;  // 一 … 八
    QString heading; // 「一、智能制造装备领域」
    QString summary;
};

struct Deadline
{
    QString stage;
    QString city;
    QDate date;
    QString text;
};

// The call definition (resources/calls/*.json). Next year's call is a new data file, not a
// code change, so everything that differs between calls lives here.
class CallDefinition
{
public:
    // The call bundled with this build (Qt resource :/calls/gd-2022-batch2.json).
    static const CallDefinition &bundled();
    // Parses a call file; on failure returns nullopt and sets *error (file: where: what).
    static std::optional<CallDefinition> fromJson(const QByteArray &json, QString *error);

    QString id, title, noticeTitle, formTitle, summaryTitle;
    QDate evaluationDate;
    QList<int> financeYears;
    int caseYear = 0;
    QDate recentFrom, recentTo;
    QList<Deadline> deadlines;
    QStringList guangdongCities;
    QList<DomainInfo> domains;
    QList<RuleSpec> rules;
    QList<PilotTable> pilotTables;
    QHash<QString, int> formLimits; // profile, offering, plan, caseSummary → characters

    bool isGuangdongCity(const QString &city) const { return guangdongCities.contains(city); }
    const RuleSpec *rule(const QString &id) const;
    const DomainInfo *domain(Domain d) const;
    const PilotTable *pilotTable(PilotCategory c) const;
    // Elements of the chosen table, or of its sub-table for 1.5 / 1.6; empty if not chosen.
    QStringList pilotElements(std::optional<PilotCategory> c,
                              std::optional<PilotSubcategory> sub) const;

    // Chinese display names, e.g. name("domain", "pilot") → 「智能制造试点示范领域」.
    QString name(const QString &group, const QString &key) const;
    template <typename E> QString nameOf(E value, const char *group) const
    {
        return name(QString::fromLatin1(group), toKey(value));
    }
    // The domain with its sub-kind, e.g. 「智能制造试点示范领域（离散型）」.
    QString domainDisplayName(std::optional<Domain> d, std::optional<TalentKind> talent,
                              std::optional<PilotCategory> pilot,
                              std::optional<PilotSubcategory> sub) const;

private:
    QHash<QString, QHash<QString, QString>> m_names;
};

} // namespace shenbao
