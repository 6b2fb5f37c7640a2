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

namespace {

// A folder on a disk file system, where the file is written with O_DIRECT, and one on tmpfs
// (when there is one), which refuses O_DIRECT: everything goes through the page cache there.
QStringList foldersWithAndWithoutODirect()
{
    QStringList folders{QDir::tempPath()};
    if (QFileInfo(QStringLiteral("/dev/shm")).isWritable())
        folders << QStringLiteral("/dev/shm");
    return folders;
}

} // namespace

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
    for (const QString &folder : foldersWithAndWithoutODirect()) {
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

TEST_CASE("ThreadedFilePipeline rewrites kept pages, and two write one file's parts at once",
          "[dossier][output]")
{
    // As a dossier is written: the first part keeps pages to fill in later (the file's header,
    // the rooms for object headers), some across its 2 MiB blocks and one in its last, partial
    // block; the second part is written from a page-aligned offset meanwhile. With O_DIRECT on
    // a disk file system and without it on tmpfs.
    for (const QString &folder : foldersWithAndWithoutODirect()) {
        INFO(folder.toStdString());
        QTemporaryDir dir(folder + QStringLiteral("/shenbao-pipeline-XXXXXX"));
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("parts.bin"));
        const qint64 firstSize = 5 * 1024 * 1024 + 3 * 4096; // page-aligned, past two blocks
        const qint64 secondSize = 3 * 1024 * 1024 + 123;
        QByteArray expected(firstSize + secondSize, Qt::Uninitialized);
        for (qint64 k = 0; k < expected.size(); ++k)
            expected[k] = char((k * 13 + k / 4096) & 0xff);
        const QList<std::pair<qint64, QByteArray>> rewrites{
            {0, QByteArray("%PDF-1.7\n")},
            {2 * 1024 * 1024 - 5, QByteArray("across a block")},
            {3 * 1024 * 1024 + 100, QByteArray(5000, 'r')}, // two pages
            {firstSize - 20, QByteArray("in the last block")}};

        ThreadedFilePipeline first(path);
        REQUIRE(first.isOpen());
        for (const auto &[offset, bytes] : rewrites)
            first.keepPages(offset, bytes.size());
        ThreadedFilePipeline second(path, firstSize);
        REQUIRE(second.isOpen());
        // Interleaved, as the scans and qpdf's output are written.
        const char *data = expected.constData();
        for (qint64 at = 0; at < secondSize; at += 300'000) {
            second.write(reinterpret_cast<const unsigned char *>(data + firstSize + at),
                         size_t(std::min<qint64>(300'000, secondSize - at)));
            const qint64 from = at * firstSize / secondSize;
            const qint64 to = std::min(firstSize, (at + 300'000) * firstSize / secondSize);
            if (to > from)
                first.write(reinterpret_cast<const unsigned char *>(data + from),
                            size_t(to - from));
        }
        if (first.position() < firstSize)
            first.write(reinterpret_cast<const unsigned char *>(data + first.position()),
                        size_t(firstSize - first.position()));
        REQUIRE(first.position() == firstSize);
        CHECK(second.position() == firstSize + secondSize);
        for (const auto &[offset, bytes] : rewrites) {
            first.rewrite(offset, bytes);
            expected.replace(offset, bytes.size(), bytes);
        }
        // Only kept pages can be rewritten once written, and only pages not yet written kept.
        CHECK_THROWS_AS(first.rewrite(1024 * 1024, QByteArray("x")), std::logic_error);
        CHECK_THROWS_AS(first.keepPages(4096, 10), std::logic_error);
        second.close();
        first.close();
        CHECK(QFileInfo(path).size() == expected.size());
        CHECK(readFile(path) == expected);
    }
}
