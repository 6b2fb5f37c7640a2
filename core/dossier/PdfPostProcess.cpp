// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/PdfPostProcess.h"

#include "dossier/PageStyle.h"
#include "store/Sha256.h"

#include <QMap>
#include <QRawFont>
#include <QSet>
#include <QString>

#include <qpdf/Buffer.hh>
#include <qpdf/BufferInputSource.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFTokenizer.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>
#include <set>

namespace shenbao::pages {

namespace {

struct Token
{
    enum Kind
    {
        Hex,
        Word,
        Open,
        Close
    } kind;
    QByteArray text;
};

// A CMap is PostScript, whose tokens are PDF's: qpdf's tokenizer reads it. Hex strings come
// back as upper-case hex digits (what the callers parse), arrays as Open/Close, anything
// else (operators, names, numbers, dictionaries) as a Word with its text.
QList<Token> tokenize(const QByteArray &s)
{
    QList<Token> out;
    auto input = std::make_shared<BufferInputSource>("ToUnicode CMap", s.toStdString());
    QPDFTokenizer tokenizer;
    tokenizer.allowEOF();
    for (;;) {
        const QPDFTokenizer::Token t = tokenizer.readToken(input, "ToUnicode CMap", true);
        switch (t.getType()) {
        case QPDFTokenizer::tt_eof:
            return out;
        case QPDFTokenizer::tt_array_open:
            out.append(Token{Token::Open, QByteArray()});
            break;
        case QPDFTokenizer::tt_array_close:
            out.append(Token{Token::Close, QByteArray()});
            break;
        case QPDFTokenizer::tt_string:
            if (t.getRawValue().starts_with('<')) {
                out.append(
                    Token{Token::Hex, QByteArray::fromStdString(t.getValue()).toHex().toUpper()});
                break;
            }
            [[fallthrough]];
        default:
            out.append(Token{Token::Word, QByteArray::fromStdString(t.getRawValue())});
            break;
        }
    }
}

QString utf16FromHex(const QByteArray &hex)
{
    QString out;
    for (int i = 0; i + 4 <= hex.size(); i += 4)
        out.append(QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16))));
    return out;
}

QByteArray hex4(uint v)
{
    return QByteArray::number(v, 16).rightJustified(4, '0').toUpper();
}

QByteArray hexOf(const QString &s)
{
    QByteArray out;
    for (const QChar c : s)
        out += hex4(c.unicode());
    return out;
}

} // namespace

namespace {

struct ToUnicodeMap
{
    QMap<uint, QString> entries; // CID → text, sorted for a stable output
    QByteArray codespace;
};

ToUnicodeMap parseToUnicode(const QByteArray &cmap)
{
    const QList<Token> t = tokenize(cmap);
    ToUnicodeMap m;
    QMap<uint, QString> &entries = m.entries;
    QByteArray &codespace = m.codespace;
    for (int i = 0; i < t.size(); ++i) {
        if (t[i].kind != Token::Word)
            continue;
        if (t[i].text == "begincodespacerange") {
            for (++i; i + 1 < t.size() && t[i].kind == Token::Hex; i += 2)
                codespace += '<' + t[i].text + "> <" + t[i + 1].text + ">\n";
        } else if (t[i].text == "beginbfchar") {
            for (++i; i + 1 < t.size() && t[i].kind == Token::Hex; i += 2)
                entries.insert(t[i].text.toUInt(nullptr, 16), utf16FromHex(t[i + 1].text));
        } else if (t[i].text == "beginbfrange") {
            ++i;
            while (i + 2 < t.size() && t[i].kind == Token::Hex) {
                const uint lo = t[i].text.toUInt(nullptr, 16);
                const uint hi = t[i + 1].text.toUInt(nullptr, 16);
                if (t[i + 2].kind == Token::Open) {
                    i += 3;
                    for (uint cid = lo; i < t.size() && t[i].kind == Token::Hex; ++i, ++cid)
                        entries.insert(cid, utf16FromHex(t[i].text));
                    ++i; // ']'
                } else {
                    QString dst = utf16FromHex(t[i + 2].text);
                    for (uint cid = lo; cid <= hi && !dst.isEmpty(); ++cid) {
                        entries.insert(cid, dst);
                        dst.back() = QChar(char16_t(dst.back().unicode() + 1));
                    }
                    i += 3;
                }
            }
            --i;
        }
    }

    return m;
}

QByteArray writeToUnicode(const ToUnicodeMap &m)
{
    const QMap<uint, QString> &entries = m.entries;
    QByteArray codespace = m.codespace;
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n";
    if (codespace.isEmpty())
        codespace = "<0000> <FFFF>\n";
    out += "1 begincodespacerange\n" + codespace + "endcodespacerange\n";
    const QList<uint> cids = entries.keys();
    for (int start = 0; start < cids.size(); start += 100) {
        const int n = std::min<int>(100, int(cids.size()) - start);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (int k = start; k < start + n; ++k)
            out += '<' + hex4(cids[k]) + "> <" + hexOf(entries.value(cids[k])) + ">\n";
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

bool applyFix(ToUnicodeMap &m, const std::function<QString(const QString &)> &fix)
{
    bool changed = false;
    for (auto it = m.entries.begin(); it != m.entries.end(); ++it) {
        const QString fixed = fix(*it);
        if (fixed != *it) {
            *it = fixed;
            changed = true;
        }
    }
    return changed;
}

} // namespace

QByteArray repairToUnicodeCMap(const QByteArray &cmap,
                               const std::function<QString(const QString &)> &fix)
{
    ToUnicodeMap m = parseToUnicode(cmap);
    return applyFix(m, fix) ? writeToUnicode(m) : QByteArray();
}

namespace {

// For each page font: which drawn characters each glyph stands for.
class DrawnGlyphs
{
public:
    explicit DrawnGlyphs(const QString &drawnText)
    {
        for (const char32_t c : drawnText.toUcs4()) {
            if (!m_drawn.contains(c)) {
                m_drawn.insert(c);
                m_order << c;
            }
        }
        const FontRole roles[] = {FontRole::Body, FontRole::Heading, FontRole::Mono};
        for (const FontRole role : roles) {
            for (const bool bold : {false, true}) {
                QFont font = pageFont(role, 12, bold);
                font.setPixelSize(100);
                const QRawFont raw = QRawFont::fromFont(font);
                if (!raw.isValid())
                    continue;
                QHash<quint32, QList<char32_t>> byGlyph;
                for (const char32_t c : m_order) {
                    const quint32 g = glyphOf(raw, c);
                    if (g != 0)
                        byGlyph[g] << c;
                }
                m_fonts.push_back({raw, byGlyph});
            }
        }
    }

    // The text an entry should map to: itself if it was drawn (or is not one character),
    // else the one drawn character sharing its glyph.
    QString fix(const QString &entry) const
    {
        const QList<uint> ucs = entry.toUcs4();
        if (ucs.size() != 1 || m_drawn.contains(ucs[0]))
            return entry;
        QSet<char32_t> candidates;
        for (const auto &[raw, byGlyph] : m_fonts) {
            const quint32 g = glyphOf(raw, ucs[0]);
            if (g != 0) {
                for (const char32_t c : byGlyph.value(g))
                    candidates.insert(c);
            }
        }
        if (candidates.size() != 1)
            return entry;
        const char32_t c = *candidates.begin();
        return QString::fromUcs4(&c, 1);
    }

    const QList<char32_t> &order() const { return m_order; }

private:
    static quint32 glyphOf(const QRawFont &raw, char32_t c)
    {
        const QString s = QString::fromUcs4(&c, 1);
        const QList<quint32> g = raw.glyphIndexesForString(s);
        return g.size() == 1 ? g[0] : 0;
    }

    QSet<char32_t> m_drawn;
    QList<char32_t> m_order; // first-drawn order, so candidate lists are reproducible
    std::vector<std::pair<QRawFont, QHash<quint32, QList<char32_t>>>> m_fonts;
};

// Qt names each embedded subset 「XXXXXX+Family」 with a tag taken from the order in which it
// writes its fonts, which follows a hash table's (per-process random) order. The tag is made
// from the embedded font program instead, so the same pages give the same bytes in every run.
void retagSubset(QPDFObjectHandle font)
{
    QList<QPDFObjectHandle> dicts{font};
    if (font.hasKey("/DescendantFonts") && font.getKey("/DescendantFonts").isArray()) {
        for (const QPDFObjectHandle &d : font.getKey("/DescendantFonts").getArrayAsVector())
            dicts << d;
    }
    QList<QPDFObjectHandle> named = dicts;
    QByteArray program;
    for (QPDFObjectHandle d : dicts) {
        if (!d.isDictionary() || !d.hasKey("/FontDescriptor"))
            continue;
        QPDFObjectHandle desc = d.getKey("/FontDescriptor");
        named << desc;
        for (const char *k : {"/FontFile", "/FontFile2", "/FontFile3"}) {
            if (desc.isDictionary() && desc.hasKey(k) && desc.getKey(k).isStream()) {
                const auto raw = desc.getKey(k).getRawStreamData();
                program.append(reinterpret_cast<const char *>(raw->getBuffer()),
                               qsizetype(raw->getSize()));
            }
        }
    }
    if (program.isEmpty())
        return;
    const QByteArray digest = store::Sha256::hash(program);
    std::string tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + quint8(digest[i]) % 26);
    for (auto &d : named) {
        for (const char *k : {"/BaseFont", "/FontName"}) {
            if (!d.isDictionary() || !d.hasKey(k) || !d.getKey(k).isName())
                continue;
            const std::string name = d.getKey(k).getName(); // with the leading '/'
            const bool tagged = name.size() > 8 && name[7] == '+' &&
                                std::all_of(name.begin() + 1, name.begin() + 7,
                                            [](char c) { return c >= 'A' && c <= 'Z'; });
            if (tagged)
                d.replaceKey(k, QPDFObjectHandle::newName("/" + tag + name.substr(7)));
        }
    }
}

struct FontMap
{
    QPDFObjectHandle stream; // the font's /ToUnicode
    ToUnicodeMap map;
    QList<uint> unmapped; // CIDs the font uses (per /W) that the map does not cover
    bool changed = false;
};

// The CIDs a Type0 font's descendant lists widths for: every glyph Qt embedded.
QList<uint> usedCids(QPDFObjectHandle font)
{
    QList<uint> out;
    if (!font.hasKey("/DescendantFonts") || !font.getKey("/DescendantFonts").isArray())
        return out;
    for (QPDFObjectHandle d : font.getKey("/DescendantFonts").getArrayAsVector()) {
        if (!d.isDictionary() || !d.hasKey("/W") || !d.getKey("/W").isArray())
            continue;
        const auto w = d.getKey("/W").getArrayAsVector();
        for (std::size_t i = 0; i + 1 < w.size();) {
            QPDFObjectHandle first = w[i], next = w[i + 1];
            if (!first.isInteger())
                break;
            const auto c = uint(first.getIntValue());
            if (next.isArray()) { // c [w1 w2 …]
                for (int k = 0; k < next.getArrayNItems(); ++k)
                    out << c + uint(k);
                i += 2;
            } else if (next.isInteger() && i + 2 < w.size()) { // c_first c_last w
                for (auto k = c; k <= uint(next.getIntValue()) && k - c < 65536; ++k)
                    out << k;
                i += 3;
            } else {
                break;
            }
        }
    }
    return out;
}

// Qt 6.4 builds its maps from the Basic Multilingual Plane only, so a character such as
// 「𠮷」 (U+20BB7) gets no entry and vanishes from the text layer. Qt numbers a subset's glyphs
// in the order they are first drawn, which is the order the pages laid the text out: when the
// unmapped glyphs all sit in one font and match the drawn supplementary characters one to one,
// they are mapped in that order. Anything less certain is left alone.
void mapSupplementaryCharacters(std::vector<FontMap> &maps, const QList<char32_t> &drawnOrder)
{
    QSet<QString> mapped;
    FontMap *target = nullptr;
    for (FontMap &m : maps) {
        for (const QString &t : m.map.entries)
            mapped.insert(t);
        if (!m.unmapped.isEmpty()) {
            if (target)
                return; // unmapped glyphs in two fonts: which is which is unknown
            target = &m;
        }
    }
    if (!target)
        return;
    QStringList missing;
    for (const char32_t c : drawnOrder) {
        const QString text = QString::fromUcs4(&c, 1);
        if (c > 0xFFFF && !mapped.contains(text))
            missing << text;
    }
    if (missing.size() != target->unmapped.size())
        return;
    std::sort(target->unmapped.begin(), target->unmapped.end());
    for (int i = 0; i < missing.size(); ++i)
        target->map.entries.insert(target->unmapped[i], missing[i]);
    target->changed = true;
}

} // namespace

QByteArray postProcessGeneratedPdf(const QByteArray &input, const QString &drawnText)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("generated dossier page", input.constData(), size_t(input.size()));

        std::set<QPDFObjGen> done;
        const DrawnGlyphs drawn(drawnText);
        const auto fix = [&drawn](const QString &entry) {
            return drawn.fix(entry);
        };
        std::vector<FontMap> maps;
        for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            QPDFObjectHandle resources = page.getAttribute("/Resources", false);
            if (!resources.isDictionary() || !resources.hasKey("/Font"))
                continue;
            QPDFObjectHandle fonts = resources.getKey("/Font");
            if (!fonts.isDictionary())
                continue;
            for (const auto &key : fonts.getKeys()) {
                QPDFObjectHandle font = fonts.getKey(key);
                if (!font.isDictionary() || !done.insert(font.getObjGen()).second)
                    continue;
                retagSubset(font);
                if (!font.hasKey("/ToUnicode") || !font.getKey("/ToUnicode").isStream())
                    continue;
                FontMap m;
                m.stream = font.getKey("/ToUnicode");
                const auto data = m.stream.getStreamData(qpdf_dl_generalized);
                m.map = parseToUnicode(QByteArray(reinterpret_cast<const char *>(data->getBuffer()),
                                                  qsizetype(data->getSize())));
                m.changed = applyFix(m.map, fix);
                for (const uint cid : usedCids(font)) {
                    if (cid != 0 && !m.map.entries.contains(cid))
                        m.unmapped << cid;
                }
                maps.push_back(std::move(m));
            }
        }
        mapSupplementaryCharacters(maps, drawn.order());
        for (FontMap &m : maps) {
            if (m.changed)
                m.stream.replaceStreamData(writeToUnicode(m.map).toStdString(),
                                           QPDFObjectHandle::newNull(),
                                           QPDFObjectHandle::newNull());
        }

        QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
        if (info.isDictionary()) {
            info.removeKey("/CreationDate");
            info.removeKey("/ModDate");
        }
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setCompressStreams(true);
        // Object streams would be grouped by Qt's object numbers, which vary between runs.
        writer.setObjectStreamMode(qpdf_o_disable);
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        qWarning("shenbao: could not post-process a generated dossier page: %s", e.what());
        return input;
    }
}

} // namespace shenbao::pages
