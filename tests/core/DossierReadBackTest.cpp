// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The reader on dossiers made by the real binder: what the applicant exports is what the
// officer reads, and an edited figure is caught and explained.

#include "SyntheticDossier.h"
#include "TestSupport.h"

#include "demo/DemoProject.h"
#include "dossier/DossierBinder.h"
#include "dossier/DossierJson.h"
#include "dossier/DossierPdfScan.h"
#include "dossier/DossierReader.h"
#include "rules/RulesEngine.h"
#include "store/ProjectFile.h"

#include <QFile>
#include <QTemporaryDir>

using namespace shenbao;
using namespace shenbao::test;
using State = DossierReadResult::State;

namespace {

struct BoundDemo
{
    QTemporaryDir dir;
    Project project;
    Evaluation evaluation;
    BindResult bound;
    QString pdf;
    QByteArray bytes;
};

// Binding takes a few seconds: once per test run.
const BoundDemo &boundDemo()
{
    static BoundDemo *demo = [] {
        auto *d = new BoundDemo;
        Problems problems;
        auto file = createDemoProject(d->dir.filePath(QStringLiteral("demo.shenbao")), &problems);
        REQUIRE(file);
        d->project = file->load();
        d->evaluation = RulesEngine().evaluate(d->project);
        d->pdf = d->dir.filePath(QStringLiteral("demo.pdf"));
        d->bound = bindDossier(*file, d->pdf, BindOptions{});
        REQUIRE(d->bound.ok);
        d->bytes = readFile(d->pdf);
        return d;
    }();
    return *demo;
}

QString findingsText(const DossierReadResult &r)
{
    QStringList lines;
    for (const auto &p : r.findings)
        lines << (p.isError() ? QStringLiteral("E ") : QStringLiteral("W ")) + p.toString();
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("a dossier bound by the binder reads back with integrity ok and the applicant's rules",
          "[reader]")
{
    const BoundDemo &demo = boundDemo();
    const auto r = readDossier(demo.pdf);
    INFO(findingsText(r).toStdString());
    CHECK(r.state == State::Ok);
    CHECK_FALSE(hasErrors(r.findings));
    CHECK(r.fingerprint == demo.bound.fingerprint);
    CHECK(r.embeddedFingerprint == demo.bound.fingerprint);
    CHECK(r.infoFingerprint == demo.bound.fingerprint);
    CHECK(r.pageCount == demo.bound.pageCount);
    REQUIRE(r.pageLabels.size() == r.pageCount);
    CHECK(r.pageLabels.first() == QStringLiteral("封面"));

    REQUIRE(r.project);
    CHECK(r.project->applicant == demo.project.applicant);
    CHECK(r.project->finance == demo.project.finance);
    CHECK(r.recomputed.verdict == demo.evaluation.verdict);
    CHECK(r.recomputed.route == demo.evaluation.route);
    REQUIRE(r.embeddedRules.size() == demo.evaluation.rules.size());
    for (qsizetype i = 0; i < r.embeddedRules.size(); ++i) {
        INFO(demo.evaluation.rules.at(i).id);
        CHECK(r.embeddedRules.at(i).id == demo.evaluation.rules.at(i).id);
        CHECK(r.embeddedRules.at(i).state == demo.evaluation.rules.at(i).state);
        CHECK(r.embeddedRules.at(i).figure == demo.evaluation.rules.at(i).figure);
    }

    // Every evidence item is placed, and its first page carries the label the manifest names.
    REQUIRE(r.evidencePages.size() == demo.project.evidence.size());
    for (const Evidence &e : r.project->evidence) {
        INFO(e.id);
        REQUIRE(e.firstPage);
        REQUIRE(e.pages);
        const EvidencePages at = r.evidencePages.value(e.id);
        CHECK(at.count == *e.pages);
        CHECK(r.pageLabels.at(at.firstIndex) == QString::number(*e.firstPage));
        CHECK_FALSE(e.file);
    }
}

TEST_CASE("a bound dossier whose embedded figure was raised fails integrity saying what differs",
          "[reader]")
{
    const BoundDemo &demo = boundDemo();
    // 46 → 60: EQ-3 stays met, so only the fingerprint and the figure can tell.
    const QByteArray edited = editEmbeddedJson(demo.bytes, [](QJsonObject &o) {
        QJsonObject applicant = o.value(QLatin1StringView("applicant")).toObject();
        applicant.insert(QStringLiteral("rdStaff"), 60);
        o.insert(QStringLiteral("applicant"), applicant);
    });
    const auto r = readDossierData(edited, QStringLiteral("edited.pdf"));
    const QString text = findingsText(r);
    INFO(text.toStdString());
    CHECK(r.state == State::Mismatch);
    CHECK(r.embeddedFingerprint == demo.bound.fingerprint);
    CHECK(r.fingerprint != demo.bound.fingerprint);
    CHECK(text.contains(QStringLiteral("E fingerprint: 内嵌数据与其指纹不符")));
    CHECK(text.contains(QStringLiteral("E pdf: ShenbaoFingerprint")));
    CHECK(text.contains(QStringLiteral("E rules.EQ-3: EQ-3：申报材料记载的数字为")));
    CHECK(text.contains(QStringLiteral("46")));
    CHECK(text.contains(QStringLiteral("60")));
}

TEST_CASE("a bound dossier pushed below a threshold reports the changed state", "[reader]")
{
    const BoundDemo &demo = boundDemo();
    const QByteArray edited = editEmbeddedJson(demo.bytes, [](QJsonObject &o) {
        QJsonObject applicant = o.value(QLatin1StringView("applicant")).toObject();
        applicant.insert(QStringLiteral("rdStaff"), 19);
        o.insert(QStringLiteral("applicant"), applicant);
    });
    const auto r = readDossierData(edited, QStringLiteral("edited.pdf"));
    INFO(findingsText(r).toStdString());
    CHECK(r.state == State::Mismatch);
    CHECK(r.recomputed.verdict == Verdict::NotEligible);
    bool eq3 = false;
    for (const auto &p : r.findings) {
        eq3 = eq3 ||
              (p.isError() && p.where == QStringLiteral("rules.EQ-3") &&
               p.message.contains(QStringLiteral("申报材料记载为“符合”，重新计算为“不符合”")) &&
               p.message.contains(QStringLiteral("19")));
    }
    CHECK(eq3);
}

TEST_CASE("a bound dossier's pages verify against its binding record, within the read limits",
          "[reader]")
{
    const BoundDemo &demo = boundDemo();
    const DossierPdfScan scan = scanDossierPdfData(demo.bytes, QStringLiteral("demo.pdf"),
                                                   kDossierAttachmentName, kDossierJsonMaxBytes);
    REQUIRE(scan.stopped.isEmpty());
    CHECK(scan.structure.isEmpty());
    REQUIRE(scan.pages.size() == demo.bound.pageCount);
    // The cover carries no footer and prints the full fingerprint; numbered pages carry the
    // footer layer with page number and short fingerprint.
    CHECK_FALSE(scan.pages.first().footer);
    QString cover = scan.pages.first().text;
    cover.remove(u' ').remove(u'\n').remove(u'-');
    CHECK(cover.contains(demo.bound.fingerprint));
    const PageScan &last = scan.pages.last();
    REQUIRE(last.footer);
    // Compared without white space, as the integrity check compares it: the footer's text runs
    // split where the font changes between digits and letters, so 「136e」 extracts as
    // 「136」「e」 on two lines for some fingerprints.
    auto compact = [](QString t) {
        return t.remove(u' ').remove(u'\n');
    };
    INFO(last.footerText.toStdString());
    CHECK(compact(last.footerText).contains(compact(shortFingerprint(demo.bound.fingerprint))));
    CHECK(last.footerText.contains(QStringLiteral("第 %1 页").arg(scan.pageLabels.last())));

    SECTION("a limit that is too small stops the reading and says which one")
    {
        ReadLimits tight;
        tight.maxObjectStreamBytes = 256;
        const DossierPdfScan stopped =
            scanDossierPdfData(demo.bytes, QStringLiteral("demo.pdf"), kDossierAttachmentName,
                               kDossierJsonMaxBytes, tight);
        CHECK(stopped.stopped.contains(QStringLiteral("对象流")));
        CHECK(stopped.stopped.contains(QStringLiteral("上限")));
        CHECK(stopped.pages.isEmpty());

        ReadLimits fewBytes;
        fewBytes.maxHashedBytes = 1024;
        CHECK(scanDossierPdfData(demo.bytes, QStringLiteral("demo.pdf"), kDossierAttachmentName,
                                 kDossierJsonMaxBytes, fewBytes)
                  .stopped.contains(QStringLiteral("MiB")));
    }
}
