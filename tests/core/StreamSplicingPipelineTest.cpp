// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/StreamSplicingPipeline.h"

#include "TestSupport.h"

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using shenbao::StreamSplicingPipeline;

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

std::string writeDirectly(QPDF &pdf)
{
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    configure(writer);
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char *>(buffer->getBuffer()), buffer->getSize());
}

// Writes `pdf` through a splicing pipeline, once `prepare` has given it its placeholders.
std::string writeThrough(QPDF &pdf, const std::function<void(StreamSplicingPipeline &)> &prepare)
{
    Pl_Buffer out("spliced");
    StreamSplicingPipeline spliced(&out,
                                   StreamSplicingPipeline::holdBackFor(int(pdf.getObjectCount())));
    prepare(spliced);
    {
        QPDFWriter writer(pdf);
        writer.setOutputPipeline(&spliced);
        configure(writer);
        writer.write();
    }
    spliced.complete();
    out.finish();
    auto buffer = out.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char *>(buffer->getBuffer()), buffer->getSize());
}

// Writes `pdf` with every image spliced in by the pipeline; `sizeOffBy` lies about one size.
std::string writeSpliced(QPDF &pdf, const std::vector<std::string> &images, int sizeOffBy = 0)
{
    return writeThrough(pdf, [&](StreamSplicingPipeline &spliced) {
        size_t i = 0;
        for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            QPDFObjectHandle image =
                page.getObjectHandle().getKey("/Resources").getKey("/XObject").getKey("/Im0");
            const std::string bytes = images.at(i);
            const qint64 announced = qint64(bytes.size()) + (i == 0 ? sizeOffBy : 0);
            image.replaceStreamData(
                spliced.placeholder(announced,
                                    [bytes](Pipeline &to) {
                                        // In pieces, as a blob is read.
                                        for (size_t at = 0; at < bytes.size(); at += 100'000)
                                            to.write(reinterpret_cast<const unsigned char *>(
                                                         bytes.data() + at),
                                                     std::min<size_t>(100'000, bytes.size() - at));
                                    }),
                QPDFObjectHandle::newName("/DCTDecode"), QPDFObjectHandle::newNull());
            image.setFilterOnWrite(false);
            ++i;
        }
    });
}

} // namespace

TEST_CASE("StreamSplicingPipeline writes the PDF qpdf writes with the real bytes",
          "[dossier][output]")
{
    // Sizes across the cross-reference field widths: the spliced output's offsets pass
    // 2^16 and 2^24 where qpdf's own count of placeholders does not.
    for (const std::vector<size_t> &sizes :
         {std::vector<size_t>{1, 70'000}, std::vector<size_t>{3'000'000, 17, 9'000'000, 250'000},
          std::vector<size_t>(40, 600'000)}) {
        std::vector<std::string> images;
        for (size_t i = 0; i < sizes.size(); ++i)
            images.push_back(blob(sizes[i], int(i)));
        const std::string direct = writeDirectly(*document(images));
        auto pdf = document(images);
        const std::string spliced = writeSpliced(*pdf, images);
        CAPTURE(sizes.size(), direct.size());
        // Byte for byte, the cross-reference stream and startxref included.
        CHECK(spliced.size() == direct.size());
        CHECK(spliced == direct);

        // And it reads back: every image's data where its offset says.
        QPDF back;
        back.processMemoryFile("spliced", spliced.data(), spliced.size());
        CHECK_FALSE(back.anyWarnings());
        auto pages = QPDFPageDocumentHelper(back).getAllPages();
        REQUIRE(pages.size() == images.size());
        for (size_t i = 0; i < pages.size(); ++i) {
            QPDFObjectHandle image =
                pages[i].getObjectHandle().getKey("/Resources").getKey("/XObject").getKey("/Im0");
            const auto raw = image.getRawStreamData();
            CHECK(std::string(reinterpret_cast<const char *>(raw->getBuffer()), raw->getSize()) ==
                  images[i]);
        }
    }
}

TEST_CASE("StreamSplicingPipeline refuses a stream of another size than announced",
          "[dossier][output]")
{
    const std::vector<std::string> images{blob(5000, 1), blob(7000, 2)};
    for (const int off : {-1, 1}) {
        auto pdf = document(images);
        CHECK_THROWS_AS(writeSpliced(*pdf, images, off), std::runtime_error);
    }
}

TEST_CASE("StreamSplicingPipeline refuses a placeholder that was never written",
          "[dossier][output]")
{
    Pl_Buffer out("spliced");
    StreamSplicingPipeline spliced(&out, StreamSplicingPipeline::holdBackFor(10));
    spliced.placeholder(10, [](Pipeline &) {});
    const std::string text = "%PDF-1.4\n";
    spliced.write(reinterpret_cast<const unsigned char *>(text.data()), text.size());
    CHECK_THROWS_AS(spliced.complete(), std::runtime_error);
}

TEST_CASE("StreamSplicingPipeline passes a document without placeholders through unchanged",
          "[dossier][output]")
{
    const std::vector<std::string> images{blob(4000, 3)};
    const std::string direct = writeDirectly(*document(images));
    auto pdf = document(images);
    CHECK(writeThrough(*pdf, [](StreamSplicingPipeline &) {}) == direct);
}
