// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "CliTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace shenbao::test;

namespace {

QString pathIn(const QTemporaryDir &dir, const char *name)
{
    return QDir(dir.path()).filePath(QString::fromLatin1(name));
}

// The demo's data as JSON, with evidence files written beside it, ready for `new --from`.
QString demoJsonIn(const QTemporaryDir &dir)
{
    const auto shown = runCli({QStringLiteral("show"), demoProject(), QStringLiteral("--json")});
    REQUIRE(shown.code == 0);
    auto root = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QJsonArray evidence;
    const QByteArray pdf = readFile(dataPath(QStringLiteral("cli/one-page.pdf")));
    for (const auto &v : root.value(QStringLiteral("evidence")).toArray()) {
        auto e = v.toObject();
        const QString file = e.value(QStringLiteral("id")).toString() + QStringLiteral(".pdf");
        writeFile(QDir(dir.path()).filePath(file), pdf);
        e.remove(QStringLiteral("sha256"));
        e.remove(QStringLiteral("pages"));
        e.insert(QStringLiteral("file"), file);
        evidence.append(e);
    }
    root.insert(QStringLiteral("evidence"), evidence);
    const QString json = pathIn(dir, "data.json");
    writeFile(json, QJsonDocument(root).toJson());
    return json;
}

} // namespace

TEST_CASE("demo project checks eligible with exit code 0", "[cli]")
{
    const auto r = runCli({QStringLiteral("check"), demoProject()});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("verdict: eligible")));
    CHECK(r.out.contains(QStringLiteral("EQ-3")));
}

// The demo is the example of a complete application: its patent numbers carry valid CNIPA
// check characters (core/rules/PatentNumber), so 「check」 warns about none of them (four of
// them once failed the check digit test and step ④ showed amber on the finished demo).
TEST_CASE("demo project has no patent number warnings", "[cli]")
{
    const auto text = runCli({QStringLiteral("check"), demoProject()});
    INFO(text.out.toStdString() << text.err.toStdString());
    CHECK(text.code == 0);
    CHECK(!text.out.contains(QStringLiteral("校验位")));
    const auto r = runCli({QStringLiteral("check"), demoProject(), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const auto root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const auto &v : root.value(QStringLiteral("problems")).toArray()) {
        const QString where = v.toObject().value(QStringLiteral("where")).toString();
        INFO(where.toStdString());
        CHECK(!where.startsWith(QStringLiteral("patents")));
    }
}

TEST_CASE("check --json names verdict, route and every rule id", "[cli]")
{
    const auto r = runCli({QStringLiteral("check"), demoProject(), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const auto root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("verdict")).toString() == QStringLiteral("eligible"));
    CHECK(root.value(QStringLiteral("route")).toString() == QStringLiteral("review"));
    QStringList ids;
    for (const auto &v : root.value(QStringLiteral("rules")).toArray())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    for (const char *id : {"ROUTE-FIRST", "ROUTE-DIRECT", "BASE-1", "BASE-2", "BASE-3", "BASE-4",
                           "BASE-5", "EQ-1", "EQ-2", "EQ-3", "EQ-4"})
        CHECK(ids.contains(QString::fromLatin1(id)));
}

TEST_CASE("demo refuses to overwrite an existing file", "[cli]")
{
    const auto r = runCli({QStringLiteral("demo"), demoProject()});
    CHECK(r.code == 2);
    CHECK(r.err.contains(demoProject()));
}

TEST_CASE("new --from round-trips the demo data and check agrees", "[cli]")
{
    QTemporaryDir dir;
    const QString json = demoJsonIn(dir);
    const QString project = pathIn(dir, "copy.shenbao");
    const auto made = runCli({QStringLiteral("new"), QStringLiteral("--from"), json, project});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    const auto checked = runCli({QStringLiteral("check"), project});
    CHECK(checked.code == 0);
    const auto a = runCli({QStringLiteral("show"), project, QStringLiteral("--json")});
    const auto b = runCli({QStringLiteral("show"), demoProject(), QStringLiteral("--json")});
    auto strip = [](const QString &text) {
        auto root = QJsonDocument::fromJson(text.toUtf8()).object();
        root.remove(QStringLiteral("evidence")); // files differ on purpose
        return root;
    };
    CHECK(strip(a.out) == strip(b.out));

    // Python's sqlite3 module reads the file as any SQLite file: the page size of a new
    // project (32 KiB), a clean integrity check, and every stored blob hashing to its recorded
    // SHA-256 and to the source file's.
    QProcess py;
    py.start(QStringLiteral("python3"),
             {QStringLiteral("-c"),
              QStringLiteral(
                  "import hashlib, sqlite3, sys\n"
                  "db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)\n"
                  "print(db.execute('PRAGMA page_size').fetchone()[0])\n"
                  "print(db.execute('PRAGMA integrity_check').fetchone()[0])\n"
                  "rows = db.execute('SELECT sha256, bytes FROM evidence_file').fetchall()\n"
                  "print(len(rows), sum(hashlib.sha256(b).hexdigest() == h for h, b in rows))\n"
                  "print(sorted({h for h, b in rows}))\n"),
              project});
    REQUIRE(py.waitForFinished(60'000));
    INFO(py.readAllStandardError().toStdString());
    const QStringList lines =
        QString::fromUtf8(py.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == QStringLiteral("32768"));
    CHECK(lines[1] == QStringLiteral("ok"));
    const QStringList counts = lines[2].split(u' ');
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].toInt() > 0);
    CHECK(counts[1] == counts[0]);
    // Every evidence file is the same PDF here: one distinct digest, the source's.
    const QString source = QString::fromLatin1(
        QCryptographicHash::hash(readFile(dataPath(QStringLiteral("cli/one-page.pdf"))),
                                 QCryptographicHash::Sha256)
            .toHex());
    CHECK(lines[3] == QStringLiteral("['%1']").arg(source));
}

TEST_CASE("check of an incomplete project exits 1", "[cli]")
{
    QTemporaryDir dir;
    const QString json = pathIn(dir, "thin.json");
    writeFile(json, R"({"schema":"shenbao/1","call":"gd-2022-batch2","domain":"equipment",
                        "applicant":{"name":"测试公司"}})");
    const QString project = pathIn(dir, "thin.shenbao");
    REQUIRE(runCli({QStringLiteral("new"), QStringLiteral("--from"), json, project}).code == 0);
    const auto r = runCli({QStringLiteral("check"), project});
    CHECK(r.code == 1);
    // Nothing entered yet: incomplete (待补充), not notEligible.
    CHECK(r.out.contains(QStringLiteral("verdict: incomplete")));
    CHECK(r.out.contains(QStringLiteral("EQ-1")));
}

TEST_CASE("bad input exits 2 and names the file and the field", "[cli]")
{
    QTemporaryDir dir;
    const QString json = pathIn(dir, "bad.json");
    const QString project = pathIn(dir, "bad.shenbao");

    SECTION("invalid JSON gives line and column")
    {
        writeFile(json, "{\n  \"schema\": \"shenbao/1\",\n  \"call\" \"x\"\n}\n");
        const auto r = runCli({QStringLiteral("new"), QStringLiteral("--from"), json, project});
        CHECK(r.code == 2);
        CHECK(r.err.contains(json));
        CHECK(r.err.contains(QStringLiteral("line 3")));
    }
    SECTION("unknown key gives its path")
    {
        writeFile(json, R"({"schema":"shenbao/1","call":"gd-2022-batch2",
                            "applicant":{"name":"x","contactt":{}}})");
        const auto r = runCli({QStringLiteral("new"), QStringLiteral("--from"), json, project});
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("applicant.contactt")));
    }
    SECTION("missing, empty and non-PDF evidence files are each named; nothing is written")
    {
        writeFile(pathIn(dir, "empty.pdf"), {});
        writeFile(pathIn(dir, "text.pdf"), "just some text, not a PDF\n");
        writeFile(json, R"({"schema":"shenbao/1","call":"gd-2022-batch2","evidence":[
            {"id":"a","category":"other","title":"a","file":"missing.pdf"},
            {"id":"b","category":"other","title":"b","file":"empty.pdf"},
            {"id":"c","category":"other","title":"c","file":"text.pdf"}]})");
        const auto r = runCli({QStringLiteral("new"), QStringLiteral("--from"), json, project});
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("missing.pdf")));
        CHECK(r.err.contains(QStringLiteral("empty.pdf")));
        CHECK(r.err.contains(QStringLiteral("text.pdf")));
        CHECK_FALSE(QFileInfo::exists(project));
        CHECK_FALSE(QFileInfo::exists(project + QStringLiteral(".part")));
    }
    SECTION("a project that does not exist")
    {
        const auto r = runCli({QStringLiteral("check"), pathIn(dir, "nope.shenbao")});
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("nope.shenbao")));
    }
    SECTION("a file that is not a project")
    {
        writeFile(project, "not sqlite at all");
        const auto r = runCli({QStringLiteral("show"), project});
        CHECK(r.code == 2);
        CHECK(r.err.contains(project));
    }
    SECTION("unknown option and unknown verb")
    {
        CHECK(runCli({QStringLiteral("check"), project, QStringLiteral("--jsno")}).code == 2);
        CHECK(runCli({QStringLiteral("frobnicate")}).code == 2);
        CHECK(runCli({QStringLiteral("new"), project}).code == 2);
    }
}

TEST_CASE("the version flag prints the version from CMake", "[cli]")
{
    const auto r = runCli({QStringLiteral("--version")});
    CHECK(r.code == 0);
    CHECK(r.out.trimmed() == QStringLiteral("shenbao " SHENBAO_VERSION));
}

TEST_CASE("export's refusal tells conditions from problems in the form", "[cli]")
{
    QTemporaryDir dir;
    const QString json = demoJsonIn(dir);
    auto root = QJsonDocument::fromJson(readFile(json)).object();
    auto narrative = root.value(QStringLiteral("narrative")).toObject();
    narrative.insert(QStringLiteral("profile"), QString(1800, QChar(u'字'))); // limit 1,500
    root.insert(QStringLiteral("narrative"), narrative);
    writeFile(json, QJsonDocument(root).toJson());
    const QString project = pathIn(dir, "long.shenbao");
    REQUIRE(runCli({QStringLiteral("new"), QStringLiteral("--from"), json, project}).code == 0);
    const QString pdf = pathIn(dir, "long.pdf");

    // Every condition met, one text too long: no "rules not met: ." and no promised stamp.
    auto r = runCli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("problems in the form: narrative.profile")));
    CHECK_FALSE(r.err.contains(QStringLiteral("conditions not met")));
    CHECK_FALSE(r.err.contains(QStringLiteral("rules not met: .")));
    CHECK(r.err.contains(QStringLiteral("the cover is not stamped")));
    CHECK_FALSE(QFileInfo::exists(pdf));

    // A condition not met as well: named apart, and the stamp announced.
    auto applicant = root.value(QStringLiteral("applicant")).toObject();
    applicant.insert(QStringLiteral("rdStaff"), 5); // EQ-3 asks for 20
    root.insert(QStringLiteral("applicant"), applicant);
    writeFile(json, QJsonDocument(root).toJson());
    const QString fewer = pathIn(dir, "fewer.shenbao");
    REQUIRE(runCli({QStringLiteral("new"), QStringLiteral("--from"), json, fewer}).code == 0);
    r = runCli({QStringLiteral("export"), fewer, QStringLiteral("--pdf"), pdf});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("conditions not met: EQ-3")));
    CHECK(r.err.contains(QStringLiteral("problems in the form: narrative.profile")));
    CHECK(r.err.contains(QStringLiteral("「条件未全部符合」")));
}

TEST_CASE("new --from stores cities, phones and codes as the GUI stores them", "[cli]")
{
    QTemporaryDir dir;
    const QString json = demoJsonIn(dir);
    auto root = QJsonDocument::fromJson(readFile(json)).object();
    auto applicant = root.value(QStringLiteral("applicant")).toObject();
    applicant.insert(QStringLiteral("city"), QStringLiteral("东莞")); // typed without 市
    auto contact = applicant.value(QStringLiteral("contact")).toObject();
    contact.insert(QStringLiteral("mobile"), QStringLiteral("１３８ ００１３ ８０００"));
    contact.insert(QStringLiteral("phone"), QStringLiteral("０７６９－２２３４ ５６７８转8012"));
    applicant.insert(QStringLiteral("contact"), contact);
    root.insert(QStringLiteral("applicant"), applicant);
    QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        auto c = cases.at(i).toObject();
        c.insert(QStringLiteral("city"),
                 i % 2 ? QStringLiteral("广东省深圳市") : QStringLiteral("东莞"));
        cases.replace(i, c);
    }
    root.insert(QStringLiteral("cases"), cases);
    writeFile(json, QJsonDocument(root).toJson());
    const QString project = pathIn(dir, "typed.shenbao");
    const auto made = runCli({QStringLiteral("new"), QStringLiteral("--from"), json, project});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);

    const auto shown = runCli({QStringLiteral("show"), project, QStringLiteral("--json")});
    const auto back = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    const auto a = back.value(QStringLiteral("applicant")).toObject();
    CHECK(a.value(QStringLiteral("city")).toString() == QStringLiteral("东莞市"));
    const auto c = a.value(QStringLiteral("contact")).toObject();
    CHECK(c.value(QStringLiteral("mobile")).toString() == QStringLiteral("13800138000"));
    CHECK(c.value(QStringLiteral("phone")).toString() == QStringLiteral("0769-22345678-8012"));
    for (const auto &v : back.value(QStringLiteral("cases")).toArray()) {
        const QString city = v.toObject().value(QStringLiteral("city")).toString();
        CHECK((city == QStringLiteral("东莞市") || city == QStringLiteral("深圳市")));
    }
    // Cities without 市 count as in Guangdong: still eligible.
    CHECK(runCli({QStringLiteral("check"), project}).code == 0);

    // The dossier's cover prints the stored forms.
    const QString pdf = pathIn(dir, "typed.pdf");
    const auto exported = runCli({QStringLiteral("export"), project, QStringLiteral("--pdf"), pdf});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60'000));
    const QString cover = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(cover.contains(QStringLiteral("东莞市")));
    CHECK(cover.contains(QStringLiteral("13800138000")));
    CHECK_FALSE(cover.contains(QStringLiteral("１３８")));
}

TEST_CASE("--help names the desktop windows: the demo and the officers' workspace", "[cli][help]")
{
    const auto run = runCli({QStringLiteral("--help")});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("shenbao --demo")));
    CHECK(run.out.contains(QStringLiteral("shenbao --officer")));
    CHECK(run.out.contains(QStringLiteral("officers' workspace")));
}
