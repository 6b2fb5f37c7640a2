// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/ProjectParts.h"

#include "store/ProjectJsonCodec.h"

#include <QHash>

#include <array>

namespace shenbao::store {

using sqlite::Statement;

namespace {

// The document's top-level keys in the order of project-json.md; the assembled document
// follows it (the reader does not depend on the order, people reading a dump do).
constexpr std::array<const char *, 20> kDocumentOrder = {"schema",
                                                         "call",
                                                         "domain",
                                                         "talentKind",
                                                         "pilotCategory",
                                                         "pilotSubcategory",
                                                         "fillDate",
                                                         "applicant",
                                                         "finance",
                                                         "patents",
                                                         "softwareCopyrights",
                                                         "cases",
                                                         "qualifications",
                                                         "otherQualifications",
                                                         "undertakenProjects",
                                                         "firstBatchPartner",
                                                         "attestations",
                                                         "narrative",
                                                         "domainDetail",
                                                         "evidence"};

// The lists stored item by item, and whether write() puts them in the document when empty.
struct ItemListKey
{
    const char *name;
    bool writtenWhenEmpty;
};
constexpr std::array<ItemListKey, 6> kItemLists = {{{"patents", true},
                                                    {"cases", true},
                                                    {"qualifications", true},
                                                    {"otherQualifications", false},
                                                    {"undertakenProjects", false},
                                                    {"evidence", true}}};

void fail(QString *error, sqlite::Database &db)
{
    if (error && error->isEmpty())
        *error = db.lastError();
}

// The statements one save needs, prepared once per save.
struct PartWriter
{
    sqlite::Database &db;
    Statement putPart;
    Statement dropPart;
    Statement putItem;
    Statement trimItems;

    explicit PartWriter(sqlite::Database &database)
        : db(database)
        , putPart(db.prepare("INSERT OR REPLACE INTO project_part (key, json) VALUES (?1, ?2)"))
        , dropPart(db.prepare("DELETE FROM project_part WHERE key = ?1"))
        , putItem(db.prepare(
              "INSERT OR REPLACE INTO project_item (list, position, json) VALUES (?1, ?2, ?3)"))
        , trimItems(db.prepare("DELETE FROM project_item WHERE list = ?1 AND position >= ?2"))
    {
    }
    bool isValid() const
    {
        return putPart.isValid() && dropPart.isValid() && putItem.isValid() && trimItems.isValid();
    }

    bool part(const QString &key, const QByteArray &json)
    {
        return putPart.reset().bind(1, key).bindUtf8(2, json).exec();
    }
    bool drop(const QString &key) { return dropPart.reset().bind(1, key).exec(); }
    bool item(const QString &list, qsizetype position, const QByteArray &json)
    {
        return putItem.reset().bind(1, list).bind(2, qint64(position)).bindUtf8(3, json).exec();
    }
    bool trim(const QString &list, qsizetype size)
    {
        return trimItems.reset().bind(1, list).bind(2, qint64(size)).exec();
    }

    // Only the items that differ from `before` at the same position: an edit inside one
    // record writes one row; inserting or removing a record rewrites the ones after it.
    template <typename T, typename F>
    bool list(const char *name, const QList<T> &now, const QList<T> *before, F &&itemJson)
    {
        // A list the edit did not touch is still shared with the previous project (Qt's
        // implicit sharing): nothing to compare.
        if (before && before->size() == now.size() && before->constData() == now.constData())
            return true;
        const QString key = QString::fromLatin1(name);
        for (qsizetype i = 0; i < now.size(); ++i) {
            if (before && i < before->size() && before->at(i) == now.at(i))
                continue;
            if (!item(key, i, itemJson(now.at(i)).toCompact()))
                return false;
        }
        return !before || before->size() <= now.size() || trim(key, now.size());
    }
};

QHash<QString, QByteArray> sectionTexts(const Project &p)
{
    QHash<QString, QByteArray> texts;
    const OrderedJson head =
        projectjson::build(p, ProjectJson::Flavor::Interchange, projectjson::ItemLists::LeftOut);
    for (const auto &[key, value] : head.members())
        texts.insert(key, value.toCompact());
    return texts;
}

} // namespace

bool createPartTables(sqlite::Database &db, QString *error)
{
    // WITHOUT ROWID: the rows are found and ordered by their key, and an item row is small.
    return db.exec("CREATE TABLE IF NOT EXISTS project_part ("
                   "  key TEXT PRIMARY KEY NOT NULL,"
                   "  json TEXT NOT NULL) WITHOUT ROWID;"
                   "CREATE TABLE IF NOT EXISTS project_item ("
                   "  list TEXT NOT NULL,"
                   "  position INTEGER NOT NULL CHECK (position >= 0),"
                   "  json TEXT NOT NULL,"
                   "  PRIMARY KEY (list, position)) WITHOUT ROWID;",
                   error);
}

std::optional<QByteArray> readPartsDocument(sqlite::Database &db, QString *error)
{
    QHash<QString, QByteArray> parts;
    QHash<QString, QList<QByteArray>> items;
    {
        Statement st = db.prepare("SELECT key, json FROM project_part", error);
        if (!st.isValid())
            return std::nullopt;
        Statement::Step step;
        while ((step = st.step()) == Statement::Step::Row)
            parts.insert(st.columnText(0), st.columnBytes(1));
        if (step == Statement::Step::Error) {
            fail(error, db);
            return std::nullopt;
        }
    }
    {
        Statement st = db.prepare(
            "SELECT list, position, json FROM project_item ORDER BY list, position", error);
        if (!st.isValid())
            return std::nullopt;
        Statement::Step step;
        while ((step = st.step()) == Statement::Step::Row) {
            QList<QByteArray> &list = items[st.columnText(0)];
            // Positions are written 0..n-1; a gap would silently shift every later item.
            if (st.columnInt64(1) != list.size()) {
                if (error)
                    *error = QStringLiteral("project_item 表中列表 %1 的第 %2 项缺失")
                                 .arg(st.columnText(0))
                                 .arg(list.size());
                return std::nullopt;
            }
            list.append(st.columnBytes(2));
        }
        if (step == Statement::Step::Error) {
            fail(error, db);
            return std::nullopt;
        }
    }
    if (parts.isEmpty()) {
        if (error)
            *error = QStringLiteral("项目数据缺失（project_part 表为空）；文件可能已损坏");
        return std::nullopt;
    }

    QByteArray doc;
    bool first = true;
    const auto member = [&](const QString &key) {
        doc += first ? "{" : ",";
        first = false;
        jsontext::appendString(doc, key);
        doc += ':';
    };
    const auto listOf = [&](const QString &key) {
        member(key);
        doc += '[';
        const QList<QByteArray> list = items.take(key);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                doc += ',';
            doc += list.at(i);
        }
        doc += ']';
    };
    for (const char *name : kDocumentOrder) {
        const QString key = QString::fromLatin1(name);
        if (const auto it = parts.constFind(key); it != parts.cend()) {
            member(key);
            doc += *it;
            parts.erase(it);
            continue;
        }
        for (const ItemListKey &list : kItemLists) {
            if (key == QLatin1StringView(list.name) &&
                (list.writtenWhenEmpty || items.contains(key)))
                listOf(key);
        }
    }
    // Rows this version does not know (written by a newer one, or by hand) go in too, so the
    // reader names them as unknown keys instead of dropping data silently.
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        member(it.key());
        doc += it.value();
    }
    for (const QString &key : items.keys())
        listOf(key);
    doc += '}';
    return doc;
}

bool writeParts(sqlite::Database &db, const Project &project, const Project *previous,
                QString *error)
{
    if (!previous && !db.exec("DELETE FROM project_part; DELETE FROM project_item;", error))
        return false;
    PartWriter w(db);
    if (!w.isValid()) {
        fail(error, db);
        return false;
    }
    // The sections are small (the applicant, the narrative …): compared as text.
    QHash<QString, QByteArray> before =
        previous ? sectionTexts(*previous) : QHash<QString, QByteArray>();
    const QHash<QString, QByteArray> now = sectionTexts(project);
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto old = before.constFind(it.key());
        const bool same = old != before.cend() && *old == it.value();
        if (old != before.cend())
            before.erase(old);
        if (!same && !w.part(it.key(), it.value())) {
            fail(error, db);
            return false;
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!w.drop(it.key())) {
            fail(error, db);
            return false;
        }
    }
    using namespace projectjson;
    const auto evidence = [](const Evidence &e) {
        return evidenceJson(e, ProjectJson::Flavor::Interchange);
    };
    const bool ok =
        w.list("patents", project.patents, previous ? &previous->patents : nullptr, patentJson) &&
        w.list("cases", project.cases, previous ? &previous->cases : nullptr, caseJson) &&
        w.list("qualifications", project.qualifications,
               previous ? &previous->qualifications : nullptr, qualificationJson) &&
        w.list("otherQualifications", project.otherQualifications,
               previous ? &previous->otherQualifications : nullptr, otherQualificationJson) &&
        w.list("undertakenProjects", project.undertakenProjects,
               previous ? &previous->undertakenProjects : nullptr, undertakenProjectJson) &&
        w.list("evidence", project.evidence, previous ? &previous->evidence : nullptr, evidence);
    if (!ok)
        fail(error, db);
    return ok;
}

} // namespace shenbao::store
