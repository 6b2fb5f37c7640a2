// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/Sha256.h"
#include "store/ConcurrentSha256.h"
#include "store/DeferredSha256Checks.h"

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

TEST_CASE("DeferredSha256Checks names every mismatch, in order, whatever its queue bound",
          "[store][sha256]")
{
    // Blobs of different sizes, one of them larger than the smallest bound, so that check()
    // both queues freely and waits for room.
    QList<QByteArray> blobs;
    for (int k = 0; k < 12; ++k) {
        QByteArray b;
        for (int i = 0; i < 40'000 * (k + 1); ++i)
            b.append(char(i * 31 + k));
        blobs.append(b);
    }
    const auto hex = [](const QByteArray &b) {
        return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
    };
    for (const qsizetype bound : {qsizetype(1), qsizetype(100'000), qsizetype(64 << 20)}) {
        INFO("bound " << bound);
        shenbao::store::DeferredSha256Checks checks(bound);
        for (int k = 0; k < blobs.size(); ++k) {
            // Blobs 3 and 8 do not have the hash they are checked against.
            const QString expected = hex(k == 3 || k == 8 ? blobs.at(k) + 'x' : blobs.at(k));
            checks.check(QStringLiteral("blob-%1").arg(k), blobs.at(k), expected);
        }
        const auto found = checks.finish();
        REQUIRE(found.size() == 2);
        CHECK(found.at(0).what == QStringLiteral("blob-3"));
        CHECK(found.at(0).actualHex == hex(blobs.at(3)));
        CHECK(found.at(0).expectedHex == hex(blobs.at(3) + 'x'));
        CHECK(found.at(1).what == QStringLiteral("blob-8"));

        // Usable again, and a later finish() reports only what was checked since.
        checks.check(QStringLiteral("again"), blobs.at(0), hex(blobs.at(0)));
        CHECK(checks.finish().isEmpty());
    }
    // Nothing checked: finish() returns at once, and the object goes without a thread.
    shenbao::store::DeferredSha256Checks idle;
    CHECK(idle.finish().isEmpty());
}

TEST_CASE("DeferredSha256Checks lends the memory of checked bytes, never bytes still in use",
          "[store][sha256]")
{
    const auto hex = [](const QByteArray &b) {
        return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
    };
    shenbao::store::DeferredSha256Checks checks;
    QByteArray first = checks.buffer(300'000);
    REQUIRE(first.size() == 300'000);
    first.fill('a');
    const char *const memory = first.constData();
    checks.check(QStringLiteral("first"), first, hex(first));
    REQUIRE(checks.finish().isEmpty());

    // Still held here: not lent again, and what it holds stays as it is.
    QByteArray second = checks.buffer(200'000);
    CHECK(second.constData() != memory);
    second.fill('b');
    CHECK(first == QByteArray(300'000, 'a'));

    // Let go of: its memory comes back, at the size asked for.
    first = QByteArray();
    const QByteArray third = checks.buffer(250'000);
    CHECK(third.constData() == memory);
    CHECK(third.size() == 250'000);
}
