// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/StreamsWrittenAhead.h"

#include "dossier/ThreadedFilePipeline.h"

#include <qpdf/Pl_Count.hh>

#include <stdexcept>
#include <string>

namespace shenbao {

namespace {

// What ends an object written ahead: an end of line before `endstream`, as the PDF standard
// asks (the /Length excludes it).
constexpr char kObjectEnd[] = "\nendstream\nendobj\n";
constexpr qint64 kObjectEndBytes = sizeof kObjectEnd - 1;
constexpr qint64 kPageBytes = 4096;

[[noreturn]] void fail(const std::string &what)
{
    throw std::runtime_error("writing the dossier: " + what);
}

void writeText(Pipeline &to, const QByteArray &text)
{
    to.write(reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size()));
}

// `room` bytes: `text`, and blanks ending in a newline (white space between PDF objects) after
// it or, with `alignRight`, before it.
QByteArray inRoom(const QByteArray &text, qsizetype room, bool alignRight)
{
    if (text.size() >= room)
        fail("a header too long for the room written ahead for it");
    QByteArray blanks(room - text.size(), ' ');
    blanks.back() = '\n';
    return alignRight ? blanks + text : text + blanks;
}

} // namespace

StreamsWrittenAhead::StreamsWrittenAhead(const QString &path, const std::vector<qint64> &sizes)
    : m_file(std::make_unique<ThreadedFilePipeline>(path))
{
    qint64 at = kHeaderBytes;
    for (const qint64 size : sizes) {
        if (size < 0)
            fail("a stream of negative size");
        m_streams.push_back(Stream{at, size, {}});
        at += kSlotBytes + size + kObjectEndBytes;
    }
    m_end = (at + kPageBytes - 1) / kPageBytes * kPageBytes;
    if (!isOpen())
        return;
    // The rooms are written blank now and again once filled: their pages are kept for that.
    m_file->keepPages(0, kHeaderBytes);
    for (const Stream &s : m_streams)
        m_file->keepPages(s.slotAt, kSlotBytes);
    writeText(*m_file, QByteArray(kHeaderBytes, ' '));
    if (m_streams.empty())
        writeText(*m_file, inRoom({}, m_end - kHeaderBytes, false));
}

StreamsWrittenAhead::~StreamsWrittenAhead() = default;

bool StreamsWrittenAhead::isOpen() const
{
    return m_file->isOpen();
}

QString StreamsWrittenAhead::errorString() const
{
    return m_file->errorString();
}

void StreamsWrittenAhead::write(int index, const WriteBytes &write)
{
    if (index != m_written || size_t(index) >= m_streams.size())
        fail("streams written ahead out of order");
    const Stream &s = m_streams[size_t(index)];
    writeText(*m_file, QByteArray(kSlotBytes, ' '));
    Pl_Count counted("stream written ahead", m_file.get());
    write(counted);
    if (counted.getCount() != s.size)
        fail("a stream of " + std::to_string(counted.getCount()) + " bytes where " +
             std::to_string(s.size) + " were announced");
    writeText(*m_file, QByteArray(kObjectEnd));
    ++m_written;
    if (size_t(m_written) == m_streams.size() && m_file->position() < m_end)
        writeText(*m_file, inRoom({}, m_end - m_file->position(), false));
}

void StreamsWrittenAhead::setHeader(const QByteArray &header)
{
    m_header = header;
}

qint64 StreamsWrittenAhead::setObjectHeader(int index, const QByteArray &header)
{
    Stream &s = m_streams.at(size_t(index));
    if (!s.header.isEmpty())
        fail("a stream placeholder was written twice");
    if (header.isEmpty() || header.size() >= kSlotBytes)
        fail("a stream's dictionary is too long for the room written ahead for it");
    s.header = header;
    return s.slotAt + kSlotBytes - header.size();
}

void StreamsWrittenAhead::finish()
{
    if (size_t(m_written) != m_streams.size())
        fail("streams announced but not written ahead");
    if (m_header.isEmpty())
        fail("no header for the file");
    m_file->rewrite(0, inRoom(m_header, kHeaderBytes, false));
    for (const Stream &s : m_streams) {
        if (s.header.isEmpty())
            fail("a stream placeholder was never written");
        m_file->rewrite(s.slotAt, inRoom(s.header, kSlotBytes, true));
    }
    m_file->close();
}

} // namespace shenbao
