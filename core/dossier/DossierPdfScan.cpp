// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierPdfScan.h"

#include "dossier/DossierIntegrityDigest.h"
#include "dossier/DossierIntegrityText.h"

#include <QBuffer>
#include <QFile>

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageLabelDocumentHelper.hh>

#include <exception>
#include <functional>
#include <set>
#include <stdexcept>

namespace shenbao {

namespace {

// Document info values are short; a hostile file may carry megabytes in them.
constexpr std::size_t kMaxInfoBytes = 64 * 1024;
// Enough to explain what happened; a broken file can produce thousands of warnings.
constexpr int kMaxRepairsReported = 20;
// Labels are formatted for display only; absurd numbers fall back to decimal rather than
// producing a megabyte of letters or Roman numerals.
constexpr qint64 kMaxRomanNumber = 3999;
constexpr qint64 kMaxAlphaNumber = 26 * 50;

// Collects the decoded bytes of a stream and refuses to hold more than `cap`: the declared
// sizes of a hostile file may lie, and a small compressed stream may inflate to gigabytes.
class CappedBuffer final : public Pipeline
{
public:
    explicit CappedBuffer(qint64 cap)
        : Pipeline("shenbao capped buffer", nullptr)
        , m_cap(cap)
    {
    }

    void write(unsigned char const *data, size_t len) override
    {
        if (m_overflow || qint64(len) > m_cap - m_bytes.size()) {
            m_overflow = true;
            throw std::length_error("embedded file exceeds the size limit");
        }
        m_bytes.append(reinterpret_cast<const char *>(data), qsizetype(len));
    }
    void finish() override {}

    bool overflow() const { return m_overflow; }
    const QByteArray &bytes() const { return m_bytes; }

private:
    qint64 m_cap;
    QByteArray m_bytes;
    bool m_overflow = false;
};

QString fromQpdf(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

qint64 integerKey(QPDFObjectHandle dict, const char *key)
{
    if (!dict.isDictionary())
        return -1;
    QPDFObjectHandle v = dict.getKey(key);
    return v.isInteger() ? v.getIntValue() : -1;
}

void readInfo(QPDF &pdf, DossierPdfScan &scan)
{
    QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
    if (!info.isDictionary())
        return;
    static const char *const keys[] = {"Title",    "Author",  "Subject",
                                       "Keywords", "Creator", "ShenbaoFingerprint"};
    for (const char *key : keys) {
        QPDFObjectHandle v = info.getKey(std::string("/") + key);
        if (!v.isString())
            continue;
        std::string text = v.getUTF8Value();
        if (text.size() > kMaxInfoBytes)
            text.resize(kMaxInfoBytes);
        scan.info.insert(QString::fromLatin1(key), fromQpdf(text));
    }
}

void readPageLabels(QPDF &pdf, DossierPdfScan &scan)
{
    QPDFPageLabelDocumentHelper labels(pdf);
    if (!labels.hasPageLabels())
        return;
    QStringList out;
    out.reserve(scan.pageCount);
    for (int i = 0; i < scan.pageCount; ++i) {
        QPDFObjectHandle d = labels.getLabelForPage(i);
        if (!d.isDictionary()) {
            out << QString::number(i + 1); // no range covers it: viewers show the page number
            continue;
        }
        QPDFObjectHandle s = d.getKey("/S");
        QPDFObjectHandle p = d.getKey("/P");
        QPDFObjectHandle st = d.getKey("/St");
        std::string prefix = p.isString() ? p.getUTF8Value() : std::string();
        if (prefix.size() > kMaxInfoBytes)
            prefix.resize(kMaxInfoBytes);
        const QString style = s.isName() ? fromQpdf(s.getName()).mid(1) : QString(); // "/D" → "D"
        out << formatPageLabel(fromQpdf(prefix), style, st.isInteger() ? st.getIntValue() : 1);
    }
    scan.pageLabels = out;
}

std::shared_ptr<QPDFFileSpecObjectHelper> findAttachment(QPDF &pdf, const char *name)
{
    QPDFEmbeddedFileDocumentHelper files(pdf);
    if (!files.hasEmbeddedFiles())
        return {};
    if (auto fs = files.getEmbeddedFile(name))
        return fs;
    // The name-tree key is normally the file name; fall back to the file spec's own name in
    // case another writer keyed it differently.
    for (const auto &[key, fs] : files.getEmbeddedFiles()) {
        if (fs && fs->getFilename() == name)
            return fs;
    }
    return {};
}

void readAttachment(QPDF &pdf, const char *name, qint64 maxBytes, DossierPdfScan &scan)
{
    const auto fs = findAttachment(pdf, name);
    if (!fs)
        return;
    // Only the embedded stream (/EF) is read: a file specification that points outside the
    // PDF (a path or URL) is never followed.
    QPDFObjectHandle stream = fs->getEmbeddedFileStream();
    if (!stream.isStream()) {
        scan.attachment = DossierPdfScan::Attachment::Broken;
        scan.error = QStringLiteral("文件说明中没有内嵌的数据（外部文件一律不读取）");
        return;
    }
    QPDFObjectHandle dict = stream.getDict();
    const qint64 declaredSize = integerKey(dict.getKey("/Params"), "/Size");
    const qint64 declaredLength = integerKey(dict, "/Length");
    if (declaredSize > maxBytes || declaredLength > maxBytes) {
        scan.attachment = DossierPdfScan::Attachment::TooLarge;
        scan.attachmentDeclaredSize = qMax(declaredSize, declaredLength);
        return;
    }
    CappedBuffer buffer(maxBytes);
    bool filtered = false;
    bool ok = false;
    try {
        ok = stream.pipeStreamData(&buffer, &filtered, 0, qpdf_dl_specialized, true, false);
    } catch (const std::exception &e) {
        if (!buffer.overflow()) {
            scan.attachment = DossierPdfScan::Attachment::Broken;
            scan.error = QString::fromUtf8(e.what());
            return;
        }
    }
    if (buffer.overflow()) {
        scan.attachment = DossierPdfScan::Attachment::TooLarge;
        return;
    }
    if (!ok) {
        scan.attachment = DossierPdfScan::Attachment::Broken;
        scan.error = QStringLiteral("数据已损坏，无法解压");
        return;
    }
    // qpdf hands out the raw bytes of a filter it does not decode; they are not the JSON.
    if (!filtered && !dict.getKey("/Filter").isNull()) {
        scan.attachment = DossierPdfScan::Attachment::Broken;
        scan.error = QStringLiteral("使用了无法解码的压缩方式");
        return;
    }
    scan.attachment = DossierPdfScan::Attachment::Read;
    scan.attachmentBytes = buffer.bytes();
}

void collectRepairs(QPDF &pdf, DossierPdfScan &scan)
{
    for (const QPDFExc &w : pdf.getWarnings()) {
        if (scan.repairs.size() >= kMaxRepairsReported) {
            scan.repairs << QStringLiteral("…");
            break;
        }
        scan.repairs << QString::fromUtf8(w.what());
    }
}

// Every revision of a PDF ends with its own `startxref`; a file written once has exactly one.
// Counted on the bytes, streaming, because qpdf reads only the newest revision's chain and
// an update without /Prev would otherwise hide the older one. (Shenbao's own writes compress
// every stream, so the word cannot appear inside its data by accident.)
int countCrossReferenceSections(QIODevice &in)
{
    static const QByteArray word = QByteArrayLiteral("startxref");
    int count = 0;
    QByteArray carry;
    while (!in.atEnd()) {
        const QByteArray chunk = carry + in.read(1 << 20);
        if (chunk.size() == carry.size())
            break;
        for (qsizetype at = chunk.indexOf(word); at >= 0; at = chunk.indexOf(word, at + 1)) {
            if (at + word.size() > carry.size()) // not already counted in the previous chunk
                ++count;
        }
        carry = chunk.right(word.size() - 1);
    }
    return count;
}

void checkObjectStreams(QPDF &pdf, ReadBudget &budget)
{
    std::set<int> streams;
    for (const auto &[id, entry] : pdf.getXRefTable()) {
        if (entry.getType() == 2)
            streams.insert(entry.getObjStreamNumber());
    }
    qint64 total = 0;
    for (const int number : streams) {
        budget.checkTime();
        QPDFObjectHandle stream = pdf.getObjectByID(number, 0);
        if (!stream.isStream())
            continue; // qpdf reports the damage itself when the object is needed
        CappedCounter size(budget.limits().maxObjectStreamBytes,
                           QStringLiteral("对象流 %1 0 R ").arg(number));
        try {
            stream.pipeStreamData(&size, 0, qpdf_dl_generalized, true, false);
        } catch (const BudgetExceeded &) {
            throw;
        } catch (const std::exception &) {
        }
        size.throwIfTripped();
        total += size.count();
        if (total > budget.limits().maxAllObjectStreamBytes)
            throw BudgetExceeded(QStringLiteral("对象流解压后合计超过 %1 MiB 的上限，拒绝继续读取")
                                     .arg(budget.limits().maxAllObjectStreamBytes >> 20)
                                     .toStdString());
    }
}

QString keyList(const std::set<std::string> &keys)
{
    QStringList out;
    for (const auto &k : keys)
        out << fromQpdf(k);
    return out.join(QStringLiteral("、"));
}

// Keys present in `dict` that are not in `allowed`.
std::set<std::string> extraKeys(QPDFObjectHandle dict, const std::set<std::string> &allowed)
{
    std::set<std::string> extra;
    if (!dict.isDictionary())
        return extra;
    for (const auto &k : dict.getKeys()) {
        if (!allowed.count(k) && !dict.getKey(k).isNull())
            extra.insert(k);
    }
    return extra;
}

// The file-level structure against what Shenbao writes (one revision, no encryption, a catalog
// with outline, labels, embedded data and viewer preferences only). Every difference is one
// line in out.structure.
// Reads the trailer only (no object is resolved): safe before the object streams are checked.
void checkRevisions(QPDF &pdf, int sections, DossierPdfScan &out)
{
    if (sections != 1 || pdf.getTrailer().hasKey("/Prev")) {
        out.structure << QStringLiteral("文件有 %1 个修订版本（交叉引用段）：Shenbao 只写出一个，"
                                        "文件在导出之后被追加修改过（增量更新）")
                             .arg(std::max(sections, 2));
    }
}

void checkStructure(QPDF &pdf, DossierPdfScan &out)
{
    QPDFObjectHandle trailer = pdf.getTrailer();
    if (pdf.isEncrypted()) {
        out.structure << QStringLiteral(
            "文件被加密过（Shenbao 写出的文件不加密）：导出之后被其他软件"
            "另存过");
    }
    // Shenbao writes the second /ID word as qpdf's static word (the first is derived from the
    // fingerprint, DossierBinder's documentId); dossiers of earlier versions have both words
    // equal. Any other program that rewrites the file makes a new second word.
    static const std::string kStaticSecondWord("\x31\x41\x59\x26\x53\x58\x97\x93"
                                               "\x23\x84\x62\x64\x33\x83\x27\x95",
                                               16);
    QPDFObjectHandle id = trailer.getKey("/ID");
    if (id.isArray() && id.getArrayNItems() == 2 && id.getArrayItem(0).isString() &&
        id.getArrayItem(1).isString() && id.getArrayItem(1).getStringValue() != kStaticSecondWord &&
        id.getArrayItem(0).getStringValue() != id.getArrayItem(1).getStringValue()) {
        out.structure << QStringLiteral(
            "文件标识（/ID）的两部分不同：文件在导出之后被其他软件改写过");
    }
    static const std::set<std::string> trailerKeys = {
        "/Root",  "/Info",   "/ID",          "/Size",   "/Type", "/W",
        "/Index", "/Filter", "/DecodeParms", "/Length", "/Prev", "/Encrypt"};
    if (auto extra = extraKeys(trailer, trailerKeys); !extra.empty())
        out.structure
            << QStringLiteral("文件尾（trailer）有 Shenbao 不写的项：%1").arg(keyList(extra));
    QPDFObjectHandle root = pdf.getRoot();
    // /Extensions and /Version: qpdf's writer records the PDF version the evidence needs.
    static const std::set<std::string> catalogKeys = {
        "/Type",     "/Pages",      "/Outlines", "/PageLabels",
        "/Names",    "/AF",         "/Lang",     "/ViewerPreferences",
        "/PageMode", "/Extensions", "/Version"};
    if (auto extra = extraKeys(root, catalogKeys); !extra.empty()) {
        out.structure << QStringLiteral("文档目录（Catalog）有 Shenbao 不写的项：%1（如表单、脚本、"
                                        "打开动作）")
                             .arg(keyList(extra));
    }
    if (auto extra = extraKeys(root.getKey("/Names"), {"/EmbeddedFiles"}); !extra.empty()) {
        out.structure << QStringLiteral("文档名称表有 Shenbao 不写的项：%1").arg(keyList(extra));
    }
    static const std::set<std::string> infoKeys = {
        "/Title",    "/Author",       "/Subject", "/Keywords",          "/Creator",
        "/Producer", "/CreationDate", "/ModDate", "/ShenbaoFingerprint"};
    if (auto extra = extraKeys(trailer.getKey("/Info"), infoKeys); !extra.empty())
        out.structure << QStringLiteral("文档属性有 Shenbao 不写的项：%1").arg(keyList(extra));
}

void readOtherAttachments(QPDF &pdf, const char *dataName, ReadBudget &budget, DossierPdfScan &out)
{
    QPDFEmbeddedFileDocumentHelper files(pdf);
    if (!files.hasEmbeddedFiles())
        return;
    for (const auto &[key, fs] : files.getEmbeddedFiles()) {
        if (!fs || key == dataName)
            continue;
        QString sha;
        QPDFObjectHandle stream = fs->getEmbeddedFileStream();
        if (stream.isStream()) {
            HashingPipeline hash(&budget);
            bool ok = false;
            try {
                ok = stream.pipeStreamData(&hash, 0, qpdf_dl_specialized, true, false);
            } catch (const BudgetExceeded &) {
                throw;
            } catch (const std::exception &) {
            }
            hash.throwIfTripped();
            if (ok)
                sha = QString::fromLatin1(hash.result().toHex());
        }
        out.otherAttachments.insert(fromQpdf(key), sha);
    }
}

void scanPages(QPDF &pdf, ReadBudget &budget, DossierPdfScan &out)
{
    StreamDigestCache cache;
    for (const QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        budget.checkTime();
        PageScan p;
        const FooterLayer footer = findFooterLayer(page, &budget);
        p.digest = pageDigest(page, footer, cache, &budget);
        p.footer = footer.present;
        if (footer.present) {
            p.footerText = drawnText(footer.form, QPDFObjectHandle::newNull(), budget);
        } else {
            QPDFPageObjectHelper helper = page;
            p.text = drawnText(helper.getObjectHandle().getKey("/Contents"),
                               helper.getAttribute("/Resources", false), budget);
        }
        out.pages.append(p);
    }
}

DossierPdfScan scan(const std::function<void(QPDF &)> &open, int crossReferenceSections,
                    const char *attachmentName, qint64 maxAttachmentBytes, const ReadLimits &limits,
                    ScanDepth depth = ScanDepth::Verify)
{
    const bool verify = depth == ScanDepth::Verify;
    DossierPdfScan out;
    ReadBudget budget(limits);
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        open(pdf);
        out.opened = true;
        try {
            // Before any object is resolved: qpdf decodes a whole object stream to read one
            // object in it, and a hostile revision can hide gigabytes in one.
            if (verify)
                checkRevisions(pdf, crossReferenceSections, out);
            checkObjectStreams(pdf, budget);
            if (verify)
                checkStructure(pdf, out);
            // The page tree is only walked when the pages matter: walking it parses every page
            // object (a third of telling whose dossier a 500-page file is).
            if (verify)
                out.pageCount = int(pdf.getAllPages().size());
            readInfo(pdf, out);
            if (verify)
                readPageLabels(pdf, out);
            readAttachment(pdf, attachmentName, maxAttachmentBytes, out);
            // Only a dossier's pages are worth verifying; another PDF is entered by hand.
            if (verify && out.attachment == DossierPdfScan::Attachment::Read) {
                readOtherAttachments(pdf, attachmentName, budget, out);
                scanPages(pdf, budget, out);
            }
        } catch (const BudgetExceeded &e) {
            out.stopped = QString::fromUtf8(e.what());
        } catch (const std::exception &e) {
            // The trailer was readable but the rest is not: as good as unreadable.
            out.opened = false;
            out.error = QString::fromUtf8(e.what());
        }
        collectRepairs(pdf, out);
    } catch (const std::exception &e) {
        out.opened = false;
        out.error = QString::fromUtf8(e.what());
    } catch (...) {
        out.opened = false;
        out.error = QStringLiteral("读取 PDF 时发生未知错误");
    }
    return out;
}

QString roman(qint64 n)
{
    static const std::pair<int, const char *> table[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    QString out;
    for (const auto &[value, text] : table) {
        while (n >= value) {
            out += QLatin1StringView(text);
            n -= value;
        }
    }
    return out;
}

} // namespace

QString formatPageLabel(const QString &prefix, const QString &style, qint64 number)
{
    if (style.isEmpty())
        return prefix;
    const bool inRange = number >= 1;
    if (style == QLatin1StringView("R") || style == QLatin1StringView("r")) {
        if (inRange && number <= kMaxRomanNumber) {
            const QString r = roman(number);
            return prefix + (style == QLatin1StringView("R") ? r.toUpper() : r);
        }
    } else if (style == QLatin1StringView("A") || style == QLatin1StringView("a")) {
        // PDF 32000 12.4.2: A … Z, then AA … ZZ, AAA …
        if (inRange && number <= kMaxAlphaNumber) {
            const QChar letter(
                char16_t((style == QLatin1StringView("A") ? u'A' : u'a') + (number - 1) % 26));
            return prefix + QString(int((number - 1) / 26 + 1), letter);
        }
    } else if (style != QLatin1StringView("D")) {
        return prefix;
    }
    return prefix + QString::number(number);
}

DossierPdfScan scanDossierPdfFile(const QString &path, const char *attachmentName,
                                  qint64 maxAttachmentBytes, const ReadLimits &limits,
                                  ScanDepth depth)
{
    const QByteArray name = QFile::encodeName(path);
    int sections = 0;
    if (depth == ScanDepth::Verify) {
        QFile file(path);
        sections = file.open(QIODevice::ReadOnly) ? countCrossReferenceSections(file) : 0;
    }
    return scan([&](QPDF &pdf) { pdf.processFile(name.constData()); }, sections, attachmentName,
                maxAttachmentBytes, limits, depth);
}

DossierPdfScan scanDossierPdfData(const QByteArray &pdf, const QString &sourceName,
                                  const char *attachmentName, qint64 maxAttachmentBytes,
                                  const ReadLimits &limits)
{
    const QByteArray name = sourceName.toUtf8();
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    const int sections = countCrossReferenceSections(buffer);
    return scan(
        [&](QPDF &q) {
            q.processMemoryFile(name.constData(), pdf.constData(), std::size_t(pdf.size()));
        },
        sections, attachmentName, maxAttachmentBytes, limits);
}

} // namespace shenbao
