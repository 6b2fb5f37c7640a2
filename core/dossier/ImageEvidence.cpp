// SPDX-FileCopyrightText: 2026 The Shenbao authors
#include "dossier/ImageEvidence.h"

#include "dossier/PageStyle.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>

#include <qpdf/Pl_Flate.hh>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

namespace shenbao {

namespace {

constexpr double kPtPerMm = 72.0 / 25.4;

quint16 be16(const uchar *p)
{
    return quint16((p[0] << 8) | p[1]);
}

struct ExifInfo
{
    int orientation = 1;
    double dpiX = 0, dpiY = 0;
};

// Just enough TIFF to read three tags of IFD0; every offset is bounds-checked because the
// bytes come from an arbitrary file.
ExifInfo parseExif(const QByteArray &payload)
{
    ExifInfo info;
    if (!payload.startsWith(QByteArrayView("Exif\0\0", 6)))
        return info;
    const QByteArray tiff = payload.mid(6);
    const auto *t = reinterpret_cast<const uchar *>(tiff.constData());
    const qsizetype n = tiff.size();
    if (n < 8)
        return info;
    const bool le = t[0] == 'I' && t[1] == 'I';
    if (!le && !(t[0] == 'M' && t[1] == 'M'))
        return info;
    auto u16 = [&](qsizetype at) -> quint32 {
        if (at < 0 || at + 2 > n)
            return 0;
        return le ? quint32(t[at] | (t[at + 1] << 8)) : quint32((t[at] << 8) | t[at + 1]);
    };
    auto u32 = [&](qsizetype at) -> quint32 {
        if (at < 0 || at + 4 > n)
            return 0;
        return le ? quint32(t[at]) | quint32(t[at + 1]) << 8 | quint32(t[at + 2]) << 16 |
                        quint32(t[at + 3]) << 24
                  : quint32(t[at]) << 24 | quint32(t[at + 1]) << 16 | quint32(t[at + 2]) << 8 |
                        quint32(t[at + 3]);
    };
    if (u16(2) != 42)
        return info;
    const qsizetype ifd = u32(4);
    const int entries = int(u16(ifd));
    double resX = 0, resY = 0;
    int unit = 2; // EXIF default: inches
    for (int i = 0; i < entries && i < 512; ++i) {
        const qsizetype e = ifd + 2 + 12 * qsizetype(i);
        if (e + 12 > n)
            break;
        const quint32 tag = u16(e), type = u16(e + 2);
        if (tag == 0x0112 && type == 3) {
            const int v = int(u16(e + 8));
            if (v >= 1 && v <= 8)
                info.orientation = v;
        } else if ((tag == 0x011A || tag == 0x011B) && type == 5) {
            const qsizetype at = u32(e + 8);
            const quint32 num = u32(at), den = u32(at + 4);
            (tag == 0x011A ? resX : resY) = den ? double(num) / den : 0;
        } else if (tag == 0x0128 && type == 3) {
            unit = int(u16(e + 8));
        }
    }
    const double perInch = unit == 3 ? 2.54 : unit == 2 ? 1.0 : 0.0;
    info.dpiX = resX * perInch;
    info.dpiY = resY * perInch;
    return info;
}

// Stated resolutions below this are placeholders (0, 1) rather than facts.
double plausibleDpi(double dpi)
{
    return dpi >= 36 && dpi <= 10000 ? dpi : 0;
}

// Writes bytes that qpdf's pipelines produce into a QFile.
class PlQFile final : public Pipeline
{
public:
    explicit PlQFile(QFile &file)
        : Pipeline("shenbao-file", nullptr)
        , m_file(file)
    {
    }
    void write(unsigned char const *data, size_t len) override
    {
        if (m_file.write(reinterpret_cast<const char *>(data), qint64(len)) != qint64(len))
            throw std::runtime_error("cannot write temporary image data");
    }
    void finish() override { m_file.flush(); }

private:
    QFile &m_file;
};

// PNG row filters (None, Sub, Up, Average, Paeth), chosen per row by the smallest sum of
// absolute signed bytes as libpng does: photos and scans compress far better than raw rows.
void filterRow(const QByteArray &row, const QByteArray &prev, int bpp, QByteArray &out)
{
    const int n = int(row.size());
    const auto *r = reinterpret_cast<const uchar *>(row.constData());
    const auto *p = reinterpret_cast<const uchar *>(prev.constData());
    QByteArray best;
    long bestCost = -1;
    QByteArray candidate(n + 1, Qt::Uninitialized);
    for (int type = 0; type <= 4; ++type) {
        auto *c = reinterpret_cast<uchar *>(candidate.data());
        c[0] = uchar(type);
        long cost = 0;
        for (int i = 0; i < n; ++i) {
            const int a = i >= bpp ? r[i - bpp] : 0, b = p[i], cc = i >= bpp ? p[i - bpp] : 0;
            int pred = 0;
            switch (type) {
            case 1:
                pred = a;
                break;
            case 2:
                pred = b;
                break;
            case 3:
                pred = (a + b) / 2;
                break;
            case 4: {
                const int pa = std::abs(b - cc), pb = std::abs(a - cc),
                          pc = std::abs(a + b - 2 * cc);
                pred = (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : cc);
                break;
            }
            default:
                break;
            }
            const uchar v = uchar(r[i] - pred);
            c[i + 1] = v;
            cost += v < 128 ? v : 256 - v;
        }
        if (bestCost < 0 || cost < bestCost) {
            bestCost = cost;
            best = candidate;
        }
    }
    out = best;
}

// QImage::isGrayscale() asks indexed images for the identity palette (index i = gray i); a
// two-colour white/black table is gray too.
bool allGray(const QImage &image)
{
    if (image.colorCount() > 0) {
        const auto table = image.colorTable();
        return std::all_of(table.begin(), table.end(),
                           [](QRgb c) { return qRed(c) == qGreen(c) && qGreen(c) == qBlue(c); });
    }
    return image.allGray();
}

bool encodeFrame(const QImage &image, const QString &dataPath, RasterPage &page)
{
    QFile file(dataPath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    PlQFile sink(file);
    Pl_Flate flate("shenbao-image", &sink, Pl_Flate::a_deflate);
    const int w = image.width(), h = image.height();
    page.width = w;
    page.height = h;

    const bool bilevel =
        (image.format() == QImage::Format_Mono || image.format() == QImage::Format_MonoLSB) &&
        image.colorCount() == 2 && !image.hasAlphaChannel() && allGray(image);
    if (bilevel) {
        const QImage mono = image.convertToFormat(QImage::Format_Mono);
        page.components = 1;
        page.bitsPerComponent = 1;
        page.invert = qGray(mono.color(0)) > qGray(mono.color(1)); // index 0 is white
        const int rowBytes = (w + 7) / 8;
        for (int y = 0; y < h; ++y)
            flate.write(mono.constScanLine(y), size_t(rowBytes));
        flate.finish();
        return file.error() == QFileDevice::NoError;
    }

    const bool gray = allGray(image);
    page.components = gray ? 1 : 3;
    page.bitsPerComponent = 8;
    page.pngPredictor = true;
    const int bpp = page.components;
    QByteArray row(w * bpp, '\0'), prev(w * bpp, '\0'), filtered;
    for (int y = 0; y < h; ++y) {
        // One row at a time: converting the whole image would double the peak memory.
        const QImage line = image.copy(0, y, w, 1).convertToFormat(QImage::Format_ARGB32);
        const auto *px = reinterpret_cast<const QRgb *>(line.constScanLine(0));
        auto *out = reinterpret_cast<uchar *>(row.data());
        for (int x = 0; x < w; ++x) {
            const QRgb c = px[x];
            const int a = qAlpha(c);
            // Transparency flattened onto white paper.
            auto over = [a](int v) {
                return (v * a + 255 * (255 - a) + 127) / 255;
            };
            if (gray) {
                out[x] = uchar(over(qRed(c)));
            } else {
                out[3 * x] = uchar(over(qRed(c)));
                out[3 * x + 1] = uchar(over(qGreen(c)));
                out[3 * x + 2] = uchar(over(qBlue(c)));
            }
        }
        filterRow(row, prev, bpp, filtered);
        flate.write(reinterpret_cast<const uchar *>(filtered.constData()), size_t(filtered.size()));
        std::swap(row, prev);
    }
    flate.finish();
    return file.error() == QFileDevice::NoError;
}

} // namespace

int exifOrientation(const QByteArray &app1Payload)
{
    return parseExif(app1Payload).orientation;
}

namespace {

// What the marker segments before the image data say.
struct JpegScan
{
    JpegInfo info;
    bool haveSof = false;
    ExifInfo exif;
    double jfifX = 0, jfifY = 0;
};

// One marker segment's payload into `scan`; the reason when the JPEG cannot be used.
QString takeSegment(uchar marker, const QByteArray &payload, JpegScan &scan)
{
    const qsizetype segment = payload.size();
    const auto *p = reinterpret_cast<const uchar *>(payload.constData());
    if (marker == 0xE0 && segment >= 12 && payload.startsWith(QByteArrayView("JFIF\0", 5))) {
        const int units = p[7];
        const double per = units == 1 ? 1.0 : units == 2 ? 2.54 : 0.0;
        scan.jfifX = be16(p + 8) * per;
        scan.jfifY = be16(p + 10) * per;
    } else if (marker == 0xE1) {
        if (payload.startsWith(QByteArrayView("Exif\0\0", 6)))
            scan.exif = parseExif(payload);
    } else if (marker == 0xEE && payload.startsWith("Adobe")) {
        scan.info.adobe = true;
    } else if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
               marker != 0xCC) {
        if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2)
            return QStringLiteral(
                "不支持的 JPEG 编码方式（无损或算术编码），请另存为普通 JPEG 或 PDF");
        if (segment < 6)
            return QStringLiteral("JPEG 帧头损坏");
        scan.info.precision = p[0];
        scan.info.height = be16(p + 1);
        scan.info.width = be16(p + 3);
        scan.info.components = p[5];
        scan.haveSof = true;
    }
    return {};
}

// Reads the marker segments after SOI up to the image data (SOS); the reason when the file
// ends or breaks first.
QString scanSegments(QIODevice &in, JpegScan &scan)
{
    for (;;) {
        char ch = 0;
        // Markers are 0xFF followed by a code; 0xFF fill bytes may precede the code.
        if (!in.getChar(&ch))
            return QStringLiteral("JPEG 文件不完整（图像数据之前已结束）");
        if (uchar(ch) != 0xFF)
            return QStringLiteral("JPEG 文件结构损坏");
        do {
            if (!in.getChar(&ch))
                return QStringLiteral("JPEG 文件不完整（图像数据之前已结束）");
        } while (uchar(ch) == 0xFF);
        const uchar marker = uchar(ch);
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // no length
        if (marker == 0xD9)
            return QStringLiteral("JPEG 文件不含图像数据");
        const QByteArray len = in.read(2);
        if (len.size() != 2)
            return QStringLiteral("JPEG 文件不完整");
        const int segment = be16(reinterpret_cast<const uchar *>(len.constData())) - 2;
        if (segment < 0)
            return QStringLiteral("JPEG 文件结构损坏");
        if (marker == 0xDA)
            return scan.haveSof ? QString() : QStringLiteral("JPEG 文件缺少帧头（SOF）");
        const QByteArray payload = in.read(segment);
        if (payload.size() != segment)
            return QStringLiteral("JPEG 文件不完整");
        if (const QString why = takeSegment(marker, payload, scan); !why.isEmpty())
            return why;
    }
}

} // namespace

std::optional<JpegInfo> readJpegInfo(QIODevice &in, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<JpegInfo> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QByteArray soi = in.read(2);
    if (soi.size() != 2 || uchar(soi[0]) != 0xFF || uchar(soi[1]) != 0xD8)
        return fail(QStringLiteral("不是 JPEG 文件（缺少文件头）"));
    JpegScan scan;
    if (const QString why = scanSegments(in, scan); !why.isEmpty())
        return fail(why);
    JpegInfo info = scan.info;
    if (info.precision != 8)
        return fail(QStringLiteral("不支持 %1 位的 JPEG（只支持 8 位），请另存为普通 JPEG")
                        .arg(info.precision));
    if (info.width <= 0 || info.height <= 0)
        return fail(QStringLiteral("JPEG 帧头没有图像尺寸"));
    if (info.components != 1 && info.components != 3 && info.components != 4)
        return fail(QStringLiteral("不支持 %1 个颜色通道的 JPEG").arg(info.components));
    info.orientation = scan.exif.orientation;
    info.dpiX = plausibleDpi(scan.jfifX) > 0 ? scan.jfifX : plausibleDpi(scan.exif.dpiX);
    info.dpiY = plausibleDpi(scan.jfifY) > 0 ? scan.jfifY : plausibleDpi(scan.exif.dpiY);
    if (info.dpiX <= 0 || info.dpiY <= 0)
        info.dpiX = info.dpiY = 0;
    return info;
}

std::optional<QList<RasterPage>> decodeRasterImage(const QString &path, const QString &workDir,
                                                   const QString &displayName, Problems *problems,
                                                   const QByteArray &format)
{
    auto fail = [&](const QString &message) -> std::optional<QList<RasterPage>> {
        problems->append(Problem{Problem::Severity::Error, displayName, message});
        return std::nullopt;
    };
    QImageReader reader(path, format);
    reader.setAutoTransform(true);
    // Our own limit below is the guard; Qt's default (256 MB) would refuse sizes we accept.
    const int neededMb = int(kMaxImagePixels * 4 / (1024 * 1024)) + 64;
    if (QImageReader::allocationLimit() != 0 && QImageReader::allocationLimit() < neededMb)
        QImageReader::setAllocationLimit(neededMb);
    // Asked before the first read: Qt's TIFF reader only walks its directories when counting.
    const int frames = std::max(1, reader.imageCount());
    if (frames > 10000)
        return fail(QStringLiteral("图像帧数异常（%1 帧）").arg(frames));
    QList<RasterPage> pages;
    for (int frame = 0; frame < frames; ++frame) {
        if (frame > 0 && !reader.jumpToNextImage())
            return fail(QStringLiteral("无法读取第 %1 页（文件可能已损坏）").arg(frame + 1));
        const QSize size = reader.size();
        if (!size.isValid())
            return fail(
                QStringLiteral("无法读取图像尺寸（文件可能已损坏）：%1").arg(reader.errorString()));
        if (qint64(size.width()) * size.height() > kMaxImagePixels ||
            size.width() > kMaxImageSide || size.height() > kMaxImageSide) {
            return fail(
                QStringLiteral("图像尺寸过大（%1 × %2 像素），超过 %3 万像素或单边 %4 像素的上限，"
                               "可能是异常文件；请缩小后重新添加")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(kMaxImagePixels / 10000)
                    .arg(kMaxImageSide));
        }
        QImage image;
        if (!reader.read(&image) || image.isNull())
            return fail(
                QStringLiteral("无法解码图像（文件可能已损坏）：%1").arg(reader.errorString()));
        RasterPage page;
        page.dataPath = QDir(workDir).filePath(QStringLiteral("raster-%1.flate").arg(frame));
        const double dpmToDpi = 0.0254;
        page.dpiX = plausibleDpi(image.dotsPerMeterX() * dpmToDpi);
        page.dpiY = plausibleDpi(image.dotsPerMeterY() * dpmToDpi);
        if (page.dpiX <= 0 || page.dpiY <= 0)
            page.dpiX = page.dpiY = 0;
        try {
            if (!encodeFrame(image, page.dataPath, page))
                return fail(QStringLiteral("无法写入临时文件（磁盘空间不足？）"));
        } catch (const std::exception &e) {
            return fail(
                QStringLiteral("无法写入临时文件：%1").arg(QString::fromLocal8Bit(e.what())));
        }
        pages.append(page);
    }
    return pages;
}

QSizeF imageNaturalSize(int width, int height, double dpiX, double dpiY, int orientation)
{
    if (dpiX <= 0 || dpiY <= 0)
        dpiX = dpiY = kDefaultImageDpi;
    const QSizeF stored(width * 72.0 / dpiX, height * 72.0 / dpiY);
    return orientation >= 5 ? stored.transposed() : stored;
}

QRectF fitCentred(const QSizeF &natural, const QRectF &area)
{
    double s = 1.0;
    if (natural.width() > 0 && natural.height() > 0)
        s = std::min({1.0, area.width() / natural.width(), area.height() / natural.height()});
    const QSizeF size = natural * s;
    return QRectF(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2,
                  size.width(), size.height());
}

PdfMatrix imagePlacement(int orientation, const QRectF &box)
{
    // Displayed (X, Y) in the unit square as affine functions of image space (u, v), where
    // (0,0) is the stored image's bottom-left as PDF draws it: {ax, bx, cx, ay, by, cy} with
    // X = ax·u + bx·v + cx, Y = ay·u + by·v + cy. Derived from the EXIF definition of where
    // the stored row 0 / column 0 end up for each orientation.
    static const double table[8][6] = {
        {1, 0, 0, 0, 1, 0},   // 1 as stored
        {-1, 0, 1, 0, 1, 0},  // 2 mirrored left-right
        {-1, 0, 1, 0, -1, 1}, // 3 rotated 180°
        {1, 0, 0, 0, -1, 1},  // 4 mirrored top-bottom
        {0, -1, 1, -1, 0, 1}, // 5 transposed
        {0, 1, 0, -1, 0, 1},  // 6 shown rotated 90° clockwise
        {0, 1, 0, 1, 0, 0},   // 7 transversed
        {0, -1, 1, 1, 0, 0},  // 8 shown rotated 90° counter-clockwise
    };
    const auto &m = table[(orientation >= 1 && orientation <= 8 ? orientation : 1) - 1];
    const double W = box.width(), H = box.height();
    return {W * m[0], H * m[3], W * m[1], H * m[4], box.left() + W * m[2], box.top() + H * m[5]};
}

QRectF imageAreaOnA4(bool bindingOnLeft)
{
    // QRectF in PDF user space: top() is the lower edge (y grows upwards).
    const double binding = pages::kBindingMarginMm * kPtPerMm;
    const double outer = 15.0 * kPtPerMm;
    const double top = 15.0 * kPtPerMm;
    const double bottom = (pages::kPageHeightMm - pages::kContentBottomMm) * kPtPerMm;
    const double left = bindingOnLeft ? binding : outer;
    const double right = bindingOnLeft ? outer : binding;
    return QRectF(left, bottom, kA4WidthPt - left - right, kA4HeightPt - top - bottom);
}

} // namespace shenbao
