// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class Pipeline;

namespace shenbao {

class ThreadedFilePipeline;

// The start of a dossier file: its large verbatim streams (scans embedded as their original
// JPEG files), written while the pages are still being put together. qpdf's output, written
// once the pages are final, follows them from end() on (StreamSplicingPipeline joins the two).
//
// Why: once the pages were final, qpdf's write of a 258 MB dossier took about half of the
// export, paced by the disk, which had been idle until then. The scans' bytes are known from
// the start (they are the project's blobs); only the numbers qpdf gives their objects are not.
//
// The file begins with room for qpdf's header (kHeaderBytes); each stream follows as an
// object whose first kSlotBytes are room for its header (「N 0 obj\n<< … >>\nstream\n」, known
// only once qpdf has numbered the objects), then its bytes and the end of the object. Blanks
// pad the part to a whole number of pages, so that qpdf's part can be written at the same time
// past the page cache. setHeader() and setObjectHeader() fill the rooms; finish() writes them
// and closes this part of the file.
class StreamsWrittenAhead
{
public:
    using WriteBytes = std::function<void(Pipeline &to)>;

    static constexpr qsizetype kHeaderBytes = 64;
    static constexpr qsizetype kSlotBytes = 512;

    // Creates (or truncates) `path` for streams of these sizes; check isOpen().
    StreamsWrittenAhead(const QString &path, const std::vector<qint64> &sizes);
    ~StreamsWrittenAhead();
    StreamsWrittenAhead(const StreamsWrittenAhead &) = delete;
    StreamsWrittenAhead &operator=(const StreamsWrittenAhead &) = delete;

    bool isOpen() const;
    QString errorString() const;

    int count() const { return int(m_streams.size()); }
    qint64 sizeOf(int index) const { return m_streams.at(size_t(index)).size; }
    // Where this part ends (page-aligned), and qpdf's begins.
    qint64 end() const { return m_end; }

    // On one thread, each stream in turn, then the padding after the last: writes the
    // `index`th stream's object, whose `write` writes its bytes (and throws when it cannot).
    // Throws std::runtime_error when they are not as many as announced.
    void write(int index, const WriteBytes &write);

    // On any thread (meanwhile, or after), once qpdf has written them: its header, and the
    // header of the `index`th stream's object. setObjectHeader returns the object's offset.
    void setHeader(const QByteArray &header);
    qint64 setObjectHeader(int index, const QByteArray &header);

    // Once every stream is written: writes the headers into their rooms, and closes the part.
    // Throws std::runtime_error when a write failed or a header is missing.
    void finish();

private:
    struct Stream
    {
        qint64 slotAt = 0;
        qint64 size = 0;
        QByteArray header; // set by setObjectHeader
    };
    std::unique_ptr<ThreadedFilePipeline> m_file;
    std::vector<Stream> m_streams;
    QByteArray m_header;
    qint64 m_end = 0;
    int m_written = 0; // streams written so far
};

} // namespace shenbao
