// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierFormat.h"
#include "dossier/DossierPagesInternal.h"

#include <QPen>

namespace shenbao::pages {

namespace {

void pledgeParagraph(PageWriter &w, const QString &text, qreal indentChars = 2)
{
    constexpr qreal size = 13;
    TextBlock::Options o;
    o.alignment = Qt::AlignJustify;
    o.lineSpacing = 1.9;
    o.firstLineIndent = indentChars * size * kResolutionDpi / 72.0;
    w.flow(w.layout(text, pageFont(FontRole::Body, size), w.contentWidth(), o));
    w.skip(mm(1.5));
}

// One of the listed conditions 「（一）…」: indented two characters, wrapped lines hanging under
// the text after the number, so the items stand apart from the body paragraphs.
void pledgeItem(PageWriter &w, const QString &text)
{
    constexpr qreal size = 13;
    const qreal em = size * kResolutionDpi / 72.0;
    const qsizetype close = text.indexOf(u'）');
    const int hangChars = text.startsWith(u'（') && close > 0 && close < 6 ? int(close) + 1 : 0;
    TextBlock::Options o;
    o.alignment = Qt::AlignJustify;
    o.lineSpacing = 1.9;
    o.firstLineIndent = -hangChars * em;
    const qreal indent = (2 + hangChars) * em;
    w.flow(w.layout(text, pageFont(FontRole::Body, size), w.contentWidth() - indent, o), indent);
    w.skip(mm(1.5));
}

// 「label：」 followed by an underlined blank (or a value on the line).
void signatureLine(PageWriter &w, qreal left, const QString &label, const QString &value,
                   qreal lineWidth)
{
    const QFont font = pageFont(FontRole::Body, 13);
    TextBlock::Options o;
    o.lineSpacing = 2.2;
    const TextBlock l = w.layout(label + value, font, w.content().right() - left, o);
    const TextBlock bare = w.layout(label, font, w.content().right() - left, o);
    const qreal top = w.y();
    w.flow(l, left - w.content().left());
    if (lineWidth > 0) {
        QPainter &p = w.painter();
        p.save();
        p.setPen(QPen(Qt::black, mm(0.25)));
        const qreal y = top + l.lineBaseline(0) + mm(1.5);
        const qreal x = left + bare.lineRight(0) + mm(1);
        p.drawLine(QPointF(x, y), QPointF(x + lineWidth, y));
        p.restore();
    }
    w.skip(mm(3));
}

} // namespace

void drawPledge(PageWriter &w)
{
    const DossierPageInput &in = w.input();
    const CallDefinition &call = callOf(in);
    const Project &project = projectOf(in);

    w.pageTitle(QStringLiteral("十、申报单位承诺书"));
    pledgeParagraph(w,
                    QStringLiteral("本单位自愿申报广东省智能制造生态合作伙伴，现郑重承诺如下："));
    pledgeParagraph(
        w, QStringLiteral("一、本单位所提交的申报书及全部佐证材料真实、准确、完整，不存在虚假记载、"
                          "误导性陈述或重大遗漏。"));
    pledgeParagraph(
        w, QStringLiteral(
               "二、本单位自愿接受各级工业和信息化主管部门及其委托机构对申报材料的核实与检查，"
               "并如实提供相关情况。"));
    pledgeParagraph(
        w, QStringLiteral("三、如有虚假，本单位自愿承担由此产生的一切后果及相应法律责任。"));
    pledgeParagraph(w, QStringLiteral("四、本单位符合以下申报条件："));
    // The base conditions verbatim from the notice; each clause already starts 「（一）」 ….
    for (const QString &id : pledgedRuleIds()) {
        const RuleSpec *rule = call.rule(id);
        if (rule && !rule->clauseText.isEmpty())
            pledgeItem(w, rule->clauseText);
    }

    const qreal blockLeft = w.content().left() + w.contentWidth() * 0.36;
    const qreal blockHeight = mm(58);
    if (w.remaining() < blockHeight + mm(15))
        w.newPage();
    else
        w.skip(std::max(mm(15), (w.remaining() - blockHeight) / 3));
    signatureLine(w, blockLeft, QStringLiteral("法定代表人（签字）："), QString(), mm(38));
    w.skip(mm(4));
    signatureLine(w, blockLeft, QStringLiteral("申报单位（盖章）："), QString(), 0);
    const QString name = orEmpty(project.applicant.name);
    if (!name.isEmpty()) {
        TextBlock::Options o;
        o.lineSpacing = 1.8;
        w.flow(w.layoutOneLine(name, FontRole::Body, 13, 10.5, w.content().right() - blockLeft, o),
               blockLeft - w.content().left());
    }
    w.skip(mm(12)); // room for the seal
    signatureLine(w, blockLeft, QStringLiteral("日期：　　　　年　　月　　日"), QString(), 0);
}

} // namespace shenbao::pages
