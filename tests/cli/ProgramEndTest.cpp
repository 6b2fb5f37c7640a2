// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// How the `shenbao` program ends after a verb (app/main.cpp): at once, without freeing what it
// only held in memory (BindOptions::processEndsAfterwards). What it printed must still all be
// there, the exit code must be the verb's, and what it wrote must be complete and in place,
// with no temporary file beside it: the program, not an in-process call, is run here.

#include "CliTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace shenbao::test;

namespace {

CliRun runShenbao(const QStringList &args)
{
    return runProgram(QStringLiteral(SHENBAO_BINARY), args);
}

} // namespace

TEST_CASE("the program ends after an export with its whole report and the dossier in place",
          "[startup]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("dossier.pdf"));
    const CliRun exported =
        runShenbao({QStringLiteral("export"), demoProject(), QStringLiteral("--pdf"), pdf});
    INFO(exported.err);
    REQUIRE(exported.code == 0);
    // The report's one line, whole: `PATH: N pages, fingerprint HEX64`.
    const QRegularExpression report(
        QStringLiteral("^%1: (\\d+) pages, fingerprint ([0-9a-f]{64})\\n$")
            .arg(QRegularExpression::escape(pdf)));
    const auto line = report.match(exported.out);
    REQUIRE(line.hasMatch());
    // Nothing but the dossier in the folder: no temporary file, no scratch folder.
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
          QStringList{QStringLiteral("dossier.pdf")});

    // The file is the one reported: read back by the program, page count and fingerprint agree
    // and every page is the one bound.
    const CliRun read = runShenbao({QStringLiteral("read"), pdf});
    INFO(read.out.toStdString());
    CHECK(read.code == 0);
    CHECK(read.out.contains(QStringLiteral("一致")));
    CHECK(read.out.contains(line.captured(2)));
    CHECK(read.out.contains(
        QRegularExpression(QStringLiteral("页数 pages: +%1\\n").arg(line.captured(1)))));
}

TEST_CASE("the program ends after a failed verb with its exit code and whole message", "[startup]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/dossier.pdf"));
    const CliRun failed =
        runShenbao({QStringLiteral("export"), demoProject(), QStringLiteral("--pdf"), missing});
    CHECK(failed.code == 2);
    CHECK(failed.out.isEmpty());
    CHECK(failed.err.startsWith(missing + QStringLiteral(": ")));
    CHECK(failed.err.endsWith(u'\n'));
    CHECK(QDir(dir.path()).isEmpty());

    // A long text on standard output (the usage) arrives whole through a pipe.
    const CliRun usage = runShenbao({QStringLiteral("--help")});
    CHECK(usage.code == 0);
    CHECK(usage.out.trimmed().endsWith(QStringLiteral("shenbao --version")));
}
