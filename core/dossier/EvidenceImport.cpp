// SPDX-FileCopyrightText: 2026 The Shenbao authors
#include "dossier/EvidenceImport.h"

#include "dossier/ImageEvidence.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <qpdf/ClosedFileInputSource.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QUtil.hh>

#include <set>

namespace shenbao {

namespace {

Problem error(const EvidenceFile &f, const QString &what,
              ProblemCode code = ProblemCode::Unspecified, const QStringList &args = {})
{
    return Problem{Problem::Severity::Error, f.originalName, describeEvidence(f) + what, code,
                   args};
}

Problem warning(const EvidenceFile &f, const QString &what)
{
    return Problem{Problem::Severity::Warning, f.originalName, describeEvidence(f) + what};
}

// An image XObject with what every evidence image states; the caller adds /Decode and the data.
QPDFObjectHandle newImageStream(QPDF &out, int width, int height, int bitsPerComponent,
                                const char *colorSpace)
{
    QPDFObjectHandle image = QPDFObjectHandle::newStream(&out);
    QPDFObjectHandle dict = image.getDict();
    dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
    dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
    dict.replaceKey("/Width", QPDFObjectHandle::newInteger(width));
    dict.replaceKey("/Height", QPDFObjectHandle::newInteger(height));
    dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(bitsPerComponent));
    dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName(colorSpace));
    return image;
}

std::string localPath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QPDFObjectHandle realNumber(double v)
{
    return QPDFObjectHandle::newReal(v, 4);
}

// An A4 page showing `image` upright inside the image area of its side of the sheet.
QPDFPageObjectHelper addImagePage(QPDF &out, QPDFObjectHandle image, const QSizeF &natural,
                                  int orientation, bool bindingOnLeft)
{
    const QRectF box = fitCentred(natural, imageAreaOnA4(bindingOnLeft));
    const PdfMatrix m = imagePlacement(orientation, box);
    std::string content = "q";
    for (double v : m)
        content += " " + QString::number(v, 'f', 4).toStdString();
    content += " cm /Im0 Do Q\n";

    QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
    xobjects.replaceKey("/Im0", image);
    QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
    resources.replaceKey("/XObject", xobjects);
    QPDFObjectHandle page = QPDFObjectHandle::newDictionary();
    page.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
    page.replaceKey("/MediaBox",
                    QPDFObjectHandle::newArray({QPDFObjectHandle::newInteger(0),
                                                QPDFObjectHandle::newInteger(0),
                                                realNumber(kA4WidthPt), realNumber(kA4HeightPt)}));
    page.replaceKey("/Resources", resources);
    page.replaceKey("/Contents", QPDFObjectHandle::newStream(&out, content));
    QPDFPageDocumentHelper(out).addPage(QPDFPageObjectHelper(out.makeIndirectObject(page)), false);
    return QPDFPageObjectHelper(out.getAllPages().back());
}

// ------------------------------------------------------------------------------------- PDF

class PdfSource final : public EvidenceSource
{
public:
    explicit PdfSource(const EvidenceFile &file)
        : EvidenceSource(file)
    {
    }

    bool open(const QString &password, Problems *problems)
    {
        m_pdf = std::make_unique<QPDF>();
        m_pdf->setSuppressWarnings(true);
        m_pdf->setAttemptRecovery(true);
        try {
            const QByteArray pw = password.toUtf8();
            const char *given = password.isEmpty() ? nullptr : pw.constData();
            if (m_file.keepOpen) {
                m_pdf->processFile(localPath(m_file.path).c_str(), given);
            } else {
                m_closing = std::make_shared<ClosedFileInputSource>(localPath(m_file.path).c_str());
                m_closing->stayOpen(true);
                m_pdf->processInputSource(m_closing, given);
            }
            m_pages = m_pdf->getAllPages();
        } catch (const QPDFExc &e) {
            if (e.getErrorCode() == qpdf_e_password) {
                problems->append(
                    error(m_file,
                          password.isEmpty()
                              ? QStringLiteral("已加密：请提供密码")
                              : QStringLiteral("已加密，所提供的密码不正确：请提供正确的密码"),
                          ProblemCode::ExportEvidencePassword,
                          {m_file.title, password.isEmpty() ? QStringLiteral("missing")
                                                            : QStringLiteral("wrong")}));
            } else {
                const QString detail = QString::fromStdString(e.getMessageDetail());
                problems->append(
                    error(m_file,
                          QStringLiteral("已损坏，无法修复：%1。请重新扫描或另存为 PDF 后再添加")
                              .arg(detail),
                          ProblemCode::ExportEvidencePdfDamaged, {m_file.title, detail}));
            }
            return false;
        } catch (const std::exception &e) {
            const QString detail = QString::fromLocal8Bit(e.what());
            problems->append(error(
                m_file,
                QStringLiteral("已损坏，无法读取：%1。请重新扫描或另存为 PDF 后再添加").arg(detail),
                ProblemCode::ExportEvidencePdfDamaged, {m_file.title, detail}));
            return false;
        }
        if (m_pages.empty()) {
            problems->append(
                error(m_file,
                      QStringLiteral(
                          "没有可读取的页面（文件可能已损坏）。请重新扫描或另存为 PDF 后再添加"),
                      ProblemCode::ExportEvidencePdfDamaged, {m_file.title, QString()}));
            return false;
        }
        m_pageCount = int(m_pages.size());
        const QStringList repairs = takeWarnings();
        if (!repairs.isEmpty()) {
            problems->append(warning(
                m_file, QStringLiteral("有损坏，已自动修复（%1）；请核对装订后的页面是否完整")
                            .arg(repairs.first())));
        }
        m_signed = detectSignature();
        if (m_closing)
            m_closing->stayOpen(false);
        if (m_signed) {
            problems->append(
                warning(m_file, QStringLiteral("带有数字签名：装订后签名不再有效（页面内容不变）；"
                                               "如需验证签名，请另行提交原始文件")));
        }
        return true;
    }

    PDFVersion pdfVersion() const override { return m_pdf->getVersionAsPDFVersion(); }

    std::vector<QPDFPageObjectHelper> appendTo(QPDF &out, int, bool) override
    {
        std::vector<QPDFPageObjectHelper> added;
        QPDFPageDocumentHelper dh(out);
        if (m_closing)
            m_closing->stayOpen(true);
        for (const auto &page : m_pages) {
            // A foreign page: qpdf pushes inherited attributes down and copies the page with
            // everything it uses; stream data stays in the source file until written.
            dh.addPage(QPDFPageObjectHelper(page), false);
            added.emplace_back(out.getAllPages().back());
        }
        if (m_closing)
            m_closing->stayOpen(false);
        return added;
    }

    QStringList takeWarnings() override
    {
        QStringList out;
        for (const auto &w : m_pdf->getWarnings())
            out << QString::fromStdString(w.getMessageDetail());
        return out;
    }

private:
    bool detectSignature()
    {
        QPDFObjectHandle acro = m_pdf->getRoot().getKey("/AcroForm");
        if (!acro.isDictionary())
            return false;
        if (auto flags = acro.getKey("/SigFlags"); flags.isInteger() && (flags.getIntValue() & 1))
            return true;
        // Walk the field tree (bounded: evidence files are untrusted) for a filled /Sig field.
        std::vector<QPDFObjectHandle> todo;
        if (auto fields = acro.getKey("/Fields"); fields.isArray())
            todo = fields.getArrayAsVector();
        std::set<QPDFObjGen> seen;
        for (int steps = 0; !todo.empty() && steps < 10000; ++steps) {
            QPDFObjectHandle f = todo.back();
            todo.pop_back();
            if (!f.isDictionary() || (f.isIndirect() && !seen.insert(f.getObjGen()).second))
                continue;
            if (f.getKey("/FT").isNameAndEquals("/Sig") && !f.getKey("/V").isNull())
                return true;
            if (auto kids = f.getKey("/Kids"); kids.isArray()) {
                for (const auto &k : kids.aitems())
                    todo.push_back(k);
            }
        }
        return false;
    }

    std::shared_ptr<ClosedFileInputSource> m_closing; // set when the file is not kept open
    std::unique_ptr<QPDF> m_pdf;
    std::vector<QPDFObjectHandle> m_pages;
};

// ------------------------------------------------------------------------------------ JPEG

// The segments before the frame header of a scan (EXIF with its thumbnail, ICC) usually fit in
// the first; the second is enough for real scans.
constexpr qint64 kJpegHeadFirstTry = 64 * 1024;
constexpr qint64 kJpegHeadBytes = 1024 * 1024;

// Hands bytes written to it on to a qpdf pipeline (the PDF being written).
class PipelineDevice final : public QIODevice
{
public:
    explicit PipelineDevice(Pipeline *pipeline)
        : m_pipeline(pipeline)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        m_pipeline->write(reinterpret_cast<const unsigned char *>(data), size_t(len));
        return len;
    }

private:
    Pipeline *m_pipeline;
};

// Writes a JPEG's bytes, streamed out of the project, to a pipeline.
std::function<void(Pipeline &)> jpegBytesWriter(const EvidenceFile &file)
{
    return [stream = file.streamBytes, title = file.title](Pipeline &to) {
        PipelineDevice device(&to);
        if (!stream(device))
            throw std::runtime_error("cannot read evidence " + title.toStdString());
    };
}

class JpegSource final : public EvidenceSource
{
public:
    explicit JpegSource(const EvidenceFile &file)
        : EvidenceSource(file)
    {
    }

    bool open(Problems *problems)
    {
        QString why;
        std::optional<JpegInfo> info;
        if (m_file.readHead) {
            // The header segments (EXIF, ICC, SOF) sit at the start; the rest is not read.
            for (const qint64 limit : {kJpegHeadFirstTry, kJpegHeadBytes}) {
                QString unreadable;
                QByteArray head = m_file.readHead(limit, &unreadable);
                if (!unreadable.isEmpty()) {
                    problems->append(
                        error(m_file, QStringLiteral("无法从项目文件中读出：%1").arg(unreadable)));
                    return false;
                }
                QBuffer buffer(&head);
                buffer.open(QIODevice::ReadOnly);
                why.clear();
                info = readJpegInfo(buffer, &why);
                if (info || head.size() < limit)
                    break;
            }
        } else {
            QFile f(m_file.path);
            if (!f.open(QIODevice::ReadOnly)) {
                problems->append(
                    error(m_file, QStringLiteral("无法读取临时文件：%1").arg(f.errorString())));
                return false;
            }
            info = readJpegInfo(f, &why);
        }
        if (!info) {
            problems->append(error(m_file, QStringLiteral("无法使用：%1").arg(why)));
            return false;
        }
        // Not decoded here, but every viewer will: the same guard as for PNG / TIFF.
        if (qint64(info->width) * info->height > kMaxImagePixels || info->width > kMaxImageSide ||
            info->height > kMaxImageSide) {
            problems->append(error(
                m_file,
                QStringLiteral("图像尺寸过大（%1 × %2 像素），超过 %3 万像素或单边 %4 像素的上限；"
                               "请缩小后重新添加")
                    .arg(info->width)
                    .arg(info->height)
                    .arg(kMaxImagePixels / 10000)
                    .arg(kMaxImageSide)));
            return false;
        }
        m_info = *info;
        m_pageCount = 1;
        m_streamed = bytesStreamedFrom(m_file);
        return true;
    }

    std::vector<QPDFPageObjectHelper> appendTo(QPDF &out, int firstPhysical, bool duplex) override
    {
        const char *space = m_info.components == 1   ? "/DeviceGray"
                            : m_info.components == 3 ? "/DeviceRGB"
                                                     : "/DeviceCMYK";
        QPDFObjectHandle image = newImageStream(out, m_info.width, m_info.height, 8, space);
        QPDFObjectHandle dict = image.getDict();
        if (m_info.components == 4 && m_info.adobe) {
            // Adobe writes CMYK JPEGs inverted; PDF readers expect this /Decode for them.
            std::vector<QPDFObjectHandle> decode;
            for (int i = 0; i < 4; ++i) {
                decode.push_back(QPDFObjectHandle::newInteger(1));
                decode.push_back(QPDFObjectHandle::newInteger(0));
            }
            dict.replaceKey("/Decode", QPDFObjectHandle::newArray(decode));
        }
        // The original bytes, read only while the PDF is written.
        if (m_file.streamBytes) {
            image.replaceStreamData(
                [write = jpegBytesWriter(m_file)](Pipeline *pipeline) {
                    write(*pipeline);
                    pipeline->finish();
                },
                QPDFObjectHandle::newName("/DCTDecode"), QPDFObjectHandle::newNull());
        } else {
            image.replaceStreamData(QUtil::file_provider(localPath(m_file.path)),
                                    QPDFObjectHandle::newName("/DCTDecode"),
                                    QPDFObjectHandle::newNull());
        }
        // Already compressed: the writer must not try to filter it (it would read it twice).
        image.setFilterOnWrite(false);
        // Of the latest document appended to: the binder may append to a second one.
        m_verbatim.clear();
        if (m_file.streamBytes && m_file.sha256.size() == 64)
            m_verbatim.emplace_back(image.getObjGen(),
                                    QByteArray::fromHex(m_file.sha256.toLatin1()));
        for (StreamedBytes &s : m_streamed)
            s.stream = image.getObjGen();
        const QSizeF natural = imageNaturalSize(m_info.width, m_info.height, m_info.dpiX,
                                                m_info.dpiY, m_info.orientation);
        return {addImagePage(out, image, natural, m_info.orientation,
                             bindingOnLeftAt(firstPhysical, duplex))};
    }

    std::vector<std::pair<QPDFObjGen, QByteArray>> verbatimStreams() const override
    {
        return m_verbatim;
    }

    std::vector<StreamedBytes> streamedBytes() const override { return m_streamed; }

private:
    JpegInfo m_info;
    std::vector<std::pair<QPDFObjGen, QByteArray>> m_verbatim;
    std::vector<StreamedBytes> m_streamed;
};

// ------------------------------------------------------------------------------ PNG / TIFF

class RasterSource final : public EvidenceSource
{
public:
    explicit RasterSource(const EvidenceFile &file)
        : EvidenceSource(file)
    {
    }

    bool open(const QString &workDir, Problems *problems)
    {
        const auto pages = decodeRasterImage(m_file.path, workDir, m_file.originalName, problems,
                                             m_file.mediaType == MediaType::Png ? "png" : "tiff");
        if (!pages) {
            // decodeRasterImage names the file only; say which evidence item it is.
            if (!problems->isEmpty())
                problems->last().message.prepend(describeEvidence(m_file));
            return false;
        }
        m_pages = *pages;
        m_pageCount = int(m_pages.size());
        return true;
    }

    std::vector<QPDFPageObjectHelper> appendTo(QPDF &out, int firstPhysical, bool duplex) override
    {
        std::vector<QPDFPageObjectHelper> added;
        for (int i = 0; i < m_pages.size(); ++i) {
            const RasterPage &p = m_pages.at(i);
            QPDFObjectHandle image =
                newImageStream(out, p.width, p.height, p.bitsPerComponent,
                               p.components == 1 ? "/DeviceGray" : "/DeviceRGB");
            QPDFObjectHandle dict = image.getDict();
            if (p.invert) {
                dict.replaceKey("/Decode",
                                QPDFObjectHandle::newArray({QPDFObjectHandle::newInteger(1),
                                                            QPDFObjectHandle::newInteger(0)}));
            }
            QPDFObjectHandle parms = QPDFObjectHandle::newNull();
            if (p.pngPredictor) {
                parms = QPDFObjectHandle::newDictionary();
                parms.replaceKey("/Predictor", QPDFObjectHandle::newInteger(15));
                parms.replaceKey("/Colors", QPDFObjectHandle::newInteger(p.components));
                parms.replaceKey("/BitsPerComponent",
                                 QPDFObjectHandle::newInteger(p.bitsPerComponent));
                parms.replaceKey("/Columns", QPDFObjectHandle::newInteger(p.width));
            }
            image.replaceStreamData(QUtil::file_provider(localPath(p.dataPath)),
                                    QPDFObjectHandle::newName("/FlateDecode"), parms);
            image.setFilterOnWrite(false);
            const QSizeF natural = imageNaturalSize(p.width, p.height, p.dpiX, p.dpiY, 1);
            added.push_back(
                addImagePage(out, image, natural, 1, bindingOnLeftAt(firstPhysical + i, duplex)));
        }
        return added;
    }

private:
    QList<RasterPage> m_pages;
};

} // namespace

std::vector<EvidenceSource::StreamedBytes> bytesStreamedFrom(const EvidenceFile &file)
{
    if (file.mediaType != MediaType::Jpeg || !file.streamBytes || file.size < 0)
        return {};
    return {EvidenceSource::StreamedBytes{QPDFObjGen(), file.size, jpegBytesWriter(file)}};
}

QString describeEvidence(const EvidenceFile &file)
{
    const QString title = file.title.isEmpty() ? file.evidenceId : file.title;
    return file.originalName.isEmpty()
               ? QStringLiteral("佐证材料「%1」").arg(title)
               : QStringLiteral("佐证材料「%1」（%2）").arg(title, file.originalName);
}

EvidenceSource::~EvidenceSource() = default;

std::unique_ptr<EvidenceSource> EvidenceSource::open(const EvidenceFile &file,
                                                     const QString &password,
                                                     const QString &workDir, Problems *problems)
{
    switch (file.mediaType) {
    case MediaType::Pdf: {
        auto s = std::make_unique<PdfSource>(file);
        return s->open(password, problems) ? std::move(s) : nullptr;
    }
    case MediaType::Jpeg: {
        auto s = std::make_unique<JpegSource>(file);
        return s->open(problems) ? std::move(s) : nullptr;
    }
    case MediaType::Png:
    case MediaType::Tiff: {
        auto s = std::make_unique<RasterSource>(file);
        return s->open(workDir, problems) ? std::move(s) : nullptr;
    }
    case MediaType::Unknown:
        break;
    }
    problems->append(error(file, QStringLiteral("不是支持的文件类型（PDF、JPEG、PNG 或 TIFF）")));
    return nullptr;
}

bool bindingOnLeftAt(int physical, bool duplex)
{
    return !duplex || physical % 2 == 0;
}

} // namespace shenbao
