// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The project data stored in parts (schema version 3, store/ProjectParts): a save writes only
// the rows it changed, in one transaction, and files of version 2 (one JSON document) upgrade.
// Which rows a save wrote is read back with SQLite triggers, never with timings.

#include "StoreTestSupport.h"

#include "demo/DemoProject.h"
#include "store/ProjectFile.h"
#include "store/ProjectJson.h"
#include "store/SqliteDatabase.h"

#include <QTemporaryDir>

using namespace shenbao;
using namespace shenbao::test;

namespace {

// Every row a save inserts, replaces or deletes in the project tables, as "part KEY",
// "item LIST POSITION" or "drop LIST POSITION", in the order written.
void auditWrites(const QString &path)
{
    rawSql(path, "CREATE TABLE written (what TEXT NOT NULL)");
    rawSql(path, "CREATE TRIGGER audit_part AFTER INSERT ON project_part BEGIN "
                 "INSERT INTO written VALUES ('part ' || NEW.key); END");
    rawSql(path, "CREATE TRIGGER audit_item AFTER INSERT ON project_item BEGIN "
                 "INSERT INTO written VALUES ('item ' || NEW.list || ' ' || NEW.position); END");
    rawSql(path, "CREATE TRIGGER audit_drop AFTER DELETE ON project_item BEGIN "
                 "INSERT INTO written VALUES ('drop ' || OLD.list || ' ' || OLD.position); END");
}

QStringList writtenRows(const QString &path)
{
    const QString all = rawSql(path, "SELECT group_concat(what, '|') FROM "
                                     "(SELECT what FROM written ORDER BY rowid)");
    rawSql(path, "DELETE FROM written");
    // REPLACE deletes the row it replaces first; only the new row counts as written.
    QStringList rows = all.isEmpty() ? QStringList() : all.split(QLatin1Char('|'));
    rows.removeIf([](const QString &r) { return r.startsWith(QLatin1StringView("drop")); });
    return rows;
}

Project largeSample()
{
    Project p = demoProjectData();
    for (int i = 0; i < 40; ++i) {
        Patent x = p.patents.value(0);
        x.title = QStringLiteral("一种协同控制方法（第%1号）").arg(i);
        p.patents << x;
        Case c = p.cases.value(0);
        c.title = QStringLiteral("改造项目 %1").arg(i);
        p.cases << c;
    }
    p.otherQualifications = {
        {QStringLiteral("高新技术企业"), QStringLiteral("广东省科技厅"), QDate(2021, 12, 20), {}}};
    return p;
}

} // namespace

TEST_CASE("a project saved in parts reopens identical", "[store][parts]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parts.shenbao"));
    QString error;
    Project project = largeSample();
    for (auto &e : project.evidence)
        e.file.reset(); // metadata only: no stored bytes in this test
    {
        auto file = ProjectFile::create(path, &error);
        REQUIRE(file);
        REQUIRE(file->save(project, &error));
    }
    auto file = ProjectFile::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    const Project loaded = file->load();
    CHECK(loaded == project);
    // The same document as the interchange format writes, byte for byte.
    CHECK(ProjectJson::write(loaded) == ProjectJson::write(project));
    // One row per item, positions 0..n-1; the lists are not in the section rows.
    CHECK(rawSql(path, "SELECT count(*) FROM project_item WHERE list = 'patents'") ==
          QString::number(project.patents.size()));
    CHECK(rawSql(path, "SELECT max(position) FROM project_item WHERE list = 'evidence'") ==
          QString::number(project.evidence.size() - 1));
    CHECK(rawSql(path, "SELECT count(*) FROM project_part WHERE key IN ('patents', 'cases', "
                       "'evidence')") == QStringLiteral("0"));
    CHECK(rawSql(path, "SELECT count(*) FROM sqlite_master WHERE name = 'project'") ==
          QStringLiteral("0"));

    SECTION("shrinking and emptying lists removes their rows")
    {
        Project fewer = project;
        fewer.patents.resize(2);
        fewer.otherQualifications.clear();
        fewer.applicant.name.reset();
        REQUIRE(file->save(fewer, &error));
        file.reset();
        file = ProjectFile::open(path, &error);
        REQUIRE(file);
        CHECK(file->load() == fewer);
        CHECK(rawSql(path, "SELECT count(*) FROM project_item WHERE list = 'patents'") ==
              QStringLiteral("2"));
        CHECK(rawSql(path, "SELECT count(*) FROM project_item WHERE list = "
                           "'otherQualifications'") == QStringLiteral("0"));
    }
}

TEST_CASE("an edit to one record writes only its row", "[store][parts]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.shenbao"));
    QString error;
    Project project = largeSample();
    for (auto &e : project.evidence)
        e.file.reset();
    auto file = ProjectFile::create(path, &error);
    REQUIRE(file);
    REQUIRE(file->save(project, &error));
    // Installed by another connection: the handle notices the changed file and reads the rows
    // again instead of trusting what it saved last.
    auditWrites(path);

    Project edited = project;
    edited.patents[7].title = QStringLiteral("改过的标题");
    REQUIRE(file->save(edited, &error));
    CHECK(writtenRows(path) == QStringList{QStringLiteral("item patents 7")});

    edited.narrative.profile = QStringLiteral("新的简介");
    REQUIRE(file->save(edited, &error));
    CHECK(writtenRows(path) == QStringList{QStringLiteral("part narrative")});

    edited.evidence[3].title = QStringLiteral("新的证据标题");
    edited.cases[2].customer = QStringLiteral("新客户");
    REQUIRE(file->save(edited, &error));
    CHECK(writtenRows(path) ==
          QStringList{QStringLiteral("item cases 2"), QStringLiteral("item evidence 3")});

    // Saving the same data writes no project row at all.
    REQUIRE(file->save(edited, &error));
    CHECK(writtenRows(path).isEmpty());

    // Removing the last patent deletes one row and writes none.
    edited.patents.removeLast();
    REQUIRE(file->save(edited, &error));
    CHECK(writtenRows(path).isEmpty());
    CHECK(rawSql(path, "SELECT count(*) FROM project_item WHERE list = 'patents'") ==
          QString::number(edited.patents.size()));

    file.reset();
    file = ProjectFile::open(path, &error);
    REQUIRE(file);
    CHECK(file->load() == edited);
}

TEST_CASE("a save that fails between two rows leaves the previous save whole", "[store][parts]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("half.shenbao"));
    QString error;
    Project project = largeSample();
    for (auto &e : project.evidence)
        e.file.reset();
    auto file = ProjectFile::create(path, &error);
    REQUIRE(file);
    REQUIRE(file->save(project, &error));

    // The second changed row of the save fails, after the section and the first item were
    // written: what a crash at that moment would leave behind without the transaction.
    rawSql(path, "CREATE TRIGGER stop_at_patent_5 BEFORE INSERT ON project_item "
                 "WHEN NEW.list = 'patents' AND NEW.position = 5 BEGIN "
                 "SELECT RAISE(ABORT, 'refused by the test'); END");
    Project edited = project;
    edited.applicant.employees = 7;
    edited.patents[1].title = QStringLiteral("第一处修改");
    edited.patents[5].title = QStringLiteral("第二处修改");
    CHECK_FALSE(file->save(edited, &error));
    CHECK(error.contains(QStringLiteral("保存失败")));
    CHECK(file->load() == project);
    file.reset();
    rawSql(path, "DROP TRIGGER stop_at_patent_5");
    file = ProjectFile::open(path, &error);
    REQUIRE(file);
    CHECK(file->load() == project);
    // And the next save writes all three rows, not only the one that failed.
    REQUIRE(file->save(edited, &error));
    file.reset();
    file = ProjectFile::open(path, &error);
    REQUIRE(file);
    CHECK(file->load() == edited);
}

TEST_CASE("a version-2 project file (one JSON document) upgrades to parts", "[store][parts]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.shenbao"));
    Project project = largeSample();
    for (auto &e : project.evidence)
        e.file.reset();
    // The tables and pragmas exactly as Shenbao with schema version 2 wrote them.
    {
        sqlite::Database db;
        QString error;
        REQUIRE(db.open(path, true, &error));
        REQUIRE(db.exec("PRAGMA auto_vacuum = FULL;"
                        "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);"
                        "CREATE TABLE project (id INTEGER PRIMARY KEY CHECK (id = 1),"
                        "  json TEXT NOT NULL);"
                        "CREATE TABLE evidence_file (evidence_id TEXT PRIMARY KEY NOT NULL,"
                        "  original_name TEXT NOT NULL, media_type TEXT NOT NULL,"
                        "  sha256 TEXT NOT NULL, size INTEGER NOT NULL CHECK (size > 0),"
                        "  pages INTEGER NOT NULL CHECK (pages >= 0), bytes BLOB NOT NULL);"
                        "CREATE TABLE page_text (page_sha256 TEXT NOT NULL, engine TEXT NOT NULL,"
                        "  text TEXT NOT NULL, read_at TEXT NOT NULL,"
                        "  PRIMARY KEY (page_sha256, engine));"
                        "INSERT INTO meta VALUES ('schema_version', '2');"
                        "INSERT INTO meta VALUES ('call', 'gd-2022-batch2');"
                        "INSERT INTO meta VALUES ('modified', '2026-05-01T08:00:00.000Z');"
                        "PRAGMA application_id = 1397244496; PRAGMA user_version = 2;",
                        &error));
        auto st = db.prepare("INSERT INTO project (id, json) VALUES (1, ?1)", &error);
        REQUIRE(st.bindUtf8(1, ProjectJson::write(project)).exec());
    }
    QString error;
    auto file = ProjectFile::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    CHECK(file->load() == project);
    CHECK(rawSql(path, "PRAGMA user_version") == QStringLiteral("3"));
    CHECK(rawSql(path, "SELECT value FROM meta WHERE key = 'schema_version'") ==
          QStringLiteral("3"));
    CHECK(rawSql(path, "SELECT count(*) FROM sqlite_master WHERE name = 'project'") ==
          QStringLiteral("0"));
    CHECK(rawSql(path, "SELECT count(*) FROM project_item WHERE list = 'cases'") ==
          QString::number(project.cases.size()));
    // Edits after the upgrade are saved in parts like any other.
    Project edited = project;
    edited.cases[0].title = QStringLiteral("升级后修改");
    REQUIRE(file->save(edited, &error));
    file.reset();
    file = ProjectFile::open(path, &error);
    REQUIRE(file);
    CHECK(file->load() == edited);
    file.reset();
    // An older file keeps the page size it was made with (SQLite's 4 KiB default then): only
    // new files get 32 KiB pages, nothing rewrites an applicant's file behind their back.
    CHECK(rawSql(path, "PRAGMA page_size") == QStringLiteral("4096"));
    CHECK(rawSql(path, "PRAGMA integrity_check") == QStringLiteral("ok"));
}

TEST_CASE("a version-2 file whose document does not read is refused, not emptied", "[store][parts]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2-broken.shenbao"));
    QString error;
    REQUIRE(ProjectFile::create(path, &error));
    // Back to version 2 by hand, with a document the reader refuses.
    rawSql(path, "CREATE TABLE project (id INTEGER PRIMARY KEY, json TEXT NOT NULL)");
    rawSql(path, "INSERT INTO project VALUES (1, '{\"schema\": \"shenbao/1\", "
                 "\"call\": \"gd-2022-batch2\", \"bogusKey\": 1}')");
    rawSql(path, "DROP TABLE project_item");
    rawSql(path, "DROP TABLE project_part");
    rawSql(path, "PRAGMA user_version = 2");
    CHECK_FALSE(ProjectFile::open(path, &error));
    CHECK(error.startsWith(path));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("bogusKey")));
    CHECK(rawSql(path, "SELECT count(*) FROM project") == QStringLiteral("1"));
    CHECK(rawSql(path, "PRAGMA user_version") == QStringLiteral("2"));
}
