// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierIntegrityDigest.h"

#include "store/Sha256.h"

#include <qpdf/QPDFExc.hh>

#include <set>
#include <vector>

namespace shenbao {

namespace {

// The placing stream is one short line; anything longer is not Shenbao's footer.
constexpr qint64 kMaxPlacementBytes = 4096;
// Resource graphs nest a few levels; a hostile file may nest thousands.
constexpr int kMaxDepth = 256;

class PlacementParser final : public QPDFObjectHandle::ParserCallbacks
{
public:
    void handleObject(QPDFObjectHandle o) override
    {
        objects.push_back(o);
        if (objects.size() > 16)
            terminateParsing();
    }
    void handleEOF() override {}
    std::vector<QPDFObjectHandle> objects;
};

bool isOperator(QPDFObjectHandle o, const char *op)
{
    return o.isOperator() && o.getOperatorValue() == op;
}

// Unfiltered or plain Flate without parameters: what the writer may produce from the other.
bool countsDecoded(QPDFObjectHandle dict)
{
    QPDFObjectHandle filter = dict.getKey("/Filter");
    QPDFObjectHandle parms = dict.getKey("/DecodeParms");
    if (filter.isArray() && filter.getArrayNItems() == 1)
        filter = filter.getArrayItem(0);
    const bool noParms =
        parms.isNull() || (parms.isArray() && parms.getArrayNItems() == 0) ||
        (parms.isArray() && parms.getArrayNItems() == 1 && parms.getArrayItem(0).isNull());
    if (filter.isNull() || (filter.isArray() && filter.getArrayNItems() == 0))
        return noParms;
    return filter.isName() && filter.getName() == "/FlateDecode" && noParms;
}

class Walker
{
public:
    Walker(store::Sha256 &hash, StreamDigestCache &cache, ReadBudget *budget,
           std::set<QPDFObjGen> &path, const KnownStreamData *known)
        : m_hash(hash)
        , m_cache(cache)
        , m_budget(budget)
        , m_path(path)
        , m_known(known)
    {
    }

    void object(QPDFObjectHandle o, int depth)
    {
        if (m_budget)
            m_budget->visit();
        if (depth > kMaxDepth)
            throw BudgetExceeded(QStringLiteral("页面资源的嵌套层数超过 %1 层，已停止")
                                     .arg(kMaxDepth)
                                     .toStdString());
        if (o.isIndirect()) {
            const QPDFObjGen id = o.getObjGen();
            if (m_path.count(id)) {
                tag('@'); // a reference back into what is being walked
                return;
            }
            m_path.insert(id);
            direct(o, depth);
            m_path.erase(id);
            return;
        }
        direct(o, depth);
    }

    void dictionary(QPDFObjectHandle d, int depth, const std::set<std::string> &skip = {})
    {
        tag('{');
        for (const std::string &key : d.getKeys()) { // std::set: sorted
            if (key == "/Length" || key == "/Parent" || key == "/P" || skip.count(key))
                continue;
            QPDFObjectHandle v = d.getKey(key);
            if (v.isNull())
                continue; // a null entry is an absent entry
            bytes('K', key);
            object(v, depth + 1);
        }
        tag('}');
    }

    void streamRef(QPDFObjectHandle s, int depth)
    {
        const QPDFObjGen id = s.getObjGen();
        auto it = s.isIndirect() ? m_cache.find(id) : m_cache.end();
        if (it == m_cache.end()) {
            const QByteArray digest = streamDigest(s, depth);
            if (!s.isIndirect()) {
                bytes('T', digest.toStdString());
                return;
            }
            it = m_cache.emplace(id, digest).first;
        }
        bytes('T', it->second.toStdString());
    }

private:
    void tag(char c) { m_hash.add(QByteArrayView(&c, 1)); }
    void bytes(char c, const std::string &s)
    {
        tag(c);
        const QByteArray length = QByteArray::number(qint64(s.size())) + ':';
        m_hash.add(length);
        m_hash.add(QByteArrayView(s.data(), qsizetype(s.size())));
    }

    void direct(QPDFObjectHandle o, int depth)
    {
        if (o.isStream())
            streamRef(o, depth);
        else if (o.isDictionary())
            dictionary(o, depth);
        else if (o.isArray()) {
            tag('[');
            for (auto &item : o.aitems())
                object(item, depth + 1);
            tag(']');
        } else if (o.isBool())
            tag(o.getBoolValue() ? 't' : 'f');
        else if (o.isInteger())
            bytes('i', std::to_string(o.getIntValue()));
        else if (o.isReal())
            bytes('r', o.getRealValue());
        else if (o.isName())
            bytes('N', o.getName());
        else if (o.isString())
            bytes('S', o.getStringValue());
        else
            tag('0'); // null, or what a damaged file resolves to
    }

    QByteArray streamDigest(QPDFObjectHandle s, int depth)
    {
        store::Sha256 inner;
        QPDFObjectHandle dict = s.getDict();
        const bool decoded = countsDecoded(dict);
        {
            Walker w(inner, m_cache, m_budget, m_path, m_known);
            w.dictionary(dict, depth + 1,
                         decoded ? std::set<std::string>{"/Filter", "/DecodeParms"}
                                 : std::set<std::string>{});
        }
        if (!decoded && m_known && s.isIndirect()) {
            if (auto it = m_known->find(s.getObjGen()); it != m_known->end()) {
                // What the piping below gives for raw data: qpdf's legacy pipeStreamData
                // returns whether it filtered, never for qpdf_dl_none, so raw data is 'E'.
                inner.add(QByteArrayView("E"));
                inner.add(it->second);
                return inner.result();
            }
        }
        HashingPipeline data(m_budget);
        // The legacy pipeStreamData returns whether the data was filtered: false for raw data
        // (qpdf_dl_none) as well as for a failed decode. Part of shenbao-page/1 as written.
        bool ok = false;
        try {
            ok = s.pipeStreamData(&data, 0, decoded ? qpdf_dl_generalized : qpdf_dl_none, true,
                                  false);
        } catch (const BudgetExceeded &) {
            throw;
        } catch (const std::exception &) {
            ok = false;
        }
        data.throwIfTripped();
        inner.add(ok ? QByteArrayView("D") : QByteArrayView("E"));
        inner.add(data.result());
        return inner.result();
    }

    store::Sha256 &m_hash;
    StreamDigestCache &m_cache;
    ReadBudget *m_budget;
    std::set<QPDFObjGen> &m_path;
    const KnownStreamData *m_known;
};

} // namespace

FooterLayer findFooterLayer(QPDFPageObjectHelper page, ReadBudget *budget)
{
    FooterLayer none;
    try {
        QPDFObjectHandle contents = page.getObjectHandle().getKey("/Contents");
        QPDFObjectHandle last = contents;
        if (contents.isArray()) {
            if (contents.getArrayNItems() < 1)
                return none;
            last = contents.getArrayItem(contents.getArrayNItems() - 1);
        }
        if (!last.isStream())
            return none;
        CappedCollector probe(kMaxPlacementBytes, QStringLiteral("页脚的放置指令"));
        bool ok = false;
        try {
            ok = last.pipeStreamData(&probe, 0, qpdf_dl_generalized, true, false);
        } catch (const BudgetExceeded &) {
            return none; // too long to be the footer's placement: no footer layer
        }
        if (!ok)
            return none;
        PlacementParser parser;
        QPDFObjectHandle::parseContentStream(last, &parser);
        auto o = parser.objects;
        if (o.size() != 11 || !isOperator(o[0], "q") || !isOperator(o[7], "cm") || !o[8].isName() ||
            !isOperator(o[9], "Do") || !isOperator(o[10], "Q"))
            return none;
        for (int i = 1; i <= 6; ++i) {
            if (!o[size_t(i)].isNumber())
                return none;
        }
        QPDFObjectHandle resources = page.getAttribute("/Resources", false);
        QPDFObjectHandle xobjects =
            resources.isDictionary() ? resources.getKey("/XObject") : QPDFObjectHandle::newNull();
        if (!xobjects.isDictionary())
            return none;
        QPDFObjectHandle form = xobjects.getKey(o[8].getName());
        if (!form.isStream() || !form.getDict().getKey("/Subtype").isNameAndEquals("/Form"))
            return none;
        return FooterLayer{true, o[8].getName(), form, last};
    } catch (const BudgetExceeded &) {
        throw;
    } catch (const std::exception &) {
        return none;
    }
    (void)budget;
}

QString pageDigest(QPDFPageObjectHelper page, const FooterLayer &footer, StreamDigestCache &cache,
                   ReadBudget *budget, const KnownStreamData *known)
{
    store::Sha256 hash;
    hash.add(QByteArrayView(kPageDigestMethod));
    std::set<QPDFObjGen> path;
    Walker w(hash, cache, budget, path, known);
    QPDFObjectHandle oh = page.getObjectHandle();
    if (oh.isIndirect())
        path.insert(oh.getObjGen());

    // The page dictionary with its inherited geometry made explicit.
    QPDFObjectHandle dict = oh.shallowCopy();
    for (const char *key : {"/MediaBox", "/CropBox", "/Rotate"}) {
        QPDFObjectHandle v = page.getAttribute(key, false);
        if (!v.isNull())
            dict.replaceKey(key, v);
    }
    w.dictionary(dict, 0, {"/Contents", "/Resources"});

    hash.add(QByteArrayView("contents"));
    QPDFObjectHandle contents = oh.getKey("/Contents");
    std::vector<QPDFObjectHandle> streams;
    if (contents.isArray()) {
        for (auto &s : contents.aitems())
            streams.push_back(s);
    } else {
        streams.push_back(contents);
    }
    if (footer.present && !streams.empty())
        streams.pop_back();
    for (auto &s : streams) {
        if (s.isStream())
            w.streamRef(s, 1);
        else
            w.object(s, 1);
    }

    hash.add(QByteArrayView("resources"));
    // Without the footer's entry; an empty /XObject is the same as none (the footer layer may
    // have created it).
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    if (resources.isDictionary()) {
        resources = resources.shallowCopy();
        QPDFObjectHandle xobjects = resources.getKey("/XObject");
        if (xobjects.isDictionary()) {
            xobjects = xobjects.shallowCopy();
            if (footer.present)
                xobjects.removeKey(footer.resourceName);
            if (xobjects.getKeys().empty())
                resources.removeKey("/XObject");
            else
                resources.replaceKey("/XObject", xobjects);
        }
    }
    if (resources.isDictionary())
        w.dictionary(resources, 1);
    else
        w.object(resources, 1);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace shenbao
