// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/ThreadedFilePipeline.h"

#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <stdexcept>

using shenbao::ThreadedFilePipeline;
using shenbao::test::readFile;

TEST_CASE("ThreadedFilePipeline writes every byte in order, across blocks", "[dossier][output]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    QByteArray expected;
    {
        ThreadedFilePipeline out(path);
        REQUIRE(out.isOpen());
        // Pieces of every size, some larger than a block, with finish() in between as qpdf
        // calls it: finish() is not the end of the output.
        for (int i = 0, size = 1; i < 60; ++i, size = size * 5 % 9'000'001 + 17) {
            QByteArray piece(size, Qt::Uninitialized);
            for (int k = 0; k < size; ++k)
                piece[k] = char((i * 31 + k) & 0xff);
            out.write(reinterpret_cast<const unsigned char *>(piece.constData()), size_t(size));
            expected += piece;
            if (i % 7 == 0)
                out.finish();
        }
        out.close();
        out.close(); // twice is harmless
    }
    CHECK(QFileInfo(path).size() == expected.size());
    CHECK(readFile(path) == expected);
}

TEST_CASE("ThreadedFilePipeline reports a failed write with the file's name", "[dossier][output]")
{
    // /dev/full refuses every write with ENOSPC, as a full disk does.
    ThreadedFilePipeline out(QStringLiteral("/dev/full"));
    REQUIRE(out.isOpen());
    const QByteArray block(1024 * 1024, 'x');
    bool thrown = false;
    try {
        for (int i = 0; i < 64; ++i)
            out.write(reinterpret_cast<const unsigned char *>(block.constData()),
                      size_t(block.size()));
        out.close();
    } catch (const std::runtime_error &e) {
        thrown = true;
        CHECK(QString::fromLocal8Bit(e.what()).startsWith(QStringLiteral("/dev/full: ")));
    }
    CHECK(thrown);
}

TEST_CASE("ThreadedFilePipeline says why a file cannot be created", "[dossier][output]")
{
    ThreadedFilePipeline out(QStringLiteral("/nonexistent-folder/out.pdf"));
    CHECK_FALSE(out.isOpen());
    CHECK_FALSE(out.errorString().isEmpty());
    CHECK_THROWS_AS(out.close(), std::runtime_error);
}

TEST_CASE("ThreadedFilePipeline keeps every byte with or without the page cache",
          "[dossier][output]")
{
    // On a disk file system the file is written with O_DIRECT, its last partial block through
    // the page cache; tmpfs refuses O_DIRECT, so everything goes through the cache. Sizes that
    // end on a block, on a page, and just past one.
    QStringList folders{QDir::tempPath()};
    if (QFileInfo(QStringLiteral("/dev/shm")).isWritable())
        folders << QStringLiteral("/dev/shm");
    for (const QString &folder : folders) {
        QTemporaryDir dir(folder + QStringLiteral("/shenbao-pipeline-XXXXXX"));
        REQUIRE(dir.isValid());
        for (const qsizetype size : {qsizetype(0), qsizetype(512 * 1024), qsizetype(3 * 4096),
                                     qsizetype(2 * 512 * 1024 + 4097), qsizetype(1)}) {
            INFO(folder.toStdString() << ", " << size << " bytes");
            const QString path = dir.filePath(QStringLiteral("out-%1.bin").arg(size));
            QByteArray expected(size, Qt::Uninitialized);
            for (qsizetype k = 0; k < size; ++k)
                expected[k] = char((k * 7 + k / 4096) & 0xff);
            ThreadedFilePipeline out(path);
            REQUIRE(out.isOpen());
            out.write(reinterpret_cast<const unsigned char *>(expected.constData()),
                      size_t(expected.size()));
            out.close();
            CHECK(readFile(path) == expected);
        }
    }
}
