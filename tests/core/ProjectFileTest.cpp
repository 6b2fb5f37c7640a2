// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The project file as a file: creating, saving, reopening, and refusing what is not ours.
// Evidence storage is in EvidenceStoreTest.cpp.

#include "StoreTestSupport.h"

#include "store/ProjectFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

using namespace shenbao;
using namespace shenbao::test;

TEST_CASE("create writes a Shenbao project readable by plain sqlite3", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("新项目.shenbao"));
    QString error;
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    {
        auto file = ProjectFile::create(path, &error);
        INFO(error);
        REQUIRE(file);
        CHECK(file->path() == path);
        CHECK(file->load() == Project{});
        CHECK(file->storedFiles().isEmpty());
        CHECK(file->lastModified() >= before);
        CHECK(file->lastModified() <= QDateTime::currentDateTimeUtc());
    }
    // What `sqlite3 FILE 'PRAGMA application_id'` prints: 1397244496 = 0x53484250 ("SHBP").
    CHECK(rawSql(path, "PRAGMA application_id") == QStringLiteral("1397244496"));
    CHECK(rawSql(path, "PRAGMA user_version") == QString::number(ProjectFile::kSchemaVersion));
    CHECK(rawSql(path, "SELECT value FROM meta WHERE key = 'schema_version'") ==
          QString::number(ProjectFile::kSchemaVersion));
    CHECK(rawSql(path, "SELECT value FROM meta WHERE key = 'call'") ==
          QStringLiteral("gd-2022-batch2"));
    CHECK_FALSE(rawSql(path, "SELECT value FROM meta WHERE key = 'created'").isEmpty());
    CHECK(rawSql(path, "PRAGMA journal_mode") == QStringLiteral("delete"));
    // New files use 32 KiB pages (evidence blobs store faster in them, docs/decisions.md) and
    // stay an ordinary SQLite file.
    CHECK(rawSql(path, "PRAGMA page_size") == QStringLiteral("32768"));
    CHECK(rawSql(path, "PRAGMA integrity_check") == QStringLiteral("ok"));
    // Closed, the project is exactly one file: no journal, no WAL, no leftover temp file.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("新项目.shenbao")});

    SECTION("an existing path is never overwritten")
    {
        const QByteArray original = readFile(path);
        CHECK_FALSE(ProjectFile::create(path, &error));
        CHECK(error.contains(path));
        CHECK(error.contains(QStringLiteral("已存在")));
        Problems problems;
        CHECK_FALSE(ProjectFile::createFrom(path, sampleProject(), dir.path(), &problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().where == path);
        CHECK(readFile(path) == original);
    }
}

TEST_CASE("saved data comes back equal after reopening, edit after edit", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shenbao"));
    QString error;
    Project project = sampleProject();
    QDateTime createdModified;
    {
        auto file = ProjectFile::create(path, &error);
        REQUIRE(file);
        createdModified = file->lastModified();
        QThread::msleep(5); // timestamps have millisecond resolution
        REQUIRE(file->save(project, &error));
        CHECK(file->load() == project);
        CHECK(file->lastModified() > createdModified);
    }
    {
        auto file = ProjectFile::open(path, &error);
        INFO(error);
        REQUIRE(file);
        CHECK(file->load() == project);
        // Edit: change one value, clear one, add one list entry.
        project.applicant.employees = 321;
        project.applicant.rdStaff.reset();
        project.cases.append(Case{QStringLiteral("产线改造"),
                                  QStringLiteral("佛山某厂"),
                                  QStringLiteral("佛山市"),
                                  2021,
                                  3000000,
                                  std::nullopt,
                                  {}});
        REQUIRE(file->save(project, &error));
    }
    auto file = ProjectFile::open(path, &error);
    REQUIRE(file);
    const Project reloaded = file->load();
    CHECK(reloaded == project);
    CHECK(reloaded.applicant.employees == 321);
    CHECK_FALSE(reloaded.applicant.rdStaff.has_value());
    CHECK(reloaded.applicant.name == QStringLiteral("广州示例智能装备有限公司"));
}

TEST_CASE("open refuses files that are not Shenbao projects, naming the file", "[store]")
{
    QTemporaryDir dir;
    QString error;

    SECTION("missing file")
    {
        const QString path = dir.filePath(QStringLiteral("nope.shenbao"));
        CHECK_FALSE(ProjectFile::open(path, &error));
        CHECK(error.startsWith(path));
        CHECK(error.contains(QStringLiteral("文件不存在")));
        CHECK_FALSE(QFileInfo::exists(path)); // opening must not create it
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr,
                             nullptr) == SQLITE_OK);
        sqlite3_close(db);
        CHECK_FALSE(ProjectFile::open(path, &error));
        CHECK(error.startsWith(path));
        CHECK(error.contains(QStringLiteral("不是 Shenbao 项目文件")));
        CHECK(error.contains(QStringLiteral("0x53484250")));
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.shenbao"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("这不是数据库，只是一段文字。\n").repeated(50));
        f.close();
        CHECK_FALSE(ProjectFile::open(path, &error));
        CHECK(error.startsWith(path));
        CHECK(error.contains(QStringLiteral("不是 Shenbao 项目文件")));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.shenbao"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        CHECK_FALSE(ProjectFile::open(path, &error));
        CHECK(error.contains(QStringLiteral("不是 Shenbao 项目文件")));
        CHECK(QFileInfo(path).size() == 0); // untouched
    }
}

TEST_CASE("a file from a newer Shenbao names both schema versions", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.shenbao"));
    QString error;
    REQUIRE(ProjectFile::create(path, &error));
    rawSql(path, "PRAGMA user_version = 99");
    CHECK_FALSE(ProjectFile::open(path, &error));
    CHECK(error.startsWith(path));
    CHECK(error.contains(QStringLiteral("99")));
    CHECK(error.contains(QStringLiteral("版本 %1").arg(ProjectFile::kSchemaVersion)));
    CHECK(error.contains(QStringLiteral("更新 Shenbao")));

    // The newest version this build knows is still accepted (boundary).
    rawSql(path, "PRAGMA user_version = 1");
    CHECK(ProjectFile::open(path, &error));

    // Our id but no version at all: a file whose creation never finished.
    rawSql(path, "PRAGMA user_version = 0");
    CHECK_FALSE(ProjectFile::open(path, &error));
    CHECK(error.contains(QStringLiteral("不完整")));
}

TEST_CASE("project data that no longer parses is refused at open, not at load", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.shenbao"));
    QString error;
    REQUIRE(ProjectFile::create(path, &error));
    // A top-level member this version does not know, as a newer one (or a hand edit) might add.
    rawSql(path, "INSERT INTO project_part (key, json) VALUES ('bogusKey', '1')");
    CHECK_FALSE(ProjectFile::open(path, &error));
    CHECK(error.startsWith(path));
    CHECK(error.contains(QStringLiteral("项目数据无法读取")));
}

TEST_CASE("a save that fails half-way rolls back and keeps the previous data", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.shenbao"));
    QString error;
    Project project = sampleProject();
    auto file = ProjectFile::create(path, &error);
    REQUIRE(file);
    REQUIRE(file->save(project, &error));

    // Make the project rows refuse writes, so the save fails after its transaction began.
    rawSql(path, "CREATE TRIGGER no_insert BEFORE INSERT ON project_part BEGIN "
                 "SELECT RAISE(ABORT, 'refused by the test'); END");
    rawSql(path, "CREATE TRIGGER no_update BEFORE UPDATE ON project_part BEGIN "
                 "SELECT RAISE(ABORT, 'refused by the test'); END");
    const QDateTime modified = file->lastModified();
    Project edited = project;
    edited.applicant.employees = 1;
    CHECK_FALSE(file->save(edited, &error));
    CHECK(error.startsWith(path));
    CHECK(error.contains(QStringLiteral("保存失败")));
    CHECK(file->load() == project);
    CHECK(file->lastModified() == modified); // nothing of the failed save remains, meta included
    rawSql(path, "DROP TRIGGER no_insert");
    rawSql(path, "DROP TRIGGER no_update");
    REQUIRE(file->save(edited, &error));
    CHECK(file->load().applicant.employees == 1);
}
