// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "store/Sha256.h"

#include <QByteArray>
#include <QString>

#include <future>

namespace shenbao::store {

// SHA-256 on another core while the caller copies the same bytes. Copying evidence is
// reading a chunk, hashing it and writing it; hashing on a second thread takes SHA-256
// (a fifth to a third of the copy's CPU time) off the path the user waits for.
//
// add() returns at once; the chunk is hashed in the background and must stay unchanged until
// the next add() or the digest returns (so callers read into two buffers, alternately).
// Chunks are hashed in order. Small chunks are hashed at once, where a thread would cost more.
class BackgroundSha256
{
public:
    BackgroundSha256() = default;
    ~BackgroundSha256();
    BackgroundSha256(const BackgroundSha256 &) = delete;
    BackgroundSha256 &operator=(const BackgroundSha256 &) = delete;

    void add(const char *data, qsizetype size);
    QString hexDigest();

private:
    void wait();

    Sha256 m_hash;
    std::future<void> m_pending;
};

} // namespace shenbao::store
