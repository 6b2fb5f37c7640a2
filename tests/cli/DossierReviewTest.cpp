// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The dossier read back as a provincial reviewer reads it, with other tools (pdftotext,
// qpdf --json, openpyxl through tests/data/cli/review_dossier.py): one 填报日期 on the cover
// and in the Attachment 3 row even when UTC and China time fall on different days, the
// notice's words instead of rule ids, no format strings, searchable headings, and every
// evidence item at the same page in the TOC, the bookmarks and the evidence index.

#include "CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace shenbao::test;

namespace {

const QString kFakeNow = QStringLiteral("2026-11-30 20:30:00"); // UTC; 12月1日 in China

// Runs the real binary under faketime, the machine's zone set to UTC as on a server.
void runAt(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/usr/bin/faketime"),
            QStringList{kFakeNow, QStringLiteral(SHENBAO_BINARY)} + args);
    REQUIRE(p.waitForFinished(600'000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
}

QJsonObject review(const QString &pdf, const QString &xlsx = QString())
{
    QProcess py;
    QStringList args{dataPath(QStringLiteral("cli/review_dossier.py")), pdf};
    if (!xlsx.isEmpty())
        args << xlsx;
    py.start(QStringLiteral("/usr/bin/python3"), args);
    REQUIRE(py.waitForFinished(120'000));
    INFO(QString::fromUtf8(py.readAllStandardError()).toStdString());
    REQUIRE(py.exitCode() == 0);
    return QJsonDocument::fromJson(py.readAllStandardOutput()).object();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60'000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("the bound demo dossier reads as the reviewer expects", "[cli][review]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("demo.shenbao"));
    const QString pdf = dir.filePath(QStringLiteral("demo.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("row.xlsx"));
    runAt({QStringLiteral("demo"), project});
    runAt({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf,
           QStringLiteral("--xlsx"), xlsx});

    const QJsonObject r = review(pdf, xlsx);
    INFO(QJsonDocument(r).toJson().toStdString());

    // One date: the project's last change in China time, on the cover and in the XLSX.
    CHECK(r.value(QStringLiteral("cover_date")).toString() == QStringLiteral("2026年12月1日"));
    CHECK(r.value(QStringLiteral("xlsx_date")).toString() == QStringLiteral("2026年12月1日"));

    // The reviewer's language.
    CHECK(r.value(QStringLiteral("internal_ids")).toArray().isEmpty());
    CHECK(r.value(QStringLiteral("format_strings")).toArray().isEmpty());
    CHECK(r.value(QStringLiteral("spaced")).toArray().isEmpty());
    CHECK(r.value(QStringLiteral("radicals")).toArray().isEmpty()); // the sample evidence too
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("符合条件说明")));
    // Table cells wrap: compare without the white space of line ends.
    QString flat = text;
    flat.remove(QRegularExpression(QStringLiteral("\\s+")));
    CHECK(flat.contains(QStringLiteral("附件1一（三）")));
    CHECK(flat.contains(
        QStringLiteral("近三年平均主营业务收入1,820.00万元（要求1,500.00万元以上）")));
    CHECK(text.contains(QStringLiteral("数据指纹")));
    CHECK_FALSE(text.contains(QStringLiteral("材料指纹")));
    CHECK(text.contains(QStringLiteral("A4纸双面打印")));
    CHECK_FALSE(text.contains(QStringLiteral("无需佐证")));

    // TOC = evidence index = bookmark = embedded firstPage, for every item.
    const QJsonArray items = r.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() >= 10);
    for (const auto &v : items) {
        const QJsonObject item = v.toObject();
        INFO(QJsonDocument(item).toJson().toStdString());
        const QString first = QString::number(item.value(QStringLiteral("firstPage")).toInt());
        CHECK(item.value(QStringLiteral("toc")).toString() == first);
        CHECK(item.value(QStringLiteral("index")).toString() == first);
        CHECK(item.value(QStringLiteral("bookmark")).toString() == first);
    }

    SECTION("a simplex dossier does not ask for double-sided printing")
    {
        const QString simplex = dir.filePath(QStringLiteral("simplex.pdf"));
        runAt({QStringLiteral("export"), project, QStringLiteral("--pdf"), simplex,
               QStringLiteral("--no-duplex")});
        const QString t = pdfText(simplex);
        CHECK_FALSE(t.contains(QStringLiteral("双面打印")));
        CHECK(t.contains(QStringLiteral("A4纸单面打印")));
    }
}
