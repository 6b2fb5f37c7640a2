// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The page-reader module (core/crosscheck/PageReader.h), loaded on first use: found in the build
// tree, and refused with one message naming the file when it is missing, damaged or not ours.

#include "CrossCheckTestSupport.h"
#include "SyntheticCertificates.h"

#include "crosscheck/CrossCheck.h"
#include "crosscheck/PageReaderModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace shenbao;
using namespace shenbao::crosscheck;
using namespace shenbao::test;

namespace {

// A shared library this process has loaded that is not a page reader (zlib: Qt and qpdf use it).
QString loadedZlib()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const qsizetype slash = line.indexOf('/');
        if (slash >= 0 && line.contains("/libz.so"))
            return QString::fromLocal8Bit(line.mid(slash));
    }
    return {};
}

} // namespace

TEST_CASE("the page reader is found and reads a PDF's text", "[crosscheck][pagereader]")
{
    QString error;
    const PageReader *reader = pageReader(&error);
    INFO(error.toStdString());
    REQUIRE(reader);
    CHECK(error.isEmpty());
    CHECK(reader->ocrEngineId().startsWith(QStringLiteral("tesseract-")));

    const QString number = patentNumber(2019, 1, 123456);
    const auto pdf = reader->openPdf(certificatePdf(
        patentCertificate(number, QStringLiteral("Robot gripper"), QStringLiteral("Holder Ltd"),
                          QDate(2019, 3, 1), QDate(2021, 9, 14))));
    REQUIRE(pdf->isValid());
    CHECK(pdf->pageCount() == 1);
    CHECK(matchPatentNumber(number, pdf->text(0)).state == MatchState::Matched);
    CHECK(!reader->openPdf(QByteArrayLiteral("not a PDF"))->isValid());
}

TEST_CASE("a missing page-reader module is one message naming the file and the folders",
          "[crosscheck][pagereader]")
{
    QTemporaryDir a, b;
    const PageReaderLoad load = loadPageReader({a.path(), b.path()});
    CHECK(load.reader == nullptr);
    CHECK(load.error.contains(pageReaderFileName()));
    CHECK(load.error.contains(QDir::toNativeSeparators(a.path())));
    CHECK(load.error.contains(QDir::toNativeSeparators(b.path())));
}

TEST_CASE("a damaged or foreign page-reader file is refused, not run", "[crosscheck][pagereader]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(pageReaderFileName());
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("\x7f"
                "ELF truncated");
    }
    const PageReaderLoad damaged = loadPageReader({dir.path()});
    CHECK(damaged.reader == nullptr);
    CHECK(damaged.error.contains(QDir::toNativeSeparators(path)));

    // A real shared library under the module's name, without the module's entry point.
    const QString zlib = loadedZlib();
    if (zlib.isEmpty()) {
        WARN("no zlib mapped in this process: the foreign-library case is skipped");
        return;
    }
    REQUIRE(QFile::remove(path));
    REQUIRE(QFile::copy(zlib, path));
    const PageReaderLoad foreign = loadPageReader({dir.path()});
    CHECK(foreign.reader == nullptr);
    CHECK(foreign.error.contains(QDir::toNativeSeparators(path)));
    CHECK(foreign.error.contains(QStringLiteral(SHENBAO_VERSION)));
}

TEST_CASE("the search starts next to the program and ends in the installed private folder",
          "[crosscheck][pagereader]")
{
    const QStringList dirs = pageReaderDirectories();
    REQUIRE(dirs.size() >= 2);
    const QString program = QCoreApplication::applicationDirPath();
    CHECK(dirs.contains(program));
    CHECK(dirs.last().endsWith(QStringLiteral("/shenbao")));
}
