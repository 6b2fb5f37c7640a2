// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The binder's pieces on their own: the page plan, image geometry and decoding, JPEG headers,
// evidence that cannot be opened.

#include "BinderFixtures.h"
#include "TestSupport.h"

#include "dossier/DossierJson.h"
#include "dossier/DossierPlan.h"
#include "dossier/EvidenceImport.h"
#include "dossier/ImageEvidence.h"
#include "store/ProjectJson.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImageReader>
#include <QJsonObject>
#include <QTemporaryDir>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

using namespace shenbao;
using namespace shenbao::test;

namespace {

QString kinds(const DossierPlan &plan)
{
    QString out;
    for (const auto &p : plan.pages) {
        switch (p.part) {
        case PlanPart::Cover:
            out += u'C';
            break;
        case PlanPart::Toc:
            out += u'T';
            break;
        case PlanPart::Form:
            out += u'F';
            break;
        case PlanPart::Pledge:
            out += u'P';
            break;
        case PlanPart::EvidenceIndex:
            out += u'I';
            break;
        case PlanPart::Separator:
            out += u'S';
            break;
        case PlanPart::Evidence:
            out += u'E';
            break;
        case PlanPart::Blank:
            out += u'_';
            break;
        }
    }
    return out;
}

} // namespace

TEST_CASE("plan: duplex starts every part and item on a front side, blanks counted", "[binder]")
{
    PlanCounts c;
    c.form = 5;
    c.evidence = {2, 1};
    c.separators = {1, 1};
    const DossierPlan plan = planDossier(c, true);
    CHECK(kinds(plan) == QStringLiteral("C_T_FFFFF_P_I_SEE_SE"));
    CHECK(plan.firstNumbered == 4);
    CHECK(plan.numberedCount == 16);
    CHECK(plan.blankCount == 6);
    CHECK(plan.items.at(0).separator.first == 14);
    CHECK(plan.items.at(0).pages.first == 15);
    CHECK(plan.items.at(1).separator.first == 18);
    CHECK(plan.numberAt(15) == 12);
    QStringList labels;
    for (const auto &p : plan.pages)
        labels << p.label;
    CHECK(labels.mid(0, 6) == QStringList{QStringLiteral("封面"), QStringLiteral("封面"),
                                          QStringLiteral("i"), QStringLiteral("ii"),
                                          QStringLiteral("1"), QStringLiteral("2")});
    CHECK(labels.last() == QStringLiteral("16"));
    REQUIRE(plan.labelRanges.size() == 3);
    CHECK(plan.labelRanges.at(1).first == 2);
    CHECK(plan.labelRanges.at(2).first == 4);
    CHECK(plan.labelRanges.at(2).style == 'D');
}

TEST_CASE("plan: an even part needs no blank, an odd one does", "[binder]")
{
    PlanCounts c;
    c.cover = 2; // exactly even: the TOC follows directly
    c.toc = 2;
    c.form = 4;
    c.pledge = 2;
    c.evidenceIndex = 2;
    c.evidence = {1, 2, 2};
    c.separators = {1, 1, 1};
    CHECK(kinds(planDossier(c, true)) == QStringLiteral("CCTTFFFFPPIISESEE_SEE"));
    // Copies printed back to back: an odd total gets one more (numbered) blank.
    const DossierPlan padded = planDossier(c, true, true);
    CHECK(kinds(padded) == QStringLiteral("CCTTFFFFPPIISESEE_SEE_"));
    CHECK(padded.pages.last().number == 18);
    c.toc = 3; // one more: a blank back
    CHECK(kinds(planDossier(c, true)) == QStringLiteral("CCTTT_FFFFPPIISESEE_SEE"));
}

TEST_CASE("plan: simplex has no blanks and numbers from the form", "[binder]")
{
    PlanCounts c;
    c.form = 3;
    c.evidence = {2};
    c.separators = {1};
    const DossierPlan plan = planDossier(c, false);
    CHECK(kinds(plan) == QStringLiteral("CTFFFPISEE"));
    CHECK(plan.blankCount == 0);
    CHECK(plan.firstNumbered == 2);
    CHECK(plan.numberedCount == 8);
}

TEST_CASE("roman page numbers", "[binder]")
{
    CHECK(romanLower(1) == QStringLiteral("i"));
    CHECK(romanLower(4) == QStringLiteral("iv"));
    CHECK(romanLower(9) == QStringLiteral("ix"));
    CHECK(romanLower(14) == QStringLiteral("xiv"));
    CHECK(romanLower(40) == QStringLiteral("xl"));
    CHECK(romanLower(1994) == QStringLiteral("mcmxciv"));
}

TEST_CASE("fingerprint: SHA-256 of the canonical JSON without the fingerprint key", "[binder]")
{
    const QJsonObject a{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QStringLiteral("中文")}};
    const QString fp = dossierFingerprint(a);
    CHECK(fp.size() == 64);
    CHECK(fp == QString::fromLatin1(
                    QCryptographicHash::hash(ProjectJson::canonical(a), QCryptographicHash::Sha256)
                        .toHex()));
    const QJsonObject with = withFingerprint(a);
    CHECK(with.value(QStringLiteral("fingerprint")).toString() == fp);
    CHECK(dossierFingerprint(with) == fp);
    QJsonObject changed = a;
    changed.insert(QStringLiteral("b"), 2);
    CHECK(dossierFingerprint(changed) != fp);
    CHECK(shortFingerprint(QStringLiteral("0123456789abcdef0123")) ==
          QStringLiteral("0123 4567 89ab"));
}

TEST_CASE("image geometry: fitted, centred, never upscaled", "[binder]")
{
    const QRectF area(50, 80, 400, 600);
    CHECK(fitCentred(QSizeF(400, 600), area) == area); // exactly fits: unchanged
    CHECK(fitCentred(QSizeF(100, 50), area) == QRectF(200, 355, 100, 50)); // small: natural size
    const QRectF big = fitCentred(QSizeF(800, 600), area);                 // too wide by 2: halved
    CHECK(big.width() == Approx(400));
    CHECK(big.height() == Approx(300));
    CHECK(big.center().y() == Approx(area.center().y()));
    const QRectF tall = fitCentred(QSizeF(401, 600), area); // one unit too wide
    CHECK(tall.width() == Approx(400));
    CHECK(tall.height() < 600);
    // 1200 px at 300 dpi = 4 in = 288 pt; orientation 6 swaps width and height.
    CHECK(imageNaturalSize(1200, 600, 300, 300, 1) == QSizeF(288, 144));
    CHECK(imageNaturalSize(1200, 600, 300, 300, 6) == QSizeF(144, 288));
    CHECK(imageNaturalSize(96, 96, 0, 0, 1) == QSizeF(72, 72)); // unknown: 96 dpi
}

TEST_CASE("image placement honours every EXIF orientation", "[binder]")
{
    const QRectF box(10, 20, 300, 200); // displayed: 300 wide, 200 high
    const auto apply = [](const PdfMatrix &m, double u, double v) {
        return QPointF(m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5]);
    };
    // Where the stored image's top-left pixel (u = 0, v = 1) is shown.
    const QPointF topLeft(10, 220), topRight(310, 220), bottomLeft(10, 20), bottomRight(310, 20);
    CHECK(apply(imagePlacement(1, box), 0, 1) == topLeft);
    CHECK(apply(imagePlacement(2, box), 0, 1) == topRight);
    CHECK(apply(imagePlacement(3, box), 0, 1) == bottomRight);
    CHECK(apply(imagePlacement(4, box), 0, 1) == bottomLeft);
    CHECK(apply(imagePlacement(5, box), 0, 1) == topLeft);
    CHECK(apply(imagePlacement(6, box), 0, 1) == topRight);
    CHECK(apply(imagePlacement(7, box), 0, 1) == bottomRight);
    CHECK(apply(imagePlacement(8, box), 0, 1) == bottomLeft);
    // Orientation 6: the stored top row runs down the right edge.
    CHECK(apply(imagePlacement(6, box), 1, 1) == bottomRight);
    // Orientation 8: the stored top row runs up the left edge.
    CHECK(apply(imagePlacement(8, box), 1, 1) == topLeft);
}

TEST_CASE("JPEG header: size, components, EXIF orientation, resolution; never decoded", "[binder]")
{
    QByteArray jpeg = jpegWithOrientation6(quadrantImage(400, 300), 150);
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const auto info = readJpegInfo(buffer, &error);
    INFO(error.toStdString());
    REQUIRE(info);
    CHECK(info->width == 300);
    CHECK(info->height == 400);
    CHECK(info->components == 3);
    CHECK(info->precision == 8);
    CHECK(info->orientation == 6);
    CHECK(info->dpiX == Approx(150));
    // Qt reads the same orientation.
    QBuffer again(&jpeg);
    QImageReader reader(&again);
    CHECK(reader.transformation() == QImageIOHandler::TransformationRotate90);

    QByteArray truncated = jpeg.left(20);
    QBuffer cut(&truncated);
    cut.open(QIODevice::ReadOnly);
    CHECK_FALSE(readJpegInfo(cut, &error));
    CHECK(error.contains(QStringLiteral("不完整")));
    QByteArray notJpeg("GIF89a....");
    QBuffer gif(&notJpeg);
    gif.open(QIODevice::ReadOnly);
    CHECK_FALSE(readJpegInfo(gif, &error));
}

TEST_CASE("PNG / TIFF decoding: bilevel stays 1 bit, bombs are refused by size", "[binder]")
{
    QTemporaryDir dir;
    QImage mono(100, 50, QImage::Format_Mono);
    mono.setColor(0, qRgb(255, 255, 255));
    mono.setColor(1, qRgb(0, 0, 0));
    mono.fill(0);
    for (int x = 0; x < 100; ++x)
        mono.setPixel(x, x / 2, 1);
    const QString path = dir.filePath(QStringLiteral("mono.png"));
    REQUIRE(mono.save(path, "PNG"));
    Problems problems;
    const auto pages = decodeRasterImage(path, dir.path(), QStringLiteral("mono.png"), &problems);
    REQUIRE(pages);
    REQUIRE(pages->size() == 1);
    CHECK(pages->first().bitsPerComponent == 1);
    CHECK(pages->first().components == 1);
    // Decode the Flate data and compare the bits (PDF gray: 0 black, unless inverted).
    QByteArray flate = readFile(pages->first().dataPath);
    const int rowBytes = (100 + 7) / 8;
    QByteArray withSize(4, '\0');
    const int raw = rowBytes * 50;
    withSize[2] = char(raw >> 8);
    withSize[3] = char(raw & 0xff);
    const QByteArray bits = qUncompress(withSize + flate);
    REQUIRE(bits.size() == raw);
    for (int y = 0; y < 50; ++y) {
        for (int x = 0; x < 100; ++x) {
            const bool set = (uchar(bits[y * rowBytes + x / 8]) >> (7 - x % 8)) & 1;
            const bool black = (pages->first().invert ? !set : set) == false;
            CHECK(black == (mono.pixelIndex(x, y) == 1));
        }
    }

    const auto tiff = decodeRasterImage(dataPath(QStringLiteral("evidence/two-pages.tif")),
                                        dir.path(), QStringLiteral("two-pages.tif"), &problems);
    REQUIRE(tiff);
    CHECK(tiff->size() == 2);

    const QString bomb = dir.filePath(QStringLiteral("bomb.png"));
    writePngBomb(bomb, 30001, 10); // one pixel over the side limit, tiny area
    problems.clear();
    CHECK_FALSE(decodeRasterImage(bomb, dir.path(), QStringLiteral("bomb.png"), &problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().message.contains(QStringLiteral("图像尺寸过大")));
    writePngBomb(bomb, 30000, 10); // exactly at the limit: decoded
    problems.clear();
    CHECK(decodeRasterImage(bomb, dir.path(), QStringLiteral("bomb.png"), &problems));
}

TEST_CASE("evidence that cannot be opened is an error naming the file", "[binder]")
{
    QTemporaryDir dir;
    EvidenceFile file;
    file.evidenceId = QStringLiteral("ev-x");
    file.title = QStringLiteral("审计报告");
    file.originalName = QStringLiteral("broken.pdf");
    file.mediaType = MediaType::Pdf;
    file.path = dataPath(QStringLiteral("evidence/unreadable.pdf"));
    Problems problems;
    CHECK_FALSE(EvidenceSource::open(file, QString(), dir.path(), &problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().isError());
    CHECK(problems.first().where == QStringLiteral("broken.pdf"));
    CHECK(problems.first().message.contains(QStringLiteral("佐证材料「审计报告」（broken.pdf）")));

    file.mediaType = MediaType::Jpeg;
    file.path = dataPath(QStringLiteral("evidence/one-page.pdf"));
    problems.clear();
    CHECK_FALSE(EvidenceSource::open(file, QString(), dir.path(), &problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().message.contains(QStringLiteral("JPEG")));

    file.mediaType = MediaType::Pdf;
    file.path = dataPath(QStringLiteral("evidence/damaged.pdf"));
    problems.clear();
    const auto repaired = EvidenceSource::open(file, QString(), dir.path(), &problems);
    REQUIRE(repaired);
    CHECK(repaired->pageCount() >= 1);
    REQUIRE(problems.size() == 1);
    CHECK_FALSE(problems.first().isError());
}

TEST_CASE("a PDF whose file is closed between reads binds the same pages", "[binder]")
{
    QTemporaryDir dir;
    for (const bool keepOpen : {true, false}) {
        EvidenceFile file;
        file.evidenceId = QStringLiteral("ev-2");
        file.title = QStringLiteral("两页");
        file.originalName = QStringLiteral("two-pages.pdf");
        file.mediaType = MediaType::Pdf;
        file.path = dataPath(QStringLiteral("evidence/two-pages.pdf"));
        file.keepOpen = keepOpen;
        Problems problems;
        const auto source = EvidenceSource::open(file, QString(), dir.path(), &problems);
        REQUIRE(source);
        CHECK(source->pageCount() == 2);
        QPDF out;
        out.emptyPDF();
        CHECK(source->appendTo(out, 0, true).size() == 2);
        QPDFWriter writer(out);
        writer.setOutputMemory();
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        QPDF back;
        back.processMemoryFile("bound", reinterpret_cast<const char *>(buffer->getBuffer()),
                               buffer->getSize());
        CHECK(back.getAllPages().size() == 2);
        // Images came along: the page's image stream is readable in the output.
        QPDFObjectHandle page = back.getAllPages().front();
        QPDFObjectHandle xobjects = page.getKey("/Resources").getKey("/XObject");
        REQUIRE(xobjects.isDictionary());
        for (auto &[name, x] : xobjects.ditems())
            CHECK(x.getRawStreamData()->getSize() > 0);
    }
}
