// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/BackgroundSha256.h"

namespace shenbao::store {

namespace {

// Below this a chunk is hashed on the calling thread (about 0.15 ms of SHA-NI work, the
// order of starting a thread).
constexpr qsizetype kBackgroundMinimum = 256 * 1024;

} // namespace

BackgroundSha256::~BackgroundSha256()
{
    if (m_pending.valid())
        m_pending.wait(); // the chunk's owner may be going away too
}

void BackgroundSha256::wait()
{
    if (m_pending.valid())
        m_pending.get(); // rethrows what the hashing threw
}

void BackgroundSha256::add(const char *data, qsizetype size)
{
    wait();
    if (size < kBackgroundMinimum) {
        m_hash.add(data, size);
        return;
    }
    m_pending = std::async(std::launch::async, [this, data, size] { m_hash.add(data, size); });
}

QString BackgroundSha256::hexDigest()
{
    wait();
    return m_hash.hexDigest();
}

} // namespace shenbao::store
