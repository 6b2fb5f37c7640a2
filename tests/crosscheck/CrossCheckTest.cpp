// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The cross-check end to end on a small generated corpus in a real project file: text PDFs
// (no OCR), and a few noisy scans read by Tesseract (kept to three pages so the default test
// run stays fast; the larger corpus is tests/bench/CrossCheckBench).

#include "CrossCheckTestSupport.h"
#include "SyntheticCertificates.h"

#include "crosscheck/CrossCheck.h"
#include "crosscheck/CrossCheckJson.h"
#include "crosscheck/DossierEvidencePages.h"
#include "crosscheck/ProjectEvidencePages.h"
#include "crosscheck/ProjectTextCache.h"
#include "store/ProjectFile.h"
#include "store/SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace shenbao;
using namespace shenbao::crosscheck;
using namespace shenbao::test;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

const CrossCheckResult *find(const CrossCheckRun &run, const QString &item, const QString &field)
{
    for (const auto &r : run.results) {
        if (r.item == item && r.field == field)
            return &r;
    }
    return nullptr;
}

struct Corpus
{
    Project project;
    QString holder = s(u"广州智造科技有限公司");
    QString uscc = usccWithCheck(QStringLiteral("91440101MA5CXW3K2"));
    QString rightNumber = patentNumber(2019, 1, 123456);
    QString otherNumber =
        patentNumber(2020, 1, 345678); // on the certificate attached to patents[1]
    QString customer = s(u"佛山市顺德区美华电器有限公司");
};

// Evidence: ev-1 licence, ev-2 certificate of patents[0] (right), ev-3 certificate attached to
// patents[1] but showing another number and grant date, ev-4 the case's contract.
Corpus buildCorpus(const QString &dir, bool scans)
{
    Corpus c;
    Project &p = c.project;
    p.applicant.name = c.holder;
    p.applicant.uscc = c.uscc;

    const auto evidence = [&](const QString &id, EvidenceCategory category, const Certificate &cert,
                              quint32 seed) {
        const QString name = id + (scans ? QStringLiteral(".jpg") : QStringLiteral(".pdf"));
        writeFile(QDir(dir).filePath(name),
                  scans ? scannedJpeg(certificateImage(cert), seed % 2 ? 0.8 : -0.6, seed)
                        : certificatePdf(cert));
        Evidence e;
        e.id = id;
        e.category = category;
        e.title = id;
        e.file = name;
        p.evidence << e;
    };
    evidence(QStringLiteral("ev-1"), EvidenceCategory::BusinessLicense,
             businessLicence(c.uscc, c.holder), 1);
    evidence(QStringLiteral("ev-2"), EvidenceCategory::Ip,
             patentCertificate(c.rightNumber, s(u"一种工业机器人视觉抓取方法"), c.holder,
                               QDate(2019, 3, 1), QDate(2020, 6, 2)),
             2);
    evidence(QStringLiteral("ev-3"), EvidenceCategory::Ip,
             patentCertificate(c.otherNumber, s(u"一种数控机床刀具磨损检测装置"), c.holder,
                               QDate(2020, 4, 8), QDate(2021, 9, 14)),
             3);
    evidence(QStringLiteral("ev-4"), EvidenceCategory::Case,
             contractFirstPage(c.customer, c.holder, QDate(2021, 5, 18)), 4);

    Patent right;
    right.number = c.rightNumber;
    right.title = s(u"一种工业机器人视觉抓取方法");
    right.granted = QDate(2020, 6, 2);
    right.evidence = {QStringLiteral("ev-2")};
    Patent wrong;
    wrong.number = patentNumber(2020, 1, 345679);
    wrong.title = s(u"一种数控机床刀具磨损检测装置");
    wrong.granted = QDate(2021, 9, 15);
    wrong.evidence = {QStringLiteral("ev-3")};
    p.patents << right << wrong;
    Case k;
    k.customer = c.customer;
    k.year = 2021;
    k.evidence = {QStringLiteral("ev-4")};
    p.cases << k;
    return c;
}

void checkCorpusResults(const CrossCheckRun &run, const Corpus &c, bool withCase = true)
{
    QString all;
    for (const auto &r : run.results)
        all += describeResult(r) + u' ' + matchStateKey(r.state) + u'\n';
    INFO(all);
    const auto good = [&](const char *item, const char *field) {
        const auto *r = find(run, QString::fromLatin1(item), QString::fromLatin1(field));
        REQUIRE(r);
        CHECK((r->state == MatchState::Matched || r->state == MatchState::Likely));
        return r;
    };
    const auto *number = good("patents[0]", "number");
    CHECK(number->state == MatchState::Matched);
    CHECK(number->found == c.rightNumber);
    CHECK(number->evidence == QStringLiteral("ev-2"));
    CHECK(number->page == 1);
    good("patents[0]", "title");
    good("patents[0]", "holder");
    good("patents[0]", "granted");
    good("applicant", "uscc");
    good("applicant", "name");
    if (withCase) {
        good("cases[0]", "customer");
        good("cases[0]", "year");
    }
    good("patents[1]", "title");

    const auto *other = find(run, QStringLiteral("patents[1]"), QStringLiteral("number"));
    REQUIRE(other);
    CHECK((other->state == MatchState::Differs || other->state == MatchState::NotFound));
    if (other->state == MatchState::Differs)
        CHECK(other->found == c.otherNumber);
    const auto *date = find(run, QStringLiteral("patents[1]"), QStringLiteral("granted"));
    REQUIRE(date);
    CHECK((date->state == MatchState::Differs || date->state == MatchState::NotFound));
}

} // namespace

TEST_CASE("text PDFs are checked from their text layer, without OCR", "[crosscheck]")
{
    QTemporaryDir dir;
    const Corpus c = buildCorpus(dir.path(), false);
    Problems problems;
    auto file = ProjectFile::createFrom(dir.filePath(QStringLiteral("p.shenbao")), c.project,
                                        dir.path(), &problems);
    REQUIRE(file);
    ProjectEvidencePages pages(*file);
    CrossCheckOptions options;
    options.ocr = false;
    const CrossCheckRun run = runCrossCheck(file->load(), pages, options);
    CHECK(run.pagesOcr == 0);
    CHECK(run.results.size() == 12); // applicant 2, patents 4 + 4, case 2
    for (const auto &r : run.results)
        CHECK(r.origin == TextOrigin::TextLayer);
    checkCorpusResults(run, c);
    // The certificate of patents[1] shows another valid number: named as found.
    CHECK(find(run, QStringLiteral("patents[1]"), QStringLiteral("number"))->state ==
          MatchState::Differs);
    CHECK(find(run, QStringLiteral("patents[1]"), QStringLiteral("granted"))->found ==
          QStringLiteral("2021-09-14"));

    const QJsonObject first = crossCheckToJson(run.results).first().toObject();
    CHECK(first.value(QStringLiteral("item")).toString() == QStringLiteral("applicant"));
    CHECK(first.value(QStringLiteral("state")).toString() == QStringLiteral("matched"));
    CHECK(first.value(QStringLiteral("evidence")).toString() == QStringLiteral("ev-1"));
    CHECK(first.value(QStringLiteral("page")).toInt() == 1);
}

TEST_CASE("without OCR a scan has no text: notFound, saying so", "[crosscheck]")
{
    QTemporaryDir dir;
    const Corpus c = buildCorpus(dir.path(), true);
    Problems problems;
    auto file = ProjectFile::createFrom(dir.filePath(QStringLiteral("p.shenbao")), c.project,
                                        dir.path(), &problems);
    REQUIRE(file);
    ProjectEvidencePages pages(*file);
    CrossCheckOptions options;
    options.ocr = false;
    const CrossCheckRun run = runCrossCheck(file->load(), pages, options);
    for (const auto &r : run.results) {
        CHECK(r.state == MatchState::NotFound);
        CHECK(r.origin == TextOrigin::None);
        CHECK(describeResult(r).contains(s(u"无可读文字")));
    }
}

TEST_CASE("noisy rotated scans are read by OCR, once: the second run uses the cache",
          "[crosscheck][ocr]")
{
    QTemporaryDir dir;
    Corpus c = buildCorpus(dir.path(), true);
    // Three scans keep this test short: the licence, the right and the wrong certificate.
    c.project.evidence.removeLast();
    c.project.cases.clear();
    Problems problems;
    const QString path = dir.filePath(QStringLiteral("p.shenbao"));
    CrossCheckRun run;
    {
        auto file = ProjectFile::createFrom(path, c.project, dir.path(), &problems);
        REQUIRE(file);
        ProjectEvidencePages pages(*file);
        ProjectTextCache cache(*file);
        CrossCheckOptions options;
        options.cache = &cache;
        int calls = 0;
        options.progress = [&calls](int, int total) {
            CHECK(total == 3);
            ++calls;
            return true;
        };
        run = runCrossCheck(file->load(), pages, options);
        CHECK(run.ocrError.isEmpty());
        CHECK(run.pagesOcr == 3);
        CHECK(calls == 4);
        checkCorpusResults(run, c, false);
        CHECK(find(run, QStringLiteral("patents[0]"), QStringLiteral("number"))->origin ==
              TextOrigin::Ocr);
    }
    // Reopened: the OCR text comes from the project file's page_text table.
    auto file = ProjectFile::open(path, nullptr);
    REQUIRE(file);
    ProjectEvidencePages pages(*file);
    ProjectTextCache cache(*file);
    CrossCheckOptions options;
    options.cache = &cache;
    const CrossCheckRun again = runCrossCheck(file->load(), pages, options);
    CHECK(again.pagesOcr == 0);
    CHECK(again.pagesFromCache == 3);
    checkCorpusResults(again, c, false);
    CHECK(again.results == run.results);
}

TEST_CASE("a cancelled run stops before reading and reports no results", "[crosscheck]")
{
    QTemporaryDir dir;
    const Corpus c = buildCorpus(dir.path(), false);
    Problems problems;
    auto file = ProjectFile::createFrom(dir.filePath(QStringLiteral("p.shenbao")), c.project,
                                        dir.path(), &problems);
    REQUIRE(file);
    ProjectEvidencePages pages(*file);
    CrossCheckOptions options;
    options.progress = [](int done, int) {
        return done < 1;
    };
    const CrossCheckRun run = runCrossCheck(file->load(), pages, options);
    CHECK(run.cancelled);
    CHECK(run.pagesRead == 1);
    CHECK(run.results.isEmpty());
}

TEST_CASE("a version-1 project file gains the OCR cache table when opened", "[crosscheck][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.shenbao"));
    REQUIRE(ProjectFile::create(path, nullptr));
    {
        // Make it what Shenbao before schema version 2 wrote: no page_text table.
        sqlite::Database db;
        QString error;
        REQUIRE(db.open(path, false, &error));
        REQUIRE(db.exec("DROP TABLE page_text; PRAGMA user_version = 1;"
                        "UPDATE meta SET value = '1' WHERE key = 'schema_version';",
                        &error));
    }
    QString error;
    auto file = ProjectFile::open(path, &error);
    INFO(error);
    REQUIRE(file);
    CHECK_FALSE(file->cachedPageText(QStringLiteral("ab"), QStringLiteral("e")).has_value());
    CHECK(file->cachePageText(QStringLiteral("ab"), QStringLiteral("e"), s(u"专利号"), &error));
    CHECK(file->cachedPageText(QStringLiteral("ab"), QStringLiteral("e")) == s(u"专利号"));
    // Another engine's text is not this engine's.
    CHECK_FALSE(file->cachedPageText(QStringLiteral("ab"), QStringLiteral("other")).has_value());
}
