// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The officer's back office (core/review): the Attachment 3 batch and the workspace file, as
// the workspace window and `shenbao summary` both use them.
#include "TestSupport.h"

#include "review/SummaryBatch.h"
#include "review/WorkspaceFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace shenbao;
using State = DossierReadResult::State;
using Kind = BatchIssue::Kind;

namespace {

BatchCandidate candidate(const QString &path, const QString &uscc, State state = State::Ok)
{
    BatchCandidate c;
    c.path = path;
    c.state = state;
    c.row.name = path;
    c.row.uscc = uscc;
    return c;
}

} // namespace

TEST_CASE("summary batch: rows in the given order, numbered, with the remarks", "[review]")
{
    BatchCandidate b = candidate(QStringLiteral("b.pdf"), QStringLiteral("B"));
    b.remarks = QStringLiteral("同意推荐");
    const SummaryBatch batch =
        summaryBatch({b, candidate(QStringLiteral("a.pdf"), QStringLiteral("A"))});
    REQUIRE(batch.ok());
    REQUIRE(batch.rows.size() == 2);
    CHECK(batch.rows.at(0).uscc == QStringLiteral("B"));
    CHECK(batch.rows.at(0).order == 1);
    CHECK(batch.rows.at(0).remarks == QStringLiteral("同意推荐"));
    CHECK(batch.rows.at(1).order == 2);
}

TEST_CASE("summary batch: all or nothing, with every reason", "[review]")
{
    BatchCandidate unread = candidate(QStringLiteral("u.pdf"), QString());
    unread.read = false;
    const SummaryBatch batch = summaryBatch({
        candidate(QStringLiteral("a.pdf"), QStringLiteral("A")),
        candidate(QStringLiteral("t.pdf"), QStringLiteral("T"), State::Mismatch),
        candidate(QStringLiteral("p.pdf"), QString(), State::NotShenbao),
        unread,
        candidate(QStringLiteral("a2.pdf"), QStringLiteral("A")),
    });
    CHECK_FALSE(batch.ok());
    CHECK(batch.rows.isEmpty());
    REQUIRE(batch.issues.size() == 4);
    CHECK(batch.issues.at(0).kind == Kind::IntegrityFailed);
    CHECK(batch.issues.at(0).index == 1);
    CHECK(batch.issues.at(1).kind == Kind::Unusable);
    CHECK(batch.issues.at(2).kind == Kind::NotRead);
    CHECK(batch.issues.at(3).kind == Kind::SameApplicant);
    CHECK(batch.issues.at(3).index == 4);
    CHECK(batch.issues.at(3).firstIndex == 0);
    CHECK(batch.issues.at(3).uscc == QStringLiteral("A"));
    CHECK(summaryBatch({}).has(Kind::NothingSelected));
}

TEST_CASE("summary batch: an empty USCC is nobody's duplicate", "[review]")
{
    const SummaryBatch batch = summaryBatch({candidate(QStringLiteral("x.pdf"), QString()),
                                             candidate(QStringLiteral("y.pdf"), QString())});
    CHECK(batch.ok());
    CHECK(batch.rows.size() == 2);
}

TEST_CASE("recommendation order file: the file decides, and must match the dossiers", "[review]")
{
    QTemporaryDir dir;
    const QList<BatchCandidate> candidates{candidate(QStringLiteral("a.pdf"), QStringLiteral("A")),
                                           candidate(QStringLiteral("b.pdf"), QStringLiteral("B"))};
    const auto write = [&dir](const QByteArray &text) {
        const QString path = dir.filePath(QStringLiteral("order.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        return path;
    };
    QStringList problems;
    const auto order =
        readRecommendationOrder(write("# 推荐顺序\nB\n\nA\n"), candidates, &problems);
    REQUIRE(order);
    CHECK(*order == QList<int>{1, 0});
    CHECK(problems.isEmpty());

    const QString bad = write("B\nB\nX\n");
    CHECK_FALSE(readRecommendationOrder(bad, candidates, &problems));
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(0).startsWith(bad + QStringLiteral(":2: ")));
    CHECK(problems.at(1).startsWith(bad + QStringLiteral(":3: ")));
    CHECK(problems.at(2).startsWith(QStringLiteral("a.pdf: ")));
}

TEST_CASE("workspace file: entries come back as saved, in order", "[review]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/ws.sqlite"));
    WorkspaceEntry e;
    e.path = QStringLiteral("/received/a.pdf");
    e.size = 12345;
    e.modified = QDateTime::fromMSecsSinceEpoch(1'650'000'000'000);
    e.loaded = true;
    e.state = State::Mismatch;
    e.errors = QStringList{QStringLiteral("fingerprint: 不符")};
    e.warnings = QStringList{QStringLiteral("提示")};
    e.pageCount = 42;
    e.fingerprint = QStringLiteral("abc");
    e.row.name = QStringLiteral("广州示例");
    e.row.uscc = QStringLiteral("91440101MA5CXXXX0X");
    e.row.mainRevenueSum3y = Yuan(9'000'000'000'000'000'001); // beyond a double's exact range
    e.row.rdStaff = 7;
    e.verdict = Verdict::Eligible;
    e.remarks = QStringLiteral("初审通过");
    WorkspaceEntry f;
    f.path = QStringLiteral("/received/b.pdf");
    {
        WorkspaceFile file;
        QString error;
        REQUIRE(file.open(path, &error));
        REQUIRE(file.save({f, e}, &error));
    }
    WorkspaceFile file;
    QString error;
    REQUIRE(file.open(path, &error));
    const auto entries = file.load(&error);
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).path == f.path);
    CHECK_FALSE(entries->at(0).loaded);
    const WorkspaceEntry &back = entries->at(1);
    CHECK(back.path == e.path);
    CHECK(back.size == e.size);
    CHECK(back.modified == e.modified);
    CHECK(back.state == e.state);
    CHECK(back.errors == e.errors);
    CHECK(back.warnings == e.warnings);
    CHECK(back.pageCount == 42);
    CHECK(back.fingerprint == e.fingerprint);
    CHECK(back.row == e.row);
    CHECK(back.verdict == e.verdict);
    CHECK(back.remarks == e.remarks);
}

TEST_CASE("workspace file: another SQLite file is refused, not overwritten", "[review]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("project.shenbao"));
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA application_id = 1397244496; CREATE TABLE t(x);", nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    WorkspaceFile file;
    QString error;
    CHECK_FALSE(file.open(path, &error));
    CHECK(error.contains(QStringLiteral("project.shenbao")));
    CHECK_FALSE(file.isOpen());
}
