// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/Sha256.h"

#include <openssl/evp.h>

#include <new>

namespace shenbao::store {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool started = false;
    ~Context() { EVP_MD_CTX_free(ctx); }

    void start()
    {
        // Failures here mean libcrypto itself is unusable (out of memory); there is no
        // meaningful recovery, and a wrong digest must never be returned.
        if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) != 1)
            throw std::bad_alloc();
        started = true;
    }
};

Sha256::Sha256()
    : d(std::make_unique<Context>())
{
}
Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&) noexcept = default;

void Sha256::add(const void *data, qsizetype size)
{
    if (!d->started)
        d->start();
    if (size > 0 && EVP_DigestUpdate(d->ctx, data, size_t(size)) != 1)
        throw std::bad_alloc();
}

void Sha256::add(QByteArrayView bytes)
{
    add(bytes.data(), bytes.size());
}

QByteArray Sha256::result()
{
    if (!d->started)
        d->start();
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length) !=
            1 ||
        length != 32)
        throw std::bad_alloc();
    d->started = false;
    return digest;
}

QString Sha256::hexDigest()
{
    return QString::fromLatin1(result().toHex());
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    Sha256 h;
    h.add(bytes);
    return h.result();
}

QString Sha256::hex(QByteArrayView bytes)
{
    Sha256 h;
    h.add(bytes);
    return h.hexDigest();
}

} // namespace shenbao::store
