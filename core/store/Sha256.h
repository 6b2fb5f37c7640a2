// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

// SHA-256 through OpenSSL's libcrypto (EVP), which uses the CPU's SHA extensions (SHA-NI, ARMv8
// crypto) where present: about 4-5 times QCryptographicHash's portable code, whose cost dominated
// importing and exporting evidence. Streaming: feed the bytes as they are read or written, so no
// file is ever read a second time just to hash it.
//
//     Sha256 h;
//     h.add(chunk);            // as many times as needed
//     QString hex = h.hexDigest();
//
// The digest ends the computation: after result()/hexDigest(), add() starts a new one.
namespace shenbao::store {

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&) noexcept;
    Sha256 &operator=(Sha256 &&) noexcept;
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView bytes);
    void add(const void *data, qsizetype size);

    // The 32-byte digest / its 64 lower-case hex digits.
    QByteArray result();
    QString hexDigest();

    // One-shot helpers.
    static QByteArray hash(QByteArrayView bytes);
    static QString hex(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> d;
};

} // namespace shenbao::store
