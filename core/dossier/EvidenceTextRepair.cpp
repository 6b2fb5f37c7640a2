// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/EvidenceTextRepair.h"

#include "dossier/PdfPostProcess.h"

#include <QFont>
#include <QHash>
#include <QRawFont>
#include <QRegularExpression>
#include <QString>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <set>

namespace shenbao {

namespace {

bool isRadical(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF);
}

// Radical → ideograph, learnt from the installed CJK fonts: for every unified ideograph its
// glyph, then for every radical the ideograph with the same glyph.
const QHash<char32_t, char32_t> &radicalTable()
{
    static const QHash<char32_t, char32_t> table = [] {
        QHash<char32_t, char32_t> out;
        QString ideographs;
        for (char32_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs += QChar(char16_t(c));
        QString radicals;
        for (char32_t c = 0x2E80; c <= 0x2FDF; ++c)
            radicals += QChar(char16_t(c));
        for (const char *family : {"Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC",
                                   "Source Han Serif SC"}) {
            QFont font(QString::fromLatin1(family));
            font.setPixelSize(100);
            const QRawFont raw = QRawFont::fromFont(font);
            if (!raw.isValid() || !raw.familyName().startsWith(QString::fromLatin1(family).left(8)))
                continue;
            const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
            const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
            if (glyphs.size() != ideographs.size() || radicalGlyphs.size() != radicals.size())
                continue;
            QHash<quint32, char32_t> byGlyph;
            for (int i = 0; i < glyphs.size(); ++i) {
                if (glyphs[i] != 0 && !byGlyph.contains(glyphs[i]))
                    byGlyph.insert(glyphs[i], char32_t(0x4E00 + i));
            }
            for (int i = 0; i < radicalGlyphs.size(); ++i) {
                const char32_t r = char32_t(0x2E80 + i);
                if (radicalGlyphs[i] != 0 && byGlyph.contains(radicalGlyphs[i]) && !out.contains(r))
                    out.insert(r, byGlyph.value(radicalGlyphs[i]));
            }
        }
        // Kangxi radicals decompose to their ideograph (NFKC) even without the fonts.
        for (char32_t r = 0x2F00; r <= 0x2FD5; ++r) {
            if (out.contains(r))
                continue;
            const QString n = QString(QChar(char16_t(r))).normalized(QString::NormalizationForm_KC);
            if (n.size() == 1 && n.at(0).unicode() >= 0x4E00 && n.at(0).unicode() <= 0x9FFF)
                out.insert(r, n.at(0).unicode());
        }
        return out;
    }();
    return table;
}

// Only two-byte code spaces (Identity-H fonts, as Qt writes them) are rewritten: the CMap
// writer emits four-digit codes.
bool twoByteCodes(const QByteArray &cmap)
{
    const qsizetype begin = cmap.indexOf("begincodespacerange");
    const qsizetype end = cmap.indexOf("endcodespacerange");
    if (begin < 0 || end < begin)
        return false;
    static const QRegularExpression hex(QStringLiteral("<\\s*([0-9A-Fa-f\\s]*)>"));
    const QString ranges = QString::fromLatin1(cmap.mid(begin, end - begin));
    bool any = false;
    for (auto it = hex.globalMatch(ranges); it.hasNext();) {
        QString digits = it.next().captured(1);
        digits.remove(QRegularExpression(QStringLiteral("\\s")));
        if (digits.size() != 4)
            return false;
        any = true;
    }
    return any;
}

class Walker
{
public:
    int repaired = 0;

    void resources(QPDFObjectHandle res, int depth)
    {
        if (!res.isDictionary() || depth > 8)
            return;
        if (QPDFObjectHandle fonts = res.getKey("/Font"); fonts.isDictionary()) {
            for (auto &[key, font] : fonts.ditems())
                this->font(font, depth);
        }
        if (QPDFObjectHandle xobjects = res.getKey("/XObject"); xobjects.isDictionary()) {
            for (auto &[key, x] : xobjects.ditems()) {
                if (!x.isStream() || !seen(x))
                    continue;
                QPDFObjectHandle dict = x.getDict();
                if (dict.getKey("/Subtype").isNameAndEquals("/Form"))
                    resources(dict.getKey("/Resources"), depth + 1);
            }
        }
    }

private:
    bool seen(QPDFObjectHandle h) { return !h.isIndirect() || m_seen.insert(h.getObjGen()).second; }

    void font(QPDFObjectHandle font, int depth)
    {
        if (!font.isDictionary() || !seen(font))
            return;
        if (font.getKey("/Subtype").isNameAndEquals("/Type3"))
            resources(font.getKey("/Resources"), depth + 1);
        QPDFObjectHandle map = font.getKey("/ToUnicode");
        if (!map.isStream() || !seen(map))
            return;
        const auto data = map.getStreamData(qpdf_dl_generalized);
        const QByteArray cmap(reinterpret_cast<const char *>(data->getBuffer()),
                              qsizetype(data->getSize()));
        if (!twoByteCodes(cmap))
            return;
        const QByteArray fixed = pages::repairToUnicodeCMap(cmap, [](const QString &entry) {
            const QList<uint> ucs = entry.toUcs4();
            if (ucs.size() != 1 || !isRadical(ucs[0]))
                return entry;
            const char32_t ideograph = ideographForRadical(ucs[0]);
            return ideograph ? QString::fromUcs4(&ideograph, 1) : entry;
        });
        if (fixed.isEmpty())
            return;
        map.replaceStreamData(fixed.toStdString(), QPDFObjectHandle::newNull(),
                              QPDFObjectHandle::newNull());
        ++repaired;
    }

    std::set<QPDFObjGen> m_seen;
};

} // namespace

char32_t ideographForRadical(char32_t radical)
{
    return radicalTable().value(radical, 0);
}

int repairRadicalTextMaps(QPDF &pdf)
{
    Walker walker;
    for (auto &page : QPDFPageDocumentHelper(pdf).getAllPages())
        walker.resources(page.getAttribute("/Resources", false), 0);
    return walker.repaired;
}

} // namespace shenbao
