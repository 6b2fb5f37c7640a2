// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierPages.h"

#include "dossier/DossierFormat.h"
#include "dossier/DossierPagesInternal.h"

namespace shenbao {

namespace pages {

const Project &projectOf(const DossierPageInput &input)
{
    static const Project empty;
    return input.project ? *input.project : empty;
}

const CallDefinition &callOf(const DossierPageInput &input)
{
    return input.call ? *input.call : CallDefinition::bundled();
}

const Evaluation &evaluationOf(const DossierPageInput &input)
{
    static const Evaluation empty;
    return input.evaluation ? *input.evaluation : empty;
}

QList<const RuleResult *> printedRules(const DossierPageInput &input)
{
    // The direct route rests on the qualifications: when it is taken, its row (with the
    // certificates) is a condition to prove like the others, and comes first.
    QList<const RuleResult *> out;
    const Evaluation &ev = evaluationOf(input);
    for (const RuleResult &r : ev.rules) {
        if (r.id == QStringLiteral("ROUTE-DIRECT") && ev.route == Route::Direct)
            out.prepend(&r);
        else if (!r.id.startsWith(QStringLiteral("ROUTE-")))
            out << &r;
    }
    return out;
}

QString clauseOf(const DossierPageInput &input, const RuleResult &rule)
{
    if (!rule.clauseText.isEmpty())
        return rule.clauseText;
    const RuleSpec *spec = callOf(input).rule(rule.id);
    return spec ? spec->clauseText : QString();
}

QString citeOf(const DossierPageInput &input, const RuleResult &rule)
{
    if (!rule.cite.isEmpty())
        return rule.cite;
    const RuleSpec *spec = callOf(input).rule(rule.id);
    return spec ? spec->cite : QString();
}

QString titleOf(const DossierPageInput &input, const RuleResult &rule)
{
    if (!rule.title.isEmpty())
        return rule.title;
    const RuleSpec *spec = callOf(input).rule(rule.id);
    return spec ? spec->title : QString();
}

QString conditionName(const DossierPageInput &input, const RuleResult &rule)
{
    const QString cite = citeOf(input, rule), title = titleOf(input, rule);
    if (cite.isEmpty())
        return title;
    return title.isEmpty() ? cite : cite + u'\n' + title;
}

const QStringList &pledgedRuleIds()
{
    static const QStringList ids = {QStringLiteral("BASE-1"), QStringLiteral("BASE-3"),
                                    QStringLiteral("BASE-4")};
    return ids;
}

QString proofText(const DossierPageInput &input, const RuleResult &rule)
{
    QStringList parts;
    const QString pages = evidencePages(input, rule.evidenceIds);
    if (!pages.isEmpty())
        parts << pages;
    if (pledgedRuleIds().contains(rule.id)) {
        QString pledgePage;
        for (const TocLine &line : input.toc) {
            if (line.level == 0 && line.text.endsWith(QStringLiteral("申报单位承诺书")))
                pledgePage = line.pageLabel;
        }
        parts << (pledgePage.isEmpty() ? QStringLiteral("承诺书")
                                       : QStringLiteral("承诺书第 %1 页").arg(pledgePage));
    }
    if (rule.evidenceState == EvidenceState::MissingEvidence)
        parts << (pages.isEmpty() ? QStringLiteral("缺少佐证")
                                  : QStringLiteral("（部分缺少佐证）"));
    if (parts.isEmpty())
        return QStringLiteral("以申报书所填数据为准");
    return parts.join(u'\n');
}

void plainText(PageWriter &w, const QString &text, qreal pointSize, qreal indent)
{
    TextBlock::Options o;
    o.lineSpacing = 1.75;
    w.flow(w.layout(text, pageFont(FontRole::Body, pointSize), w.contentWidth() - indent, o),
           indent);
}

void subHeading(PageWriter &w, const QString &text)
{
    TextBlock::Options o;
    o.lineSpacing = 1.7;
    w.keepHeading(w.layout(text, pageFont(FontRole::Heading, 12), w.contentWidth(), o), mm(2),
                  mm(1), mm(25));
}

void drawSeparator(PageWriter &w, const EvidenceListing &item)
{
    const CallDefinition &call = callOf(w.input());
    TextBlock::Options centred;
    centred.alignment = Qt::AlignHCenter;
    centred.lineSpacing = 1.6;
    const TextBlock title =
        w.layout(QStringLiteral("佐证材料 %1：%2").arg(item.number).arg(item.title),
                 pageFont(FontRole::Heading, 22, true), w.contentWidth() - mm(10), centred);
    QString under = evidenceCategoryName(call, item.category, projectOf(w.input()));
    // Not 「第 12 页，共 1 页」 next to the footer's own 「第 11 页 / 共 47 页」: say what follows.
    if (item.firstPage > 0) { // unknown in the binder's first (counting) pass
        const int count = std::max(1, item.lastPage - item.firstPage + 1);
        under += count == 1
                     ? QStringLiteral("\n本项材料 1 页，见后页（第 %1 页）").arg(item.firstPage)
                     : QStringLiteral("\n本项材料共 %1 页，见后页（第 %2 页）")
                           .arg(count)
                           .arg(formatPageRange(item.firstPage, item.lastPage));
    }
    const TextBlock category =
        w.layout(under, pageFont(FontRole::Body, 16), w.contentWidth(), centred);
    // Optically a little above the middle, like a title page.
    const qreal block = title.height() + mm(8) + category.height();
    w.setY(w.content().top() + (w.content().height() - block) * 0.42);
    w.flow(title, mm(5));
    w.skip(mm(8));
    w.flow(category);
}

void drawBlank(PageWriter &w)
{
    TextBlock::Options centred;
    centred.alignment = Qt::AlignHCenter;
    const TextBlock text = w.layout(QStringLiteral("此页无正文"), pageFont(FontRole::Body, 16),
                                    w.contentWidth(), centred);
    w.setY(w.content().top() + (w.content().height() - text.height()) / 2);
    w.flow(text);
}

namespace {

QString documentTitle(const DossierPageInput &input, const QString &part)
{
    const QString name = orEmpty(projectOf(input).applicant.name);
    QString title = callOf(input).formTitle;
    if (!name.isEmpty())
        title += QStringLiteral(" — ") + name;
    return title + QStringLiteral("（") + part + QStringLiteral("）");
}

} // namespace

} // namespace pages

QString evidenceCategoryName(const CallDefinition &call, EvidenceCategory category,
                             const Project &project)
{
    if (category == EvidenceCategory::BusinessLicense && project.applicant.orgType) {
        switch (*project.applicant.orgType) {
        case OrgType::University:
        case OrgType::TechnicalSchool:
        case OrgType::VocationalSchool:
        case OrgType::Institute:
            return QStringLiteral("事业单位法人证书");
        case OrgType::Association:
            return QStringLiteral("社会团体法人登记证书");
        case OrgType::Other:
            return QStringLiteral("法人登记证书");
        case OrgType::Enterprise:
        case OrgType::FinancialInstitution:
            break;
        }
    }
    return call.nameOf(category, "evidenceCategory");
}

namespace {

QString partTitle(DossierPart part)
{
    switch (part) {
    case DossierPart::Cover:
        return QStringLiteral("封面");
    case DossierPart::Toc:
        return QStringLiteral("目录");
    case DossierPart::Form:
        return QStringLiteral("申报书");
    case DossierPart::Pledge:
        return QStringLiteral("承诺书");
    case DossierPart::EvidenceIndex:
        return QStringLiteral("佐证材料目录");
    case DossierPart::Blank:
        return QStringLiteral("空白页");
    }
    return {};
}

void drawPart(pages::PageWriter &w, DossierPart part)
{
    using namespace pages;
    switch (part) {
    case DossierPart::Cover:
        drawCover(w);
        break;
    case DossierPart::Toc:
        drawToc(w);
        break;
    case DossierPart::Form:
        drawFormInstructions(w);
        w.newPage();
        drawFormBasics(w);
        drawFormConditions(w);
        drawFormNarrative(w);
        drawFormDomainDetail(w);
        break;
    case DossierPart::Pledge:
        drawPledge(w);
        break;
    case DossierPart::EvidenceIndex:
        drawEvidenceIndex(w);
        break;
    case DossierPart::Blank:
        drawBlank(w);
        break;
    }
}

} // namespace

RenderedPart renderDossierPart(DossierPart part, const DossierPageInput &input)
{
    pages::PageWriter w(input, pages::documentTitle(input, partTitle(part)));
    drawPart(w, part);
    return w.finish();
}

QList<RenderedPart> renderInOneDocument(const QList<PartRequest> &requests, bool countOnly)
{
    QList<RenderedPart> parts;
    if (requests.isEmpty())
        return parts;
    // Titled after the dossier: the assembler takes the pages, not the document's metadata.
    const DossierPageInput &first = requests.at(0).input;
    pages::PageWriter w(first, pages::documentTitle(first, QStringLiteral("申报书页面")),
                        countOnly ? pages::PageWriter::Output::PageCountOnly
                                  : pages::PageWriter::Output::Pdf);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const PartRequest &r = requests.at(i);
        RenderedPart part;
        part.sharesDocument = true;
        part.firstPage = i == 0 ? 0 : w.startPart(r.input);
        if (r.separatorOf)
            pages::drawSeparator(w, *r.separatorOf);
        else
            drawPart(w, r.part);
        part.pageCount = w.pageCount() - part.firstPage;
        parts.append(part);
    }
    const RenderedPart all = w.finish();
    for (RenderedPart &part : parts)
        part.pdf = all.pdf; // implicitly shared: one copy of the bytes
    return parts;
}

RenderedPart renderSeparator(const EvidenceListing &item, const DossierPageInput &input)
{
    pages::PageWriter w(
        input, pages::documentTitle(input, QStringLiteral("佐证材料 %1").arg(item.number)));
    pages::drawSeparator(w, item);
    return w.finish();
}

} // namespace shenbao
