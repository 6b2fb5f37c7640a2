// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/DeferredSha256Checks.h"

#include "store/Sha256.h"

namespace shenbao::store {

namespace {
constexpr size_t kMaxSpare = 6;
}

DeferredSha256Checks::DeferredSha256Checks(qsizetype maxQueuedBytes)
    : m_maxQueuedBytes(maxQueuedBytes)
{
}

DeferredSha256Checks::~DeferredSha256Checks()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DeferredSha256Checks::check(const QString &what, const QByteArray &bytes,
                                 const QString &expectedHex)
{
    {
        std::unique_lock lock(m_mutex);
        if (!m_thread.joinable())
            m_thread = std::thread([this] { checkLoop(); });
        // Room for these bytes, unless nothing waits (a blob larger than the bound still goes).
        m_changed.wait(lock, [&] {
            return m_queue.empty() || m_queuedBytes + bytes.size() <= m_maxQueuedBytes;
        });
        m_queue.push_back(Pending{what, bytes, expectedHex});
        m_queuedBytes += bytes.size();
    }
    m_changed.notify_all();
}

QList<DeferredSha256Checks::Mismatch> DeferredSha256Checks::finish()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_busy; });
    QList<Mismatch> found;
    found.swap(m_mismatches);
    return found;
}

QByteArray DeferredSha256Checks::buffer(qsizetype size)
{
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_spare.begin(); it != m_spare.end(); ++it) {
            // Not shared any more (the caller let go of it) and large enough.
            if (it->isDetached() && it->capacity() >= size) {
                QByteArray reused = std::move(*it);
                m_spare.erase(it);
                reused.resize(size);
                return reused;
            }
        }
    }
    // Room for a slightly larger blob next time (scans differ by a few kilobytes).
    QByteArray fresh;
    fresh.reserve((size | 0xfffff) + 1);
    fresh.resize(size);
    return fresh;
}

void DeferredSha256Checks::checkLoop()
{
    for (;;) {
        Pending next;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
            if (m_stopping)
                return;
            next = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
        }
        const QString actual = Sha256::hex(next.bytes);
        {
            std::lock_guard lock(m_mutex);
            m_queuedBytes -= next.bytes.size();
            m_busy = false;
            if (actual != next.expectedHex)
                m_mismatches.append(Mismatch{next.what, next.expectedHex, actual});
            // A few are enough: the queue holds at most maxQueuedBytes.
            if (m_spare.size() < kMaxSpare)
                m_spare.push_back(std::move(next.bytes));
        }
        m_changed.notify_all();
    }
}

} // namespace shenbao::store
