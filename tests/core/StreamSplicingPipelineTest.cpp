// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/StreamSplicingPipeline.h"

#include "dossier/StreamsWrittenAhead.h"
#include "dossier/ThreadedFilePipeline.h"

#include "TestSupport.h"

#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using shenbao::StreamSplicingPipeline;
using shenbao::StreamsWrittenAhead;
using shenbao::ThreadedFilePipeline;

namespace {

// Bytes that look like nothing PDF-ish, of a given size.
std::string blob(size_t size, int seed)
{
    std::string s(size, '\0');
    for (size_t i = 0; i < size; ++i)
        s[i] = char((i * 131 + size_t(seed) * 7 + (i >> 9)) & 0xff);
    return s;
}

// A document of `pages` pages, each drawing an image whose data is `images[i]` (as a JPEG
// would be embedded: /DCTDecode, written untouched), plus text content and an outline-free
// catalog: enough objects for object streams and a cross-reference stream.
std::unique_ptr<QPDF> document(const std::vector<std::string> &images)
{
    auto pdf = std::make_unique<QPDF>();
    pdf->emptyPDF();
    QPDFPageDocumentHelper pages(*pdf);
    for (size_t i = 0; i < images.size(); ++i) {
        QPDFObjectHandle image = QPDFObjectHandle::newStream(pdf.get(), images[i]);
        QPDFObjectHandle dict = image.getDict();
        dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
        dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
        dict.replaceKey("/Width", QPDFObjectHandle::newInteger(100 + qint64(i)));
        dict.replaceKey("/Height", QPDFObjectHandle::newInteger(50));
        dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
        dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName("/DeviceRGB"));
        dict.replaceKey("/Filter", QPDFObjectHandle::newName("/DCTDecode"));
        image.setFilterOnWrite(false);
        QPDFObjectHandle page = pdf->makeIndirectObject(QPDFObjectHandle::parse(
            "<< /Type /Page /MediaBox [0 0 595 842] /Resources << /XObject << >> >> >>"));
        page.getKey("/Resources").getKey("/XObject").replaceKey("/Im0", image);
        page.replaceKey("/Contents",
                        QPDFObjectHandle::newStream(
                            pdf.get(), "q 100 0 0 50 10 10 cm /Im0 Do Q BT /F1 12 Tf (page " +
                                           std::to_string(i) + ") Tj ET"));
        pages.addPage(QPDFPageObjectHelper(page), false);
    }
    return pdf;
}

void configure(QPDFWriter &writer)
{
    writer.setStaticID(true);
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.setCompressStreams(true);
    writer.setDecodeLevel(qpdf_dl_none);
}

// Writes bytes in pieces, as a blob is read.
StreamsWrittenAhead::WriteBytes inPieces(const std::string &bytes)
{
    return [bytes](Pipeline &to) {
        for (size_t at = 0; at < bytes.size(); at += 100'000)
            to.write(reinterpret_cast<const unsigned char *>(bytes.data() + at),
                     std::min<size_t>(100'000, bytes.size() - at));
    };
}

struct Options
{
    int sizeOffBy = 0;      // the first image's bytes: this many more written than announced
    bool skipOne = false;   // the last image gets no placeholder
    bool concurrent = true; // the streams are written ahead while qpdf writes, as in an export
};

// Writes `pdf` as the binder does: every image's bytes ahead at the start of `path`, and qpdf's
// output, with a placeholder for each, after them.
QByteArray writeAhead(QPDF &pdf, const std::vector<std::string> &images, const QString &path,
                      const Options &options = {})
{
    std::vector<qint64> sizes;
    for (const auto &image : images)
        sizes.push_back(qint64(image.size()));
    StreamsWrittenAhead ahead(path, sizes);
    REQUIRE(ahead.isOpen());
    std::exception_ptr aheadFailed;
    const auto writeStreams = [&] {
        try {
            for (size_t i = 0; i < images.size(); ++i)
                ahead.write(
                    int(i),
                    inPieces(
                        images[i] +
                        std::string(i == 0 ? size_t(std::max(options.sizeOffBy, 0)) : 0, 'x')));
        } catch (...) {
            aheadFailed = std::current_exception();
        }
    };
    std::thread aheadThread;
    if (options.concurrent)
        aheadThread = std::thread(writeStreams);
    else
        writeStreams();
    const auto joinAhead = qScopeGuard([&] {
        if (aheadThread.joinable())
            aheadThread.join();
    });
    {
        ThreadedFilePipeline rest(path, ahead.end());
        REQUIRE(rest.isOpen());
        StreamSplicingPipeline spliced(
            &rest, ahead, StreamSplicingPipeline::holdBackFor(int(pdf.getObjectCount())));
        size_t i = 0;
        for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            if (i >= images.size() || (options.skipOne && i + 1 == images.size()))
                break;
            QPDFObjectHandle image =
                page.getObjectHandle().getKey("/Resources").getKey("/XObject").getKey("/Im0");
            image.replaceStreamData(spliced.placeholder(int(i), qint64(images.at(i).size())),
                                    QPDFObjectHandle::newName("/DCTDecode"),
                                    QPDFObjectHandle::newNull());
            image.setFilterOnWrite(false);
            ++i;
        }
        {
            QPDFWriter writer(pdf);
            writer.setOutputPipeline(&spliced);
            configure(writer);
            writer.write();
        }
        spliced.complete();
        if (aheadThread.joinable())
            aheadThread.join();
        if (aheadFailed)
            std::rethrow_exception(aheadFailed);
        ahead.finish();
        rest.close();
    }
    return shenbao::test::readFile(path);
}

// The images of a written document, in page order.
std::vector<std::string> imagesOf(QPDF &pdf)
{
    std::vector<std::string> found;
    for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle image =
            page.getObjectHandle().getKey("/Resources").getKey("/XObject").getKey("/Im0");
        const auto raw = image.getRawStreamData();
        found.emplace_back(reinterpret_cast<const char *>(raw->getBuffer()), raw->getSize());
    }
    return found;
}

} // namespace

TEST_CASE("StreamSplicingPipeline joins qpdf's output to the streams written ahead",
          "[dossier][output]")
{
    QTemporaryDir dir;
    // Sizes across the cross-reference field widths (offsets past 2^16 and 2^24), and a
    // stream of one byte.
    for (const std::vector<size_t> &sizes :
         {std::vector<size_t>{1, 70'000}, std::vector<size_t>{3'000'000, 17, 9'000'000, 250'000},
          std::vector<size_t>(40, 600'000)}) {
        // Written while qpdf writes or before it; and with a large stream qpdf writes itself
        // (more than it holds back: it goes on in pieces) after the ones written ahead.
        for (const auto &[concurrent, qpdfWritesOne] :
             {std::pair{true, false}, std::pair{false, false}, std::pair{true, true}}) {
            std::vector<std::string> ahead;
            for (size_t i = 0; i < sizes.size(); ++i)
                ahead.push_back(blob(sizes[i], int(i)));
            std::vector<std::string> images = ahead;
            if (qpdfWritesOne)
                images.push_back(blob(400'000, 99));
            auto pdf = document(images);
            const QString path = dir.filePath(QStringLiteral("joined-%1.pdf").arg(sizes.size()));
            const QByteArray written = writeAhead(*pdf, ahead, path, {0, false, concurrent});
            CAPTURE(sizes.size(), concurrent, qpdfWritesOne, written.size());
            REQUIRE(written.startsWith("%PDF-1."));
            CHECK(written.endsWith("%%EOF\n"));

            // It reads back without repair (every offset in the cross-reference stream is
            // where its object begins), with every image's bytes and every page's text.
            QPDF back;
            back.processMemoryFile("joined", written.constData(), size_t(written.size()));
            CHECK_FALSE(back.anyWarnings());
            CHECK(imagesOf(back) == images);
            // Each offset is exactly where its object begins, not merely near it (readers skip
            // white space before an object, so a reader's silence would not tell).
            int uncompressed = 0;
            for (const auto &[og, entry] : back.getXRefTable()) {
                if (entry.getType() != 1)
                    continue;
                ++uncompressed;
                CHECK(written.mid(qsizetype(entry.getOffset()))
                          .startsWith(QByteArray(QByteArray::number(og.getObj()) + " 0 obj\n")));
            }
            CHECK(uncompressed > int(images.size()));
            auto pages = QPDFPageDocumentHelper(back).getAllPages();
            REQUIRE(pages.size() == images.size());
            for (size_t i = 0; i < pages.size(); ++i) {
                const auto content =
                    pages[i].getObjectHandle().getKey("/Contents").getStreamData(qpdf_dl_all);
                CHECK(std::string(reinterpret_cast<const char *>(content->getBuffer()),
                                  content->getSize())
                          .find("(page " + std::to_string(i) + ")") != std::string::npos);
            }
            // And poppler, another reader, opens it as it is (it says when it has to
            // reconstruct the cross-reference table).
            if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
                QProcess info;
                info.start(QStringLiteral("pdfinfo"), {path});
                REQUIRE(info.waitForFinished(60'000));
                const QByteArray said = info.readAllStandardOutput();
                const QByteArray complained = info.readAllStandardError();
                INFO(said.toStdString() << complained.toStdString());
                CHECK(info.exitCode() == 0);
                CHECK(complained.isEmpty());
                const QByteArray pagesLine =
                    said.mid(said.indexOf("Pages:")).split('\n').value(0).simplified();
                CHECK(pagesLine == "Pages: " + QByteArray::number(qsizetype(images.size())));
            }
        }
    }
}

TEST_CASE("StreamSplicingPipeline joins a document without streams written ahead",
          "[dossier][output]")
{
    QTemporaryDir dir;
    const std::vector<std::string> images{blob(4000, 3)};
    auto pdf = document(images);
    // The image is qpdf's to write, as a PNG's decoded pixels are.
    const QByteArray written = writeAhead(*pdf, {}, dir.filePath(QStringLiteral("plain.pdf")), {});
    QPDF back;
    back.processMemoryFile("plain", written.constData(), size_t(written.size()));
    CHECK_FALSE(back.anyWarnings());
    CHECK(imagesOf(back) == images);
}

TEST_CASE("StreamSplicingPipeline refuses a stream of another size than announced",
          "[dossier][output]")
{
    QTemporaryDir dir;
    const std::vector<std::string> images{blob(5000, 1), blob(7000, 2)};
    // More bytes written ahead than announced.
    auto pdf = document(images);
    CHECK_THROWS_AS(writeAhead(*pdf, images, dir.filePath(QStringLiteral("more.pdf")), {1}),
                    std::runtime_error);
    // A placeholder for another size than was written ahead.
    std::vector<qint64> sizes{5000};
    StreamsWrittenAhead ahead(dir.filePath(QStringLiteral("size.pdf")), sizes);
    ThreadedFilePipeline rest(dir.filePath(QStringLiteral("size.pdf")), ahead.end());
    StreamSplicingPipeline spliced(&rest, ahead, StreamSplicingPipeline::holdBackFor(10));
    CHECK_THROWS_AS(spliced.placeholder(0, 4999), std::runtime_error);
    CHECK_THROWS_AS(spliced.placeholder(1, 5000), std::runtime_error);
}

TEST_CASE("StreamSplicingPipeline refuses a stream written ahead that qpdf never wrote",
          "[dossier][output]")
{
    QTemporaryDir dir;
    const std::vector<std::string> images{blob(5000, 1), blob(7000, 2)};
    auto pdf = document(images);
    CHECK_THROWS_AS(
        writeAhead(*pdf, images, dir.filePath(QStringLiteral("skip.pdf")), {0, true, true}),
        std::runtime_error);
}

TEST_CASE("StreamSplicingPipeline refuses a dictionary too long for the room written ahead",
          "[dossier][output]")
{
    QTemporaryDir dir;
    const std::vector<std::string> images{blob(5000, 1)};
    auto pdf = document(images);
    QPDFObjectHandle image = QPDFPageDocumentHelper(*pdf)
                                 .getAllPages()
                                 .at(0)
                                 .getObjectHandle()
                                 .getKey("/Resources")
                                 .getKey("/XObject")
                                 .getKey("/Im0");
    image.getDict().replaceKey(
        "/Note", QPDFObjectHandle::newString(std::string(StreamsWrittenAhead::kSlotBytes, 'n')));
    CHECK_THROWS_AS(writeAhead(*pdf, images, dir.filePath(QStringLiteral("long.pdf"))),
                    std::runtime_error);
}
