// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// What reading one received dossier may cost (issue 9, "bounded resources"): the PDF comes from
// outside, and a few megabytes of it can inflate to gigabytes or keep a parser busy for
// minutes. Every stream the reader decodes goes through a pipeline that counts and stops at a
// cap, and every loop over objects checks the clock. When a limit is hit the reader stops with
// BudgetExceeded, whose message says which limit and why, and the dossier is reported as not
// verifiable — never as intact.

#include "store/Sha256.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

#include <qpdf/Pipeline.hh>

#include <stdexcept>

namespace shenbao {

struct ReadLimits
{
    // Wall-clock time for reading and verifying one dossier.
    int seconds = 30;
    // One object stream, decoded. Shenbao's own hold 100 small objects each (a few kB); this is
    // checked before qpdf resolves any object, because qpdf decodes a whole object stream into
    // memory to get at one object in it.
    qint64 maxObjectStreamBytes = 32 * 1024 * 1024;
    // All object streams together, decoded.
    qint64 maxAllObjectStreamBytes = 128 * 1024 * 1024;
    // All stream data decoded while hashing pages (streamed through SHA-256, never held).
    qint64 maxHashedBytes = qint64(4) * 1024 * 1024 * 1024;
    // One content stream parsed for its text (the cover, a footer): held in memory by qpdf.
    qint64 maxParsedContentBytes = 8 * 1024 * 1024;
    // Objects visited while hashing the pages' resources.
    qint64 maxVisitedObjects = 4'000'000;
};

// Thrown when a limit is reached; what() is the officer-facing reason (UTF-8).
class BudgetExceeded : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class ReadBudget
{
public:
    explicit ReadBudget(const ReadLimits &limits = {});

    const ReadLimits &limits() const { return m_limits; }
    // Throws BudgetExceeded past the deadline.
    void checkTime() const;
    // Counts decoded bytes that were hashed; throws past maxHashedBytes.
    void spendHashed(qint64 bytes);
    // Counts one visited object; checks the clock every few thousand.
    void visit();

private:
    ReadLimits m_limits;
    QDeadlineTimer m_deadline;
    qint64 m_hashed = 0;
    qint64 m_visited = 0;
};

// Counts what flows through and throws BudgetExceeded once more than `cap` bytes arrive (the
// message names `what`). Passes nothing on: used to measure before trusting a stream.
class CappedCounter final : public Pipeline
{
public:
    CappedCounter(qint64 cap, QString what);
    void write(unsigned char const *data, size_t len) override;
    void finish() override {}
    qint64 count() const { return m_count; }
    // qpdf may catch a pipeline's exception and carry on with a warning: call this after
    // pipeStreamData to make sure a limit that was hit stops the reader.
    void throwIfTripped() const;

private:
    qint64 m_cap;
    QString m_tripped;
    QString m_what;
    qint64 m_count = 0;
};

// Collects at most `cap` bytes, then throws BudgetExceeded naming `what`.
class CappedCollector final : public Pipeline
{
public:
    CappedCollector(qint64 cap, QString what);
    void write(unsigned char const *data, size_t len) override;
    void finish() override {}
    const QByteArray &bytes() const { return m_bytes; }
    void throwIfTripped() const;

private:
    qint64 m_cap;
    QString m_tripped;
    QString m_what;
    QByteArray m_bytes;
};

// SHA-256 of what flows through, charged to a budget (optional: the binder has none).
class HashingPipeline final : public Pipeline
{
public:
    explicit HashingPipeline(ReadBudget *budget);
    void write(unsigned char const *data, size_t len) override;
    void finish() override {}
    QByteArray result() { return m_hash.result(); }
    void throwIfTripped() const;

private:
    QString m_tripped;
    ReadBudget *m_budget;
    store::Sha256 m_hash;
    qint64 m_sinceCheck = 0;
};

} // namespace shenbao
