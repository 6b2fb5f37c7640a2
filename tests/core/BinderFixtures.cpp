// SPDX-FileCopyrightText: 2026 The Shenbao authors
#include "BinderFixtures.h"

#include "TestSupport.h"

#include "dossier/DossierPlan.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTransform>

#include <qpdf/Pl_Flate.hh>
#include <qpdf/Pl_String.hh>

#include <array>

namespace shenbao::test {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    b[0] = char(v >> 24);
    b[1] = char(v >> 16);
    b[2] = char(v >> 8);
    b[3] = char(v);
    return b;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type) + data;
    return be32(quint32(data.size())) + typed + be32(crc32(typed));
}

QString labelText(const QJsonObject &label, int offset)
{
    QString prefix = label.value(QStringLiteral("/P")).toString();
    if (prefix.startsWith(QStringLiteral("u:")))
        prefix = prefix.mid(2);
    const QString style = label.value(QStringLiteral("/S")).toString();
    const int n = label.value(QStringLiteral("/St")).toInt(1) + offset;
    if (style == QStringLiteral("/D"))
        return prefix + QString::number(n);
    if (style == QStringLiteral("/r"))
        return prefix + romanLower(n);
    if (style == QStringLiteral("/R"))
        return prefix + romanLower(n).toUpper();
    return prefix;
}

} // namespace

void writeTextPdf(const QString &path, const QString &marker, const QString &heading, int pages,
                  const QPageSize &size, const QString &family)
{
    QPdfWriter writer(path);
    writer.setPageSize(size);
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setResolution(300);
    QPainter p;
    REQUIRE(p.begin(&writer));
    QFont font(family);
    font.setPointSize(14);
    font.setStyleStrategy(QFont::PreferNoShaping);
    p.setFont(font);
    for (int i = 1; i <= pages; ++i) {
        if (i > 1)
            writer.newPage();
        p.drawText(QRectF(0, 0, writer.width(), 200), Qt::AlignLeft | Qt::AlignTop,
                   QStringLiteral("%1-P%2").arg(marker).arg(i));
        p.drawText(QRectF(0, 250, writer.width(), 200), Qt::AlignLeft | Qt::AlignTop,
                   QStringLiteral("%1 第 %2 页").arg(heading).arg(i));
        // Content up to the bottom edge, as scans have: the footer is stamped over it.
        p.drawRect(QRectF(0, 500, writer.width() - 1, writer.height() - 501));
    }
    p.end();
}

QImage quadrantImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    const int w2 = width / 2, h2 = height / 2;
    p.fillRect(0, 0, w2, h2, QColor(255, 0, 0));
    p.fillRect(w2, 0, width - w2, h2, QColor(0, 200, 0));
    p.fillRect(0, h2, w2, height - h2, QColor(0, 0, 255));
    p.fillRect(w2, h2, width - w2, height - h2, QColor(255, 255, 0));
    return image;
}

QByteArray jpegWithOrientation6(const QImage &upright, int dpi)
{
    QImage stored = upright.transformed(QTransform().rotate(-90));
    const int dpm = int(dpi / 0.0254 + 0.5);
    stored.setDotsPerMeterX(dpm);
    stored.setDotsPerMeterY(dpm);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(stored.save(&buffer, "JPEG", 90));
    // EXIF APP1, big-endian TIFF with one IFD0 entry: Orientation (0x0112) SHORT = 6.
    const QByteArray exif =
        QByteArray("Exif\0\0", 6) + QByteArray("MM\0\x2a\0\0\0\x08", 8) + QByteArray("\0\x01", 2) +
        QByteArray("\x01\x12\0\x03\0\0\0\x01\0\x06\0\0", 12) + QByteArray("\0\0\0\0", 4);
    const int len = int(exif.size()) + 2;
    QByteArray app1 = QByteArray("\xff\xe1", 2);
    app1 += char(len >> 8);
    app1 += char(len & 0xff);
    app1 += exif;
    // After the JFIF APP0 segment, where cameras put it.
    int at = 2;
    if (uchar(jpeg[2]) == 0xFF && uchar(jpeg[3]) == 0xE0)
        at = 4 + ((uchar(jpeg[4]) << 8) | uchar(jpeg[5]));
    jpeg.insert(at, app1);
    return jpeg;
}

void writePngBomb(const QString &path, int width, int height)
{
    std::string idat;
    Pl_String sink("png-idat", nullptr, idat);
    Pl_Flate flate("png-idat", &sink, Pl_Flate::a_deflate);
    // Filter byte 0 then width/8 bytes of 0xFF (white in 1-bit gray), for every row.
    std::string row(size_t(1 + (width + 7) / 8), '\xff');
    row[0] = '\0';
    for (int y = 0; y < height; ++y)
        flate.write(reinterpret_cast<const unsigned char *>(row.data()), row.size());
    flate.finish();

    QByteArray ihdr = be32(quint32(width)) + be32(quint32(height));
    ihdr += char(1); // bit depth
    ihdr += char(0); // gray
    ihdr += char(0); // deflate
    ihdr += char(0); // adaptive filtering
    ihdr += char(0); // no interlace
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x89PNG\r\n\x1a\n", 8));
    f.write(pngChunk("IHDR", ihdr));
    f.write(pngChunk("IDAT", QByteArray(idat.data(), qsizetype(idat.size()))));
    f.write(pngChunk("IEND", QByteArray()));
}

QByteArray runTool(const QString &program, const QStringList &args, bool allowFailure)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(120000));
    const QByteArray out = p.readAllStandardOutput();
    if (!allowFailure) {
        INFO(program.toStdString() << " " << args.join(u' ').toStdString() << ": "
                                   << p.readAllStandardError().toStdString());
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        // qpdf exits 3 for "succeeded with warnings".
        REQUIRE((p.exitCode() == 0 || (program == QStringLiteral("qpdf") && p.exitCode() == 3)));
    }
    return out;
}

QJsonDocument qpdfJson(const QString &pdf, const QStringList &keys)
{
    QStringList args{QStringLiteral("--json")};
    for (const auto &k : keys)
        args << QStringLiteral("--json-key=") + k;
    args << pdf;
    return QJsonDocument::fromJson(runTool(QStringLiteral("qpdf"), args));
}

QStringList pageLabelsOf(const QString &pdf)
{
    const QJsonObject root =
        qpdfJson(pdf, {QStringLiteral("pages"), QStringLiteral("pagelabels")}).object();
    const int pages = int(root.value(QStringLiteral("pages")).toArray().size());
    const QJsonArray ranges = root.value(QStringLiteral("pagelabels")).toArray();
    QStringList out;
    for (int i = 0; i < pages; ++i) {
        QJsonObject range;
        int first = 0;
        for (const auto &r : ranges) {
            const int index = r.toObject().value(QStringLiteral("index")).toInt();
            if (index <= i) {
                range = r.toObject().value(QStringLiteral("label")).toObject();
                first = index;
            }
        }
        out << labelText(range, i - first);
    }
    return out;
}

QStringList pageTextsOf(const QString &pdf)
{
    const QString text = QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace shenbao::test
