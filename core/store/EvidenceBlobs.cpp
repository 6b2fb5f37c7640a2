// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/EvidenceBlobs.h"

#include "store/ConcurrentSha256.h"
#include "store/DeferredSha256Checks.h"
#include "store/ProjectSchema.h"
#include "store/Sha256.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace shenbao::store {

using sqlite::Statement;

// Big enough that per-call overhead vanishes, small enough that memory stays flat.
constexpr qint64 kChunkSize = 1 << 20;

// The SHA-256 of a file as it is read: a file of more than one chunk is hashed on a thread of
// its own while the caller stores it, the chunks cycling through a few buffers that the hash is
// done with before they are filled again (the hash was a third of an import's time on one
// core); a smaller one is hashed at once. The buffers live as long as the hash that reads them.
struct PendingSha256
{
    explicit PendingSha256(bool concurrently)
        : buffers(concurrently ? kBuffers : 1)
    {
        for (QByteArray &b : buffers)
            b = QByteArray(kChunkSize, Qt::Uninitialized); // each its own memory
        if (concurrently)
            concurrent = std::make_unique<ConcurrentSha256>();
    }
    char *bufferFor(int chunk)
    {
        // Chunk `chunk` - kBuffers used this buffer: wait until it is hashed.
        if (concurrent && chunk >= kBuffers)
            concurrent->waitUntilPendingAtMost(kBuffers - 1);
        return buffers[size_t(chunk) % buffers.size()].data();
    }
    void add(const char *data, qint64 n)
    {
        if (concurrent)
            concurrent->add(data, n);
        else
            inlineHash.add(data, n);
    }
    QString hexDigest()
    {
        if (!hex)
            hex = concurrent ? concurrent->hexDigest() : inlineHash.hexDigest();
        return *hex;
    }

    static constexpr int kBuffers = 3;
    std::vector<QByteArray> buffers; // declared first: destroyed after the hash's thread
    std::unique_ptr<ConcurrentSha256> concurrent;
    Sha256 inlineHash;
    std::optional<QString> hex;
};

namespace {

// Blobs up to this size are copied out in one piece (see copyEvidenceBlob). With qpdf's own
// whole-stream buffer and the copy it hands on, such a blob costs three times its size at the
// peak, 24 MiB at 8 MiB: no more than a chunked copy of the same blob cost (qpdf's buffer
// doubling through 4 and 8 MiB, then its copy), so an export's peak stays where it was (113 MB
// resident for the 258 MB corpus, budget 128 MiB). Larger blobs go in 1 MiB pieces.
constexpr qint64 kWholeBlobLimit = 8 << 20;

void report(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString changedMessage()
{
    return QStringLiteral("文件在添加过程中被改动；请等它保存完毕后重试");
}

// Reads the file chunk by chunk, checking that it is still the file that was inspected (same
// size, same type); `sink` returns false to stop. Returns the SHA-256 of what was read, which
// may still be being computed (PendingSha256::hexDigest waits for it).
std::shared_ptr<PendingSha256>
readChunks(const QString &filePath, const EvidenceInspection &inspection,
           const std::function<bool(const char *, int, qint64)> &sink, QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        report(error, QStringLiteral("文件无法读取（%1）").arg(file.errorString()));
        return nullptr;
    }
    auto pending = std::make_shared<PendingSha256>(inspection.size > kChunkSize);
    qint64 offset = 0;
    for (int chunk = 0;; ++chunk) {
        char *buffer = pending->bufferFor(chunk);
        const qint64 n = file.read(buffer, kChunkSize);
        if (n < 0) {
            report(error, QStringLiteral("文件读取失败（%1）").arg(file.errorString()));
            return nullptr;
        }
        if (n == 0)
            break;
        if (offset + n > inspection.size ||
            (offset == 0 && sniffMediaType(QByteArrayView(buffer, n)) != inspection.mediaType)) {
            report(error, changedMessage());
            return nullptr;
        }
        pending->add(buffer, n);
        if (sink && !sink(buffer, int(n), offset))
            return nullptr;
        offset += n;
    }
    if (offset != inspection.size) {
        report(error, changedMessage());
        return nullptr;
    }
    return pending;
}

} // namespace

QList<StoredFile> queryStoredFiles(sqlite::Database &db, const QString *onlyId)
{
    // Named columns only, `bytes` last in the table: the blob's overflow pages stay on disk
    // (ProjectFile's promise that opening and loading read no blobs).
    Statement st =
        db.prepare(onlyId ? "SELECT evidence_id, original_name, media_type, sha256, size, pages "
                            "FROM evidence_file WHERE evidence_id = ?1"
                          : "SELECT evidence_id, original_name, media_type, sha256, size, pages "
                            "FROM evidence_file ORDER BY evidence_id");
    QList<StoredFile> out;
    if (!st.isValid())
        return out;
    if (onlyId)
        st.bind(1, *onlyId);
    while (st.step() == Statement::Step::Row) {
        StoredFile f;
        f.evidenceId = st.columnText(0);
        f.originalName = st.columnText(1);
        f.mediaType = fromKey<MediaType>(st.columnText(2)).value_or(MediaType::Unknown);
        f.sha256 = st.columnText(3);
        f.size = st.columnInt64(4);
        f.pages = int(st.columnInt64(5));
        out.append(f);
    }
    return out;
}

namespace {

// Runs `body` (which returns an optional, empty on failure with *error set) in a transaction of
// its own, touching the project's modification time when `touch`; nothing is kept unless all
// of it succeeds.
template <typename Body>
auto inTransaction(sqlite::Database &db, QString *error, bool touch, Body body) -> decltype(body())
{
    sqlite::Transaction tx(db);
    if (!tx.isActive()) {
        report(error, QStringLiteral("无法写入项目文件（%1）").arg(db.lastError()));
        return std::nullopt;
    }
    auto result = body();
    if (!result)
        return std::nullopt;
    QString sqlError;
    if ((touch && !touchMeta(db, false, &sqlError)) || !tx.commit(&sqlError)) {
        report(error, QStringLiteral("无法写入项目文件（%1）").arg(sqlError));
        return std::nullopt;
    }
    return result;
}

// The row and its bytes, in the caller's transaction; the digest left running (readChunks).
std::optional<PendingEvidence> insertEvidenceBytes(sqlite::Database &db, const QString &evidenceId,
                                                   const QString &filePath,
                                                   const EvidenceInspection &inspection,
                                                   QString *error)
{
    // sqlite3_blob_* take int offsets, and SQLite's default maximum blob is 1e9 bytes.
    if (inspection.size > 1'000'000'000) {
        report(error, QStringLiteral("文件太大（%1 MB）；单个证明材料请控制在 1000 MB 以内")
                          .arg(inspection.size >> 20));
        return std::nullopt;
    }
    PendingEvidence pending;
    StoredFile &stored = pending.stored;
    stored.evidenceId = evidenceId;
    stored.originalName = QFileInfo(filePath).fileName();
    stored.mediaType = inspection.mediaType;
    stored.size = inspection.size;
    stored.pages = inspection.pages;

    // One pass: the bytes are hashed as they are streamed into the blob. The row is inserted
    // with a placeholder digest of the same length, which is then overwritten in place through
    // a blob handle on the TEXT column (writeEvidenceDigest): an UPDATE would make SQLite
    // rewrite the whole record, evidence bytes included, in memory. What is stored is exactly
    // what was hashed.
    const QString placeholder(64, u'0');
    const auto sqlFailed = [&] {
        report(error, QStringLiteral("无法写入项目文件（%1）").arg(db.lastError()));
        return std::nullopt;
    };
    Statement del = db.prepare("DELETE FROM evidence_file WHERE evidence_id = ?1");
    if (!del.isValid() || !del.bind(1, evidenceId).exec())
        return sqlFailed();
    // zeroblob reserves the space without materialising it; the bytes follow in chunks.
    Statement ins = db.prepare(
        "INSERT INTO evidence_file (evidence_id, original_name, media_type, sha256, size, "
        "pages, bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!ins.isValid() || !ins.bind(1, evidenceId)
                               .bind(2, stored.originalName)
                               .bind(3, toKey(stored.mediaType))
                               .bind(4, placeholder)
                               .bind(5, stored.size)
                               .bind(6, qint64(stored.pages))
                               .bindZeroBlob(7, stored.size)
                               .exec())
        return sqlFailed();
    pending.rowId = db.lastInsertRowId();
    // Closed before COMMIT: an open blob handle counts as a statement in progress.
    sqlite::Blob blob;
    QString sqlError;
    if (!blob.open(db, "evidence_file", "bytes", pending.rowId, true, &sqlError)) {
        report(error, QStringLiteral("无法写入项目文件（%1）").arg(sqlError));
        return std::nullopt;
    }
    pending.digest = readChunks(
        filePath, inspection,
        [&](const char *data, int n, qint64 offset) {
            if (blob.write(data, n, offset, &sqlError))
                return true;
            report(error, QStringLiteral("无法写入项目文件（%1）").arg(sqlError));
            return false;
        },
        error);
    if (!pending.digest)
        return std::nullopt;
    return pending;
}

// Waits for the digest and writes it over the placeholder, in the caller's transaction.
std::optional<StoredFile> writeEvidenceDigest(sqlite::Database &db, PendingEvidence pending,
                                              QString *error)
{
    StoredFile stored = pending.stored;
    stored.sha256 = pending.digest->hexDigest();
    pending.digest.reset(); // its buffers go now
    QString sqlError;
    sqlite::Blob digest;
    const QByteArray hex = stored.sha256.toLatin1();
    if (!digest.open(db, "evidence_file", "sha256", pending.rowId, true, &sqlError) ||
        digest.size() != hex.size() ||
        !digest.write(hex.constData(), int(hex.size()), 0, &sqlError)) {
        report(error, QStringLiteral("无法写入项目文件（%1）")
                          .arg(sqlError.isEmpty() ? db.lastError() : sqlError));
        return std::nullopt;
    }
    return stored;
}

} // namespace

std::optional<StoredFile> storeEvidenceBlob(sqlite::Database &db, const QString &evidenceId,
                                            const QString &filePath,
                                            const EvidenceInspection &inspection, QString *error)
{
    // One transaction: the row, its bytes and its digest are committed together.
    return inTransaction(db, error, true, [&]() -> std::optional<StoredFile> {
        auto pending = insertEvidenceBytes(db, evidenceId, filePath, inspection, error);
        if (!pending)
            return std::nullopt;
        return writeEvidenceDigest(db, std::move(*pending), error);
    });
}

std::optional<PendingEvidence> storeEvidenceBytes(sqlite::Database &db, const QString &evidenceId,
                                                  const QString &filePath,
                                                  const EvidenceInspection &inspection,
                                                  QString *error)
{
    return inTransaction(db, error, false, [&] {
        return insertEvidenceBytes(db, evidenceId, filePath, inspection, error);
    });
}

std::optional<StoredFile> finishEvidenceDigest(sqlite::Database &db, PendingEvidence pending,
                                               QString *error)
{
    return inTransaction(db, error, true,
                         [&] { return writeEvidenceDigest(db, std::move(pending), error); });
}

bool copyEvidenceBlob(sqlite::Database &db, const QString &evidenceId, QIODevice &out,
                      QString *error, DeferredSha256Checks *deferred)
{
    // Holding this statement open keeps one read transaction around the whole copy, so a save
    // from another connection cannot swap the blob half-way.
    Statement st =
        db.prepare("SELECT rowid, sha256, size FROM evidence_file WHERE evidence_id = ?1");
    if (!st.isValid() || st.bind(1, evidenceId).step() != Statement::Step::Row) {
        report(error, QStringLiteral("项目中没有证明材料 %1 的文件").arg(evidenceId));
        return false;
    }
    const QString expected = st.columnText(1);
    const qint64 expectedSize = st.columnInt64(2);
    sqlite::Blob blob;
    QString sqlError;
    if (!blob.open(db, "evidence_file", "bytes", st.columnInt64(0), false, &sqlError)) {
        report(error, QStringLiteral("无法读取证明材料 %1（%2）").arg(evidenceId, sqlError));
        return false;
    }
    const qint64 size = blob.size();
    if (size != expectedSize) {
        report(error, damagedEvidenceMessage(evidenceId,
                                             QStringLiteral("记录的大小为 %1 字节，实际为 %2 字节")
                                                 .arg(expectedSize)
                                                 .arg(size)));
        return false;
    }
    // Verified where it is used: the bytes are hashed as they go out, and a copy whose hash
    // differs from the stored SHA-256 fails (the dossier would otherwise claim a hash its
    // content does not have).
    //
    // A blob of ordinary size is read whole and handed on in one write: qpdf's writer buffers
    // each stream whole before writing it, and fed in chunks its buffer grows by doubling,
    // copying what it holds each time (about 1.4 more copies of every byte). The hash runs on
    // a second thread over the chunks just read, while the next are read and handed on.
    const auto readFailed = [&] {
        report(error, QStringLiteral("无法读取证明材料 %1（%2）").arg(evidenceId, sqlError));
        return false;
    };
    const auto writeFailed = [&] {
        report(error,
               QStringLiteral("无法写出证明材料 %1（%2）").arg(evidenceId, out.errorString()));
        return false;
    };
    QString actual;
    if (size <= kWholeBlobLimit) {
        QByteArray whole = deferred ? deferred->buffer(size) : QByteArray(size, Qt::Uninitialized);
        // Spans of `whole` are queued; it outlives the hash, which ends before it goes. A blob
        // of one chunk has nothing to overlap its hash with but the hand-over: no thread (an
        // export of 2,000 small files would start 2,000). A deferred check hashes it later.
        std::optional<ConcurrentSha256> concurrent;
        if (size > kChunkSize && !deferred)
            concurrent.emplace();
        for (qint64 offset = 0; offset < size;) {
            const int n = int(std::min(kChunkSize, size - offset));
            if (!blob.read(whole.data() + offset, n, offset, &sqlError))
                return readFailed();
            if (concurrent)
                concurrent->add(whole.constData() + offset, n);
            offset += n;
        }
        if (size > 0 && out.write(whole.constData(), size) != size)
            return writeFailed();
        if (deferred) {
            deferred->check(evidenceId, whole, expected);
            return true;
        }
        actual = concurrent ? concurrent->hexDigest() : Sha256::hex(whole);
    } else {
        Sha256 hash;
        QByteArray buffer(kChunkSize, Qt::Uninitialized);
        for (qint64 offset = 0; offset < size;) {
            const int n = int(std::min(kChunkSize, size - offset));
            if (!blob.read(buffer.data(), n, offset, &sqlError))
                return readFailed();
            hash.add(buffer.constData(), n);
            if (out.write(buffer.constData(), n) != n)
                return writeFailed();
            offset += n;
        }
        actual = hash.hexDigest();
    }
    if (actual != expected) {
        report(error, evidenceHashMismatchMessage(evidenceId, expected, actual));
        return false;
    }
    return true;
}

QString evidenceHashMismatchMessage(const QString &evidenceId, const QString &expectedHex,
                                    const QString &actualHex)
{
    return damagedEvidenceMessage(evidenceId,
                                  QStringLiteral("SHA-256 与记录不符：记录为 %1，实际为 %2")
                                      .arg(expectedHex.left(16), actualHex.left(16)));
}

QByteArray readEvidenceBlobHead(sqlite::Database &db, const QString &evidenceId, qint64 maxBytes,
                                QString *error)
{
    Statement st = db.prepare("SELECT rowid FROM evidence_file WHERE evidence_id = ?1");
    if (!st.isValid() || st.bind(1, evidenceId).step() != Statement::Step::Row) {
        report(error, QStringLiteral("项目中没有证明材料 %1 的文件").arg(evidenceId));
        return {};
    }
    sqlite::Blob blob;
    QString sqlError;
    if (!blob.open(db, "evidence_file", "bytes", st.columnInt64(0), false, &sqlError)) {
        report(error, QStringLiteral("无法读取证明材料 %1（%2）").arg(evidenceId, sqlError));
        return {};
    }
    QByteArray head(qsizetype(std::min(blob.size(), std::max<qint64>(0, maxBytes))),
                    Qt::Uninitialized);
    if (!head.isEmpty() && !blob.read(head.data(), int(head.size()), 0, &sqlError)) {
        report(error, QStringLiteral("无法读取证明材料 %1（%2）").arg(evidenceId, sqlError));
        return {};
    }
    return head;
}

QString damagedEvidenceMessage(const QString &evidenceId, const QString &detail)
{
    return QStringLiteral("证明材料 %1 的文件在项目中已损坏（%2）；请重新添加该文件")
        .arg(evidenceId, detail);
}

} // namespace shenbao::store
