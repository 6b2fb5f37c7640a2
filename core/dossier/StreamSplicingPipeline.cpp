// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/StreamSplicingPipeline.h"

#include "dossier/StreamsWrittenAhead.h"

#include <QRandomGenerator>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <zlib.h>

#include <algorithm>
#include <stdexcept>

namespace shenbao {

namespace {

// 「%SHENBAO-SPLICE <16 hex> <8 digits>\n」: a PDF comment line, should it ever be seen.
constexpr char kPrefix[] = "%SHENBAO-SPLICE ";
constexpr size_t kPrefixSize = sizeof kPrefix - 1;
constexpr size_t kPlaceholderSize = kPrefixSize + 16 + 1 + 8 + 1;

[[noreturn]] void fail(const std::string &what)
{
    throw std::runtime_error("writing the dossier: " + what);
}

int bytesNeeded(quint64 n)
{
    int bytes = 0;
    for (; n != 0; n >>= 8)
        ++bytes;
    return bytes;
}

quint64 readField(const unsigned char *p, int width)
{
    quint64 v = 0;
    for (int i = 0; i < width; ++i)
        v = (v << 8) | p[i];
    return v;
}

void appendField(std::string &out, quint64 v, int width)
{
    for (int i = width - 1; i >= 0; --i)
        out += char((v >> (8 * i)) & 0xff);
}

// A cross-reference stream's data as qpdf writes it: rows of PNG-predicted fields ("Up", or
// none), deflated.
std::string inflateRows(const std::string &deflated, size_t rows, size_t columns)
{
    std::string rawRows((columns + 1) * rows, '\0');
    uLongf size = uLongf(rawRows.size());
    if (uncompress(reinterpret_cast<Bytef *>(rawRows.data()), &size,
                   reinterpret_cast<const Bytef *>(deflated.data()),
                   uLong(deflated.size())) != Z_OK ||
        size != rawRows.size())
        fail("the cross-reference stream does not inflate to its rows");
    std::string fields;
    fields.reserve(columns * rows);
    std::string previous(columns, '\0');
    for (size_t r = 0; r < rows; ++r) {
        const char filter = rawRows[r * (columns + 1)];
        std::string row = rawRows.substr(r * (columns + 1) + 1, columns);
        if (filter == 2) {
            for (size_t c = 0; c < columns; ++c)
                row[c] = char(quint8(row[c]) + quint8(previous[c]));
        } else if (filter != 0) {
            fail("unexpected PNG predictor in the cross-reference stream");
        }
        fields += row;
        previous = row;
    }
    return fields;
}

std::string deflateRows(const std::string &fields, size_t columns)
{
    std::string rows;
    rows.reserve(fields.size() + fields.size() / columns);
    std::string previous(columns, '\0');
    for (size_t at = 0; at < fields.size(); at += columns) {
        rows += char(2); // Up, as qpdf writes them
        for (size_t c = 0; c < columns; ++c)
            rows += char(quint8(fields[at + c]) - quint8(previous[c]));
        previous = fields.substr(at, columns);
    }
    uLongf size = compressBound(uLong(rows.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size,
                  reinterpret_cast<const Bytef *>(rows.data()), uLong(rows.size()),
                  Z_DEFAULT_COMPRESSION) != Z_OK)
        fail("cannot compress the cross-reference stream");
    out.resize(size);
    return out;
}

// What qpdf writes after a stream's data (without an end of line, outside QDF mode).
constexpr char kQpdfObjectEnd[] = "endstream\nendobj\n";

} // namespace

StreamSplicingPipeline::StreamSplicingPipeline(Pipeline *next, StreamsWrittenAhead &ahead,
                                               size_t holdBack)
    : Pipeline("stream splicing", next)
    , m_ahead(ahead)
    , m_holdBack(holdBack)
    , m_heldAt(ahead.end())
{
    const quint64 nonce = QRandomGenerator::system()->generate64();
    m_nonce = QByteArray::number(nonce, 16).rightJustified(16, '0');
}

size_t StreamSplicingPipeline::holdBackFor(int objects)
{
    // A cross-reference stream row is at most 1 + 8 + 4 bytes before it is deflated.
    return size_t(64 << 10) + size_t(std::max(objects, 0) + 1) * 16;
}

std::string StreamSplicingPipeline::placeholder(int index, qint64 size)
{
    if (index < 0 || index >= m_ahead.count())
        fail("a placeholder for a stream not written ahead");
    if (m_ahead.sizeOf(index) != size)
        fail("a stream of " + std::to_string(size) + " bytes where " +
             std::to_string(m_ahead.sizeOf(index)) + " were written ahead");
    const QByteArray number = QByteArray::number(index).rightJustified(8, '0');
    if (number.size() != 8)
        fail("too many streams to splice");
    const QByteArray text = kPrefix + m_nonce + ' ' + number + '\n';
    return text.toStdString();
}

void StreamSplicingPipeline::write(unsigned char const *data, size_t len)
{
    if (m_anchors.empty())
        takeHeader(data, len);
    if (!m_dropping.empty())
        dropObjectEnd(data, len);
    if (len == 0)
        return;
    // qpdf hands a stream's data over in one piece (QPDFWriter::writeBuffer).
    if (len == kPlaceholderSize && std::equal(kPrefix, kPrefix + kPrefixSize, data) &&
        std::equal(m_nonce.cbegin(), m_nonce.cend(), data + kPrefixSize)) {
        bool ok = false;
        const qsizetype index =
            QByteArray(reinterpret_cast<const char *>(data) + kPrefixSize + 17, 8).toLongLong(&ok);
        if (!ok || index < 0 || index >= m_ahead.count())
            fail("unknown stream placeholder");
        cutObject(int(index));
        return;
    }
    append(data, len);
}

void StreamSplicingPipeline::finish()
{
    getNext()->finish();
}

void StreamSplicingPipeline::takeHeader(const unsigned char *&data, size_t &len)
{
    // 「%PDF-x.y\n%<binary>\n」 (QPDFWriter::writeHeader), into the room at the file's start.
    while (len > 0 && m_anchors.empty()) {
        m_header.append(char(*data));
        ++data;
        --len;
        ++m_qpdfOffset;
        if (m_header.size() >= StreamsWrittenAhead::kHeaderBytes ||
            !QByteArray("%PDF-").startsWith(m_header.left(5)))
            fail("qpdf's output does not begin with a PDF header");
        if (m_header.count('\n') == 2) {
            m_ahead.setHeader(m_header);
            m_anchors = {{m_qpdfOffset, m_heldAt}};
        }
    }
}

void StreamSplicingPipeline::dropObjectEnd(const unsigned char *&data, size_t &len)
{
    const size_t n = std::min(len, m_dropping.size());
    if (!std::equal(data, data + n, m_dropping.begin()))
        fail("a stream placeholder not followed by the end of its object");
    m_dropping.erase(0, n);
    data += n;
    len -= n;
    m_qpdfOffset += qint64(n);
    if (m_dropping.empty())
        m_anchors.emplace_back(m_qpdfOffset, m_heldAt + m_held.size());
}

void StreamSplicingPipeline::append(const unsigned char *data, size_t len)
{
    if (len > m_holdBack) {
        // A large stream written by qpdf itself (a PDF's page, a decoded scan): what must be
        // held back is only its end; the rest goes on without a copy into m_held.
        sendHeld(size_t(m_held.size()));
        const size_t direct = len - m_holdBack;
        getNext()->write(data, direct);
        m_heldAt += qint64(direct);
        m_qpdfOffset += qint64(direct);
        data += direct;
        len -= direct;
    }
    m_held.append(reinterpret_cast<const char *>(data), qsizetype(len));
    m_qpdfOffset += qint64(len);
    if (size_t(m_held.size()) > 2 * m_holdBack)
        sendHeld(size_t(m_held.size()) - m_holdBack);
}

void StreamSplicingPipeline::cutObject(int index)
{
    // qpdf wrote 「\nN 0 obj\n<< … /Length <placeholder size> >>\nstream\n」 just before the
    // data: that header goes into the room written ahead, and the object out of qpdf's output.
    const QByteArray oldLength = QByteArray::number(qulonglong(kPlaceholderSize));
    const QByteArray expected = " /Length " + oldLength + " >>\nstream\n";
    if (!m_held.endsWith(expected))
        fail("a stream placeholder without its /Length before it");
    const qsizetype word = m_held.lastIndexOf(" 0 obj\n");
    qsizetype start = word;
    while (start > 0 && m_held.at(start - 1) >= '0' && m_held.at(start - 1) <= '9')
        --start;
    // The object begins after a newline, or where nothing is held before it: right after the
    // header or after the end of an object cut out (both end in a newline).
    const bool atAnchor = start == 0 && m_heldAt == m_anchors.back().second;
    if (word <= 0 || start == word || !(atAnchor || (start > 0 && m_held.at(start - 1) == '\n')))
        fail("a stream placeholder whose object does not begin as qpdf writes it");
    QByteArray header = m_held.mid(start);
    header.replace(header.size() - expected.size() + 9, oldLength.size(),
                   QByteArray::number(m_ahead.sizeOf(index)));
    m_cutObjects[m_qpdfOffset - (m_held.size() - start)] = m_ahead.setObjectHeader(index, header);
    m_held.truncate(start);
    m_qpdfOffset += qint64(kPlaceholderSize);
    m_dropping = kQpdfObjectEnd;
}

void StreamSplicingPipeline::sendHeld(size_t bytes)
{
    if (bytes == 0)
        return;
    getNext()->write(reinterpret_cast<const unsigned char *>(m_held.constData()), bytes);
    m_held.remove(0, qsizetype(bytes));
    m_heldAt += qint64(bytes);
}

qint64 StreamSplicingPipeline::fileOffset(qint64 qpdfOffset) const
{
    if (const auto cut = m_cutObjects.find(qpdfOffset); cut != m_cutObjects.end())
        return cut->second;
    const auto after = std::upper_bound(
        m_anchors.begin(), m_anchors.end(), qpdfOffset,
        [](qint64 offset, const std::pair<qint64, qint64> &a) { return offset < a.first; });
    if (after == m_anchors.begin())
        fail("an offset within qpdf's header");
    return std::prev(after)->second + (qpdfOffset - std::prev(after)->first);
}

void StreamSplicingPipeline::complete()
{
    // Each cut is one object (StreamsWrittenAhead refuses a stream's header twice).
    if (m_cutObjects.size() != size_t(m_ahead.count()))
        fail("a stream placeholder was never written");
    if (m_anchors.empty() || !m_dropping.empty())
        fail("qpdf's output ended early");
    // The tail: 「<id> 0 obj\n<< /Type /XRef … >>\nstream\n<data>\nendstream\nendobj\n
    // startxref\n<offset>\n%%EOF\n」.
    const std::string held = m_held.toStdString();
    const size_t startxref = held.rfind("startxref\n");
    if (startxref == std::string::npos)
        fail("no startxref at the end of the output");
    const size_t eol = held.find('\n', startxref + 10);
    if (eol == std::string::npos || held.compare(eol, std::string::npos, "\n%%EOF\n") != 0)
        fail("unexpected end of the output");
    const qint64 xrefOffset =
        fileOffset(std::stoll(held.substr(startxref + 10, eol - startxref - 10)));
    if (xrefOffset < m_heldAt || size_t(xrefOffset - m_heldAt) >= startxref)
        fail("the cross-reference stream is not within the bytes held back");
    const size_t objectAt = size_t(xrefOffset - m_heldAt);
    const size_t dictAt = held.find(" 0 obj\n", objectAt);
    const size_t dataAt = held.find(">>\nstream\n", objectAt);
    if (dictAt == std::string::npos || dataAt == std::string::npos || dataAt > startxref)
        fail("no cross-reference stream where startxref points");
    const std::string id = held.substr(objectAt, dictAt - objectAt);
    // Parsed in a document of its own, to read its values (the text is kept, see below).
    QPDF context;
    context.emptyPDF();
    QPDFObjectHandle dict = QPDFObjectHandle::parse(
        &context, held.substr(dictAt + 7, dataAt + 2 - dictAt - 7), "xref stream");
    if (!dict.isDictionary() || !dict.getKey("/Type").isNameAndEquals("/XRef") ||
        !dict.getKey("/Filter").isNameAndEquals("/FlateDecode") ||
        !dict.getKey("/Length").isInteger() || !dict.getKey("/W").isArray() ||
        dict.getKey("/W").getArrayNItems() != 3 ||
        !dict.getKey("/DecodeParms").getKey("/Predictor").isInteger() ||
        dict.getKey("/DecodeParms").getKey("/Predictor").getIntValue() < 10)
        fail("the cross-reference stream is not as qpdf writes it");
    const size_t length = size_t(dict.getKey("/Length").getIntValue());
    const size_t streamAt = dataAt + 10;
    if (streamAt + length > startxref)
        fail("the cross-reference stream's /Length runs past startxref");
    int w[3];
    for (int i = 0; i < 3; ++i)
        w[i] = dict.getKey("/W").getArrayItem(i).getIntValueAsInt();
    const size_t columns = size_t(w[0] + w[1] + w[2]);
    qint64 rows = 0;
    QPDFObjectHandle index = dict.getKey("/Index");
    if (index.isArray()) {
        for (int i = 1; i < index.getArrayNItems(); i += 2)
            rows += index.getArrayItem(i).getIntValue();
    } else {
        rows = dict.getKey("/Size").getIntValue();
    }
    if (w[0] != 1 || w[1] < 1 || w[1] > 8 || w[2] < 0 || w[2] > 4 || rows <= 0)
        fail("unexpected cross-reference stream fields");
    const std::string fields = inflateRows(held.substr(streamAt, length), size_t(rows), columns);

    // The real offsets, and the width they need.
    struct Entry
    {
        quint64 type, f1, f2;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(rows));
    int f1 = w[1];
    for (size_t at = 0; at < fields.size(); at += columns) {
        const auto *p = reinterpret_cast<const unsigned char *>(fields.data() + at);
        Entry e{readField(p, w[0]), readField(p + w[0], w[1]), readField(p + w[0] + w[1], w[2])};
        if (e.type == 1)
            e.f1 = quint64(fileOffset(qint64(e.f1)));
        f1 = std::max(f1, bytesNeeded(e.f1));
        entries.push_back(e);
    }
    const size_t newColumns = size_t(w[0] + f1 + w[2]);
    std::string newFields;
    newFields.reserve(entries.size() * newColumns);
    for (const Entry &e : entries) {
        appendField(newFields, e.type, w[0]);
        appendField(newFields, e.f1, f1);
        appendField(newFields, e.f2, w[2]);
    }
    const std::string data = deflateRows(newFields, newColumns);
    // The dictionary as qpdf wrote it, with the three values that changed: nothing else in
    // it (the trailer's /Root, /Info, /ID, /Size) is touched.
    std::string dictText = held.substr(dictAt + 7, dataAt + 2 - dictAt - 7);
    const auto replaceOnce = [&dictText](const std::string &from, const std::string &to) {
        const size_t at = dictText.find(from);
        if (at == std::string::npos || dictText.find(from, at + 1) != std::string::npos)
            fail("unexpected cross-reference stream dictionary");
        dictText.replace(at, from.size(), to);
    };
    replaceOnce(" /Length " + std::to_string(length) + " ",
                " /Length " + std::to_string(data.size()) + " ");
    replaceOnce("/Columns " + std::to_string(columns) + " ",
                "/Columns " + std::to_string(newColumns) + " ");
    replaceOnce("/W [ 1 " + std::to_string(w[1]) + " " + std::to_string(w[2]) + " ]",
                "/W [ 1 " + std::to_string(f1) + " " + std::to_string(w[2]) + " ]");

    std::string tail = held.substr(0, objectAt);
    tail += id + " 0 obj\n" + dictText + "\nstream\n" + data;
    tail += held.substr(streamAt + length, startxref - streamAt - length);
    tail += "startxref\n" + std::to_string(xrefOffset) + "\n%%EOF\n";
    m_held = QByteArray::fromStdString(tail);
    sendHeld(size_t(m_held.size()));
}

} // namespace shenbao
