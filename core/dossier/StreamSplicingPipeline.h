// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <qpdf/Pipeline.hh>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace shenbao {

// Between qpdf's writer and the file: the bytes of large verbatim streams (a scan embedded as
// its original JPEG file) go straight from their source to the file instead of through qpdf.
// qpdf's writer holds every stream whole in a buffer of its own and copies it once more before
// writing it, two copies of each scan on the writer's thread (about 55 ms of a 258 MB export);
// streamed here, a scan is copied once, into the file's blocks.
//
// How: each such stream is given a short, unique placeholder as its data (placeholder()). When
// qpdf writes a placeholder, this pipeline writes the real bytes in its place and fixes the
// stream's /Length, which qpdf wrote just before. Every object after it then sits further on
// in the file than qpdf counted, so the cross-reference stream qpdf writes last (the output
// must use object streams, hence a cross-reference stream) is rebuilt with the real offsets in
// complete(), and so is `startxref`. The output is the PDF qpdf would have written with the
// real bytes, except that the cross-reference stream's fields may be wider.
//
// Anything unexpected (a placeholder not preceded by its /Length, written twice or never, a
// stream of another size than announced, a tail that is not a cross-reference stream) throws
// std::runtime_error: the export fails rather than write a file whose offsets are wrong. The
// binder reopens the written file before accepting it as well.
class StreamSplicingPipeline final : public Pipeline
{
public:
    using WriteBytes = std::function<void(Pipeline &to)>;

    // `holdBack`: bytes kept back before they go on, at least the size of the cross-reference
    // stream and the trailer (see holdBackFor).
    StreamSplicingPipeline(Pipeline *next, size_t holdBack);

    // Bytes enough to hold the cross-reference stream of a document of `objects` objects.
    static size_t holdBackFor(int objects);

    // The data to give a stream whose `size` real bytes `write` writes to the pipeline it is
    // given (and throws when it cannot).
    std::string placeholder(qint64 size, WriteBytes write);

    void write(unsigned char const *data, size_t len) override;
    // qpdf calls finish() at several points while writing: it only reports what `next` does.
    void finish() override;
    // After the writer is done: rebuilds the cross-reference stream and `startxref` and sends
    // everything on. Throws when a placeholder was not written exactly once.
    void complete();

private:
    struct Splice
    {
        qint64 size = 0;
        WriteBytes write;
        bool done = false;
    };
    void splice(Splice &s);
    void sendHeld(size_t bytes);
    qint64 realOffset(qint64 qpdfOffset) const;

    size_t m_holdBack;
    QByteArray m_nonce;
    std::vector<Splice> m_splices;
    QByteArray m_held;       // written by qpdf, not yet sent on
    qint64 m_heldStart = 0;  // qpdf's offset of m_held's first byte
    qint64 m_qpdfOffset = 0; // bytes qpdf has written
    // (qpdf offset, shift): bytes qpdf wrote at or after the offset are this much further on.
    std::vector<std::pair<qint64, qint64>> m_shifts;
};

} // namespace shenbao
