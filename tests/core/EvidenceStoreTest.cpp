// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Evidence files inside the project file: detection by content, page counts, blob integrity,
// createFrom's all-or-nothing import, and proof that loading never reads the blobs.

#include "StoreTestSupport.h"

#include "store/ProjectFile.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <atomic>

using namespace shenbao;
using namespace shenbao::test;

namespace {

QString evidence(const char *name)
{
    return dataPath(QStringLiteral("evidence/") + QLatin1StringView(name));
}

std::unique_ptr<ProjectFile> newProject(const QTemporaryDir &dir)
{
    QString error;
    auto file = ProjectFile::create(dir.filePath(QStringLiteral("p.shenbao")), &error);
    INFO(error);
    REQUIRE(file);
    return file;
}

QString copyAs(const QTemporaryDir &dir, const QString &from, const char *name)
{
    const QString to = dir.filePath(QLatin1StringView(name));
    REQUIRE(QFile::copy(from, to));
    return to;
}

} // namespace

TEST_CASE("sniffMediaType goes by magic bytes only", "[store]")
{
    CHECK(sniffMediaType(QByteArray("%PDF-1.7\n")) == MediaType::Pdf);
    CHECK(sniffMediaType(QByteArray::fromHex("ffd8ffe000104a464946")) == MediaType::Jpeg);
    CHECK(sniffMediaType(QByteArray::fromHex("89504e470d0a1a0a0000")) == MediaType::Png);
    CHECK(sniffMediaType(QByteArray::fromHex("49492a0008000000")) == MediaType::Tiff);
    CHECK(sniffMediaType(QByteArray::fromHex("4d4d002a00000008")) == MediaType::Tiff);
    // One byte short of each signature.
    CHECK(sniffMediaType(QByteArray::fromHex("ffd8")) == MediaType::Unknown);
    CHECK(sniffMediaType(QByteArray::fromHex("89504e470d0a1a")) == MediaType::Unknown);
    CHECK(sniffMediaType(QByteArray::fromHex("49492a")) == MediaType::Unknown);
    CHECK(sniffMediaType(QByteArray("%PDF")) == MediaType::Unknown);
    CHECK(sniffMediaType(QByteArray()) == MediaType::Unknown);
    // A PDF header may follow junk, but only within the first 1024 bytes.
    CHECK(sniffMediaType(QByteArray(QByteArray(1019, ' ') + "%PDF-1.4")) == MediaType::Pdf);
    CHECK(sniffMediaType(QByteArray(QByteArray(1020, ' ') + "%PDF-1.4")) == MediaType::Unknown);
    // A signature must be at the start: a PNG signature after a PDF header is still a PDF.
    CHECK(sniffMediaType(QByteArray("x\x89PNG\r\n\x1a\n%PDF-")) == MediaType::Pdf);
}

TEST_CASE("stored evidence comes back byte for byte, with type and pages", "[store]")
{
    QTemporaryDir dir;
    auto file = newProject(dir);
    struct Case
    {
        const char *id, *fixture;
        MediaType type;
        int pages;
    };
    const Case cases[] = {
        {"ev-pdf", "one-page.pdf", MediaType::Pdf, 1},
        {"ev-pdf2", "two-pages.pdf", MediaType::Pdf, 2},
        {"ev-jpg", "scan.jpg", MediaType::Jpeg, 1},
        {"ev-png", "logo.png", MediaType::Png, 1},
        {"ev-tif", "two-pages.tif", MediaType::Tiff, 2},
    };
    for (const auto &c : cases) {
        INFO(c.fixture);
        const QString source = evidence(c.fixture);
        Problems problems;
        const auto stored = file->storeEvidenceFile(QLatin1StringView(c.id), source, &problems);
        REQUIRE(stored);
        CHECK(problems.isEmpty());
        CHECK(stored->mediaType == c.type);
        CHECK(stored->pages == c.pages);
        CHECK(stored->size == QFileInfo(source).size());
        CHECK(stored->originalName == QLatin1StringView(c.fixture));
        CHECK(stored->sha256 == sha256OfFile(source));
        CHECK(sha256Hex(file->readEvidence(QLatin1StringView(c.id))) == stored->sha256);
        CHECK(file->storedFile(QLatin1StringView(c.id)) == std::optional(*stored));
    }
    CHECK(file->storedFiles().size() == 5);

    SECTION("copyEvidenceTo streams the same bytes")
    {
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        REQUIRE(file->copyEvidenceTo(QStringLiteral("ev-tif"), buffer, &error));
        CHECK(out == readFile(evidence("two-pages.tif")));
        CHECK_FALSE(file->copyEvidenceTo(QStringLiteral("ev-none"), buffer, &error));
        CHECK(error.contains(QStringLiteral("ev-none")));
        CHECK(file->readEvidence(QStringLiteral("ev-none")).isEmpty());
    }
    SECTION("load fills sha256 and pages of the entries that have bytes")
    {
        Project p = sampleProject();
        Evidence pdf;
        pdf.id = QStringLiteral("ev-pdf2");
        pdf.file = QStringLiteral("/somewhere/else.pdf"); // meaningless once the bytes are in
        p.evidence.append(pdf);
        QString error;
        REQUIRE(file->save(p, &error));
        const Project loaded = file->load();
        const Evidence *e = loaded.evidenceById(QStringLiteral("ev-pdf2"));
        REQUIRE(e);
        CHECK(e->sha256 == sha256OfFile(evidence("two-pages.pdf")));
        CHECK(e->pages == 2);
        CHECK_FALSE(e->file.has_value());
        // ev-1 has no stored bytes: its metadata stays as given (none).
        CHECK_FALSE(loaded.evidenceById(QStringLiteral("ev-1"))->sha256.has_value());

        // Replacing the bytes is reflected without another save.
        REQUIRE(
            file->storeEvidenceFile(QStringLiteral("ev-pdf2"), evidence("one-page.pdf"), nullptr));
        const Project afterReplace = file->load();
        const Evidence *replaced = afterReplace.evidenceById(QStringLiteral("ev-pdf2"));
        CHECK(replaced->pages == 1);
        CHECK(replaced->sha256 == sha256OfFile(evidence("one-page.pdf")));

        // Removing them clears the claim that a file exists.
        REQUIRE(file->removeEvidenceFile(QStringLiteral("ev-pdf2"), &error));
        CHECK_FALSE(file->storedFile(QStringLiteral("ev-pdf2")));
        const Project afterRemove = file->load();
        const Evidence *removed = afterRemove.evidenceById(QStringLiteral("ev-pdf2"));
        CHECK_FALSE(removed->sha256.has_value());
        CHECK_FALSE(removed->pages.has_value());
        CHECK_FALSE(file->removeEvidenceFile(QStringLiteral("ev-pdf2"), &error));
        CHECK(error.contains(QStringLiteral("ev-pdf2")));
    }
}

TEST_CASE("evidence type is detected by content, never by extension", "[store]")
{
    QTemporaryDir dir;
    auto file = newProject(dir);
    Problems problems;

    const QString pngNamedPdf = copyAs(dir, evidence("logo.png"), "看起来是.pdf");
    const auto png = file->storeEvidenceFile(QStringLiteral("ev-1"), pngNamedPdf, &problems);
    REQUIRE(png);
    CHECK(png->mediaType == MediaType::Png);
    CHECK(png->pages == 1);

    const QString jpegNamedTif = copyAs(dir, evidence("scan.jpg"), "scan.tif");
    CHECK(file->storeEvidenceFile(QStringLiteral("ev-2"), jpegNamedTif, &problems)->mediaType ==
          MediaType::Jpeg);
    CHECK(problems.isEmpty());

    const QString text = evidence("not-a-pdf.pdf");
    CHECK_FALSE(file->storeEvidenceFile(QStringLiteral("ev-3"), text, &problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().isError());
    CHECK(problems.first().where == text);
    CHECK(problems.first().message.contains(
        QStringLiteral("不是 PDF/JPEG/PNG/TIFF 文件（按内容识别）")));
    CHECK_FALSE(file->storedFile(QStringLiteral("ev-3")));
}

TEST_CASE("missing, empty and unreadable files are refused, naming the file", "[store]")
{
    QTemporaryDir dir;
    auto file = newProject(dir);
    REQUIRE(file->storeEvidenceFile(QStringLiteral("ev-1"), evidence("scan.jpg"), nullptr));
    const QString before = file->storedFile(QStringLiteral("ev-1"))->sha256;
    Problems problems;

    SECTION("missing")
    {
        const QString path = dir.filePath(QStringLiteral("营业执照.pdf"));
        CHECK_FALSE(file->storeEvidenceFile(QStringLiteral("ev-1"), path, &problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().where == path);
        CHECK(problems.first().message.startsWith(QStringLiteral("文件不存在")));
    }
    SECTION("empty")
    {
        const QString path = dir.filePath(QStringLiteral("empty.pdf"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        CHECK_FALSE(file->storeEvidenceFile(QStringLiteral("ev-1"), path, &problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().where == path);
        CHECK(problems.first().message.startsWith(QStringLiteral("文件为空")));
    }
    SECTION("one byte is not empty, but not a supported type either")
    {
        const QString path = dir.filePath(QStringLiteral("one.pdf"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("%");
        f.close();
        CHECK_FALSE(file->storeEvidenceFile(QStringLiteral("ev-1"), path, &problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().message.contains(QStringLiteral("按内容识别")));
    }
    SECTION("a PDF header with nothing readable behind it")
    {
        const QString path = evidence("unreadable.pdf");
        CHECK_FALSE(file->storeEvidenceFile(QStringLiteral("ev-1"), path, &problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().isError());
        CHECK(problems.first().where == path);
        CHECK(problems.first().message.contains(QStringLiteral("无法读取")));
    }
    SECTION("a JPEG signature with no image behind it")
    {
        const QString path = dir.filePath(QStringLiteral("broken.jpg"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromHex("ffd8ffe0") + QByteArray(200, 'x'));
        f.close();
        CHECK_FALSE(file->storeEvidenceFile(QStringLiteral("ev-1"), path, &problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().where == path);
        CHECK(problems.first().message.contains(QStringLiteral("图像文件已损坏")));
    }
    // A refused replacement leaves the previously stored bytes alone.
    CHECK(file->storedFile(QStringLiteral("ev-1"))->sha256 == before);
    CHECK(sha256Hex(file->readEvidence(QStringLiteral("ev-1"))) == before);
}

TEST_CASE("encrypted and repaired PDFs are stored with a warning", "[store]")
{
    QTemporaryDir dir;
    auto file = newProject(dir);
    Problems problems;

    const auto encrypted =
        file->storeEvidenceFile(QStringLiteral("ev-1"), evidence("encrypted.pdf"), &problems);
    REQUIRE(encrypted);
    CHECK(encrypted->pages == 0);
    REQUIRE(problems.size() == 1);
    CHECK_FALSE(problems.first().isError());
    CHECK(problems.first().where == evidence("encrypted.pdf"));
    CHECK(problems.first().message.contains(QStringLiteral("已加密，导出时需要密码")));

    problems.clear();
    const auto damaged =
        file->storeEvidenceFile(QStringLiteral("ev-2"), evidence("damaged.pdf"), &problems);
    REQUIRE(damaged);
    CHECK(damaged->pages == 1);
    CHECK(damaged->sha256 ==
          sha256OfFile(evidence("damaged.pdf"))); // stored as given, not repaired
    REQUIRE(problems.size() == 1);
    CHECK_FALSE(problems.first().isError());
    CHECK(problems.first().message.contains(QStringLiteral("修复")));
}

TEST_CASE("createFrom imports every evidence file or leaves nothing behind", "[store]")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("导入"));
    REQUIRE(QDir().mkpath(base + QStringLiteral("/evidence")));
    QFile::copy(evidence("scan.jpg"), base + QStringLiteral("/evidence/licence.jpg"));
    QFile::copy(evidence("two-pages.pdf"), base + QStringLiteral("/evidence/audit2019.pdf"));
    Project project = sampleProject();
    project.evidence[0].file = QStringLiteral("evidence/licence.jpg");           // relative
    project.evidence[1].file = base + QStringLiteral("/evidence/audit2019.pdf"); // absolute
    const QString path = dir.filePath(QStringLiteral("p.shenbao"));

    SECTION("all files good")
    {
        Problems problems;
        auto file = ProjectFile::createFrom(path, project, base, &problems);
        INFO((problems.isEmpty() ? QString() : problems.first().toString()));
        REQUIRE(file);
        CHECK(problems.isEmpty());
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
        const Project loaded = file->load();
        REQUIRE(loaded.evidence.size() == 2);
        CHECK_FALSE(loaded.evidence[0].file.has_value());
        CHECK(loaded.evidence[0].sha256 == sha256OfFile(evidence("scan.jpg")));
        CHECK(loaded.evidence[0].pages == 1);
        CHECK(loaded.evidence[1].pages == 2);
        CHECK(loaded.evidence[0].title == QStringLiteral("营业执照"));
        CHECK(file->storedFile(QStringLiteral("ev-1"))->originalName ==
              QStringLiteral("licence.jpg"));
        // Apart from file → sha256/pages, the data is what was given.
        Project expected = project;
        expected.evidence = loaded.evidence;
        CHECK(loaded == expected);
    }
    SECTION("one bad file among good ones")
    {
        project.evidence[1].file = QStringLiteral("evidence/missing.pdf");
        Problems problems;
        CHECK_FALSE(ProjectFile::createFrom(path, project, base, &problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().where == base + QStringLiteral("/evidence/missing.pdf"));
        CHECK(problems.first().message.contains(QStringLiteral("ev-2")));
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
    }
    SECTION("every bad file is reported, not just the first")
    {
        project.evidence[0].file = evidence("not-a-pdf.pdf");
        project.evidence[1].file = QStringLiteral("evidence/missing.pdf");
        Evidence encrypted;
        encrypted.id = QStringLiteral("ev-3");
        encrypted.file = evidence("encrypted.pdf");
        project.evidence.append(encrypted);
        Problems problems;
        CHECK_FALSE(ProjectFile::createFrom(path, project, base, &problems));
        REQUIRE(problems.size() == 3); // two errors, and the warning about the encrypted PDF
        CHECK(problems[0].where == evidence("not-a-pdf.pdf"));
        CHECK(problems[1].where == base + QStringLiteral("/evidence/missing.pdf"));
        CHECK_FALSE(problems[2].isError());
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    SECTION("duplicate evidence ids are refused")
    {
        project.evidence[1].id = project.evidence[0].id;
        Problems problems;
        CHECK_FALSE(ProjectFile::createFrom(path, project, base, &problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().where == QStringLiteral("evidence[1].id"));
        CHECK_FALSE(QFileInfo::exists(path));
    }
}

TEST_CASE("createFrom stores each file's digest while the next is stored", "[store]")
{
    // Files of one chunk and of several (hashed on a second thread, their digest written
    // once the next file is stored): every digest is the file's own, and every blob reads
    // back whole and verified.
    QTemporaryDir dir;
    Project project = sampleProject();
    project.evidence.clear();
    const int sides[] = {900, 300, 1448, 600};
    for (int i = 0; i < 4; ++i) {
        const QString png = dir.filePath(QStringLiteral("scan-%1.png").arg(i));
        writeNoisePng(png, sides[i], sides[i], 11 + i);
        Evidence e;
        e.id = QStringLiteral("ev-%1").arg(i + 1);
        e.file = png;
        project.evidence.append(e);
    }
    Problems problems;
    auto file = ProjectFile::createFrom(dir.filePath(QStringLiteral("p.shenbao")), project,
                                        dir.path(), &problems);
    INFO((problems.isEmpty() ? QString() : problems.first().toString()));
    REQUIRE(file);
    const Project loaded = file->load();
    REQUIRE(loaded.evidence.size() == 4);
    for (int i = 0; i < 4; ++i) {
        const QString png = dir.filePath(QStringLiteral("scan-%1.png").arg(i));
        CAPTURE(i, QFileInfo(png).size());
        CHECK(loaded.evidence[i].sha256 == sha256OfFile(png));
        QFile out(dir.filePath(QStringLiteral("copy-%1.png").arg(i)));
        REQUIRE(out.open(QIODevice::WriteOnly));
        QString error;
        CHECK(file->copyEvidenceTo(loaded.evidence[i].id, out, &error));
        out.close();
        CHECK(sha256OfFile(out.fileName()) == sha256OfFile(png));
    }
    CHECK(file->integrityProblems().isEmpty());
}

TEST_CASE("storing and copying a large file keeps SQLite's memory flat", "[store]")
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.png"));
    writeNoisePng(big, 1448, 1448, 7);
    const qint64 size = QFileInfo(big).size();
    REQUIRE(size > 8'000'000);
    auto file = newProject(dir);

    // SQLite's own allocation counter: its page cache is ~2 MB, so anything near the file
    // size means a whole blob went through memory (as an UPDATE of the row would do).
    sqlite3_memory_highwater(1);
    const auto stored = file->storeEvidenceFile(QStringLiteral("ev-1"), big, nullptr);
    REQUIRE(stored);
    const qint64 storeHighwater = sqlite3_memory_highwater(1);
    QFile out(dir.filePath(QStringLiteral("copy.png")));
    REQUIRE(out.open(QIODevice::WriteOnly));
    QString error;
    REQUIRE(file->copyEvidenceTo(QStringLiteral("ev-1"), out, &error));
    out.close();
    const qint64 copyHighwater = sqlite3_memory_highwater(1);
    INFO("SQLite memory high-water: store " << storeHighwater << ", copy " << copyHighwater);
    CHECK(storeHighwater < size / 2);
    CHECK(copyHighwater < size / 2);
    CHECK(sha256OfFile(out.fileName()) == sha256OfFile(big));
    CHECK(stored->sha256 == sha256OfFile(big));
}

TEST_CASE("a blob is copied whole or in pieces, and a changed byte fails either way", "[store]")
{
    // Up to 8 MiB a blob goes out in one write with its hash on a second thread; above, in
    // 1 MiB pieces hashed as they go. Both give the stored bytes, and both refuse a blob whose
    // bytes no longer match the stored SHA-256.
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.png"));
    const QString large = dir.filePath(QStringLiteral("large.png"));
    writeNoisePng(small, 700, 700, 3);
    writeNoisePng(large, 1700, 1700, 5);
    REQUIRE(QFileInfo(small).size() < 8 * 1024 * 1024);
    REQUIRE(QFileInfo(large).size() > 9 * 1024 * 1024);
    const QString path = dir.filePath(QStringLiteral("p.shenbao"));
    {
        auto file = newProject(dir);
        REQUIRE(file->storeEvidenceFile(QStringLiteral("ev-small"), small, nullptr));
        REQUIRE(file->storeEvidenceFile(QStringLiteral("ev-large"), large, nullptr));
        for (const auto &[id, original] :
             {std::pair{"ev-small", small}, std::pair{"ev-large", large}}) {
            INFO(id);
            QFile out(dir.filePath(QStringLiteral("copy-%1").arg(QLatin1StringView(id))));
            REQUIRE(out.open(QIODevice::WriteOnly));
            QString error;
            REQUIRE(file->copyEvidenceTo(QLatin1StringView(id), out, &error));
            out.close();
            CHECK(sha256OfFile(out.fileName()) == sha256OfFile(original));
        }
        REQUIRE(file->path() == path);
    }
    // One byte changed inside each blob, past the first chunk and in the middle.
    rawSql(path, "UPDATE evidence_file SET bytes = substr(bytes, 1, 1500000) || x'00' || "
                 "substr(bytes, 1500002) WHERE evidence_id IN ('ev-small', 'ev-large')");
    QString error;
    auto file = ProjectFile::open(path, &error);
    REQUIRE(file);
    for (const char *id : {"ev-small", "ev-large"}) {
        INFO(id);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QString why;
        CHECK_FALSE(file->copyEvidenceTo(QLatin1StringView(id), sink, &why));
        CHECK(why.contains(QStringLiteral("SHA-256 与记录不符")));
        CHECK(why.contains(QLatin1StringView(id)));
    }
}

// --- load() reads no blobs ---------------------------------------------------------------
//
// Timing a load proves nothing on a fast disk with a warm cache. Instead a shim VFS counts the
// bytes SQLite reads from the main database file: opening and loading a project that holds a
// 4 MB evidence file must read only a few pages, while reading the evidence reads all of it
// (which shows the shim sees the reads).

namespace {

std::atomic<qint64> g_mainDbBytesRead{0};
sqlite3_vfs *g_realVfs = nullptr;

struct CountingFile
{
    sqlite3_file base;
    sqlite3_file *real;
    bool mainDb;
};

CountingFile *counting(sqlite3_file *f)
{
    return reinterpret_cast<CountingFile *>(f);
}

sqlite3_file *real(sqlite3_file *f)
{
    return counting(f)->real;
}

const sqlite3_io_methods g_countingMethods = {
    1, // no WAL, no memory-mapped I/O: every page read goes through xRead
    [](sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); },
    [](sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset) {
        if (counting(f)->mainDb)
            g_mainDbBytesRead += amount;
        return real(f)->pMethods->xRead(real(f), buf, amount, offset);
    },
    [](sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset) {
        return real(f)->pMethods->xWrite(real(f), buf, amount, offset);
    },
    [](sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); },
    [](sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); },
    [](sqlite3_file *f, sqlite3_int64 *size) {
        return real(f)->pMethods->xFileSize(real(f), size);
    },
    [](sqlite3_file *f, int lock) { return real(f)->pMethods->xLock(real(f), lock); },
    [](sqlite3_file *f, int lock) { return real(f)->pMethods->xUnlock(real(f), lock); },
    [](sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); },
    [](sqlite3_file *f, int op, void *arg) {
        return real(f)->pMethods->xFileControl(real(f), op, arg);
    },
    [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); },
    [](sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); },
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr};

int countingOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    CountingFile *f = counting(file);
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    f->mainDb = flags & SQLITE_OPEN_MAIN_DB;
    const int rc = g_realVfs->xOpen(g_realVfs, name, f->real, flags, outFlags);
    file->pMethods = f->real->pMethods ? &g_countingMethods : nullptr;
    return rc;
}

// Installs the counting VFS as SQLite's default for the lifetime of the object.
struct CountingVfs
{
    sqlite3_vfs vfs;
    CountingVfs()
    {
        g_realVfs = sqlite3_vfs_find(nullptr);
        vfs = *g_realVfs;
        vfs.zName = "shenbao-test-counting";
        vfs.szOsFile = int(sizeof(CountingFile)) + g_realVfs->szOsFile;
        vfs.xOpen = countingOpen;
        vfs.pNext = nullptr;
        sqlite3_vfs_register(&vfs, 1);
    }
    ~CountingVfs() { sqlite3_vfs_unregister(&vfs); }
};

} // namespace

TEST_CASE("opening and loading a project reads none of the evidence bytes", "[store]")
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big-scan.png"));
    writeNoisePng(big, 1024, 1024, 42);
    const qint64 bigSize = QFileInfo(big).size();
    REQUIRE(bigSize > 4'000'000);
    const QString path = dir.filePath(QStringLiteral("p.shenbao"));
    Project project = sampleProject();
    project.evidence[0].file = big;
    Problems problems;
    REQUIRE(ProjectFile::createFrom(path, project, dir.path(), &problems));

    CountingVfs vfs;
    QString error;
    g_mainDbBytesRead = 0;
    auto file = ProjectFile::open(path, &error);
    REQUIRE(file);
    const Project loaded = file->load();
    const auto stored = file->storedFiles();
    const auto one = file->storedFile(QStringLiteral("ev-1"));
    const qint64 readForLoad = g_mainDbBytesRead;
    INFO("bytes read to open and load: " << readForLoad << " of " << QFileInfo(path).size());
    CHECK(loaded.evidence[0].sha256 == sha256OfFile(big));
    CHECK(stored.size() == 1);
    CHECK(one->size == bigSize);
    // A handful of pages (32 KiB each in a new file), not the 4 MB blob.
    const qint64 pageSize = rawSql(path, "PRAGMA page_size").toLongLong();
    REQUIRE(bigSize > 16 * pageSize);
    CHECK(readForLoad > 0);             // the shim does see the reads…
    CHECK(readForLoad <= 8 * pageSize); // …and they are a handful of pages, not 4 MB

    g_mainDbBytesRead = 0;
    CHECK(sha256Hex(file->readEvidence(QStringLiteral("ev-1"))) == one->sha256);
    // Reading the evidence is what reads the blob: all of it but the first part of the row,
    // which SQLite keeps on the row's own page (read already to list the file).
    CHECK(g_mainDbBytesRead >= bigSize - pageSize);
    file.reset();
}

TEST_CASE("the export's integrity check reads the structure, not the evidence bytes", "[store]")
{
    // The binder verifies each blob against its SHA-256 while copying it; a full
    // integrity_check before that would read every evidence byte once more.
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big-scan.png"));
    writeNoisePng(big, 1024, 1024, 7);
    const qint64 bigSize = QFileInfo(big).size();
    const QString path = dir.filePath(QStringLiteral("p.shenbao"));
    Project project = sampleProject();
    project.evidence[0].file = big;
    Problems problems;
    REQUIRE(ProjectFile::createFrom(path, project, dir.path(), &problems));

    // A few pages (32 KiB each in a new file), not the 4 MB blob.
    const qint64 pageSize = rawSql(path, "PRAGMA page_size").toLongLong();
    REQUIRE(bigSize > 16 * pageSize);
    CountingVfs vfs;
    QString error;
    auto file = ProjectFile::open(path, &error);
    REQUIRE(file);
    g_mainDbBytesRead = 0;
    CHECK(file->integrityProblems(ProjectFile::IntegrityScope::ExceptEvidenceBytes).isEmpty());
    INFO("bytes read by the structural check: " << g_mainDbBytesRead);
    CHECK(g_mainDbBytesRead <= 8 * pageSize);
    g_mainDbBytesRead = 0;
    CHECK(file->integrityProblems(ProjectFile::IntegrityScope::Everything).isEmpty());
    CHECK(g_mainDbBytesRead >= bigSize);

    // A header read takes what it asks for and no more.
    g_mainDbBytesRead = 0;
    const QByteArray head = file->readEvidenceHead(QStringLiteral("ev-1"), 1000, &error);
    CHECK(head.size() == 1000);
    CHECK(head == readFile(big).left(1000));
    CHECK(g_mainDbBytesRead <= 2 * pageSize);
    CHECK(file->readEvidenceHead(QStringLiteral("nope"), 1000, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("nope")));
}

TEST_CASE("the structural integrity check finds damage outside the evidence table", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shenbao"));
    Problems problems;
    REQUIRE(ProjectFile::createFrom(path, sampleProject(), dir.path(), &problems));
    const qint64 pageSize = rawSql(path, "PRAGMA page_size").toLongLong();
    const qint64 root =
        rawSql(path, "SELECT rootpage FROM sqlite_schema WHERE name = 'project_part'").toLongLong();
    REQUIRE(pageSize > 0);
    REQUIRE(root > 1);
    {
        // The b-tree page's "first freeblock" and cell count point past the page.
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek((root - 1) * pageSize + 3));
        REQUIRE(f.write(QByteArray("\xff\xff", 2)) == 2);
    }
    QString error;
    auto file = ProjectFile::open(path, &error);
    if (!file) {
        CHECK(!error.isEmpty()); // refused at open: just as good
        return;
    }
    const QStringList found =
        file->integrityProblems(ProjectFile::IntegrityScope::ExceptEvidenceBytes);
    INFO(found.join(u'\n').toStdString());
    CHECK(!found.isEmpty());
}
