// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierIntegrity.h"

#include "dossier/DossierIntegrityDigest.h"
#include "dossier/DossierJson.h"
#include "dossier/FooterStamp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace shenbao {

namespace {

void error(Problems *out, const QString &where, const QString &message)
{
    out->append({Problem::Severity::Error, where, message});
}

void warning(Problems *out, const QString &where, const QString &message)
{
    out->append({Problem::Severity::Warning, where, message});
}

// As the footers print it (12 hex characters grouped 4-4-4), which is what an officer holding
// the paper copy can compare.
QString footerForm(const QString &hex)
{
    return hex.size() > 12 ? shortFingerprint(hex) + QStringLiteral("…") : hex;
}

QString stateName(const CallDefinition &call, RuleState s)
{
    const QString name = call.name(QStringLiteral("state"), toKey(s));
    return name.isEmpty() ? toKey(s) : name;
}

QString quoted(const QString &s)
{
    return u'“' + s + u'”';
}

} // namespace

int jsonNestingDepth(const QByteArray &json, int stopAbove)
{
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            deepest = std::max(deepest, ++depth);
            if (deepest > stopAbove)
                return deepest;
            break;
        case ']':
        case '}':
            // Unbalanced closers are the parser's to report; never let the count go negative.
            depth = std::max(0, depth - 1);
            break;
        default:
            break;
        }
    }
    return deepest;
}

QList<RuleResult> readEmbeddedRules(const QJsonValue &rules, Problems *findings)
{
    QList<RuleResult> out;
    if (rules.isUndefined() || rules.isNull()) {
        error(findings, QStringLiteral("rules"),
              QStringLiteral("内嵌数据没有记载条件符合情况（rules），无法与重新计算的结果对照"));
        return out;
    }
    if (!rules.isArray()) {
        error(findings, QStringLiteral("rules"), QStringLiteral("内嵌数据的 rules 应为数组"));
        return out;
    }
    const QJsonArray array = rules.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("rules[%1]").arg(i);
        const QJsonObject o = array.at(i).toObject();
        const QString id = o.value(QLatin1StringView("id")).toString();
        const auto state = fromKey<RuleState>(o.value(QLatin1StringView("state")).toString());
        if (!array.at(i).isObject() || id.isEmpty() || !state) {
            error(findings, where,
                  QStringLiteral("无法读取：每条应含 id 与 state（met / notMet / incomplete）"));
            continue;
        }
        if (seen.contains(id)) {
            error(findings, where, QStringLiteral("条件 %1 重复记载").arg(id));
            continue;
        }
        seen.insert(id);
        RuleResult r;
        r.id = id;
        r.state = *state;
        r.figure = o.value(QLatin1StringView("figure")).toString();
        if (const auto ev =
                fromKey<EvidenceState>(o.value(QLatin1StringView("evidence")).toString()))
            r.evidenceState = *ev;
        r.informational = o.value(QLatin1StringView("informational")).toBool();
        out << r;
    }
    return out;
}

void checkFingerprints(const QString &recomputed, const QString &embedded, const QString &info,
                       Problems *findings)
{
    if (embedded.isEmpty()) {
        error(findings, QStringLiteral("fingerprint"),
              QStringLiteral("内嵌数据缺少指纹（fingerprint）"));
    } else if (embedded.compare(recomputed, Qt::CaseInsensitive) != 0) {
        error(findings, QStringLiteral("fingerprint"),
              QStringLiteral("内嵌数据与其指纹不符：记载的指纹为 %1，按内容重新计算为 %2。"
                             "数据在生成申报材料之后被改动过，见下列差异")
                  .arg(footerForm(embedded), footerForm(recomputed)));
    }
    if (info.isEmpty()) {
        error(findings, QStringLiteral("pdf: ShenbaoFingerprint"),
              QStringLiteral("文档属性中没有 ShenbaoFingerprint，无法核对文件与内嵌数据是否配套"));
    } else if (info.compare(recomputed, Qt::CaseInsensitive) != 0) {
        error(findings, QStringLiteral("pdf: ShenbaoFingerprint"),
              QStringLiteral("文档属性中的指纹 %1 与内嵌数据的指纹 %2 不一致：文件与数据不配套")
                  .arg(footerForm(info), footerForm(recomputed)));
    }
}

void compareRules(const QList<RuleResult> &embedded, const Evaluation &recomputed,
                  const CallDefinition &call, Problems *findings)
{
    QHash<QString, const RuleResult *> byId;
    for (const auto &r : embedded)
        byId.insert(r.id, &r);
    for (const auto &mine : recomputed.rules) {
        const QString where = QStringLiteral("rules.") + mine.id;
        const RuleResult *theirs = byId.take(mine.id);
        if (!theirs) {
            error(findings, where,
                  QStringLiteral("%1：申报材料没有记载此条件；重新计算为%2（%3）")
                      .arg(mine.id, quoted(stateName(call, mine.state)), mine.figure));
            continue;
        }
        if (theirs->state != mine.state) {
            QString message = QStringLiteral("%1：申报材料记载为%2，重新计算为%3（%4）")
                                  .arg(mine.id, quoted(stateName(call, theirs->state)),
                                       quoted(stateName(call, mine.state)), mine.figure);
            if (!theirs->figure.isEmpty() && theirs->figure != mine.figure)
                message += QStringLiteral("；申报材料记载的数字为%1").arg(quoted(theirs->figure));
            error(findings, where, message);
        } else if (theirs->figure != mine.figure) {
            // A changed figure is changed data, even when the state stays the same.
            error(findings, where,
                  QStringLiteral("%1：申报材料记载的数字为%2，按内嵌数据重新计算为%3")
                      .arg(mine.id, quoted(theirs->figure), quoted(mine.figure)));
        }
    }
    // What is left is listed by the dossier but not evaluated by this build's call data.
    for (const auto &r : embedded) {
        if (byId.contains(r.id)) {
            warning(findings, QStringLiteral("rules.") + r.id,
                    QStringLiteral("%1：申报材料记载了本程序不评价的条件（记载为%2），已忽略")
                        .arg(r.id, quoted(stateName(call, r.state))));
        }
    }
}

namespace {

// Where one evidence item says it is bound, in printed page numbers.
struct EvidenceSpan
{
    QString id;
    qint64 first, last;
};

// Two items claiming the same page: one of the records is false.
void checkOverlaps(QList<EvidenceSpan> spans, Problems *findings)
{
    std::sort(spans.begin(), spans.end(),
              [](const EvidenceSpan &a, const EvidenceSpan &b) { return a.first < b.first; });
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (spans.at(i).first <= spans.at(i - 1).last) {
            error(findings, QStringLiteral("evidence[%1]").arg(spans.at(i).id),
                  QStringLiteral("页码 %1–%2 与佐证材料 %3 的页码 %4–%5 重叠")
                      .arg(spans.at(i).first)
                      .arg(spans.at(i).last)
                      .arg(spans.at(i - 1).id)
                      .arg(spans.at(i - 1).first)
                      .arg(spans.at(i - 1).last));
        }
    }
}

} // namespace

QHash<QString, EvidencePages> checkPageManifest(const Project &project, int pageCount,
                                                const QStringList &pageLabels, Problems *findings)
{
    QHash<QString, EvidencePages> placed;
    const bool haveLabels = !pageLabels.isEmpty();
    // Numbered pages carry arabic labels; the first page labelled "n" is numbered page n.
    QHash<QString, int> indexOfLabel;
    for (int i = pageLabels.size() - 1; i >= 0; --i)
        indexOfLabel.insert(pageLabels.at(i), i);
    if (!haveLabels && pageCount > 0) {
        warning(findings, QStringLiteral("pdf: PageLabels"),
                QStringLiteral("PDF 没有页码标签：只能按总页数核对佐证材料的页码"));
    }

    QList<EvidenceSpan> spans;
    qint64 sum = 0;
    for (qsizetype n = 0; n < project.evidence.size(); ++n) {
        const Evidence &e = project.evidence.at(n);
        const QString where =
            QStringLiteral("evidence[%1]").arg(e.id.isEmpty() ? QString::number(n) : e.id);
        if (!e.pages && !e.firstPage && !e.sha256) {
            warning(findings, where,
                    QStringLiteral("佐证材料%1未装订（没有文件与页码）")
                        .arg(quoted(e.title.value_or(e.id))));
            continue;
        }
        if (!e.pages || !e.firstPage || *e.pages < 1 || *e.firstPage < 1) {
            error(findings, where,
                  QStringLiteral("佐证材料%1的页码信息不完整或无效（firstPage、pages 应为正整数）")
                      .arg(quoted(e.title.value_or(e.id))));
            continue;
        }
        const qint64 first = *e.firstPage;
        const qint64 last = first + *e.pages - 1;
        sum += *e.pages;
        spans << EvidenceSpan{e.id, first, last};
        if (haveLabels) {
            const int firstIndex = indexOfLabel.value(QString::number(first), -1);
            const qint64 lastIndex = qint64(firstIndex) + *e.pages - 1;
            const bool fits = firstIndex >= 0 && lastIndex < pageLabels.size() &&
                              pageLabels.at(qsizetype(lastIndex)) == QString::number(last);
            if (!fits) {
                error(findings, where,
                      QStringLiteral("佐证材料%1记载在第 %2–%3 页，但 PDF 中没有这些页（共 %4 页）")
                          .arg(quoted(e.title.value_or(e.id)))
                          .arg(first)
                          .arg(last)
                          .arg(pageCount));
                continue;
            }
            placed.insert(e.id, {firstIndex, *e.pages});
        } else if (last > pageCount) {
            error(findings, where,
                  QStringLiteral("佐证材料%1记载到第 %2 页，但 PDF 只有 %3 页")
                      .arg(quoted(e.title.value_or(e.id)))
                      .arg(last)
                      .arg(pageCount));
        }
    }
    checkOverlaps(spans, findings);
    if (sum > pageCount) {
        error(findings, QStringLiteral("pdf"),
              QStringLiteral("佐证材料共记载 %1 页，但 PDF 只有 %2 页").arg(sum).arg(pageCount));
    }
    return placed;
}

namespace {

QString compact(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'-')
            out += c;
    }
    return out;
}

// The 12 hex digits a footer prints after its label (「数据指纹 3f2a 9c01 77be」); the groups
// may be drawn as separate text runs, so spacing is ignored. Falls back to the last run of 12
// hex digits, so that a relabelled footer still shows what it prints.
QString printedShortFingerprint(const QString &footerText)
{
    static const QRegularExpression labelled(QStringLiteral("指纹([0-9a-fA-F]{12})"));
    static const QRegularExpression anyRun(QStringLiteral("[0-9a-fA-F]{12}"));
    const QString text = compact(footerText);
    QString hex = labelled.match(text).captured(1);
    if (hex.isEmpty()) {
        for (auto it = anyRun.globalMatch(text); it.hasNext();)
            hex = it.next().captured(0);
    }
    return hex.isEmpty() ? QString() : shortFingerprint(hex);
}

struct BoundPage
{
    QString label;
    bool cover = false;
    QString sha256;
    int number = 0;
    QString evidence, file;
};

QString pageWhere(int physical, const QString &label)
{
    return QStringLiteral("第 %1 张（页码 %2）").arg(physical + 1).arg(label);
}

} // namespace

void checkBinding(const QJsonValue &binding, const Project &project, const QString &fingerprint,
                  const DossierPdfScan &scan, Problems *findings)
{
    for (const QString &line : scan.structure)
        error(findings, QStringLiteral("pdf"), line);
    QSet<QString> evidenceHashes;
    for (const auto &e : project.evidence) {
        if (e.sha256)
            evidenceHashes.insert(e.sha256->toLower());
    }
    for (auto it = scan.otherAttachments.cbegin(); it != scan.otherAttachments.cend(); ++it) {
        if (it.value().isEmpty() || !evidenceHashes.contains(it.value())) {
            error(findings, QStringLiteral("pdf: EmbeddedFiles"),
                  QStringLiteral("内嵌了 Shenbao "
                                 "没有写入的文件%1（既不是申报数据，也不是某份佐证材料的原始文件）")
                      .arg(quoted(it.key())));
        }
    }

    const QJsonObject record = binding.toObject();
    const QJsonArray entries = record.value(QLatin1StringView("pages")).toArray();
    if (!binding.isObject() ||
        record.value(QLatin1StringView("method")).toString() !=
            QLatin1StringView(kPageDigestMethod) ||
        entries.isEmpty()) {
        error(findings, QStringLiteral("binding"),
              QStringLiteral(
                  "内嵌数据没有可用的装订记录（binding，%1）：无法核对页面是否为导出时的页面")
                  .arg(QLatin1StringView(kPageDigestMethod)));
        return;
    }
    QList<BoundPage> perCopy;
    for (const auto &v : entries) {
        const QJsonObject o = v.toObject();
        perCopy << BoundPage{o.value(QLatin1StringView("label")).toString(),
                             o.value(QLatin1StringView("cover")).toBool(),
                             o.value(QLatin1StringView("sha256")).toString(),
                             o.value(QLatin1StringView("number")).toInt(),
                             o.value(QLatin1StringView("evidence")).toString(),
                             o.value(QLatin1StringView("file")).toString()};
    }
    const int copies = std::max(1, record.value(QLatin1StringView("copies")).toInt(1));
    const int numbered = record.value(QLatin1StringView("numberedPages")).toInt();
    const qsizetype expected = perCopy.size() * copies;
    const qsizetype actual = scan.pages.size();
    if (expected != actual || scan.pageCount != actual) {
        error(findings, QStringLiteral("pdf"),
              QStringLiteral("页数不符：装订时共 %1 张，文件现有 %2 张（有页被添加或删除）")
                  .arg(expected)
                  .arg(scan.pageCount));
    }

    // Where each bound digest was, to tell a moved page from a foreign one.
    QHash<QString, int> boundAt;
    for (int k = 0; k < perCopy.size(); ++k) {
        if (!perCopy.at(k).sha256.isEmpty() && !boundAt.contains(perCopy.at(k).sha256))
            boundAt.insert(perCopy.at(k).sha256, k);
    }
    const QString shortPrint = shortFingerprint(fingerprint);
    const QString fullPrint = fingerprint.toLower();
    for (qsizetype i = 0; i < std::min(expected, actual); ++i) {
        const BoundPage &b = perCopy.at(i % perCopy.size());
        const PageScan &p = scan.pages.at(i);
        const QString where = pageWhere(int(i), b.label);
        if (b.cover) {
            if (!compact(p.text).toLower().contains(fullPrint)) {
                error(findings, where,
                      QStringLiteral("封面上没有印着重新计算的指纹 %1：封面被替换或改动过，"
                                     "或内嵌数据在导出之后被改动过")
                          .arg(shortPrint + QStringLiteral("…")));
            }
            continue;
        }
        if (p.digest != b.sha256) {
            const int from = boundAt.value(p.digest, -1);
            const QString how =
                from >= 0
                    ? QStringLiteral("现在是装订时第 %1 张（页码 %2）的内容：页面被移动或调换")
                          .arg(from + 1)
                          .arg(perCopy.at(from).label)
                : b.number > 0 && !p.footer
                    ? QStringLiteral("内容与装订时不同，且没有 Shenbao 的页脚：页面被替换或改动过")
                    : QStringLiteral("内容与装订时不同（页面被替换，或被加盖、改动过）");
            error(findings, where, how);
        }
        if (b.number > 0) {
            if (!p.footer) {
                error(findings, where,
                      QStringLiteral("没有 Shenbao 的页脚（应印「%1」与数据指纹）")
                          .arg(footerPageText(b.number, numbered)));
                continue;
            }
            const QString printed = printedShortFingerprint(p.footerText);
            if (printed != shortPrint) {
                error(findings, where,
                      QStringLiteral("页脚印的指纹为 %1，按内嵌数据重新计算为 %2")
                          .arg(printed.isEmpty() ? QStringLiteral("（无）") : printed, shortPrint));
            }
            if (!compact(p.footerText).contains(compact(footerPageText(b.number, numbered)))) {
                error(findings, where,
                      QStringLiteral("页脚没有印「%1」").arg(footerPageText(b.number, numbered)));
            }
        }
    }
    for (qsizetype i = expected; i < actual; ++i) {
        error(findings, QStringLiteral("第 %1 张").arg(i + 1),
              QStringLiteral("装订时没有这一页（%1）：页面是导出之后加入的")
                  .arg(i < scan.pageLabels.size()
                           ? QStringLiteral("页码标签 %1").arg(scan.pageLabels.at(i))
                           : QStringLiteral("无页码标签")));
    }

    // Evidence: each page tied to the file the data name, and each item's pages where the data
    // say. Both directions, so that an edited sha256 or firstPage is named with its page.
    QHash<QString, const Evidence *> byId;
    for (const auto &e : project.evidence)
        byId.insert(e.id, &e);
    QHash<QString, QList<int>> numbersOf;
    for (int k = 0; k < perCopy.size(); ++k) {
        const BoundPage &b = perCopy.at(k);
        if (b.evidence.isEmpty())
            continue;
        numbersOf[b.evidence] << b.number;
        const Evidence *e = byId.value(b.evidence);
        const QString where = pageWhere(k, b.label);
        if (!e) {
            error(findings, where,
                  QStringLiteral("装订记录说这是佐证材料 %1 的页，但内嵌数据中没有这份佐证材料")
                      .arg(b.evidence));
            continue;
        }
        if (e->sha256.value_or(QString()).compare(b.file, Qt::CaseInsensitive) != 0) {
            error(findings, where,
                  QStringLiteral("装订的是 SHA-256 为 %1… 的文件，内嵌数据却记载佐证材料%2的 "
                                 "SHA-256 为 %3…")
                      .arg(b.file.left(12), quoted(e->title.value_or(e->id)),
                           e->sha256.value_or(QString()).left(12)));
        }
    }
    for (const auto &e : project.evidence) {
        if (!e.firstPage || !e.pages)
            continue;
        const QList<int> bound = numbersOf.value(e.id);
        QList<int> claimed;
        for (qint64 n = *e.firstPage; n < *e.firstPage + *e.pages && claimed.size() <= bound.size();
             ++n)
            claimed << int(n);
        if (claimed != bound) {
            error(findings, QStringLiteral("evidence[%1]").arg(e.id),
                  QStringLiteral("内嵌数据记载佐证材料%1在第 %2–%3 页，装订记录为第 %4 页")
                      .arg(quoted(e.title.value_or(e.id)))
                      .arg(*e.firstPage)
                      .arg(*e.firstPage + *e.pages - 1)
                      .arg(bound.isEmpty()
                               ? QStringLiteral("（无）")
                               : QStringLiteral("%1–%2").arg(bound.first()).arg(bound.last())));
        }
    }
}

void checkDocumentInfo(const Project &project, const QHash<QString, QString> &info,
                       Problems *findings)
{
    const QString name = project.applicant.name.value_or(QString());
    const QString author = info.value(QStringLiteral("Author"));
    if (!name.isEmpty() && author != name) {
        warning(findings, QStringLiteral("pdf: Author"),
                QStringLiteral("文档属性的作者为%1，与申报单位名称%2不同")
                    .arg(quoted(author), quoted(name)));
    }
    const QString uscc = project.applicant.uscc.value_or(QString());
    if (!uscc.isEmpty() && !info.value(QStringLiteral("Keywords")).contains(uscc)) {
        warning(findings, QStringLiteral("pdf: Keywords"),
                QStringLiteral("文档属性的关键词中没有统一社会信用代码 %1").arg(uscc));
    }
}

} // namespace shenbao
