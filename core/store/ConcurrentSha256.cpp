// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/ConcurrentSha256.h"

#include "store/Sha256.h"

namespace shenbao::store {

ConcurrentSha256::ConcurrentSha256()
    : m_thread([this] { hashLoop(); })
{
}

ConcurrentSha256::~ConcurrentSha256()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        m_dropPending = true; // the caller's bytes may be gone once it stops waiting
    }
    m_changed.notify_all();
    m_thread.join();
}

void ConcurrentSha256::add(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_spans.emplace_back(data, size);
    }
    m_changed.notify_all();
}

void ConcurrentSha256::waitUntilPendingAtMost(qsizetype spans)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(
        lock, [this, spans] { return qsizetype(m_spans.size()) + (m_hashing ? 1 : 0) <= spans; });
}

QString ConcurrentSha256::hexDigest()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    return m_hex;
}

void ConcurrentSha256::hashLoop()
{
    Sha256 hash;
    for (;;) {
        std::pair<const char *, qsizetype> span;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_spans.empty() || m_closing; });
            if (m_dropPending)
                return;
            if (m_spans.empty())
                break; // closing, everything hashed
            span = m_spans.front();
            m_spans.pop_front();
            m_hashing = true;
        }
        hash.add(span.first, span.second);
        {
            std::lock_guard lock(m_mutex);
            m_hashing = false;
        }
        m_changed.notify_all();
    }
    m_hex = hash.hexDigest();
}

} // namespace shenbao::store
