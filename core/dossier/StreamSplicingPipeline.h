// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <qpdf/Pipeline.hh>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace shenbao {

class StreamsWrittenAhead;

// Between qpdf's writer and the file: qpdf's output, joined to the streams written ahead at the
// start of the file (StreamsWrittenAhead). qpdf writes the document with a short, unique
// placeholder as each such stream's data (placeholder()); this pipeline
// - hands qpdf's header to the room for it at the start of the file,
// - cuts each placeholder's object out of qpdf's output: its header (「N 0 obj\n<< … >>\n
//   stream\n」, the /Length made the real one) goes into the room in front of the stream's
//   bytes, the rest is dropped;
// - and, since every other object of qpdf's then sits elsewhere than qpdf counted, rebuilds
//   the cross-reference stream qpdf writes last (the output must use object streams, hence a
//   cross-reference stream) with the real offsets in complete(), and `startxref`.
// `next` receives qpdf's part, which begins at ahead.end() in the file.
//
// Anything unexpected (a placeholder not where qpdf writes a stream's data, written twice or
// never, a stream of another size than written, a dictionary too long for its room, a tail
// that is not a cross-reference stream) throws std::runtime_error: the export fails rather
// than write a file whose offsets are wrong. The binder reopens the written file before
// accepting it as well.
class StreamSplicingPipeline final : public Pipeline
{
public:
    // `holdBack`: bytes kept back before they go on, at least the size of the cross-reference
    // stream and the trailer (see holdBackFor).
    StreamSplicingPipeline(Pipeline *next, StreamsWrittenAhead &ahead, size_t holdBack);

    // Bytes enough to hold the cross-reference stream of a document of `objects` objects.
    static size_t holdBackFor(int objects);

    // The data to give the stream written ahead as the `index`th; `size` is checked against it.
    std::string placeholder(int index, qint64 size);

    void write(unsigned char const *data, size_t len) override;
    // qpdf calls finish() at several points while writing: it only reports what `next` does.
    void finish() override;
    // After the writer is done: rebuilds the cross-reference stream and `startxref` and sends
    // everything on. Throws when a placeholder was not written exactly once.
    void complete();

private:
    void cutObject(int index);
    void takeHeader(const unsigned char *&data, size_t &len);
    void dropObjectEnd(const unsigned char *&data, size_t &len);
    void append(const unsigned char *data, size_t len);
    void sendHeld(size_t bytes);
    qint64 fileOffset(qint64 qpdfOffset) const;

    StreamsWrittenAhead &m_ahead;
    size_t m_holdBack;
    QByteArray m_nonce;
    QByteArray m_header;     // qpdf's header, while it is being written
    std::string m_dropping;  // the rest of a cut object qpdf is still to write
    QByteArray m_held;       // written by qpdf, not yet sent on
    qint64 m_heldAt = 0;     // the file offset of m_held's first byte
    qint64 m_qpdfOffset = 0; // bytes qpdf has written
    // (qpdf offset, file offset): qpdf's bytes from there on, up to the next cut, are there;
    // empty until qpdf's header is taken.
    std::vector<std::pair<qint64, qint64>> m_anchors;
    std::map<qint64, qint64> m_cutObjects; // qpdf's offset of a cut object → its own
};

} // namespace shenbao
