// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Hostile situations (issue 10), each built at test time. Every case asserts the same three
// things: a non-zero exit, the target untouched (same bytes, or still absent), and nothing left
// behind (no temporary files or folders beside it). Situations that need root (a full disk:
// a 300 kB tmpfs) are skipped with the reason printed when it is not available.

#include "CliTestSupport.h"

#include "summary/XlsxSummaryWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <sqlite3.h>

#include <cctype>
#include <csignal>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace shenbao;
using namespace shenbao::test;

namespace {

QString in(const QTemporaryDir &dir, const QString &name)
{
    return QDir(dir.path()).filePath(name);
}

QByteArray digest(const QString &path)
{
    if (!QFileInfo::exists(path))
        return "absent";
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

// Hidden files a run could leave: Shenbao's temporaries start with ".shenbao-"; the old
// scheme's "*.part" is checked too.
QStringList leftovers(const QString &folder)
{
    QStringList found;
    const auto entries =
        QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        if (e.startsWith(QLatin1StringView(".shenbao-")) ||
            e.endsWith(QLatin1StringView(".part")) || e.endsWith(QLatin1StringView("-journal")))
            found << e;
    }
    return found;
}

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
    QFile(to).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void sql(const QString &db, const char *statement)
{
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(db).constData(), &h) == SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(h, statement, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(h);
    REQUIRE(rc == SQLITE_OK);
}

// One dossier of the demo, bound once for the whole run.
QString demoDossier()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = in(dir, QStringLiteral("demo.pdf"));
        const auto r =
            runCli({QStringLiteral("export"), demoProject(), QStringLiteral("--pdf"), path});
        REQUIRE(r.code == 0);
    }
    return path;
}

// Every line of stderr has the `file: …` form (one line per problem, naming a file).
void oneLineErrors(const CliRun &r, const QString &file)
{
    INFO(r.err.toStdString());
    REQUIRE_FALSE(r.err.trimmed().isEmpty());
    for (const QString &line : r.err.trimmed().split(u'\n'))
        CHECK(line.contains(file));
    CHECK_FALSE(r.err.contains(QLatin1StringView("[ERROR]")));
}

QString demoJson(const QTemporaryDir &dir)
{
    const auto shown = runCli({QStringLiteral("show"), demoProject(), QStringLiteral("--json")});
    REQUIRE(shown.code == 0);
    auto root = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    root.insert(QStringLiteral("evidence"), QJsonArray());
    const QString json = in(dir, QStringLiteral("data.json"));
    writeFile(json, QJsonDocument(root).toJson());
    return json;
}

} // namespace

TEST_CASE("hostile: no output onto an input", "[hostile]")
{
    QTemporaryDir dir;
    const QString p = in(dir, QStringLiteral("P.shenbao"));
    const QString other = in(dir, QStringLiteral("B.shenbao"));
    copyFile(demoProject(), p);
    copyFile(demoProject(), other);
    const QString dossier = in(dir, QStringLiteral("D.pdf"));
    copyFile(demoDossier(), dossier);
    const QString order = in(dir, QStringLiteral("order.txt"));
    writeFile(order, "91440101MA5ABCDE1X\n");
    const QString x = in(dir, QStringLiteral("X"));

    struct Case
    {
        QStringList args;
        QStringList mustStay;
        QString named;
    };
    const QList<Case> cases = {
        {{QStringLiteral("export"), p, QStringLiteral("--pdf"), p}, {p}, p},
        {{QStringLiteral("export"), p, QStringLiteral("--xlsx"), p}, {p}, p},
        {{QStringLiteral("export"), p, QStringLiteral("--pdf"), other}, {p, other}, other},
        {{QStringLiteral("export"), p, QStringLiteral("--pdf"), x, QStringLiteral("--xlsx"), x},
         {x},
         x},
        {{QStringLiteral("export"), p, QStringLiteral("--xlsx"), dossier}, {dossier}, dossier},
        {{QStringLiteral("summary"), dossier, QStringLiteral("--xlsx"), dossier},
         {dossier},
         dossier},
        {{QStringLiteral("summary"), dossier, QStringLiteral("--xlsx"), order,
          QStringLiteral("--order"), order},
         {order, dossier},
         order},
        {{QStringLiteral("summary"), dossier, QStringLiteral("--xlsx"), p}, {p}, p},
        {{QStringLiteral("export"), p, QStringLiteral("--pdf"), dir.path()}, {p}, dir.path()},
    };
    for (const auto &c : cases) {
        QHash<QString, QByteArray> before;
        for (const auto &f : c.mustStay)
            before.insert(f, digest(f));
        const auto r = runCli(c.args);
        INFO(c.args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        CHECK(r.code == 2);
        for (const auto &f : c.mustStay)
            CHECK(digest(f) == before.value(f));
        oneLineErrors(r, c.named);
        CHECK(leftovers(dir.path()).isEmpty());
    }
    // A dossier of the same applicant is the previous output of `export --pdf`: replaced.
    const auto again = runCli({QStringLiteral("export"), p, QStringLiteral("--pdf"), dossier});
    INFO(again.err.toStdString());
    CHECK(again.code == 0);
}

TEST_CASE("hostile: full disk leaves the previous output", "[hostile]")
{
    QTemporaryDir dir;
    const QString mountPoint = in(dir, QStringLiteral("small"));
    QDir().mkpath(mountPoint);
    if (::geteuid() != 0 ||
        ::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=300k") != 0) {
        WARN("skipped: a 300 kB tmpfs needs root (mount -t tmpfs -o size=300k)");
        return;
    }
    struct Unmount
    {
        QString path;
        ~Unmount() { ::umount2(QFile::encodeName(path).constData(), MNT_DETACH); }
    } unmount{mountPoint};

    const QString out = QDir(mountPoint).filePath(QStringLiteral("out.pdf"));
    const QByteArray previous = readFile(dataPath(QStringLiteral("cli/one-page.pdf")));
    writeFile(out, previous);
    const auto pdf =
        runCli({QStringLiteral("export"), demoProject(), QStringLiteral("--pdf"), out});
    INFO(pdf.err.toStdString());
    CHECK(pdf.code != 0);
    CHECK(readFile(out) == previous);
    CHECK(leftovers(mountPoint).isEmpty());
    oneLineErrors(pdf, out);

    // The XLSX on a disk with almost no room left.
    const QString filler = QDir(mountPoint).filePath(QStringLiteral("filler"));
    {
        QFile f(filler);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (f.write(block) == block.size() && f.flush()) {
        }
    }
    const QString xlsx = QDir(mountPoint).filePath(QStringLiteral("row.xlsx"));
    const auto row =
        runCli({QStringLiteral("export"), demoProject(), QStringLiteral("--xlsx"), xlsx});
    INFO(row.err.toStdString());
    CHECK(row.code != 0);
    CHECK_FALSE(QFileInfo::exists(xlsx));
    CHECK(leftovers(mountPoint).isEmpty());
    CHECK_FALSE(row.err.contains(QLatin1StringView("[ERROR]")));

    // A new project on the full disk: nothing appears.
    QTemporaryDir src;
    const QString json = demoJson(src);
    const QString project = QDir(mountPoint).filePath(QStringLiteral("new.shenbao"));
    const auto made = runCli({QStringLiteral("new"), QStringLiteral("--from"), json, project});
    INFO(made.err.toStdString());
    CHECK(made.code != 0);
    CHECK_FALSE(QFileInfo::exists(project));
    CHECK(leftovers(mountPoint).isEmpty());
}

TEST_CASE("hostile: damaged evidence blobs are found by check and refused by export", "[hostile]")
{
    QTemporaryDir dir;
    struct Damage
    {
        const char *name;
        const char *sql;
        const char *evidence;
    };
    const Damage damages[] = {
        {"wrong stored SHA-256",
         "UPDATE evidence_file SET sha256 = '"
         "0000000000000000000000000000000000000000000000000000000000000000'"
         " WHERE evidence_id = 'ev-credit'",
         "ev-credit"},
        {"bit-flipped PDF",
         "UPDATE evidence_file SET bytes = substr(bytes, 1, 2000) || x'00' || "
         "substr(bytes, 2002) WHERE evidence_id = 'ev-patent-1'",
         "ev-patent-1"},
        {"bit-flipped JPEG",
         "UPDATE evidence_file SET bytes = substr(bytes, 1, 5000) || x'00' || "
         "substr(bytes, 5002) WHERE evidence_id = 'ev-licence'",
         "ev-licence"},
        {"truncated JPEG",
         "UPDATE evidence_file SET bytes = substr(bytes, 1, 60000) "
         "WHERE evidence_id = 'ev-licence'",
         "ev-licence"},
    };
    for (const auto &d : damages) {
        INFO(d.name);
        const QString p = in(dir, QStringLiteral("P.shenbao"));
        copyFile(demoProject(), p);
        sql(p, d.sql);
        const auto checked = runCli({QStringLiteral("check"), p});
        INFO(checked.err.toStdString());
        CHECK(checked.code == 2);
        CHECK(checked.err.contains(QString::fromLatin1(d.evidence)));

        const QString out = in(dir, QStringLiteral("out.pdf"));
        const auto exported = runCli({QStringLiteral("export"), p, QStringLiteral("--pdf"), out});
        INFO(exported.err.toStdString());
        CHECK(exported.code == 2);
        CHECK_FALSE(QFileInfo::exists(out));
        CHECK(leftovers(dir.path()).isEmpty());
        // The message names the evidence, once per line, never spliced between characters.
        CHECK(exported.err.contains(QString::fromLatin1(d.evidence)));
        CHECK_FALSE(exported.err.contains(QLatin1StringView(" 0 R")));
        CHECK(exported.err.size() < 2000);
    }
}

TEST_CASE("hostile: a project without its modification time never gets a made-up 填报日期",
          "[hostile]")
{
    QTemporaryDir dir;
    const QString p = in(dir, QStringLiteral("P.shenbao"));
    copyFile(demoProject(), p);
    sql(p, "DELETE FROM meta WHERE key = 'modified'");
    const QString out = in(dir, QStringLiteral("out.pdf"));
    const auto r = runCli({QStringLiteral("export"), p, QStringLiteral("--pdf"), out});
    CHECK(r.code == 2);
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(leftovers(dir.path()).isEmpty());
}

TEST_CASE("hostile: odd project files get one clear line", "[hostile]")
{
    QTemporaryDir dir;
    const QString empty = in(dir, QStringLiteral("empty.shenbao"));
    writeFile(empty, {});
    const QString fifo = in(dir, QStringLiteral("fifo.shenbao"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString foreign = in(dir, QStringLiteral("foreign.shenbao"));
    sql(foreign,
        "PRAGMA application_id = 1397244496; PRAGMA user_version = 1; CREATE TABLE other (x);");
    const QString dropped = in(dir, QStringLiteral("dropped.shenbao"));
    copyFile(demoProject(), dropped);
    sql(dropped, "DROP TABLE evidence_file");

    const QList<std::pair<QString, const char *>> cases = {{empty, "0 字节"},
                                                           {fifo, "管道"},
                                                           {foreign, "缺少数据表"},
                                                           {dropped, "缺少数据表"},
                                                           {QStringLiteral("/dev/zero"), "设备"}};
    for (const auto &[path, expected] : cases) {
        for (const char *verb : {"show", "check", "export"}) {
            QStringList args{QString::fromLatin1(verb), path};
            if (QLatin1StringView(verb) == QLatin1StringView("export"))
                args << QStringLiteral("--pdf") << in(dir, QStringLiteral("out.pdf"));
            const auto r = runCli(args);
            INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
            CHECK(r.code == 2);
            CHECK(r.err.trimmed().count(u'\n') == 0);
            CHECK(r.err.contains(QString::fromUtf8(expected)));
            CHECK(r.err.startsWith(path));
        }
    }
    CHECK_FALSE(QFileInfo::exists(in(dir, QStringLiteral("out.pdf"))));
    CHECK(leftovers(dir.path()).isEmpty());

    const auto read = runCli({QStringLiteral("read"), fifo});
    CHECK(read.code == 2);
    CHECK(read.err.contains(QStringLiteral("管道")));
}

TEST_CASE("hostile: bounded JSON input", "[hostile]")
{
    QTemporaryDir dir;
    const QString json = demoJson(dir);
    const QByteArray good = readFile(json);
    const QString target = in(dir, QStringLiteral("new.shenbao"));
    const auto runNew = [&](const QByteArray &text) {
        writeFile(json, text);
        auto r = runCli({QStringLiteral("new"), QStringLiteral("--from"), json, target});
        CHECK_FALSE(QFileInfo::exists(target));
        CHECK(leftovers(dir.path()).isEmpty());
        return r;
    };

    SECTION("duplicate keys are refused, naming the key")
    {
        QByteArray text = good;
        text.replace("\"schema\"", "\"schema\": \"shenbao/1\", \"schema\"");
        const auto r = runNew(text);
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("schema")));
        CHECK(r.err.contains(QStringLiteral("两次")));
    }
    SECTION("a 10 MB unknown key is not echoed")
    {
        QByteArray text = good;
        text.replace("\"schema\"",
                     QByteArray("\"" + QByteArray(10 << 20, 'k') + "\": 1, \"schema\""));
        const auto r = runNew(text);
        CHECK(r.code == 2);
        CHECK(r.err.size() < 20'000);
    }
    SECTION("a 200,000-character name is refused")
    {
        auto root = QJsonDocument::fromJson(good).object();
        auto applicant = root.value(QStringLiteral("applicant")).toObject();
        applicant.insert(QStringLiteral("name"), QString(200'000, u'名'));
        root.insert(QStringLiteral("applicant"), applicant);
        const auto r = runNew(QJsonDocument(root).toJson());
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("applicant.name")));
        CHECK(r.err.size() < 2000);
    }
    SECTION("200,000 patents are refused")
    {
        auto root = QJsonDocument::fromJson(good).object();
        QJsonArray patents;
        for (int i = 0; i < 200'000; ++i)
            patents.append(QJsonObject{{QStringLiteral("title"), QStringLiteral("p")}});
        root.insert(QStringLiteral("patents"), patents);
        const auto r = runNew(QJsonDocument(root).toJson(QJsonDocument::Compact));
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("patents")));
        CHECK(r.err.size() < 2000);
    }
    SECTION("money that would overflow a sum is a field error, never a wrapped 符合")
    {
        // Every mainRevenueYuan 6.1e18 (three of them overflow a 64-bit sum), as integer
        // literals (QJsonValue would print them as doubles).
        QByteArray text = good;
        const QByteArray key = "\"mainRevenueYuan\": ";
        int replaced = 0;
        for (qsizetype at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            const qsizetype start = at + key.size();
            qsizetype end = start;
            while (end < text.size() && (std::isdigit(uchar(text.at(end))) || text.at(end) == '-'))
                ++end;
            text.replace(start, end - start, QByteArray("6100000000000000000"));
            ++replaced;
        }
        REQUIRE(replaced >= 3);
        writeFile(json, text);
        const auto made = runCli({QStringLiteral("new"), QStringLiteral("--from"), json, target});
        INFO(made.err.toStdString());
        REQUIRE(made.code == 0); // saved as typed (the form lets over-limit values be saved)
        const auto checked = runCli({QStringLiteral("check"), target});
        INFO(checked.out.toStdString() << checked.err.toStdString());
        CHECK(checked.code != 0);
        CHECK(QString(checked.out + checked.err).contains(QStringLiteral("超出合理范围")));
        const QString out = in(dir, QStringLiteral("out.pdf"));
        const auto exported =
            runCli({QStringLiteral("export"), target, QStringLiteral("--pdf"), out});
        CHECK(exported.code != 0);
        CHECK_FALSE(QFileInfo::exists(out));
        QFile::remove(target);
    }
    SECTION("--from naming a device or FIFO")
    {
        const auto r = runCli(
            {QStringLiteral("new"), QStringLiteral("--from"), QStringLiteral("/dev/zero"), target});
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("设备")));
        CHECK_FALSE(QFileInfo::exists(target));
    }
}

TEST_CASE("hostile: evidence files that must not be read", "[hostile]")
{
    QTemporaryDir dir;
    const QString json = demoJson(dir);
    auto root = QJsonDocument::fromJson(readFile(json)).object();
    const QString sparse = in(dir, QStringLiteral("huge.pdf"));
    {
        QFile f(sparse);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7\n");
        REQUIRE(f.resize(qint64(5) << 30)); // sparse: no blocks are written
    }
    const QString fifo = in(dir, QStringLiteral("fifo.pdf"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &file : {sparse, fifo, QStringLiteral("/dev/zero")}) {
        QJsonArray evidence{QJsonObject{{QStringLiteral("id"), QStringLiteral("ev-x")},
                                        {QStringLiteral("category"), QStringLiteral("other")},
                                        {QStringLiteral("file"), file}}};
        root.insert(QStringLiteral("evidence"), evidence);
        writeFile(json, QJsonDocument(root).toJson());
        const QString target = in(dir, QStringLiteral("new.shenbao"));
        const auto r = runCli({QStringLiteral("new"), QStringLiteral("--from"), json, target});
        INFO(r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(file));
        CHECK_FALSE(QFileInfo::exists(target));
        CHECK(leftovers(dir.path()).isEmpty());
    }
}

TEST_CASE("hostile: odd output names", "[hostile]")
{
    QTemporaryDir dir;
    const QString longName = in(dir, QString(300, u'a') + QStringLiteral(".pdf"));
    const auto r =
        runCli({QStringLiteral("export"), demoProject(), QStringLiteral("--pdf"), longName});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("文件名过长")));
    CHECK(leftovers(dir.path()).isEmpty());

    const QString missing = in(dir, QStringLiteral("no/such/folder/out.pdf"));
    const auto m =
        runCli({QStringLiteral("export"), demoProject(), QStringLiteral("--pdf"), missing});
    CHECK(m.code == 2);
    CHECK(m.err.contains(QStringLiteral("不存在")));

    if (::geteuid() != 0) {
        const QString locked = in(dir, QStringLiteral("locked"));
        QDir().mkpath(locked);
        QFile(locked).setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const auto ro =
            runCli({QStringLiteral("demo"), QDir(locked).filePath(QStringLiteral("P.shenbao"))});
        CHECK(ro.code == 2);
        CHECK(ro.err.contains(QStringLiteral("不可写入")));
    } else {
        WARN("read-only folder case skipped: root may write anywhere");
    }
}

TEST_CASE("hostile: an interrupted export leaves nothing behind", "[hostile]")
{
    QTemporaryDir dir;
    const QString out = in(dir, QStringLiteral("out.pdf"));
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
        QProcess p;
        p.start(QStringLiteral(SHENBAO_BINARY),
                {QStringLiteral("export"), demoProject(), QStringLiteral("--pdf"), out});
        REQUIRE(p.waitForStarted());
        // Wait until the run has put its temporaries beside the output, then interrupt it.
        QElapsedTimer t;
        t.start();
        while (leftovers(dir.path()).isEmpty() && p.state() == QProcess::Running &&
               t.elapsed() < 30'000)
            QThread::msleep(5);
        if (p.state() != QProcess::Running) {
            WARN("the export finished before it could be interrupted");
            QFile::remove(out);
            continue;
        }
        ::kill(pid_t(p.processId()), sig);
        REQUIRE(p.waitForFinished(30'000));
        CHECK((p.exitStatus() == QProcess::CrashExit || p.exitCode() != 0));
        CHECK_FALSE(QFileInfo::exists(out));
        INFO("signal " << sig << ", left: " << leftovers(dir.path()).join(u' ').toStdString());
        CHECK(leftovers(dir.path()).isEmpty());
    }
}

TEST_CASE("hostile: XLSX cells over Excel's limit or with NUL do not break the table", "[hostile]")
{
    QTemporaryDir dir;
    const QString xlsx = in(dir, QStringLiteral("t.xlsx"));
    SummaryRow long1;
    long1.name = QString(40'000, u'名');
    SummaryRow nul;
    nul.name = QStringLiteral("甲乙单位") + QChar(0) + QStringLiteral("丙");
    QString error;
    REQUIRE(
        writeSummaryXlsx(xlsx, {long1, nul}, SummaryHeader{}, CallDefinition::bundled(), &error));
    CHECK(leftovers(dir.path()).isEmpty());
    // Read back with Python's zipfile (the archive tests whole) and the shared strings.
    QProcess py;
    py.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import zipfile,re,sys\n"
                        "z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n"
                        "s=z.read('xl/sharedStrings.xml').decode()\n"
                        "ts=re.findall(r'<t[^>]*>(.*?)</t>',s,re.S)\n"
                        "print(max(len(t) for t in ts)); print(any('\u4e19' in t for t in ts))"),
         xlsx});
    if (!py.waitForFinished(60'000) || py.exitStatus() != QProcess::NormalExit) {
        WARN("python3 not available: XLSX not read back");
        return;
    }
    INFO(py.readAllStandardError().toStdString());
    REQUIRE(py.exitCode() == 0);
    const QStringList lines = QString::fromUtf8(py.readAllStandardOutput()).split(u'\n');
    REQUIRE(lines.size() >= 2);
    CHECK(lines.at(0).toInt() <= 32'767);
    CHECK(lines.at(0).toInt() > 30'000);
    CHECK(lines.at(1) == QLatin1StringView("True"));
}
