// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// `shenbao read` and `shenbao summary` on dossiers bound by the real binder.

#include "../core/SyntheticDossier.h"
#include "CliTestSupport.h"

#include "demo/DemoProject.h"
#include "dossier/DossierBinder.h"
#include "rules/Uscc.h"
#include "store/ProjectFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace shenbao;
using namespace shenbao::test;

namespace {

struct Dossiers
{
    QTemporaryDir dir;
    QString a, b, c;  // three applicants; c does not qualify (bound with --force)
    QString tampered; // a, with rdStaff raised in the embedded JSON
    QString usccA, usccB, usccC;

    QString path(const char *name) const
    {
        return QDir(dir.path()).filePath(QLatin1StringView(name));
    }
};

QString validUscc(const QString &first17)
{
    return first17 + checkUscc(first17 + u'0').expectedCheck;
}

QString bind(const QTemporaryDir &dir, const QString &name, Project project, bool force)
{
    const QString evidence = QDir(dir.path()).filePath(name + QStringLiteral("-evidence"));
    QDir().mkpath(evidence);
    QString error;
    REQUIRE(writeDemoEvidence(project, evidence, &error));
    Problems problems;
    auto file = ProjectFile::createFrom(
        QDir(dir.path()).filePath(name + QStringLiteral(".shenbao")), project, evidence, &problems);
    REQUIRE(file);
    BindOptions options;
    options.force = force;
    const QString pdf = QDir(dir.path()).filePath(name + QStringLiteral(".pdf"));
    const BindResult bound = bindDossier(*file, pdf, options);
    REQUIRE(bound.ok);
    return pdf;
}

// Binding takes a few seconds per dossier: once per test run.
const Dossiers &dossiers()
{
    static Dossiers *d = [] {
        auto *out = new Dossiers;
        Project a = demoProjectData();
        out->usccA = *a.applicant.uscc;
        out->a = bind(out->dir, QStringLiteral("a"), a, false);

        Project b = a;
        b.applicant.name = QStringLiteral("佛山示例机器人有限公司");
        b.applicant.city = QStringLiteral("佛山市");
        b.applicant.district = QStringLiteral("顺德区");
        out->usccB = validUscc(QStringLiteral("91440606MA4UK7Q2X"));
        b.applicant.uscc = out->usccB;
        out->b = bind(out->dir, QStringLiteral("b"), b, false);

        Project c = a;
        c.applicant.name = QStringLiteral("东莞示例自动化有限公司");
        c.applicant.rdStaff = 19; // EQ-3 needs 20
        out->usccC = validUscc(QStringLiteral("91441900MA51R6E8Y"));
        c.applicant.uscc = out->usccC;
        out->c = bind(out->dir, QStringLiteral("c"), c, true);

        out->tampered = out->path("tampered.pdf");
        writeFile(out->tampered, editEmbeddedJson(readFile(out->a), [](QJsonObject &o) {
                      QJsonObject applicant = o.value(QLatin1StringView("applicant")).toObject();
                      applicant.insert(QStringLiteral("rdStaff"), 60);
                      o.insert(QStringLiteral("applicant"), applicant);
                  }));
        return out;
    }();
    return *d;
}

QJsonObject dumpXlsx(const QString &path)
{
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {dataPath(QStringLiteral("summary/dump_xlsx.py")), path});
    REQUIRE(py.waitForFinished(60'000));
    INFO(QString::fromUtf8(py.readAllStandardError()).toStdString());
    REQUIRE(py.exitCode() == 0);
    return QJsonDocument::fromJson(py.readAllStandardOutput()).object();
}

QJsonValue cellValue(const QJsonObject &dump, const QString &ref)
{
    return dump.value(QLatin1StringView("cells"))
        .toObject()
        .value(ref)
        .toObject()
        .value(QLatin1StringView("value"));
}

} // namespace

TEST_CASE("read: a bound dossier reports its applicant and integrity ok", "[reader][cli]")
{
    const auto &d = dossiers();
    const auto r = runCli({QStringLiteral("read"), d.a});
    INFO(r.err.toStdString() << r.out.toStdString());
    CHECK(r.code == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out.contains(QStringLiteral("完整性 integrity:      ok")));
    CHECK(r.out.contains(QStringLiteral("广州示例智能装备有限公司")));
    CHECK(r.out.contains(d.usccA));
    CHECK(r.out.contains(QStringLiteral("智能制造装备领域")));
    CHECK(r.out.contains(QStringLiteral("评审遴选")));
    CHECK(r.out.contains(QStringLiteral("重新计算 verdict:      符合 (eligible)")));
    CHECK(r.out.contains(QStringLiteral("EQ-3")));
}

TEST_CASE("read --json: machine-readable report", "[reader][cli]")
{
    const auto &d = dossiers();
    const auto r = runCli({QStringLiteral("read"), d.c, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0); // integrity is fine; not qualifying is not an integrity failure
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &pe).object();
    REQUIRE(pe.error == QJsonParseError::NoError);
    CHECK(o.value(QLatin1StringView("state")).toString() == QStringLiteral("ok"));
    CHECK(o.value(QLatin1StringView("integrity")).toBool());
    CHECK(o.value(QLatin1StringView("pageCount")).toInt() > 20);
    CHECK(o.value(QLatin1StringView("applicant"))
              .toObject()
              .value(QLatin1StringView("uscc"))
              .toString() == d.usccC);
    const QJsonObject recomputed = o.value(QLatin1StringView("recomputed")).toObject();
    CHECK(recomputed.value(QLatin1StringView("verdict")).toString() ==
          QStringLiteral("notEligible"));
    CHECK(o.value(QLatin1StringView("fingerprint")).toString().size() == 64);
    CHECK(o.value(QLatin1StringView("project"))
              .toObject()
              .value(QLatin1StringView("applicant"))
              .toObject()
              .value(QLatin1StringView("rdStaff"))
              .toInt() == 19);
}

TEST_CASE("read: an edited dossier fails integrity with exit 1", "[reader][cli]")
{
    const auto &d = dossiers();
    const auto r = runCli({QStringLiteral("read"), d.tampered});
    INFO(r.out.toStdString());
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("mismatch")));
    CHECK(r.out.contains(QStringLiteral("错误 fingerprint: 内嵌数据与其指纹不符")));
    CHECK(r.out.contains(QStringLiteral("rules.EQ-3")));

    const auto j = runCli({QStringLiteral("read"), d.tampered, QStringLiteral("--json")});
    CHECK(j.code == 1);
    CHECK(QJsonDocument::fromJson(j.out.toUtf8())
              .object()
              .value(QLatin1StringView("state"))
              .toString() == QStringLiteral("mismatch"));
}

TEST_CASE("read: other PDFs, non-PDFs and bad usage", "[reader][cli]")
{
    const QString plain = dataPath(QStringLiteral("evidence/two-pages.pdf"));
    const auto notShenbao = runCli({QStringLiteral("read"), plain});
    CHECK(notShenbao.code == 1);
    CHECK(notShenbao.err.contains(plain +
                                  QStringLiteral(": 不是 Shenbao 生成的申报材料：数据需手工录入")));
    CHECK(notShenbao.out.contains(QStringLiteral("notShenbao")));

    const QString text = dataPath(QStringLiteral("evidence/not-a-pdf.pdf"));
    const auto unreadable = runCli({QStringLiteral("read"), text});
    CHECK(unreadable.code == 2);
    CHECK(unreadable.err.startsWith(text + QStringLiteral(": pdf: ")));
    CHECK(unreadable.out.isEmpty());

    CHECK(runCli({QStringLiteral("read"), QStringLiteral("/nonexistent.pdf")}).code == 2);
    CHECK(runCli({QStringLiteral("read")}).code == 2);
    CHECK(runCli({QStringLiteral("read"), plain, QStringLiteral("--jsn")}).code == 2);
}

TEST_CASE("summary: rows in command-line order from the recomputed data", "[reader][cli]")
{
    const auto &d = dossiers();
    const QString xlsx = d.path("summary-cli-order.xlsx");
    const auto r =
        runCli({QStringLiteral("summary"), d.b, d.c, d.a, QStringLiteral("--xlsx"), xlsx});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject dump = dumpXlsx(xlsx);
    CHECK(dump.value(QLatin1StringView("maxRow")).toInt() == 6);
    CHECK(cellValue(dump, QStringLiteral("A4")).toInt() == 1);
    CHECK(cellValue(dump, QStringLiteral("A6")).toInt() == 3);
    CHECK(cellValue(dump, QStringLiteral("C4")).toString() == d.usccB);
    CHECK(cellValue(dump, QStringLiteral("C5")).toString() == d.usccC);
    CHECK(cellValue(dump, QStringLiteral("C6")).toString() == d.usccA);
    CHECK(cellValue(dump, QStringLiteral("B4")).toString() ==
          QStringLiteral("佛山示例机器人有限公司"));
    CHECK(cellValue(dump, QStringLiteral("K5")).toInt() == 19);
    CHECK(cellValue(dump, QStringLiteral("M5")).toString() == QStringLiteral("不符合"));
    CHECK(cellValue(dump, QStringLiteral("M6")).toString() == QStringLiteral("符合"));
}

TEST_CASE("summary --order: the order file decides, and must match the dossiers", "[reader][cli]")
{
    const auto &d = dossiers();
    const QString xlsx = d.path("summary-order.xlsx");
    const QString order = d.path("order.txt");
    writeFile(order, (QStringLiteral("# 推荐顺序\n") + d.usccC + QStringLiteral("\n\n  ") +
                      d.usccA + QStringLiteral("  \r\n") + d.usccB + u'\n')
                         .toUtf8());
    const auto r = runCli({QStringLiteral("summary"), d.a, d.b, d.c, QStringLiteral("--xlsx"), xlsx,
                           QStringLiteral("--order"), order});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject dump = dumpXlsx(xlsx);
    CHECK(cellValue(dump, QStringLiteral("C4")).toString() == d.usccC);
    CHECK(cellValue(dump, QStringLiteral("C5")).toString() == d.usccA);
    CHECK(cellValue(dump, QStringLiteral("C6")).toString() == d.usccB);
    CHECK(cellValue(dump, QStringLiteral("A5")).toInt() == 2);

    SECTION("an unknown USCC in the order file")
    {
        const QString bad = d.path("order-unknown.txt");
        const QString out = d.path("never-unknown.xlsx");
        writeFile(bad, (d.usccA + u'\n' + d.usccB + u'\n' + d.usccC +
                        QStringLiteral("\n91440000000000000X\n"))
                           .toUtf8());
        const auto u = runCli({QStringLiteral("summary"), d.a, d.b, d.c, QStringLiteral("--xlsx"),
                               out, QStringLiteral("--order"), bad});
        CHECK(u.code == 2);
        CHECK(u.err.contains(bad + QStringLiteral(":4: 统一社会信用代码 91440000000000000X")));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    SECTION("a dossier missing from the order file")
    {
        const QString partial = d.path("order-partial.txt");
        const QString out = d.path("never-partial.xlsx");
        writeFile(partial, (d.usccA + u'\n' + d.usccB + u'\n').toUtf8());
        const auto m = runCli({QStringLiteral("summary"), d.a, d.b, d.c, QStringLiteral("--xlsx"),
                               out, QStringLiteral("--order"), partial});
        CHECK(m.code == 2);
        CHECK(m.err.contains(d.c + QStringLiteral(": 统一社会信用代码 ") + d.usccC));
        CHECK_FALSE(QFileInfo::exists(out));
    }
}

TEST_CASE("summary refuses dossiers it cannot vouch for", "[reader][cli]")
{
    const auto &d = dossiers();
    const QString out = d.path("never.xlsx");
    SECTION("integrity failure: exit 1 naming the dossier, no table")
    {
        const auto r =
            runCli({QStringLiteral("summary"), d.a, d.tampered, QStringLiteral("--xlsx"), out});
        CHECK(r.code == 1);
        CHECK(r.err.contains(d.tampered + QStringLiteral(": 完整性核对未通过")));
        CHECK(r.err.contains(d.tampered + QStringLiteral(": fingerprint: ")));
    }
    SECTION("not a Shenbao dossier: exit 2")
    {
        const QString plain = dataPath(QStringLiteral("evidence/two-pages.pdf"));
        const auto r =
            runCli({QStringLiteral("summary"), d.a, plain, QStringLiteral("--xlsx"), out});
        CHECK(r.code == 2);
        CHECK(r.err.contains(plain + QStringLiteral(": 不是 Shenbao")));
    }
    SECTION("the same applicant twice: exit 2")
    {
        const auto r =
            runCli({QStringLiteral("summary"), d.a, d.b, d.a, QStringLiteral("--xlsx"), out});
        CHECK(r.code == 2);
        CHECK(r.err.contains(d.usccA));
    }
    SECTION("usage")
    {
        CHECK(runCli({QStringLiteral("summary"), d.a}).code == 2);
        CHECK(runCli({QStringLiteral("summary"), QStringLiteral("--xlsx"), out}).code == 2);
    }
    CHECK_FALSE(QFileInfo::exists(out));
}
