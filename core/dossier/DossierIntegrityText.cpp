// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierIntegrityText.h"

#include <qpdf/BufferInputSource.hh>
#include <qpdf/QPDFTokenizer.hh>

#include <map>
#include <memory>
#include <vector>

namespace shenbao {

namespace {

// Forms drawing forms: Shenbao's pages nest one level (the footer); a few more are tolerated.
constexpr int kMaxFormDepth = 4;
// A CMap maps a font's glyphs: tens of kilobytes for a large CJK subset.
constexpr qint64 kMaxCMapBytes = 1024 * 1024;
// bfrange entries may span at most this many codes (a hostile range could span 2^32).
constexpr quint32 kMaxRangeSpan = 65536;

QByteArray decodeCapped(QPDFObjectHandle stream, qint64 cap, const QString &what)
{
    CappedCollector out(cap, what);
    bool ok = false;
    try {
        ok = stream.pipeStreamData(&out, 0, qpdf_dl_generalized, true, false);
    } catch (const BudgetExceeded &) {
        throw;
    } catch (const std::exception &) {
        ok = false;
    }
    out.throwIfTripped();
    return ok ? out.bytes() : QByteArray();
}

quint32 codeOf(const std::string &bytes)
{
    quint32 code = 0;
    for (unsigned char c : bytes)
        code = (code << 8) | c;
    return code;
}

QString utf16be(const std::string &bytes)
{
    QString out;
    for (size_t i = 0; i + 1 < bytes.size(); i += 2)
        out += QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1])));
    return out;
}

struct Font
{
    int bytesPerCode = 1;
    std::map<quint32, QString> unicode;
};

// bfchar pairs and bfrange triples of a ToUnicode CMap, read through qpdf's tokenizer.
std::map<quint32, QString> parseToUnicode(const QByteArray &cmap)
{
    std::map<quint32, QString> map;
    auto input = std::make_shared<BufferInputSource>("ToUnicode", cmap.toStdString());
    QPDFTokenizer tokenizer;
    tokenizer.allowEOF();
    enum class Section
    {
        None,
        Char,
        Range
    } section = Section::None;
    std::vector<QPDFTokenizer::Token> pending;
    bool inArray = false;
    std::vector<std::string> arrayItems;
    for (;;) {
        const QPDFTokenizer::Token t = tokenizer.readToken(input, "ToUnicode", true);
        const auto type = t.getType();
        if (type == QPDFTokenizer::tt_eof || type == QPDFTokenizer::tt_bad)
            break;
        if (type == QPDFTokenizer::tt_word) {
            const std::string &w = t.getValue();
            section = w == "beginbfchar"                        ? Section::Char
                      : w == "beginbfrange"                     ? Section::Range
                      : (w == "endbfchar" || w == "endbfrange") ? Section::None
                                                                : section;
            pending.clear();
            continue;
        }
        if (section == Section::None)
            continue;
        if (type == QPDFTokenizer::tt_array_open) {
            inArray = true;
            arrayItems.clear();
            continue;
        }
        if (inArray) {
            if (type == QPDFTokenizer::tt_string) {
                arrayItems.push_back(t.getValue());
                continue;
            }
            if (type != QPDFTokenizer::tt_array_close)
                continue;
            inArray = false;
            if (section == Section::Range && pending.size() == 2) {
                const quint32 lo = codeOf(pending[0].getValue());
                const quint32 hi = codeOf(pending[1].getValue());
                for (quint32 c = lo; c <= hi && c - lo < arrayItems.size(); ++c)
                    map[c] = utf16be(arrayItems[c - lo]);
            }
            pending.clear();
            continue;
        }
        if (type != QPDFTokenizer::tt_string) {
            pending.clear();
            continue;
        }
        pending.push_back(t);
        if (section == Section::Char && pending.size() == 2) {
            map[codeOf(pending[0].getValue())] = utf16be(pending[1].getValue());
            pending.clear();
        } else if (section == Section::Range && pending.size() == 3) {
            const quint32 lo = codeOf(pending[0].getValue());
            const quint32 hi = codeOf(pending[1].getValue());
            const QString first = utf16be(pending[2].getValue());
            if (hi >= lo && hi - lo < kMaxRangeSpan && !first.isEmpty()) {
                for (quint32 c = lo; c <= hi; ++c) {
                    QString s = first;
                    s[s.size() - 1] = QChar(char16_t(s.back().unicode() + (c - lo)));
                    map[c] = s;
                }
            }
            pending.clear();
        }
    }
    return map;
}

class TextCollector final : public QPDFObjectHandle::ParserCallbacks
{
public:
    TextCollector(QPDFObjectHandle resources, ReadBudget &budget, int depth, QString &out)
        : m_resources(resources)
        , m_budget(budget)
        , m_depth(depth)
        , m_out(out)
    {
    }

    void handleObject(QPDFObjectHandle o) override
    {
        if (!o.isOperator()) {
            if (m_operands.size() < 64)
                m_operands.push_back(o);
            return;
        }
        const std::string op = o.getOperatorValue();
        if (op == "Tf" && !m_operands.empty() && m_operands.front().isName())
            m_font = fontFor(m_operands.front().getName());
        else if ((op == "Tj" || op == "'" || op == "\"") && !m_operands.empty())
            show(m_operands.back());
        else if (op == "TJ" && !m_operands.empty() && m_operands.back().isArray()) {
            for (auto &item : m_operands.back().aitems())
                show(item);
        } else if (op == "ET")
            m_out += u'\n';
        else if (op == "Do" && !m_operands.empty() && m_operands.back().isName())
            drawForm(m_operands.back().getName());
        m_operands.clear();
    }
    void handleEOF() override {}

private:
    const Font *fontFor(const std::string &name)
    {
        QPDFObjectHandle fonts =
            m_resources.isDictionary() ? m_resources.getKey("/Font") : QPDFObjectHandle();
        QPDFObjectHandle font = fonts.isDictionary() ? fonts.getKey(name) : QPDFObjectHandle();
        if (!font.isDictionary())
            return nullptr;
        auto it = m_fonts.find(name);
        if (it != m_fonts.end())
            return &it->second;
        Font f;
        f.bytesPerCode = font.getKey("/Subtype").isNameAndEquals("/Type0") ? 2 : 1;
        QPDFObjectHandle cmap = font.getKey("/ToUnicode");
        if (cmap.isStream())
            f.unicode = parseToUnicode(
                decodeCapped(cmap, kMaxCMapBytes, QStringLiteral("字体的 ToUnicode 表")));
        return &m_fonts.emplace(name, std::move(f)).first->second;
    }

    void show(QPDFObjectHandle s)
    {
        if (!s.isString() || !m_font)
            return;
        const std::string bytes = s.getStringValue();
        const size_t step = size_t(m_font->bytesPerCode);
        for (size_t i = 0; i + step <= bytes.size(); i += step) {
            auto it = m_font->unicode.find(codeOf(bytes.substr(i, step)));
            if (it != m_font->unicode.end())
                m_out += it->second;
        }
    }

    void drawForm(const std::string &name)
    {
        if (m_depth >= kMaxFormDepth || !m_resources.isDictionary())
            return;
        QPDFObjectHandle xobjects = m_resources.getKey("/XObject");
        QPDFObjectHandle form =
            xobjects.isDictionary() ? xobjects.getKey(name) : QPDFObjectHandle();
        if (!form.isStream() || !form.getDict().getKey("/Subtype").isNameAndEquals("/Form"))
            return;
        QPDFObjectHandle inner = form.getDict().getKey("/Resources");
        m_out +=
            drawnTextAt(form, inner.isDictionary() ? inner : m_resources, m_budget, m_depth + 1);
    }

public:
    static QString drawnTextAt(QPDFObjectHandle content, QPDFObjectHandle resources,
                               ReadBudget &budget, int depth)
    {
        budget.checkTime();
        // Measure before qpdf holds the decoded content in memory.
        std::vector<QPDFObjectHandle> streams;
        if (content.isArray()) {
            for (auto &s : content.aitems())
                streams.push_back(s);
        } else {
            streams.push_back(content);
        }
        CappedCounter size(budget.limits().maxParsedContentBytes, QStringLiteral("页面内容"));
        for (auto &s : streams) {
            if (!s.isStream())
                return {};
            try {
                s.pipeStreamData(&size, 0, qpdf_dl_generalized, true, false);
            } catch (const BudgetExceeded &) {
                throw;
            } catch (const std::exception &) {
            }
            size.throwIfTripped();
        }
        QString out;
        TextCollector collector(resources, budget, depth, out);
        try {
            QPDFObjectHandle::parseContentStream(content, &collector);
        } catch (const BudgetExceeded &) {
            throw;
        } catch (const std::exception &) {
            // Damaged content: what was read so far is the text there is.
        }
        return out;
    }

private:
    QPDFObjectHandle m_resources;
    ReadBudget &m_budget;
    int m_depth;
    QString &m_out;
    std::vector<QPDFObjectHandle> m_operands;
    std::map<std::string, Font> m_fonts;
    const Font *m_font = nullptr;
};

} // namespace

QString drawnText(QPDFObjectHandle content, QPDFObjectHandle resources, ReadBudget &budget)
{
    if (content.isStream() && content.getDict().getKey("/Subtype").isNameAndEquals("/Form")) {
        QPDFObjectHandle own = content.getDict().getKey("/Resources");
        if (own.isDictionary())
            resources = own;
    }
    return TextCollector::drawnTextAt(content, resources, budget, 0);
}

} // namespace shenbao
