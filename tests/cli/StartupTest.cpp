// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// What the `shenbao` program loads (docs/decisions.md, "Start-up"): a verb maps only the
// libraries it needs, never the windows' (Qt Widgets, QtPdf, printing) nor the page reader's
// (poppler, Tesseract), which load when a cross-check reads a page. And an incomplete
// installation: without the desktop program or the page-reader module, the verbs that need
// them fail with one message naming the missing file, and the others still work.

#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace shenbao::test;

namespace {

// The shared objects the dynamic loader opened for one run (glibc's LD_DEBUG=files), by name.
QStringList loadedLibraries(const QStringList &args, CliRun *run = nullptr)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    const CliRun r = runProgram(QStringLiteral(SHENBAO_BINARY), args, env);
    if (run)
        *run = r;
    QStringList names;
    for (const QString &line : r.err.split(u'\n')) {
        // "file=libQt6Gui.so.6 [0];  needed by …", "file=/…/x.so [0];  dynamically loaded by …"
        const qsizetype at = line.indexOf(QStringLiteral("file="));
        if (at >= 0 && (line.contains(QStringLiteral("needed by")) ||
                        line.contains(QStringLiteral("dynamically loaded by"))))
            names << line.mid(at + 5).section(u' ', 0, 0).section(u'/', -1);
    }
    names.removeDuplicates();
    return names;
}

bool anyOf(const QStringList &libraries, std::initializer_list<const char *> prefixes)
{
    for (const QString &lib : libraries) {
        for (const char *prefix : prefixes) {
            if (lib.startsWith(QLatin1StringView(prefix)))
                return true;
        }
    }
    return false;
}

const auto kWindowLibraries = {"libQt6Widgets", "libQt6Pdf", "libQt6PrintSupport", "libcups"};
const auto kReaderLibraries = {"shenbao-page-reader", "libpoppler", "libtesseract"};

} // namespace

#ifdef Q_OS_LINUX
TEST_CASE("a verb loads neither the windows' libraries nor the page reader's", "[startup]")
{
    const QStringList version = loadedLibraries({QStringLiteral("--version")});
    INFO(version.join(u' ').toStdString());
    REQUIRE(version.contains(QStringLiteral("libQt6Core.so.6"))); // LD_DEBUG did report
    CHECK_FALSE(anyOf(version, kWindowLibraries));
    CHECK_FALSE(anyOf(version, kReaderLibraries));

    QTemporaryDir dir;
    CliRun run;
    const QStringList exported =
        loadedLibraries({QStringLiteral("export"), demoProject(), QStringLiteral("--pdf"),
                         dir.filePath(QStringLiteral("d.pdf"))},
                        &run);
    INFO(exported.join(u' ').toStdString());
    REQUIRE(run.code == 0);
    REQUIRE(QFile::exists(dir.filePath(QStringLiteral("d.pdf"))));
    CHECK_FALSE(anyOf(exported, kWindowLibraries));
    CHECK_FALSE(anyOf(exported, kReaderLibraries));
}

TEST_CASE("the cross-check loads the page reader when it reads a page", "[startup]")
{
    CliRun run;
    const QStringList checked =
        loadedLibraries({QStringLiteral("check"), demoProject(), QStringLiteral("--no-ocr")}, &run);
    INFO(checked.join(u' ').toStdString());
    CHECK(run.code == 0);
    CHECK(anyOf(checked, {"shenbao-page-reader"}));
    CHECK(anyOf(checked, {"libpoppler-cpp"}));
    CHECK_FALSE(anyOf(checked, kWindowLibraries));
}
#endif

TEST_CASE("without the page-reader module the cross-checking verbs fail naming it; export works",
          "[startup]")
{
    // `shenbao` alone in a folder: no module beside it, no lib/shenbao/ above it.
    QTemporaryDir dir;
    const QString alone = dir.filePath(QStringLiteral("bin/shenbao"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("bin"))));
    REQUIRE(QFile::copy(QStringLiteral(SHENBAO_BINARY), alone));

    const CliRun check = runProgram(alone, {QStringLiteral("check"), demoProject()});
    CHECK(check.code == 3);
    CHECK(check.out.isEmpty()); // no half report
    CHECK(check.err.contains(QStringLiteral("shenbao-page-reader")));
    CHECK(check.err.trimmed().count(u'\n') == 0); // one line

    const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
    const CliRun exported =
        runProgram(alone, {QStringLiteral("export"), demoProject(), QStringLiteral("--pdf"), pdf});
    CHECK(exported.code == 0);
    CHECK(QFile::exists(pdf));

    const CliRun read = runProgram(alone, {QStringLiteral("read"), pdf});
    CHECK(read.code == 3);
    CHECK(read.err.contains(QStringLiteral("shenbao-page-reader")));
    // The version and the help need nothing else.
    CHECK(runProgram(alone, {QStringLiteral("--version")}).code == 0);
}

#ifdef SHENBAO_TEST_DESKTOP_PROGRAM
TEST_CASE("without the desktop program, `shenbao` with no verb fails naming it", "[startup]")
{
    QTemporaryDir dir;
    const QString alone = dir.filePath(QStringLiteral("shenbao"));
    REQUIRE(QFile::copy(QStringLiteral(SHENBAO_BINARY), alone));
    for (const QStringList &args : {QStringList{}, QStringList{QStringLiteral("--demo")}}) {
        const CliRun run = runProgram(alone, args);
        CHECK(run.code == 3);
        CHECK(run.err.contains(QStringLiteral(SHENBAO_TEST_DESKTOP_PROGRAM)));
    }
}
#endif
