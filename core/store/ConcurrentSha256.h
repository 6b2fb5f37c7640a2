// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

namespace shenbao::store {

// SHA-256 computed on a thread of its own while the caller goes on with the same bytes (copying
// a blob into qpdf's writer, say): on two cores the hash stops adding to the copy's time.
// add() only queues the span, so the caller must keep those bytes alive and unchanged until
// hexDigest() has returned; nothing is copied.
//
//     ConcurrentSha256 hash;
//     hash.add(chunk, n);          // as the chunks arrive, in order
//     QString hex = hash.hexDigest();   // waits for the last span
class ConcurrentSha256
{
public:
    ConcurrentSha256();
    // Waits for the thread; spans not yet hashed are dropped.
    ~ConcurrentSha256();
    ConcurrentSha256(const ConcurrentSha256 &) = delete;
    ConcurrentSha256 &operator=(const ConcurrentSha256 &) = delete;

    void add(const char *data, qsizetype size);
    // Waits until at most `spans` of the spans added are still to be hashed (being hashed
    // counts): a caller cycling through a few buffers waits here before it fills one again.
    void waitUntilPendingAtMost(qsizetype spans);
    // Once every span is hashed: the 64 lower-case hex digits. Ends the object's use.
    QString hexDigest();

private:
    void hashLoop();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<const char *, qsizetype>> m_spans;
    bool m_hashing = false; // the thread holds a span it took off the queue
    bool m_closing = false;
    bool m_dropPending = false;
    QString m_hex;
    std::thread m_thread;
};

} // namespace shenbao::store
