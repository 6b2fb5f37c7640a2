// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/Sha256.h"
#include "store/ConcurrentSha256.h"

#include "TestSupport.h"

#include <QCryptographicHash>

using shenbao::store::Sha256;

TEST_CASE("Sha256 gives the FIPS 180-2 digests", "[store][sha256]")
{
    CHECK(Sha256::hex("") ==
          QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK(Sha256::hex("abc") ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(Sha256::hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    CHECK(Sha256::hash("abc").size() == 32);
}

TEST_CASE("Sha256 streamed in pieces equals the one-shot digest", "[store][sha256]")
{
    QByteArray data;
    for (int i = 0; i < 300'000; ++i)
        data.append(char(i * 7 + (i >> 9)));
    Sha256 streamed;
    // Uneven pieces straddle the 64-byte block boundaries.
    for (qsizetype at = 0, step = 1; at < data.size(); at += step, step = step * 3 % 4099 + 1)
        streamed.add(QByteArrayView(data).sliced(at, std::min(step, data.size() - at)));
    const QString hex = streamed.hexDigest();
    CHECK(hex == Sha256::hex(data));
    // Cross-checked against an independent implementation.
    CHECK(hex ==
          QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    // After the digest, the same object starts over.
    streamed.add("abc");
    CHECK(streamed.hexDigest() ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

TEST_CASE("ConcurrentSha256 over queued spans equals the one-shot digest", "[store][sha256]")
{
    QByteArray data;
    for (int i = 0; i < 3'000'000; ++i)
        data.append(char(i * 13 + (i >> 11)));
    shenbao::store::ConcurrentSha256 concurrent;
    for (qsizetype at = 0, step = 1; at < data.size(); at += step, step = step * 5 % 300'007 + 1)
        concurrent.add(data.constData() + at, std::min(step, data.size() - at));
    CHECK(concurrent.hexDigest() ==
          QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));

    shenbao::store::ConcurrentSha256 empty;
    CHECK(empty.hexDigest() ==
          QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}
