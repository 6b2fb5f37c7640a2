// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "SyntheticDossier.h"
#include "TestSupport.h"

#include "demo/DemoProject.h"
#include "dossier/DossierIntegrity.h"
#include "dossier/DossierPdfScan.h"
#include "dossier/DossierReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace shenbao;
using namespace shenbao::test;
using State = DossierReadResult::State;

namespace {

DossierSpec demoSpec()
{
    DossierSpec spec;
    spec.project = demoProjectData();
    return spec;
}

QString allFindings(const DossierReadResult &r)
{
    QStringList lines;
    for (const auto &p : r.findings)
        lines << (p.isError() ? QStringLiteral("E ") : QStringLiteral("W ")) + p.toString();
    return lines.join(u'\n');
}

Problems errorsAt(const DossierReadResult &r, const QString &wherePrefix)
{
    Problems out;
    for (const auto &p : r.findings) {
        if (p.isError() && p.where.startsWith(wherePrefix))
            out << p;
    }
    return out;
}

// A dossier whose embedded JSON is exactly `json` (no fingerprint logic at all).
QByteArray pdfWithAttachment(const QByteArray &json, bool declareSize = true)
{
    SyntheticPdf pdf;
    pdf.pageCount = 3;
    pdf.attachment = json;
    pdf.declareAttachmentSize = declareSize;
    return makeSyntheticPdf(pdf);
}

QByteArray demoJsonWith(const std::function<void(QJsonObject &)> &edit)
{
    const auto d = makeSyntheticDossier(demoSpec());
    QJsonObject o = d.embedded;
    edit(o);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Synthetic dossiers are assembled by the tests, not bound by Shenbao's binder: they carry no
// binding record, so the page check cannot vouch for them (the one error, at "binding");
// everything else — data, fingerprints, rules, manifest, structure — must agree.
bool agreesButForPages(const DossierReadResult &r)
{
    bool binding = false;
    for (const auto &p : r.findings) {
        if (!p.isError())
            continue;
        if (p.where != QStringLiteral("binding"))
            return false;
        binding = true;
    }
    return r.state == State::Mismatch && binding;
}

} // namespace

TEST_CASE("a well-formed dossier reads back with integrity ok and the applicant's rules",
          "[reader]")
{
    const auto d = makeSyntheticDossier(demoSpec());
    const auto r = readDossierData(d.pdf, QStringLiteral("demo.pdf"));
    INFO(allFindings(r).toStdString());
    CHECK(agreesButForPages(r));
    CHECK_FALSE(r.integrityOk());
    REQUIRE(r.project);
    CHECK(*r.project == d.project);
    CHECK(r.fingerprint == d.fingerprint);
    CHECK(r.embeddedFingerprint == d.fingerprint);
    CHECK(r.infoFingerprint == d.fingerprint);
    CHECK(r.pageCount == d.pageCount);
    REQUIRE(r.pageLabels.size() == d.pageCount);
    CHECK(r.pageLabels.at(0) == QStringLiteral("封面"));
    CHECK(r.pageLabels.at(1) == QStringLiteral("i"));
    CHECK(r.pageLabels.at(2) == QStringLiteral("1"));

    CHECK(r.recomputed.verdict == d.evaluation.verdict);
    REQUIRE(r.embeddedRules.size() == d.evaluation.rules.size());
    for (qsizetype i = 0; i < r.embeddedRules.size(); ++i) {
        CHECK(r.embeddedRules.at(i).id == d.evaluation.rules.at(i).id);
        CHECK(r.embeddedRules.at(i).state == d.evaluation.rules.at(i).state);
        CHECK(r.recomputed.rules.at(i).state == d.evaluation.rules.at(i).state);
    }

    // Front matter (2 pages) + form (6), then each item: separator + 2 pages.
    const Evidence &first = d.project.evidence.first();
    REQUIRE(first.firstPage);
    CHECK(*first.firstPage == 8);
    CHECK(r.evidencePages.value(first.id) == EvidencePages{2 + 8 - 1, 2});
    CHECK(r.evidencePages.size() == d.project.evidence.size());
}

TEST_CASE("reading a dossier from a file equals reading its bytes", "[reader]")
{
    const auto d = makeSyntheticDossier(demoSpec());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("申报材料.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(d.pdf);
    f.close();
    const auto r = readDossier(path);
    CHECK(agreesButForPages(r));
    CHECK(r.fingerprint == d.fingerprint);
    CHECK(r.pageCount == d.pageCount);
}

TEST_CASE("a figure raised in the embedded JSON fails integrity and says what differs", "[reader]")
{
    DossierSpec spec = demoSpec();
    spec.project.applicant.rdStaff = 19; // EQ-3 needs 20: not met when bound
    spec.tamper = [](QJsonObject &o) {
        QJsonObject applicant = o.value(QLatin1StringView("applicant")).toObject();
        applicant.insert(QStringLiteral("rdStaff"), 25);
        o.insert(QStringLiteral("applicant"), applicant);
    };
    const auto d = makeSyntheticDossier(spec);
    const auto r = readDossierData(d.pdf, QStringLiteral("tampered.pdf"));
    INFO(allFindings(r).toStdString());
    CHECK(r.state == State::Mismatch);
    CHECK_FALSE(r.integrityOk());
    CHECK(r.embeddedFingerprint == d.fingerprint);
    CHECK(r.fingerprint != d.fingerprint);
    CHECK(errorsAt(r, QStringLiteral("fingerprint")).size() == 1);
    // The info still carries the fingerprint of the bound data, which no longer matches.
    CHECK(errorsAt(r, QStringLiteral("pdf: ShenbaoFingerprint")).size() == 1);

    const auto eq3 = errorsAt(r, QStringLiteral("rules.EQ-3"));
    REQUIRE(eq3.size() == 1);
    CHECK(eq3.first().message.contains(QStringLiteral("EQ-3")));
    CHECK(eq3.first().message.contains(QStringLiteral("申报材料记载为“不符合”，重新计算为“符合”")));
    CHECK(eq3.first().message.contains(QStringLiteral("25")));
    CHECK(eq3.first().message.contains(QStringLiteral("19")));
    // Nothing else was touched: no other rule differs.
    CHECK(errorsAt(r, QStringLiteral("rules.")).size() == 1);
}

TEST_CASE("a rule sheet that disagrees with the recomputed rules fails integrity", "[reader]")
{
    DossierSpec spec = demoSpec();
    spec.project.applicant.rdStaff = 19;
    // Claims EQ-3 met, and re-fingerprints consistently: only recomputing catches it.
    QString forged;
    spec.tamper = [&forged](QJsonObject &o) {
        QJsonArray rules = o.value(QLatin1StringView("rules")).toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QJsonObject rule = rules.at(i).toObject();
            if (rule.value(QLatin1StringView("id")).toString() == QLatin1StringView("EQ-3")) {
                rule.insert(QStringLiteral("state"), QStringLiteral("met"));
                rules.replace(i, rule);
            }
        }
        o.insert(QStringLiteral("rules"), rules);
        forged = fingerprintOf(o);
        o.insert(QStringLiteral("fingerprint"), forged);
    };
    spec.infoFingerprint = QString(); // set below, once known
    auto d = makeSyntheticDossier(spec);
    spec.infoFingerprint = forged;
    d = makeSyntheticDossier(spec);
    const auto r = readDossierData(d.pdf, QStringLiteral("forged.pdf"));
    INFO(allFindings(r).toStdString());
    CHECK(r.state == State::Mismatch);
    CHECK(errorsAt(r, QStringLiteral("fingerprint")).isEmpty());
    CHECK(errorsAt(r, QStringLiteral("pdf")).isEmpty());
    const auto eq3 = errorsAt(r, QStringLiteral("rules.EQ-3"));
    REQUIRE(eq3.size() == 1);
    CHECK(eq3.first().message.contains(QStringLiteral("申报材料记载为“符合”，重新计算为“不符合”")));
    CHECK(r.recomputed.verdict == Verdict::NotEligible);
}

TEST_CASE("the document info fingerprint must match the data", "[reader]")
{
    DossierSpec spec = demoSpec();
    spec.infoFingerprint = QString(64, u'0');
    const auto r = readDossierData(makeSyntheticDossier(spec).pdf, QStringLiteral("x.pdf"));
    CHECK(r.state == State::Mismatch);
    CHECK(errorsAt(r, QStringLiteral("pdf: ShenbaoFingerprint")).size() == 1);
    CHECK(errorsAt(r, QStringLiteral("fingerprint")).isEmpty());

    spec.infoFingerprint = QString(); // absent
    const auto r2 = readDossierData(makeSyntheticDossier(spec).pdf, QStringLiteral("x.pdf"));
    CHECK(r2.state == State::Mismatch);
    CHECK(errorsAt(r2, QStringLiteral("pdf: ShenbaoFingerprint")).size() == 1);
}

TEST_CASE("evidence page ranges are checked against the page labels", "[reader]")
{
    SECTION("the last item ending exactly on the last page is fine")
    {
        const auto d = makeSyntheticDossier(demoSpec()); // no extra pages: last item ends last
        const auto &last = d.project.evidence.last();
        CHECK(*last.firstPage + *last.pages - 1 == d.pageCount - 2);
        CHECK(agreesButForPages(readDossierData(d.pdf, QStringLiteral("x.pdf"))));
    }
    SECTION("one page beyond the end fails")
    {
        DossierSpec spec = demoSpec();
        spec.tamper = [](QJsonObject &o) {
            QJsonArray ev = o.value(QLatin1StringView("evidence")).toArray();
            QJsonObject last = ev.last().toObject();
            last.insert(QStringLiteral("pages"),
                        last.value(QLatin1StringView("pages")).toInt() + 1);
            ev.replace(ev.size() - 1, last);
            o.insert(QStringLiteral("evidence"), ev);
            o.insert(QStringLiteral("fingerprint"), fingerprintOf(o));
        };
        auto d = makeSyntheticDossier(spec);
        spec.infoFingerprint = fingerprintOf(d.embedded);
        d = makeSyntheticDossier(spec);
        const auto r = readDossierData(d.pdf, QStringLiteral("x.pdf"));
        INFO(allFindings(r).toStdString());
        CHECK(r.state == State::Mismatch);
        const auto errs = errorsAt(r, QStringLiteral("evidence[") + d.project.evidence.last().id);
        REQUIRE(errs.size() >= 1);
        CHECK(errs.first().message.contains(QStringLiteral("PDF 中没有这些页")));
    }
    SECTION("overlapping items fail")
    {
        DossierSpec spec = demoSpec();
        spec.tamper = [](QJsonObject &o) {
            QJsonArray ev = o.value(QLatin1StringView("evidence")).toArray();
            QJsonObject second = ev.at(1).toObject();
            second.insert(QStringLiteral("firstPage"),
                          ev.at(0).toObject().value(QLatin1StringView("firstPage")));
            ev.replace(1, second);
            o.insert(QStringLiteral("evidence"), ev);
            o.insert(QStringLiteral("fingerprint"), fingerprintOf(o));
        };
        auto d = makeSyntheticDossier(spec);
        spec.infoFingerprint = fingerprintOf(d.embedded);
        d = makeSyntheticDossier(spec);
        const auto r = readDossierData(d.pdf, QStringLiteral("x.pdf"));
        INFO(allFindings(r).toStdString());
        CHECK(r.state == State::Mismatch);
        bool overlap = false;
        for (const auto &p : r.findings)
            overlap = overlap || p.message.contains(QStringLiteral("重叠"));
        CHECK(overlap);
    }
    SECTION("without page labels only the page count is checked, with a warning")
    {
        DossierSpec spec = demoSpec();
        spec.pageLabels = false;
        const auto r = readDossierData(makeSyntheticDossier(spec).pdf, QStringLiteral("x.pdf"));
        CHECK(agreesButForPages(r));
        CHECK(r.pageLabels.isEmpty());
        CHECK(r.evidencePages.isEmpty());
        CHECK(r.findings.size() >= 1);
    }
}

TEST_CASE("a PDF without embedded data is not a Shenbao dossier, not an error", "[reader]")
{
    SyntheticPdf pdf;
    pdf.pageCount = 4;
    const auto r = readDossierData(makeSyntheticPdf(pdf), QStringLiteral("scan.pdf"));
    CHECK(r.state == State::NotShenbao);
    CHECK(r.pageCount == 4);
    CHECK_FALSE(r.project);
    CHECK_FALSE(hasErrors(r.findings));
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings.first().message ==
          QStringLiteral("不是 Shenbao 生成的申报材料：数据需手工录入"));
}

TEST_CASE("a Shenbao dossier stripped of its data is not mistaken for someone else's PDF",
          "[reader]")
{
    SyntheticPdf pdf;
    pdf.pageCount = 3;
    pdf.info = {{QStringLiteral("ShenbaoFingerprint"), QString(64, u'a')}};
    const auto r = readDossierData(makeSyntheticPdf(pdf), QStringLiteral("resaved.pdf"));
    CHECK(r.state == State::Unreadable);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings.first().message.contains(QStringLiteral("没有内嵌数据")));
}

TEST_CASE("an existing evidence PDF from the test data is read as not Shenbao", "[reader]")
{
    const auto r = readDossier(dataPath(QStringLiteral("evidence/two-pages.pdf")));
    CHECK(r.state == State::NotShenbao);
    CHECK(r.pageCount == 2);
}

TEST_CASE("truncated, damaged and non-PDF input is refused without crashing", "[reader]")
{
    const auto d = makeSyntheticDossier(demoSpec());
    SECTION("not a PDF at all")
    {
        const auto r =
            readDossierData(QByteArray("hello, this is not a PDF\n"), QStringLiteral("a.txt"));
        CHECK(r.state == State::Unreadable);
        REQUIRE_FALSE(r.findings.isEmpty());
        CHECK(r.findings.first().where == QStringLiteral("pdf"));
    }
    SECTION("empty")
    {
        CHECK(readDossierData(QByteArray(), QStringLiteral("empty.pdf")).state ==
              State::Unreadable);
    }
    SECTION("a missing file")
    {
        const auto r = readDossier(QStringLiteral("/nonexistent/dossier.pdf"));
        CHECK(r.state == State::Unreadable);
    }
    SECTION("truncated at every tenth of its length")
    {
        for (int tenth = 1; tenth < 10; ++tenth) {
            const QByteArray cut = d.pdf.left(d.pdf.size() * tenth / 10);
            const auto r = readDossierData(cut, QStringLiteral("cut.pdf"));
            INFO("tenth " << tenth << '\n' << allFindings(r).toStdString());
            // Unreadable, or read with the damage as an error; or, when the cut took the
            // data and the document info with it, not recognisable as Shenbao's any more,
            // with the damage as a warning.
            CHECK(r.state != State::Ok);
            CHECK_FALSE(r.findings.isEmpty());
            if (r.state == State::NotShenbao)
                CHECK(r.findings.size() == 2);
            else
                CHECK(hasErrors(r.findings));
        }
    }
    SECTION("a damaged cross-reference table is repaired but fails integrity")
    {
        QByteArray broken = d.pdf;
        const qsizetype at = broken.lastIndexOf("startxref");
        REQUIRE(at > 0);
        broken.replace(at + 10, 3, "999");
        const auto r = readDossierData(broken, QStringLiteral("broken.pdf"));
        INFO(allFindings(r).toStdString());
        CHECK(r.state != State::Ok);
        CHECK(errorsAt(r, QStringLiteral("pdf")).size() >= 1);
    }
    SECTION("test data: damaged and unreadable evidence files")
    {
        for (const char *name :
             {"evidence/damaged.pdf", "evidence/unreadable.pdf", "evidence/not-a-pdf.pdf"}) {
            const auto r = readDossier(dataPath(QString::fromLatin1(name)));
            INFO(name);
            CHECK(r.state != State::Ok);
        }
    }
}

TEST_CASE("embedded JSON with unknown keys is refused naming the key", "[reader]")
{
    const QByteArray json = demoJsonWith([](QJsonObject &o) {
        QJsonObject applicant = o.value(QLatin1StringView("applicant")).toObject();
        applicant.insert(QStringLiteral("rdStaf"), 46);
        o.insert(QStringLiteral("applicant"), applicant);
    });
    const auto r = readDossierData(pdfWithAttachment(json), QStringLiteral("x.pdf"));
    INFO(allFindings(r).toStdString());
    CHECK(r.state == State::Unreadable);
    CHECK(allFindings(r).contains(QStringLiteral("applicant.rdStaf")));
}

TEST_CASE("embedded JSON above 5 MB is refused before it is read", "[reader]")
{
    const QByteArray json = demoJsonWith([](QJsonObject &o) {
        QJsonObject narrative = o.value(QLatin1StringView("narrative")).toObject();
        narrative.insert(QStringLiteral("profile"), QString(int(kDossierJsonMaxBytes) + 1, u'x'));
        o.insert(QStringLiteral("narrative"), narrative);
    });
    REQUIRE(json.size() > kDossierJsonMaxBytes);
    SECTION("declared size")
    {
        const auto scan = scanDossierPdfData(pdfWithAttachment(json), QStringLiteral("x.pdf"),
                                             kDossierAttachmentName, kDossierJsonMaxBytes);
        CHECK(scan.attachment == DossierPdfScan::Attachment::TooLarge);
        CHECK(scan.attachmentDeclaredSize == json.size());
        CHECK(scan.attachmentBytes.isEmpty());
    }
    SECTION("no declared size: reading stops at the limit")
    {
        const auto scan =
            scanDossierPdfData(pdfWithAttachment(json, false), QStringLiteral("x.pdf"),
                               kDossierAttachmentName, kDossierJsonMaxBytes);
        CHECK(scan.attachment == DossierPdfScan::Attachment::TooLarge);
        CHECK(scan.attachmentBytes.isEmpty());
        const auto r = readDossierData(pdfWithAttachment(json, false), QStringLiteral("x.pdf"));
        CHECK(r.state == State::Unreadable);
        CHECK(allFindings(r).contains(QStringLiteral("5 MB")));
    }
    SECTION("just under the limit is read (and then judged on its content)")
    {
        QByteArray small = json;
        small.resize(kDossierJsonMaxBytes);
        const auto scan =
            scanDossierPdfData(pdfWithAttachment(small, false), QStringLiteral("x.pdf"),
                               kDossierAttachmentName, kDossierJsonMaxBytes);
        CHECK(scan.attachment == DossierPdfScan::Attachment::Read);
        CHECK(scan.attachmentBytes.size() == kDossierJsonMaxBytes);
    }
}

TEST_CASE("deeply nested embedded JSON is refused before parsing", "[reader]")
{
    const QByteArray deep = QByteArray("{\"schema\":\"shenbao/1\",\"x\":") +
                            QByteArray(10000, '[') + QByteArray(10000, ']') + '}';
    const auto r = readDossierData(pdfWithAttachment(deep), QStringLiteral("x.pdf"));
    CHECK(r.state == State::Unreadable);
    CHECK(allFindings(r).contains(QStringLiteral("嵌套层数")));

    CHECK(jsonNestingDepth(QByteArray(64, '[') + QByteArray(64, ']'), kDossierJsonMaxDepth) == 64);
    CHECK(jsonNestingDepth(QByteArray(65, '[') + QByteArray(65, ']'), kDossierJsonMaxDepth) == 65);
    CHECK(jsonNestingDepth(QByteArray("{\"a\":\"[[[[{{{{\\\"[[[\"}"), 64) == 1);
    CHECK(jsonNestingDepth(QByteArray("]]]]{}"), 64) == 1);
}

TEST_CASE("an unknown schema version is refused clearly", "[reader]")
{
    const QByteArray json = demoJsonWith(
        [](QJsonObject &o) { o.insert(QStringLiteral("schema"), QStringLiteral("shenbao/2")); });
    const auto r = readDossierData(pdfWithAttachment(json), QStringLiteral("x.pdf"));
    CHECK(r.state == State::Unreadable);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings.first().message.contains(QStringLiteral("shenbao/2")));
    CHECK(r.findings.first().message.contains(QStringLiteral("shenbao/1")));

    const auto missing = readDossierData(pdfWithAttachment("{\"call\":\"gd-2022-batch2\"}"),
                                         QStringLiteral("x.pdf"));
    CHECK(missing.state == State::Unreadable);
    CHECK(missing.findings.first().where.endsWith(QStringLiteral("schema")));
}

TEST_CASE("malformed embedded JSON is refused with its position", "[reader]")
{
    const auto r = readDossierData(pdfWithAttachment("{\"schema\":\"shenbao/1\",\n  \"call\": }"),
                                   QStringLiteral("x.pdf"));
    CHECK(r.state == State::Unreadable);
    REQUIRE(r.findings.size() == 1);
    INFO(r.findings.first().toString());
    CHECK(r.findings.first().where.startsWith(QStringLiteral("shenbao-dossier.json")));
    CHECK(r.findings.first().toString().contains(QStringLiteral("line 2")));
}

TEST_CASE("page labels are formatted as viewers show them", "[reader]")
{
    CHECK(formatPageLabel(QString(), QStringLiteral("D"), 12) == QStringLiteral("12"));
    CHECK(formatPageLabel(QString(), QStringLiteral("r"), 4) == QStringLiteral("iv"));
    CHECK(formatPageLabel(QString(), QStringLiteral("R"), 1994) == QStringLiteral("MCMXCIV"));
    CHECK(formatPageLabel(QString(), QStringLiteral("r"), 3999) == QStringLiteral("mmmcmxcix"));
    CHECK(formatPageLabel(QString(), QStringLiteral("r"), 4000) == QStringLiteral("4000"));
    CHECK(formatPageLabel(QString(), QStringLiteral("A"), 1) == QStringLiteral("A"));
    CHECK(formatPageLabel(QString(), QStringLiteral("a"), 28) == QStringLiteral("bb"));
    CHECK(formatPageLabel(QString(), QStringLiteral("a"), 1000000000000LL) ==
          QStringLiteral("1000000000000"));
    CHECK(formatPageLabel(QStringLiteral("封面"), QString(), 1) == QStringLiteral("封面"));
    CHECK(formatPageLabel(QStringLiteral("A-"), QStringLiteral("D"), 3) == QStringLiteral("A-3"));
}

TEST_CASE("the cover text check finds the grouped fingerprint", "[reader]")
{
    const QString fp =
        QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    const QString cover = QStringLiteral("申报书\n指纹：0123 4567 89ab cdef 0123 4567 89ab cdef\n"
                                         "0123 4567 89AB CDEF 0123 4567 89ab cdef\n");
    CHECK_FALSE(checkCoverText(cover, fp));
    QString other = fp;
    other[63] = u'0';
    CHECK(checkCoverText(cover, other));
    CHECK(checkCoverText(QString(), fp));
}
