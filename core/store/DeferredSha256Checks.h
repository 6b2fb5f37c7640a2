// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace shenbao::store {

// SHA-256 checks that run behind the caller. The caller hands over bytes it has already passed
// on, with the hash they must have, and goes on with its next piece of work while a thread of
// its own hashes them; finish() waits for the last check and lists every mismatch.
//
// For outputs that are not kept until finish() has found nothing: an export writes a temporary
// file, and a blob whose bytes differ from their stored hash fails the export before the file
// is renamed into place, exactly as a check made before the copy would. Checking behind the
// copy takes the hash off the export's critical path (on two cores it was waited for after
// every blob: a third of the write of a 258 MB dossier).
//
// The bytes are shared, not copied (QByteArray); at most `maxQueuedBytes` wait to be hashed,
// after which check() waits for the thread, so memory stays bounded.
class DeferredSha256Checks
{
public:
    explicit DeferredSha256Checks(qsizetype maxQueuedBytes = 8 << 20);
    // Stops the thread; checks not yet made are dropped.
    ~DeferredSha256Checks();
    DeferredSha256Checks(const DeferredSha256Checks &) = delete;
    DeferredSha256Checks &operator=(const DeferredSha256Checks &) = delete;

    // Queues `bytes` to be hashed and compared with `expectedHex` (lower-case hex). `what`
    // names them in the result. Thread-safe.
    void check(const QString &what, const QByteArray &bytes, const QString &expectedHex);

    struct Mismatch
    {
        QString what;
        QString expectedHex;
        QString actualHex;
    };
    // Waits for every check queued so far; the ones whose hash differed, in queue order.
    // The object can be used again afterwards.
    QList<Mismatch> finish();

    // A buffer of `size` bytes (contents undefined) for the next bytes to check: the memory
    // of checks already made when it is large enough and no longer shared, so that copying
    // blob after blob does not fault in and zero fresh pages for each. Thread-safe.
    QByteArray buffer(qsizetype size);

private:
    struct Pending
    {
        QString what;
        QByteArray bytes;
        QString expectedHex;
    };
    void checkLoop();

    const qsizetype m_maxQueuedBytes;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Pending> m_queue;
    qsizetype m_queuedBytes = 0;
    bool m_busy = false; // the thread is hashing one it has taken off the queue
    bool m_stopping = false;
    QList<Mismatch> m_mismatches;
    std::vector<QByteArray> m_spare; // checked bytes, for buffer()
    std::thread m_thread;            // started by the first check()
};

} // namespace shenbao::store
