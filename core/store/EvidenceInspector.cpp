// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/EvidenceInspector.h"

#include "store/OutputGuard.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <algorithm>
#include <exception>

namespace shenbao {

namespace {

// Real PDF readers accept a header preceded by junk (mail gateways and some scanners add it);
// 1024 bytes is the window Acrobat documents, so a file that opens elsewhere opens here.
constexpr qsizetype kPdfHeaderWindow = 1024;

Problem error(const QString &path, const QString &message, ProblemCode code,
              const QStringList &args = {})
{
    return {Problem::Severity::Error, path, message, code, args};
}

Problem warning(const QString &path, const QString &message, ProblemCode code,
                const QStringList &args = {})
{
    return {Problem::Severity::Warning, path, message, code, args};
}

void inspectPdf(const QString &path, EvidenceInspection &result)
{
    QPDF pdf;
    // qpdf would otherwise print its warnings on stderr; they are turned into Problems below.
    pdf.setSuppressWarnings(true);
    try {
        pdf.processFile(QFile::encodeName(path).constData());
        const auto pages = QPDFPageDocumentHelper(pdf).getAllPages().size();
        result.pages = int(pages);
        if (pages == 0) {
            result.problems << error(path,
                                     QStringLiteral("PDF 文件没有任何页面；请提供至少一页的 PDF"),
                                     ProblemCode::EvidencePdfNoPages);
        } else if (pdf.anyWarnings()) {
            result.problems << warning(
                path,
                QStringLiteral("PDF 文件已损坏但可以修复（按修复后的文件计 %1 页）；"
                               "请核对页数，最好重新导出或扫描该文件")
                    .arg(pages),
                ProblemCode::EvidencePdfRepaired, {QString::number(pages)});
        }
    } catch (const QPDFExc &e) {
        if (e.getErrorCode() == qpdf_e_password) {
            result.pages = 0;
            result.problems << warning(
                path, QStringLiteral("PDF 已加密，导出时需要密码（暂时无法统计页数）"),
                ProblemCode::EvidencePdfEncrypted);
            return;
        }
        const QString detail = QString::fromStdString(e.getMessageDetail());
        result.problems << error(path,
                                 QStringLiteral("PDF 文件已损坏，无法读取（%1）；"
                                                "请重新导出或扫描该文件")
                                     .arg(detail),
                                 ProblemCode::EvidencePdfDamaged, {detail});
    } catch (const std::exception &e) {
        const QString detail = QString::fromLocal8Bit(e.what());
        result.problems << error(
            path, QStringLiteral("PDF 文件无法读取（%1）；请重新导出或扫描该文件").arg(detail),
            ProblemCode::EvidencePdfDamaged, {detail});
    }
}

// Qt says "Unknown error" for most damaged images: say what it means instead.
QString imageReaderReason(const QImageReader &reader)
{
    if (reader.error() == QImageReader::UnknownError || reader.errorString().isEmpty() ||
        reader.errorString() == QLatin1StringView("Unknown error"))
        return QStringLiteral("图像数据无法解码");
    return reader.errorString();
}

Problem imageDamaged(const QString &path, const QImageReader &reader)
{
    const QString reason = imageReaderReason(reader);
    // The app phrases "cannot be decoded" itself: only Qt's own reason is passed on.
    const bool own = reason == QStringLiteral("图像数据无法解码");
    return error(
        path, QStringLiteral("图像文件已损坏，无法读取（%1）；请重新扫描或导出该文件").arg(reason),
        ProblemCode::EvidenceImageDamaged, {own ? QString() : reason});
}

void inspectImage(const QString &path, EvidenceInspection &result)
{
    // The format is already known from the magic bytes; naming it keeps Qt from probing every
    // image plugin (and libtiff from complaining about files that are not TIFF).
    const char *format = result.mediaType == MediaType::Tiff   ? "tiff"
                         : result.mediaType == MediaType::Jpeg ? "jpeg"
                                                               : "png";
    if (result.mediaType == MediaType::Jpeg) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            if (const QString why = jpegTruncation(f, result.size); !why.isEmpty()) {
                // jpegTruncation's two answers: a missing end marker, or no seek at all.
                const bool truncated = why.contains(QStringLiteral("FFD9"));
                result.problems << error(path, why,
                                         truncated ? ProblemCode::EvidenceJpegTruncated
                                                   : ProblemCode::EvidenceFileUnreadable,
                                         truncated ? QStringList{} : QStringList{QString()});
                return;
            }
        }
    }
    QImageReader reader(path, format);
    if (!reader.canRead()) {
        result.problems << imageDamaged(path, reader);
        return;
    }
    // A TIFF holds one page per directory (multi-page scans are common). Counted before
    // size(): Qt's TIFF handler miscounts once the header has been read.
    const int count = result.mediaType == MediaType::Tiff ? reader.imageCount() : 1;
    // Only the header is decoded here: a 600 dpi scan must not be expanded into memory just
    // to learn that it is an image.
    if (count <= 0 || !reader.size().isValid()) {
        result.problems << imageDamaged(path, reader);
        return;
    }
    result.pages = count;
}

} // namespace

QString jpegTruncation(QIODevice &jpeg, qint64 size)
{
    // A JPEG ends with the EOI marker FF D9; cameras and editors may append a little after
    // it (thumbnails, padding), so it is looked for in the last 64 kB.
    constexpr qint64 kTail = 64 * 1024;
    const qint64 from = std::max<qint64>(0, size - kTail);
    if (!jpeg.seek(from))
        return QStringLiteral("JPEG 文件无法读取");
    const QByteArray tail = jpeg.read(kTail);
    // Searched from the end, where the marker nearly always is: a forward search scans the
    // whole 64 kB of every scan.
    if (tail.lastIndexOf(QByteArrayView("\xff\xd9", 2)) < 0)
        return QStringLiteral("图像文件已损坏：JPEG 文件不完整（缺少结束标记 FFD9，可能被截断）；"
                              "请重新扫描或导出该文件");
    return {};
}

MediaType sniffMediaType(QByteArrayView head)
{
    static constexpr char png[] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
    if (head.startsWith(QByteArrayView(png, sizeof png)))
        return MediaType::Png;
    if (head.startsWith("\xff\xd8\xff"))
        return MediaType::Jpeg;
    if (head.startsWith(QByteArrayView("II*\0", 4)) || head.startsWith(QByteArrayView("MM\0*", 4)))
        return MediaType::Tiff;
    if (head.first(std::min(head.size(), kPdfHeaderWindow)).contains("%PDF-"))
        return MediaType::Pdf;
    return MediaType::Unknown;
}

EvidenceInspection inspectEvidenceFile(const QString &filePath)
{
    EvidenceInspection result;
    const QFileInfo info(filePath);
    if (!info.exists()) {
        result.problems << error(filePath, QStringLiteral("文件不存在；请检查路径和文件名"),
                                 ProblemCode::EvidenceFileMissing);
        return result;
    }
    // Folders, FIFOs and devices (reading /dev/zero never ends), and files above the size
    // limit are refused from stat alone, before a byte is read.
    if (const QString why = checkInputFile(filePath, kMaxEvidenceBytes,
                                           QStringLiteral("证明材料文件（PDF/JPEG/PNG/TIFF）"));
        !why.isEmpty()) {
        // checkInputFile says it in one sentence; the code says which of its refusals it is.
        const QString message = why.mid(filePath.size() + 2);
        if (!info.isFile())
            result.problems << error(filePath, message, ProblemCode::EvidenceNotAFile);
        else if (info.size() > kMaxEvidenceBytes)
            result.problems << error(
                filePath, message, ProblemCode::EvidenceFileTooLarge,
                {QString::number(info.size() >> 20), QString::number(kMaxEvidenceBytes >> 20)});
        else
            result.problems << error(filePath, message, ProblemCode::EvidenceFileUnreadable,
                                     {QString()});
        return result;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems << error(
            filePath, QStringLiteral("文件无法读取（%1）；请检查文件权限").arg(file.errorString()),
            ProblemCode::EvidenceFileUnreadable, {file.errorString()});
        return result;
    }
    result.size = file.size();
    if (result.size == 0) {
        result.problems << error(
            filePath, QStringLiteral("文件为空（0 字节）；请提供扫描件或导出的 PDF/图像文件"),
            ProblemCode::EvidenceFileEmpty);
        return result;
    }
    result.mediaType = sniffMediaType(file.read(kPdfHeaderWindow));
    file.close();
    switch (result.mediaType) {
    case MediaType::Unknown:
        result.problems << error(filePath,
                                 QStringLiteral("不是 PDF/JPEG/PNG/TIFF 文件（按内容识别）；"
                                                "请将其另存为 PDF、JPEG、PNG 或 TIFF 格式"),
                                 ProblemCode::EvidenceFileType);
        break;
    case MediaType::Pdf:
        inspectPdf(filePath, result);
        break;
    case MediaType::Jpeg:
    case MediaType::Png:
    case MediaType::Tiff:
        inspectImage(filePath, result);
        break;
    }
    return result;
}

} // namespace shenbao
