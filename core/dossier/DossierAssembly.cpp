// SPDX-FileCopyrightText: 2026 The Shenbao authors
#include "dossier/DossierAssembly.h"

#include "dossier/DossierIntegrityDigest.h"

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <algorithm>
#include <set>

namespace shenbao {

namespace {

using OH = QPDFObjectHandle;

// Whether numbered page n has its binding edge on the left (its physical page's side).
bool footerBindingOnLeft(const AssemblyInput &input, int number)
{
    return bindingOnLeftAt(input.plan->firstNumbered + number - 1, input.duplex);
}

QString partName(PlanPart part)
{
    switch (part) {
    case PlanPart::Cover:
        return QStringLiteral("封面");
    case PlanPart::Toc:
        return QStringLiteral("目录");
    case PlanPart::Form:
        return QStringLiteral("申报书");
    case PlanPart::Pledge:
        return QStringLiteral("承诺书");
    case PlanPart::EvidenceIndex:
        return QStringLiteral("佐证材料目录");
    case PlanPart::Separator:
        return QStringLiteral("佐证材料分隔页");
    case PlanPart::Evidence:
        return QStringLiteral("佐证材料");
    case PlanPart::Blank:
        return QStringLiteral("空白页");
    }
    return {};
}

QList<OutlineEntry> shifted(const QList<OutlineEntry> &entries, int offset)
{
    QList<OutlineEntry> out = entries;
    for (auto &e : out) {
        e.physical += offset;
        e.children = shifted(e.children, offset);
    }
    return out;
}

// Every failure of the assembly is one error for the whole dossier (no file or field to name).
bool fail(Problems *problems, const QString &message)
{
    problems->append(Problem{Problem::Severity::Error, QString(), message});
    return false;
}

} // namespace

DossierAssembler::~DossierAssembler() = default;

QPDF &DossierAssembler::documentOf(const RenderedPart &part, const QString &what)
{
    // A shared document (all generated parts of a round) is parsed once and kept with its
    // bytes, so that its fonts and other resources are copied into the output once (qpdf
    // remembers what it copied from each foreign document); holding the bytes keeps their
    // address unique.
    if (part.sharesDocument) {
        for (const auto &[bytes, doc] : m_shared)
            if (bytes.constData() == part.pdf.constData())
                return *doc;
    }
    auto parsed = std::make_unique<QPDF>();
    parsed->setSuppressWarnings(true);
    parsed->processMemoryFile(what.toStdString().c_str(), part.pdf.constData(),
                              size_t(part.pdf.size()));
    // Copy the (small) stream data right away, so the rendered bytes need not outlive the
    // assembly.
    parsed->setImmediateCopyFrom(true);
    if (part.sharesDocument)
        m_shared.emplace_back(part.pdf, parsed.get());
    m_generated.push_back(std::move(parsed));
    return *m_generated.back();
}

std::vector<QPDFObjectHandle> DossierAssembler::pagesOf(const RenderedPart &part,
                                                        const QString &what)
{
    const std::vector<QPDFObjectHandle> &all = documentOf(part, what).getAllPages();
    size_t first = 0, end = all.size();
    if (part.sharesDocument) {
        // Pages beyond the document are simply missing: the caller's count check reports it.
        first = std::min(size_t(std::max(part.firstPage, 0)), all.size());
        end = std::min(first + size_t(std::max(part.pageCount, 0)), all.size());
    }
    return {all.begin() + std::ptrdiff_t(first), all.begin() + std::ptrdiff_t(end)};
}

std::vector<QPDFPageObjectHelper> DossierAssembler::appendRendered(const RenderedPart &part,
                                                                   const QString &what)
{
    std::vector<QPDFPageObjectHelper> added;
    QPDFPageDocumentHelper dh(m_out);
    for (const QPDFObjectHandle &page : pagesOf(part, what)) {
        dh.addPage(QPDFPageObjectHelper(page), false);
        added.emplace_back(m_out.getAllPages().back());
    }
    return added;
}

void DossierAssembler::fixCopiedAnnotations(QPDFObjectHandle page)
{
    // A shallow page copy would share its annotation dictionaries with the original page;
    // each page gets its own, pointing back at it.
    OH annots = page.getKey("/Annots");
    if (!annots.isArray())
        return;
    std::vector<OH> fresh;
    for (auto a : annots.aitems()) {
        if (!a.isDictionary())
            continue;
        OH copy = m_out.makeIndirectObject(a.shallowCopy());
        if (copy.hasKey("/P"))
            copy.replaceKey("/P", page);
        fresh.push_back(copy);
    }
    page.replaceKey("/Annots", OH::newArray(fresh));
}

bool DossierAssembler::prepareEvidence(const DossierPlan &plan,
                                       const std::vector<EvidenceSource *> &sources, bool duplex,
                                       const AssemblyStep &step, Problems *problems,
                                       bool *cancelled)
{
    m_evidencePages.assign(plan.items.size(), {});
    m_preparedLayout.clear();
    for (int item = 0; item < int(plan.items.size()); ++item) {
        if (step && !step(item)) {
            *cancelled = true;
            return false;
        }
        const PlanSpan span = plan.items.at(item).pages;
        EvidenceSource *source = sources.at(size_t(item));
        std::vector<QPDFPageObjectHelper> pages = source->appendTo(m_out, span.first, duplex);
        // Pages in against pages out, per evidence item: never drop one silently.
        if (int(pages.size()) != span.count) {
            return fail(problems,
                        QStringLiteral("%1的页数不一致：应装订 %2 页，实际装订 %3 页；已停止导出")
                            .arg(describeEvidence(source->file()))
                            .arg(span.count)
                            .arg(pages.size()));
        }
        for (auto &[stream, sha256] : source->verbatimStreams())
            m_verbatim[stream] = sha256;
        // Final except for the footer, which the digest leaves out: taken now, while the
        // caller may still be drawing the other parts.
        const bool fromPdf = source->file().mediaType == MediaType::Pdf;
        for (int i = 0; i < span.count; ++i) {
            QPDFPageObjectHelper page = pages.at(size_t(i));
            if (plan.numberAt(span.first + i) > 0)
                bandReserver().reserveBand(page, fromPdf);
            m_evidenceDigests[page.getObjectHandle().getObjGen()] =
                pageDigest(page, FooterLayer{}, m_digestCache, nullptr, &m_verbatim);
        }
        m_evidencePages[size_t(item)] = std::move(pages);
        m_preparedLayout.push_back(layoutOf(plan, span, duplex));
    }
    m_evidencePrepared = true;
    return true;
}

std::vector<bool> DossierAssembler::layoutOf(const DossierPlan &plan, PlanSpan span, bool duplex)
{
    std::vector<bool> layout;
    for (int i = 0; i < span.count; ++i) {
        layout.push_back(bindingOnLeftAt(span.first + i, duplex));
        layout.push_back(plan.numberAt(span.first + i) > 0);
    }
    return layout;
}

bool DossierAssembler::preparedEvidenceFits(const DossierPlan &plan, bool duplex) const
{
    if (!m_evidencePrepared || m_preparedLayout.size() != size_t(plan.items.size()))
        return false;
    for (size_t k = 0; k < m_preparedLayout.size(); ++k) {
        if (m_preparedLayout.at(k) != layoutOf(plan, plan.items.at(qsizetype(k)).pages, duplex))
            return false;
    }
    return true;
}

bool DossierAssembler::assemble(const AssemblyInput &input, const AssemblyStep &step,
                                Problems *problems, bool *cancelled)
{
    const DossierPlan &plan = *input.plan;
    // Evidence prepared here has had its steps; prepared ahead (without), it has them below.
    const bool preparedAhead = m_evidencePrepared;
    if (!preparedAhead) {
        if (!prepareEvidence(plan, input.sources, input.duplex, step, problems, cancelled))
            return false;
    } else if (!preparedEvidenceFits(plan, input.duplex)) {
        // The binder prepares anew for a plan that does not fit; this is the last guard.
        return fail(problems, QStringLiteral("佐证材料页按另一页面计划排版；已停止导出"));
    }
    std::vector<OH> ordered;
    ordered.reserve(size_t(plan.physicalCount()));
    int i = 0;
    while (i < plan.physicalCount()) {
        const PlannedPage &p = plan.pages.at(i);
        if (p.part == PlanPart::Evidence && preparedAhead && step && !step(p.item)) {
            *cancelled = true;
            return false;
        }
        const std::optional<Appended> got = appendPlanned(input, i, problems);
        if (!got)
            return false;
        // Pages in against pages out, per part and per evidence item: never drop one silently.
        if (got->span.first != i || int(got->pages.size()) != got->span.count) {
            return fail(problems,
                        QStringLiteral("%1的页数不一致：应装订 %2 页，实际装订 %3 页；已停止导出")
                            .arg(got->what)
                            .arg(got->span.count)
                            .arg(got->pages.size()));
        }
        for (const auto &page : got->pages)
            ordered.push_back(page.getObjectHandle());
        i += got->span.count;
    }
    if (!putPagesInOrder(ordered, problems))
        return false;
    reserveFooterBands(input);
    return true;
}

bool DossierAssembler::putPagesInOrder(const std::vector<OH> &ordered, Problems *problems)
{
    // qpdf keeps the page tree flat once pages are added (one /Kids array under the root, each
    // page's /Parent set): the evidence went in first, so the array is written in plan order
    // and qpdf's page cache rebuilt from it. The same pages, each once, or nothing is written.
    const std::vector<OH> &before = m_out.getAllPages();
    std::set<QPDFObjGen> in, out;
    for (const auto &page : before)
        in.insert(page.getObjGen());
    for (const auto &page : ordered)
        out.insert(page.getObjGen());
    if (before.size() != ordered.size() || out.size() != ordered.size() || in != out) {
        return fail(problems, QStringLiteral("装订后的页数（%1）与页面计划（%2）不一致；已停止导出")
                                  .arg(before.size())
                                  .arg(ordered.size()));
    }
    OH pages = m_out.getRoot().getKey("/Pages");
    pages.replaceKey("/Kids", OH::newArray(ordered));
    m_out.updateAllPagesCache();
    if (m_out.getAllPages().size() != ordered.size())
        return fail(problems, QStringLiteral("页面顺序无法写入页面树；已停止导出"));
    return true;
}

std::optional<DossierAssembler::Appended>
DossierAssembler::appendPlanned(const AssemblyInput &input, int physical, Problems *problems)
{
    const DossierPlan &plan = *input.plan;
    const RenderedParts &parts = *input.parts;
    const PlannedPage &p = plan.pages.at(physical);
    Appended got{{}, PlanSpan{physical, 1}, partName(p.part)};
    const auto rendered = [&](const RenderedPart &part, PlanSpan span) {
        got.pages = appendRendered(part, got.what);
        got.span = span;
    };
    switch (p.part) {
    case PlanPart::Cover:
        if (!parts.covers.isEmpty()) {
            rendered(parts.covers.value(0), plan.cover);
            break;
        }
        // Drawn at the end with the fingerprint (replaceCover); blank pages hold its place.
        for (int k = 0; k < plan.cover.count; ++k) {
            if (!appendBlank(parts.blank, problems))
                return std::nullopt;
            got.pages.emplace_back(m_out.getAllPages().back());
        }
        got.span = plan.cover;
        break;
    case PlanPart::Toc:
        rendered(parts.toc, plan.toc);
        break;
    case PlanPart::Form:
        rendered(parts.form, plan.form);
        break;
    case PlanPart::Pledge:
        rendered(parts.pledge, plan.pledge);
        break;
    case PlanPart::EvidenceIndex:
        rendered(parts.evidenceIndex, plan.evidenceIndex);
        break;
    case PlanPart::Separator:
        rendered(parts.separators.value(p.item), plan.items.at(p.item).separator);
        break;
    case PlanPart::Evidence: // appended by prepareEvidence
        got.what = describeEvidence(input.sources.at(size_t(p.item))->file());
        got.pages = m_evidencePages.at(size_t(p.item));
        got.span = plan.items.at(p.item).pages;
        break;
    case PlanPart::Blank:
        if (!appendBlank(parts.blank, problems))
            return std::nullopt;
        got.pages.emplace_back(m_out.getAllPages().back());
        break;
    }
    return got;
}

bool DossierAssembler::appendBlank(const RenderedPart &blank, Problems *problems)
{
    // Blank pages all show the same page: qpdf copies it once and makes shallow copies when
    // the same foreign page is added again.
    if (!m_blankPage) {
        const std::vector<QPDFObjectHandle> pages = pagesOf(blank, QStringLiteral("blank"));
        if (pages.size() != 1)
            return fail(problems,
                        QStringLiteral("空白页应为 1 页，实际为 %1 页").arg(pages.size()));
        m_blankPage = pages.front();
    }
    QPDFPageDocumentHelper(m_out).addPage(QPDFPageObjectHelper(*m_blankPage), false);
    return true;
}

void DossierAssembler::reserveFooterBands(const AssemblyInput &input)
{
    // Every numbered page keeps the footer band free; PDF evidence may reach into it (a
    // full-page scan does), and the binder cannot see where its content ends without
    // rendering, so it is placed above the band. Image evidence is laid out above it already.
    const DossierPlan &plan = *input.plan;
    // Evidence pages have theirs already (prepareEvidence).
    const std::vector<OH> &all = m_out.getAllPages();
    for (int k = 0; k < plan.physicalCount(); ++k) {
        if (plan.numberAt(k) > 0 && plan.pages.at(k).part != PlanPart::Evidence)
            bandReserver().reserveBand(QPDFPageObjectHelper(all.at(size_t(k))), false);
    }
}

FooterStamper &DossierAssembler::bandReserver()
{
    if (!m_footers)
        m_footers = std::make_unique<FooterStamper>(m_out);
    return *m_footers;
}

QStringList DossierAssembler::pageDigests(const DossierPlan &plan)
{
    QStringList out;
    const std::vector<OH> &all = m_out.getAllPages();
    for (int k = 0; k < plan.physicalCount(); ++k) {
        // The cover prints the fingerprint, which covers these digests: it is checked by its
        // text instead.
        if (plan.pages.at(k).part == PlanPart::Cover) {
            out << QString();
            continue;
        }
        const auto known = m_evidenceDigests.find(all.at(size_t(k)).getObjGen());
        out << (known != m_evidenceDigests.end()
                    ? known->second
                    : pageDigest(QPDFPageObjectHelper(all.at(size_t(k))), FooterLayer{},
                                 m_digestCache, nullptr, &m_verbatim));
    }
    return out;
}

bool DossierAssembler::finish(const AssemblyInput &input, Problems *problems)
{
    if (!m_footersPlaced &&
        !placeFooters(input, parseFooterStrips(renderFooterNumberStripsFor(input)), problems))
        return false;
    fillFooterFingerprint(input);
    if (!replaceCover(input, problems) || !appendCopies(input, problems))
        return false;
    writeNavigation(input);
    return true;
}

bool DossierAssembler::replaceCover(const AssemblyInput &input, Problems *problems)
{
    // The cover rendered with the final fingerprint replaces the provisional one.
    const DossierPlan &plan = *input.plan;
    QPDFPageDocumentHelper dh(m_out);
    const std::vector<OH> pages = m_out.getAllPages();
    const auto cover = appendRendered(input.parts->covers.value(0), partName(PlanPart::Cover));
    if (int(cover.size()) != plan.cover.count)
        return fail(problems, QStringLiteral("封面页数（%1）与页面计划（%2）不一致；已停止导出")
                                  .arg(cover.size())
                                  .arg(plan.cover.count));
    for (int k = 0; k < plan.cover.count; ++k) {
        QPDFPageObjectHelper fresh = cover.at(size_t(k));
        dh.removePage(fresh);
        dh.addPageAt(fresh, true, QPDFPageObjectHelper(pages.at(size_t(plan.cover.first + k))));
        dh.removePage(QPDFPageObjectHelper(pages.at(size_t(plan.cover.first + k))));
    }
    if (int(m_out.getAllPages().size()) != plan.physicalCount())
        return fail(problems, QStringLiteral("装订后的页数与计划不一致；已停止导出"));
    return true;
}

QByteArray DossierAssembler::renderFooterNumberStripsFor(const AssemblyInput &input)
{
    FooterText footer = input.footer;
    footer.total = input.plan->numberedCount;
    if (footer.total <= 0)
        return {};
    return renderFooterNumberStrips(footer,
                                    [&input](int n) { return footerBindingOnLeft(input, n); });
}

bool DossierAssembler::placeFooters(const AssemblyInput &input, ParsedFooterStrips numberStrips,
                                    Problems *problems)
{
    // Footers on every numbered page.
    const DossierPlan &plan = *input.plan;
    m_footersPlaced = true;
    if (plan.numberedCount <= 0)
        return true;
    m_footers = std::make_unique<FooterStamper>(m_out, std::move(numberStrips));
    if (m_footers->stripCount() != plan.numberedCount)
        return fail(problems, QStringLiteral("页脚数量不一致：应为 %1，实际为 %2")
                                  .arg(plan.numberedCount)
                                  .arg(m_footers->stripCount()));
    const std::vector<OH> &all = m_out.getAllPages();
    for (int k = 0; k < plan.physicalCount(); ++k) {
        if (const int n = plan.numberAt(k); n > 0)
            m_footers->stamp(QPDFPageObjectHelper(all.at(size_t(k))), n);
    }
    // The strips and the drawn parts' documents are not read again: what the output takes from
    // them is copied (immediate copies). Freed here, beside the covers being drawn, so that the
    // writing reuses their memory: the export's peak is at its end.
    m_footers->releaseStrips();
    m_blankPage.reset();
    m_shared.clear();
    m_generated.clear();
    return true;
}

void DossierAssembler::fillFooterFingerprint(const AssemblyInput &input)
{
    if (input.plan->numberedCount <= 0)
        return;
    m_footers->fillFingerprint(input.footerFingerprint.isEmpty()
                                   ? renderFooterFingerprint(input.footer.fingerprintHex)
                                   : input.footerFingerprint);
}

bool DossierAssembler::appendCopies(const AssemblyInput &input, Problems *problems)
{
    // Copies 2 … N: their own cover, every other page shared with copy 1 (the page objects are
    // new, contents, resources and images are the same objects: a copy costs kilobytes).
    const DossierPlan &plan = *input.plan;
    QPDFPageDocumentHelper dh(m_out);
    const int perCopy = plan.physicalCount();
    const std::vector<OH> first = m_out.getAllPages();
    for (int copy = 2; copy <= input.copies; ++copy) {
        const auto cover =
            appendRendered(input.parts->covers.value(copy - 1), partName(PlanPart::Cover));
        if (int(cover.size()) != plan.cover.count) {
            return fail(problems, QStringLiteral("第 %1 份的封面页数（%2）与第 1 份（%3）不同")
                                      .arg(copy)
                                      .arg(cover.size())
                                      .arg(plan.cover.count));
        }
        for (int k = plan.cover.count; k < perCopy; ++k) {
            dh.addPage(QPDFPageObjectHelper(first.at(size_t(k))).shallowCopyPage(), false);
            fixCopiedAnnotations(m_out.getAllPages().back());
        }
    }
    if (int(m_out.getAllPages().size()) != perCopy * input.copies)
        return fail(problems, QStringLiteral("装订后的页数与计划不一致；已停止导出"));
    return true;
}

void DossierAssembler::writeNavigation(const AssemblyInput &input)
{
    // Outline and page labels, per copy when there are several.
    const DossierPlan &plan = *input.plan;
    const int perCopy = plan.physicalCount();
    QList<PageLabelRange> labels;
    QList<OutlineEntry> outline;
    for (int copy = 1; copy <= input.copies; ++copy) {
        const int offset = (copy - 1) * perCopy;
        // Copy 1 keeps the plain labels (1, 2, …) that the footers print and readers look up.
        const QString prefix = copy == 1 ? QString() : QStringLiteral("第%1份 ").arg(copy);
        for (PageLabelRange r : plan.labelRanges) {
            r.first += offset;
            r.prefix = prefix + r.prefix;
            labels.append(r);
        }
        if (input.copies == 1)
            outline = input.outline;
        else
            outline.append(OutlineEntry{QStringLiteral("第 %1 份").arg(copy), offset,
                                        shifted(input.outline, offset)});
    }
    writePageLabels(m_out, labels);
    writeOutline(m_out, outline);
}

} // namespace shenbao
