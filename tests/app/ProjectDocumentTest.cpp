// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/ProjectDocument.h"
#include "AppTestSupport.h"

#include <QFile>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace shenbao;

namespace {

Project reload(const QString &path)
{
    QString error;
    auto file = ProjectFile::open(path, &error);
    REQUIRE(file);
    return file->load();
}

} // namespace

TEST_CASE("ProjectDocument: an edit is one command, saved at once, one change signal", "[document]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.shenbao"));
    QString error;
    auto doc = ProjectDocument::create(path, &error);
    REQUIRE(doc);
    QSignalSpy changed(doc.get(), &ProjectDocument::changed);
    doc->edit(QStringLiteral("name"),
              [](Project &p) { p.applicant.name = QStringLiteral("广州测试有限公司"); });
    CHECK(changed.count() == 1);
    CHECK(doc->undoStack()->count() == 1);
    CHECK(reload(path).applicant.name == QStringLiteral("广州测试有限公司"));

    doc->undoStack()->undo();
    CHECK(changed.count() == 2);
    CHECK_FALSE(doc->project().applicant.name.has_value());
    CHECK_FALSE(reload(path).applicant.name.has_value());
    doc->undoStack()->redo();
    CHECK(reload(path).applicant.name == QStringLiteral("广州测试有限公司"));
}

TEST_CASE("ProjectDocument: an edit that changes nothing is not an undo step", "[document]")
{
    QTemporaryDir dir;
    QString error;
    auto doc = ProjectDocument::create(dir.filePath(QStringLiteral("a.shenbao")), &error);
    REQUIRE(doc);
    doc->edit(QStringLiteral("nothing"), [](Project &) {});
    CHECK(doc->undoStack()->count() == 0);
}

TEST_CASE("ProjectDocument: edits of one field merge, another field starts a new step",
          "[document]")
{
    QTemporaryDir dir;
    QString error;
    auto doc = ProjectDocument::create(dir.filePath(QStringLiteral("a.shenbao")), &error);
    REQUIRE(doc);
    doc->edit(
        QStringLiteral("staff"), [](Project &p) { p.applicant.rdStaff = 1; },
        QStringLiteral("rdStaff#0"));
    doc->edit(
        QStringLiteral("staff"), [](Project &p) { p.applicant.rdStaff = 19; },
        QStringLiteral("rdStaff#0"));
    CHECK(doc->undoStack()->count() == 1);
    doc->edit(
        QStringLiteral("employees"), [](Project &p) { p.applicant.employees = 30; },
        QStringLiteral("employees#0"));
    CHECK(doc->undoStack()->count() == 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    CHECK_FALSE(doc->project().applicant.rdStaff.has_value());

    // Typing a value and deleting it again leaves nothing to undo.
    doc->edit(
        QStringLiteral("staff"), [](Project &p) { p.applicant.rdStaff = 5; },
        QStringLiteral("rdStaff#1"));
    doc->edit(
        QStringLiteral("staff"), [](Project &p) { p.applicant.rdStaff.reset(); },
        QStringLiteral("rdStaff#1"));
    CHECK(doc->undoStack()->index() == 0);
}

TEST_CASE("ProjectDocument: attaching evidence stores the bytes; undo and redo keep them",
          "[document]")
{
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("a.shenbao"));
    auto doc = ProjectDocument::create(path, &error);
    REQUIRE(doc);
    const QString pdf = test::writePdf(dir.filePath(QStringLiteral("licence.pdf")), 2);
    Evidence meta;
    meta.category = EvidenceCategory::BusinessLicense;
    Problems problems;
    const QString id = doc->addEvidenceFile(pdf, meta, &problems);
    REQUIRE_FALSE(id.isEmpty());
    CHECK_FALSE(hasErrors(problems));
    REQUIRE(doc->project().evidence.size() == 1);
    CHECK(doc->project().evidence[0].title == QStringLiteral("licence"));
    CHECK(doc->project().evidence[0].pages == 2);
    const QString sha = doc->project().evidence[0].sha256.value_or(QString());
    CHECK(sha.size() == 64);

    doc->undoStack()->undo();
    CHECK(doc->project().evidence.isEmpty());
    doc->undoStack()->redo();
    REQUIRE(doc->project().evidence.size() == 1);
    CHECK(doc->file().storedFile(id).has_value());

    // A second file gets a new id, never that of a blob kept for undo.
    doc->undoStack()->undo();
    const QString second = doc->addEvidenceFile(pdf, meta, &problems);
    CHECK(second != id);

    // Closing drops the blobs only the undo history could bring back.
    doc.reset();
    auto reopened = ProjectDocument::open(path, &error);
    REQUIRE(reopened);
    CHECK_FALSE(reopened->file().storedFile(id).has_value());
    CHECK(reopened->file().storedFile(second).has_value());
}

TEST_CASE("ProjectDocument: a file that is not evidence is refused, naming the file", "[document]")
{
    QTemporaryDir dir;
    QString error;
    auto doc = ProjectDocument::create(dir.filePath(QStringLiteral("a.shenbao")), &error);
    REQUIRE(doc);
    const QString fake = dir.filePath(QStringLiteral("fake.pdf"));
    QFile f(fake);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a pdf");
    f.close();
    Problems problems;
    CHECK(doc->addEvidenceFile(fake, {}, &problems).isEmpty());
    REQUIRE(hasErrors(problems));
    CHECK(problems.first().toString().contains(QStringLiteral("fake.pdf")));
    CHECK(doc->project().evidence.isEmpty());
    CHECK(doc->undoStack()->count() == 0);
}

TEST_CASE("ProjectDocument: removing evidence removes its links; undo restores both", "[document]")
{
    QTemporaryDir dir;
    QString error;
    auto doc = ProjectDocument::create(dir.filePath(QStringLiteral("a.shenbao")), &error);
    REQUIRE(doc);
    doc->edit(QStringLiteral("patent"), [](Project &p) { p.patents.append(Patent{}); });
    const QString id = doc->addEvidenceFile(
        test::writePdf(dir.filePath(QStringLiteral("p.pdf"))), {}, nullptr,
        [](Project &p, const QString &newId) { p.patents[0].evidence << newId; });
    REQUIRE(doc->project().patents[0].evidence == QStringList{id});
    doc->removeEvidence(id);
    CHECK(doc->project().evidence.isEmpty());
    CHECK(doc->project().patents[0].evidence.isEmpty());
    doc->undoStack()->undo();
    CHECK(doc->project().patents[0].evidence == QStringList{id});
}
