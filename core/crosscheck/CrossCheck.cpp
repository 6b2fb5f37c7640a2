// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "crosscheck/CrossCheck.h"

#include "crosscheck/PageReaderModule.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace shenbao::crosscheck {

namespace {

enum class Kind
{
    PatentNumber,
    Uscc,
    Name,
    Date,
    Year
};

struct FieldToCheck
{
    QString item, field, claimed;
    Kind kind;
    QStringList labels;
    QDate date;
    int year = 0;
    QStringList evidence;
};

QStringList labels(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *s : list)
        out << QString::fromUtf16(s);
    return out;
}

QList<FieldToCheck> fieldsOf(const Project &p)
{
    QList<FieldToCheck> out;
    const auto add = [&out](const QString &item, const char *field,
                            const std::optional<QString> &value, Kind kind,
                            const QStringList &fieldLabels, const QStringList &evidence) {
        if (value && !value->trimmed().isEmpty() && !evidence.isEmpty())
            out.append({item,
                        QString::fromLatin1(field),
                        value->trimmed(),
                        kind,
                        fieldLabels,
                        {},
                        0,
                        evidence});
    };
    const std::optional<QString> &holder = p.applicant.name;

    QStringList licences;
    for (const Evidence &e : p.evidence) {
        if (e.category == EvidenceCategory::BusinessLicense)
            licences << e.id;
    }
    const QString applicant = QStringLiteral("applicant");
    add(applicant, "uscc", p.applicant.uscc, Kind::Uscc, {}, licences);
    add(applicant, "name", holder, Kind::Name, labels({u"名称", u"企业名称"}), licences);

    for (qsizetype i = 0; i < p.patents.size(); ++i) {
        const Patent &pt = p.patents.at(i);
        const QString item = QStringLiteral("patents[%1]").arg(i);
        add(item, "number", pt.number, Kind::PatentNumber, {}, pt.evidence);
        add(item, "title", pt.title, Kind::Name,
            labels({u"发明名称", u"实用新型名称", u"外观设计名称", u"使用外观设计的产品名称"}),
            pt.evidence);
        add(item, "holder", holder, Kind::Name, labels({u"专利权人", u"权利人"}), pt.evidence);
        if (pt.granted && pt.granted->isValid() && !pt.evidence.isEmpty())
            out.append({item, QStringLiteral("granted"), pt.granted->toString(Qt::ISODate),
                        Kind::Date, labels({u"授权公告日", u"授权日"}), *pt.granted, 0,
                        pt.evidence});
    }
    for (qsizetype i = 0; i < p.cases.size(); ++i) {
        const Case &c = p.cases.at(i);
        const QString item = QStringLiteral("cases[%1]").arg(i);
        add(item, "customer", c.customer, Kind::Name,
            labels({u"甲方", u"采购方", u"买方", u"需方", u"委托方", u"发包方"}), c.evidence);
        if (c.year && !c.evidence.isEmpty())
            out.append({item,
                        QStringLiteral("year"),
                        QString::number(*c.year),
                        Kind::Year,
                        labels({u"签订日期", u"签订时间", u"签约日期", u"签署日期"}),
                        {},
                        *c.year,
                        c.evidence});
    }
    for (qsizetype i = 0; i < p.qualifications.size(); ++i) {
        const Qualification &q = p.qualifications.at(i);
        const QString item = QStringLiteral("qualifications[%1]").arg(i);
        add(item, "title", q.title, Kind::Name, {}, q.evidence);
        add(item, "holder", holder, Kind::Name, {}, q.evidence);
    }
    return out;
}

FieldMatch judge(const FieldToCheck &f, const QString &text)
{
    switch (f.kind) {
    case Kind::PatentNumber:
        return matchPatentNumber(f.claimed, text);
    case Kind::Uscc:
        return matchUscc(f.claimed, text);
    case Kind::Name:
        return matchName(f.claimed, text, f.labels);
    case Kind::Date:
        return matchDate(f.date, text, f.labels);
    case Kind::Year:
        return matchYear(f.year, text, f.labels);
    }
    return {};
}

struct PageKey
{
    QString evidence;
    int index;
};

struct ReadPage
{
    QString text;
    TextOrigin origin = TextOrigin::None;
};

// Indexes of the pages of an evidence file that OCR may read (see CrossCheckOptions).
bool ocrAllowed(int index, int count, int limit)
{
    if (count <= limit)
        return true;
    return index < limit - 2 || index >= count - 2;
}

} // namespace

QString textOriginKey(TextOrigin origin)
{
    switch (origin) {
    case TextOrigin::None:
        return QStringLiteral("none");
    case TextOrigin::TextLayer:
        return QStringLiteral("textLayer");
    case TextOrigin::Ocr:
        return QStringLiteral("ocr");
    }
    return {};
}

QString pageImageSha256(const QImage &grey)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QStringLiteral("%1x%2;").arg(grey.width()).arg(grey.height()).toLatin1());
    for (int y = 0; y < grey.height(); ++y)
        hash.addData(
            QByteArrayView(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width()));
    return QString::fromLatin1(hash.result().toHex());
}

namespace {

// One run: each page read once (text layer, else OCR where allowed), each field judged on the
// pages of its evidence, and the pages whose text layer did not show a field read again by OCR.
class CrossCheckPass
{
public:
    CrossCheckPass(const Project &project, EvidencePageSource &pages,
                   const CrossCheckOptions &options)
        : m_fields(fieldsOf(project))
        , m_pages(pages)
        , m_options(options)
    {
    }

    CrossCheckRun run()
    {
        if (m_fields.isEmpty())
            return m_run; // nothing to look for: no page is read, the reader is not loaded
        m_reader = pageReader(&m_run.readerError);
        if (!m_reader)
            return m_run;
        m_engine = m_reader->ocrEngineId();
        const QList<PageKey> toRead = pagesToRead();
        int total = int(toRead.size());
        if (!readPages(toRead, total))
            return cancelled();
        const QList<PageKey> second = pagesToReadAgain();
        total += int(second.size());
        if (!readAgainByOcr(second, int(toRead.size()), total))
            return cancelled();
        if (m_options.progress)
            m_options.progress(total, total);
        for (const auto &f : m_fields)
            m_run.results.append(judgeAll(f));
        return m_run;
    }

private:
    CrossCheckRun cancelled()
    {
        m_run.cancelled = true;
        return m_run;
    }

    // Each page once, whichever items share it, in the order the fields name them.
    QList<PageKey> pagesToRead()
    {
        QStringList evidenceOrder;
        for (const auto &f : m_fields) {
            for (const QString &id : f.evidence) {
                if (!evidenceOrder.contains(id))
                    evidenceOrder << id;
            }
        }
        QList<PageKey> toRead;
        for (const QString &id : evidenceOrder) {
            const int n = std::max(0, m_pages.pageCount(id));
            m_counts.insert(id, n);
            for (int i = 0; i < n; ++i)
                toRead.append({id, i});
        }
        return toRead;
    }

    bool progress(int done, int total) const
    {
        return !m_options.progress || m_options.progress(done, total);
    }

    bool readPages(const QList<PageKey> &toRead, int total)
    {
        for (qsizetype k = 0; k < toRead.size(); ++k) {
            if (!progress(int(k), total))
                return false;
            const PageKey &key = toRead.at(k);
            ReadPage page;
            const QString layer = m_pages.textLayer(key.evidence, key.index);
            if (usableTextLayer(layer))
                page = {layer, TextOrigin::TextLayer};
            else if (mayOcr(key))
                page = recognise(key);
            ++m_run.pagesRead;
            m_read[key.evidence].append(page);
        }
        return true;
    }

    // A text layer can be incomplete: Qt's PDF engine, for one, drops digits drawn with a CJK
    // font's proportional glyphs, leaving 「专利号：ZL .」. When a field is not found on a page
    // read from its text layer, that page is read once more by OCR and judged on both texts.
    QList<PageKey> pagesToReadAgain()
    {
        QList<PageKey> second;
        for (const auto &f : m_fields) {
            if (judgeAll(f).state != MatchState::NotFound)
                continue;
            for (const QString &id : f.evidence) {
                const QList<ReadPage> &pagesOfId = m_read[id];
                for (qsizetype i = 0; i < pagesOfId.size(); ++i) {
                    const PageKey key{id, int(i)};
                    const bool queued =
                        std::any_of(second.cbegin(), second.cend(), [&](const PageKey &k) {
                            return k.evidence == id && k.index == int(i);
                        });
                    if (pagesOfId.at(i).origin == TextOrigin::TextLayer && !queued && mayOcr(key))
                        second.append(key);
                }
            }
        }
        return second;
    }

    bool readAgainByOcr(const QList<PageKey> &second, int done, int total)
    {
        for (qsizetype k = 0; k < second.size(); ++k) {
            if (!progress(int(done + k), total))
                return false;
            const ReadPage ocrPage = recognise(second.at(k));
            if (ocrPage.origin == TextOrigin::Ocr) {
                // The page's text becomes both, so each field is judged on whichever shows it.
                ReadPage &page = m_read[second.at(k).evidence][second.at(k).index];
                page.text += u'\n' + ocrPage.text;
                page.origin = TextOrigin::Ocr;
            }
        }
        return true;
    }

    bool mayOcr(const PageKey &key) const
    {
        return m_options.ocr && ocrAllowed(key.index, m_counts.value(key.evidence),
                                           m_options.maxOcrPagesPerEvidence);
    }

    // OCR of one page, through the cache; an empty page when it cannot be had.
    ReadPage recognise(const PageKey &key)
    {
        const QImage image = m_pages.image(key.evidence, key.index, m_options.dpi)
                                 .convertToFormat(QImage::Format_Grayscale8);
        if (image.isNull())
            return {};
        const QString sha = pageImageSha256(image);
        if (m_options.cache) {
            if (std::optional<QString> cached = m_options.cache->find(sha, m_engine)) {
                ++m_run.pagesFromCache;
                return {*cached, TextOrigin::Ocr};
            }
        }
        if (!m_ocr)
            m_ocr = m_reader->ocrEngine();
        if (!m_ocr->isAvailable()) {
            m_run.ocrError = m_ocr->error();
            return {};
        }
        ReadPage page{m_ocr->recognize(image), TextOrigin::Ocr};
        ++m_run.pagesOcr;
        if (m_options.cache)
            m_options.cache->store(sha, m_engine, page.text);
        return page;
    }

    CrossCheckResult judgeAll(const FieldToCheck &f)
    {
        CrossCheckResult best{f.item, f.field, f.claimed,       {}, MatchState::NotFound,
                              {},     0,       TextOrigin::None};
        for (const QString &id : f.evidence) {
            const QList<ReadPage> &pagesOfId = m_read[id];
            for (qsizetype i = 0; i < pagesOfId.size(); ++i) {
                const ReadPage &p = pagesOfId.at(i);
                if (p.origin == TextOrigin::None)
                    continue;
                const FieldMatch m = judge(f, p.text);
                // The first page with any text stands for notFound; a better state replaces it.
                if (best.origin == TextOrigin::None || matchRank(m.state) < matchRank(best.state)) {
                    best.state = m.state;
                    best.found = m.found;
                    best.evidence = id;
                    best.page = m_pages.pageNumber(id, int(i));
                    best.origin = p.origin;
                }
            }
        }
        if (best.evidence.isEmpty() && !f.evidence.isEmpty())
            best.evidence = f.evidence.first(); // nothing readable: say which evidence it was
        return best;
    }

    const QList<FieldToCheck> m_fields;
    EvidencePageSource &m_pages;
    const CrossCheckOptions &m_options;
    QHash<QString, int> m_counts; // pages of each evidence item
    QHash<QString, QList<ReadPage>> m_read;
    const PageReader *m_reader = nullptr;
    std::unique_ptr<OcrEngine> m_ocr; // made on the first page that needs OCR
    QString m_engine;
    CrossCheckRun m_run;
};

} // namespace

CrossCheckRun runCrossCheck(const Project &project, EvidencePageSource &pages,
                            const CrossCheckOptions &options)
{
    return CrossCheckPass(project, pages, options).run();
}

} // namespace shenbao::crosscheck
