// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// `check` and `read` with the evidence cross-check (docs/cross-check.md): the "crossCheck"
// array, --no-ocr, the text listing, and exit codes that do not move.

#include "CliTestSupport.h"

#include "demo/DemoProject.h"
#include "dossier/DossierBinder.h"
#include "store/ProjectFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace shenbao;
using namespace shenbao::test;

namespace {

QJsonObject entry(const QJsonArray &results, const QString &item, const QString &field)
{
    for (const auto &v : results) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("item")).toString() == item &&
            o.value(QStringLiteral("field")).toString() == field)
            return o;
    }
    return {};
}

// The demo with its evidence, except that the form claims another (valid) number for the
// first patent than its certificate shows, and another customer for the second case than its
// contract names; bound as a dossier too.
struct Changed
{
    QTemporaryDir dir;
    QString project, pdf;
    // Both valid numbers (their check characters pass): a different certificate, not a slip.
    QString shownNumber = QStringLiteral("ZL201710601862.3"),
            claimedNumber = QStringLiteral("ZL95115608.X");
    QString claimedCustomer = QString::fromUtf16(u"深圳市远航电子有限公司");
};

const Changed &changed()
{
    static Changed *c = [] {
        auto *out = new Changed;
        Project p = demoProjectData();
        const QString evidence = QDir(out->dir.path()).filePath(QStringLiteral("evidence"));
        QDir().mkpath(evidence);
        QString error;
        p.patents[0].number = out->shownNumber;
        REQUIRE(writeDemoEvidence(p, evidence, &error)); // the certificate shows shownNumber
        p.patents[0].number = out->claimedNumber;
        p.cases[1].customer = out->claimedCustomer;
        out->project = QDir(out->dir.path()).filePath(QStringLiteral("changed.shenbao"));
        Problems problems;
        auto file = ProjectFile::createFrom(out->project, p, evidence, &problems);
        REQUIRE(file);
        out->pdf = QDir(out->dir.path()).filePath(QStringLiteral("changed.pdf"));
        REQUIRE(bindDossier(*file, out->pdf, BindOptions{}).ok);
        return out;
    }();
    return *c;
}

} // namespace

TEST_CASE("check --json carries the cross-check; the verdict and exit code stay the rules'",
          "[cli][crosscheck]")
{
    const auto r = runCli({QStringLiteral("check"), demoProject(), QStringLiteral("--json"),
                           QStringLiteral("--no-ocr")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const auto root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("verdict")).toString() == QStringLiteral("eligible"));
    const QJsonArray cc = root.value(QStringLiteral("crossCheck")).toArray();
    REQUIRE(!cc.isEmpty());
    const QJsonObject title = entry(cc, QStringLiteral("patents[0]"), QStringLiteral("title"));
    CHECK(title.value(QStringLiteral("state")).toString() == QStringLiteral("matched"));
    CHECK(title.value(QStringLiteral("claimed")).toString() ==
          title.value(QStringLiteral("found")).toString());
    CHECK(title.value(QStringLiteral("evidence")).toString() == QStringLiteral("ev-patent-1"));
    CHECK(title.value(QStringLiteral("page")).toInt() == 1);
    CHECK(title.value(QStringLiteral("text")).toString() == QStringLiteral("textLayer"));
    // The demo certificates are drawn with a font whose text layer maps back to the right code
    // points (issue 13), digits included: the number is found without OCR.
    const QJsonObject number = entry(cc, QStringLiteral("patents[0]"), QStringLiteral("number"));
    CHECK(number.value(QStringLiteral("state")).toString() == QStringLiteral("matched"));
    CHECK(number.value(QStringLiteral("text")).toString() == QStringLiteral("textLayer"));
    CHECK(entry(cc, QStringLiteral("cases[1]"), QStringLiteral("customer"))
              .value(QStringLiteral("state"))
              .toString() == QStringLiteral("matched"));
    // The licence is a scan: without OCR there is no text to compare.
    const QJsonObject uscc = entry(cc, QStringLiteral("applicant"), QStringLiteral("uscc"));
    CHECK(uscc.value(QStringLiteral("state")).toString() == QStringLiteral("notFound"));
    CHECK(uscc.value(QStringLiteral("text")).toString() == QStringLiteral("none"));
}

TEST_CASE("check reads the scanned licence by OCR", "[cli][crosscheck][ocr]")
{
    const auto r = runCli({QStringLiteral("check"), demoProject(), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonArray cc = QJsonDocument::fromJson(r.out.toUtf8())
                              .object()
                              .value(QStringLiteral("crossCheck"))
                              .toArray();
    const QJsonObject uscc = entry(cc, QStringLiteral("applicant"), QStringLiteral("uscc"));
    CHECK(uscc.value(QStringLiteral("text")).toString() == QStringLiteral("ocr"));
    const QString state = uscc.value(QStringLiteral("state")).toString();
    CHECK((state == QStringLiteral("matched") || state == QStringLiteral("likely")));
    // The demo's patent certificate is a text PDF whose text layer maps back to the right
    // code points (its digits included), so no OCR is needed for it.
    const QJsonObject number = entry(cc, QStringLiteral("patents[0]"), QStringLiteral("number"));
    CHECK(number.value(QStringLiteral("state")).toString() == QStringLiteral("matched"));
    CHECK(number.value(QStringLiteral("text")).toString() == QStringLiteral("textLayer"));
}

TEST_CASE("a certificate showing another number: check lists it, read recomputes it from the pages",
          "[cli][crosscheck]")
{
    const Changed &c = changed();
    const auto text = runCli({QStringLiteral("check"), c.project});
    INFO(text.out.toStdString() << text.err.toStdString());
    CHECK(text.code == 0); // still eligible: cross-check results are warnings
    CHECK(text.out.contains(QStringLiteral("佐证材料核对")));
    CHECK(text.out.contains(c.claimedCustomer));
    CHECK(text.out.contains(c.shownNumber)); // what the certificate shows, named

    const auto json = runCli({QStringLiteral("check"), c.project, QStringLiteral("--json")});
    const QJsonArray cc = QJsonDocument::fromJson(json.out.toUtf8())
                              .object()
                              .value(QStringLiteral("crossCheck"))
                              .toArray();
    const QJsonObject number = entry(cc, QStringLiteral("patents[0]"), QStringLiteral("number"));
    CHECK(number.value(QStringLiteral("claimed")).toString() == c.claimedNumber);
    CHECK(number.value(QStringLiteral("state")).toString() == QStringLiteral("differs"));
    CHECK(number.value(QStringLiteral("found")).toString() == c.shownNumber);
    CHECK(entry(cc, QStringLiteral("cases[1]"), QStringLiteral("customer"))
              .value(QStringLiteral("state"))
              .toString() == QStringLiteral("differs"));

    // The officer: recomputed from the dossier's pages (text layers only here, to stay fast).
    const auto read = runCli(
        {QStringLiteral("read"), c.pdf, QStringLiteral("--json"), QStringLiteral("--no-ocr")});
    INFO(read.err.toStdString());
    CHECK(read.code == 0);
    const QJsonArray rc = QJsonDocument::fromJson(read.out.toUtf8())
                              .object()
                              .value(QStringLiteral("crossCheck"))
                              .toArray();
    const QJsonObject customer = entry(rc, QStringLiteral("cases[1]"), QStringLiteral("customer"));
    CHECK(customer.value(QStringLiteral("claimed")).toString() == c.claimedCustomer);
    CHECK(customer.value(QStringLiteral("state")).toString() == QStringLiteral("differs"));
    CHECK(customer.value(QStringLiteral("evidence")).toString() == QStringLiteral("ev-case-2"));
    // Pages are the dossier's printed page numbers, not pages of the evidence file.
    const QJsonObject holder = entry(rc, QStringLiteral("patents[1]"), QStringLiteral("holder"));
    CHECK(holder.value(QStringLiteral("state")).toString() == QStringLiteral("matched"));
    CHECK(holder.value(QStringLiteral("page")).toInt() > 1);
    const auto readText = runCli({QStringLiteral("read"), c.pdf, QStringLiteral("--no-ocr")});
    CHECK(readText.out.contains(QStringLiteral("佐证材料核对")));
    CHECK(readText.out.contains(c.claimedCustomer));
}
