// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/PdfPostProcess.h"

#include "dossier/PageStyle.h"

#include <QMap>
#include <QRawFont>
#include <QString>

// Opt in to qpdf's std::shared_ptr API (silences the PointerHolder transition warning).
#ifndef POINTERHOLDER_TRANSITION
#define POINTERHOLDER_TRANSITION 4
#endif
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <set>

namespace shenbao::pages {

namespace {

// CJK Radicals Supplement and Kangxi Radicals: the blocks below U+4E00 whose glyphs CJK fonts
// share with unified ideographs.
constexpr char16_t kRadicalsFirst = 0x2E80;
constexpr char16_t kRadicalsLast = 0x2FDF;

QHash<char16_t, char16_t> buildRadicalReplacements()
{
    QHash<char16_t, char16_t> out;
    QString unified;
    for (char16_t c = 0x3400; c <= 0x4DBF; ++c) // extension A
        unified.append(QChar(c));
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
        unified.append(QChar(c));
    QString radicals;
    for (char16_t c = kRadicalsFirst; c <= kRadicalsLast; ++c)
        radicals.append(QChar(c));

    const FontRole roles[] = {FontRole::Body, FontRole::Heading, FontRole::Mono};
    for (const FontRole role : roles) {
        for (const bool bold : {false, true}) {
            QFont font = pageFont(role, 12, bold);
            font.setPixelSize(100);
            const QRawFont raw = QRawFont::fromFont(font);
            if (!raw.isValid())
                continue;
            const QList<quint32> ug = raw.glyphIndexesForString(unified);
            QHash<quint32, char16_t> byGlyph;
            for (int i = 0; i < ug.size() && i < unified.size(); ++i) {
                // Lowest unified code point wins, like a reader would expect.
                if (ug[i] != 0 && !byGlyph.contains(ug[i]))
                    byGlyph.insert(ug[i], unified[i].unicode());
            }
            const QList<quint32> rg = raw.glyphIndexesForString(radicals);
            for (int i = 0; i < rg.size() && i < radicals.size(); ++i) {
                const char16_t r = radicals[i].unicode();
                if (rg[i] != 0 && byGlyph.contains(rg[i]) && !out.contains(r))
                    out.insert(r, byGlyph.value(rg[i]));
            }
        }
    }
    return out;
}

struct Token
{
    enum Kind { Hex, Word, Open, Close } kind;
    QByteArray text;
};

QList<Token> tokenize(const QByteArray &s)
{
    QList<Token> out;
    int i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '<' && i + 1 < s.size() && s[i + 1] != '<') {
            const int end = s.indexOf('>', i);
            if (end < 0)
                break;
            QByteArray hex = s.mid(i + 1, end - i - 1);
            hex.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
            out.append(Token{Token::Hex, hex});
            i = end + 1;
        } else if (c == '[') {
            out.append(Token{Token::Open, QByteArray()});
            ++i;
        } else if (c == ']') {
            out.append(Token{Token::Close, QByteArray()});
            ++i;
        } else if (c == '%') {
            while (i < s.size() && s[i] != '\n')
                ++i;
        } else if (QChar::fromLatin1(c).isSpace()) {
            ++i;
        } else {
            int j = i;
            while (j < s.size() && !QChar::fromLatin1(s[j]).isSpace() && s[j] != '<' &&
                   s[j] != '[' && s[j] != ']')
                ++j;
            if (j == i) // "<<" or a stray delimiter
                j = i + 1 + (c == '<' && i + 1 < s.size() ? 1 : 0);
            out.append(Token{Token::Word, s.mid(i, j - i)});
            i = j;
        }
    }
    return out;
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

const QHash<char16_t, char16_t> &radicalReplacements()
{
    static const QHash<char16_t, char16_t> map = buildRadicalReplacements();
    return map;
}

QByteArray repairToUnicodeCMap(const QByteArray &cmap, const QHash<char16_t, char16_t> &replace)
{
    const QList<Token> t = tokenize(cmap);
    QMap<uint, QString> entries; // CID → text, sorted for a stable output
    QByteArray codespace;
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

    bool changed = false;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it->size() == 1) {
            const char16_t c = it->at(0).unicode();
            if (c >= kRadicalsFirst && c <= kRadicalsLast && replace.contains(c)) {
                *it = QString(QChar(replace.value(c)));
                changed = true;
            }
        }
    }
    if (!changed)
        return {};

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

QByteArray postProcessGeneratedPdf(const QByteArray &input)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("generated dossier page", input.constData(), size_t(input.size()));

        std::set<QPDFObjGen> done;
        const auto &replace = radicalReplacements();
        for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            QPDFObjectHandle resources = page.getAttribute("/Resources", false);
            if (!resources.isDictionary() || !resources.hasKey("/Font"))
                continue;
            QPDFObjectHandle fonts = resources.getKey("/Font");
            if (!fonts.isDictionary())
                continue;
            for (const auto &key : fonts.getKeys()) {
                QPDFObjectHandle font = fonts.getKey(key);
                if (!font.isDictionary() || !font.hasKey("/ToUnicode"))
                    continue;
                QPDFObjectHandle map = font.getKey("/ToUnicode");
                if (!map.isStream() || !done.insert(map.getObjGen()).second)
                    continue;
                const auto data = map.getStreamData(qpdf_dl_generalized);
                const QByteArray cmap(reinterpret_cast<const char *>(data->getBuffer()),
                                      qsizetype(data->getSize()));
                const QByteArray repaired = repairToUnicodeCMap(cmap, replace);
                if (!repaired.isEmpty())
                    map.replaceStreamData(repaired.toStdString(), QPDFObjectHandle::newNull(),
                                          QPDFObjectHandle::newNull());
            }
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
        writer.setObjectStreamMode(qpdf_o_generate);
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
