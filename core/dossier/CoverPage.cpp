// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierFormat.h"
#include "dossier/DossierPagesInternal.h"

#include <QFontMetricsF>
#include <QPen>

namespace shenbao::pages {

namespace {

const QColor kWarningRed(0xC0, 0x00, 0x00);

void drawCopyMark(PageWriter &w, int copy, int count)
{
    TextBlock::Options right;
    right.alignment = Qt::AlignRight;
    const TextBlock mark = w.layout(QStringLiteral("第 %1 份 / 共 %2 份").arg(copy).arg(count),
                                    pageFont(FontRole::Heading, 12), w.contentWidth(), right);
    mark.draw(w.painter(), QPointF(w.content().left(), w.content().top()));
}

// Which conditions are not met (or wait for data), named as the notice numbers them and by
// their short title, e.g. 「不符合：通知一（一）在广东省内有典型案例」: a clause alone is ambiguous
// (通知一（一） holds three conditions), and rule ids such as EQ-4 never reach a printed page.
QString conditionsNotMet(const DossierPageInput &input)
{
    const Evaluation *evaluation = input.evaluation;
    if (!evaluation)
        return {};
    QStringList lines;
    for (const auto &[state, label] :
         {std::pair{RuleState::NotMet, QStringLiteral("不符合")},
          std::pair{RuleState::Incomplete, QStringLiteral("待补充")}}) {
        QStringList names;
        for (const auto &r : evaluation->rules) {
            if (r.informational || r.state != state)
                continue;
            const QString cite = citeOf(input, r), title = titleOf(input, r);
            const QString name = cite.isEmpty()    ? title
                                 : title.isEmpty() ? cite
                                                   : cite + QChar(u' ') + title;
            if (!names.contains(name))
                names << name;
        }
        if (!names.isEmpty())
            lines << label + QStringLiteral("：") + names.join(QStringLiteral("；"));
    }
    return lines.join(QLatin1Char('\n'));
}

// The stamp sits between the copy mark and the title (at kCoverTitleTop): a long list of
// conditions gets a wider box and a smaller type, down to 7 pt, rather than running over the
// title as it did with seven conditions 待补充.
constexpr qreal kCoverTitleTop = 62; // mm from the top edge
void drawNotAllMet(PageWriter &w, const QString &which)
{
    TextBlock::Options centred;
    centred.alignment = Qt::AlignHCenter;
    centred.lineSpacing = 1.3;
    const TextBlock text =
        w.layout(QStringLiteral("条件未全部符合"), pageFont(FontRole::Heading, 18, true),
                 w.contentWidth(), centred);
    qreal boxTop = w.content().top() + mm(14);
    qreal boxWidth = mm(72);
    qreal points = 10.5;
    auto layoutDetail = [&] {
        return w.layout(which, pageFont(FontRole::Body, points), boxWidth - mm(4), centred);
    };
    TextBlock detail = layoutDetail();
    auto boxHeight = [&] {
        return text.height() + (which.isEmpty() ? 0 : detail.height() + mm(1)) + mm(5);
    };
    auto fits = [&] {
        return boxTop + boxHeight() <= mm(kCoverTitleTop - 2);
    };
    if (!fits()) {
        // Just below the copy mark (12 pt, top right), as wide as the page allows.
        boxTop = w.content().top() + mm(7);
        boxWidth = w.contentWidth();
        for (detail = layoutDetail(); !fits() && points > 7; detail = layoutDetail())
            points -= 0.5;
    }
    const QRectF box(w.content().center().x() - boxWidth / 2, boxTop, boxWidth, boxHeight());
    QPainter &p = w.painter();
    p.save();
    p.setPen(QPen(kWarningRed, mm(0.8)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    p.setPen(kWarningRed);
    text.draw(p, QPointF(box.center().x() - w.contentWidth() / 2, box.top() + mm(2.5)));
    if (!which.isEmpty())
        detail.draw(p, QPointF(box.left() + mm(2), box.top() + mm(2.5) + text.height() + mm(1)));
    p.restore();
}

// One 「label：value」 line of the cover: label right-aligned in its column, the value on an
// underline (one underline per wrapped line), like the printed forms applicants know.
void drawField(PageWriter &w, qreal left, qreal labelWidth, qreal valueWidth, const QString &label,
               const QString &value, qreal extraBelow = 0)
{
    TextBlock::Options lo;
    lo.alignment = Qt::AlignRight;
    lo.lineSpacing = 1.8;
    TextBlock::Options vo;
    vo.alignment = Qt::AlignHCenter;
    vo.lineSpacing = 1.8;
    const TextBlock l = w.layout(label, pageFont(FontRole::Heading, 14), labelWidth, lo);
    // A long name is set smaller rather than wrapped, down to 10 pt (a 30-character name still
    // fits), so that it stays one line: officers search and copy it from the PDF.
    const TextBlock v = w.layoutOneLine(value, FontRole::Body, 14, 10, valueWidth, vo);
    QPainter &p = w.painter();
    const qreal top = w.y();
    // Label and value share the first baseline even when the value was set smaller.
    const qreal valueTop = top + l.lineBaseline(0) - v.lineBaseline(0);
    l.draw(p, QPointF(left, top));
    v.draw(p, QPointF(left + labelWidth, valueTop));
    p.save();
    p.setPen(QPen(Qt::black, mm(0.25)));
    for (int i = 0; i < v.lineCount(); ++i) {
        const qreal y = valueTop + v.lineTop(i) + v.lineBaseline(i) + mm(1.8);
        p.drawLine(QPointF(left + labelWidth, y), QPointF(left + labelWidth + valueWidth, y));
    }
    p.restore();
    w.skip(std::max(l.height(), valueTop - top + v.height()) + mm(2.5) + extraBelow);
}

void drawFingerprint(PageWriter &w, const QString &fingerprint)
{
    TextBlock::Options centred;
    centred.alignment = Qt::AlignHCenter;
    centred.lineSpacing = 1.6;
    const TextBlock label = w.layout(QStringLiteral("数据指纹（SHA-256）"),
                                     pageFont(FontRole::Heading, 10.5), w.contentWidth(), centred);
    // Two lines even before the fingerprint is known, so the first (placeholder) rendering
    // has the same layout as the final one.
    QStringList lines = groupedFingerprint(fingerprint.toLower());
    while (lines.size() < 2)
        lines << QString();
    const TextBlock hex =
        w.layout(lines.join(u'\n'), pageFont(FontRole::Mono, 11), w.contentWidth(), centred);
    const qreal boxWidth = mm(120);
    const qreal height = label.height() + hex.height() + mm(6);
    const qreal top = mm(kContentBottomMm) - height - mm(4);
    const QRectF box(w.content().center().x() - boxWidth / 2, top, boxWidth, height);
    QPainter &p = w.painter();
    p.save();
    p.setPen(QPen(QColor(0x80, 0x80, 0x80), mm(0.2)));
    p.drawRect(box);
    p.setPen(Qt::black);
    label.draw(p, QPointF(w.content().left(), top + mm(3)));
    hex.draw(p, QPointF(w.content().left(), top + mm(3) + label.height()));
    p.restore();
}

} // namespace

void drawCover(PageWriter &w)
{
    const DossierPageInput &in = w.input();
    const Project &project = projectOf(in);
    const CallDefinition &call = callOf(in);
    const Applicant &a = project.applicant;

    if (in.copyNumber)
        drawCopyMark(w, *in.copyNumber, in.copyCount);
    if (in.notAllMet)
        drawNotAllMet(w, conditionsNotMet(in));

    TextBlock::Options centred;
    centred.alignment = Qt::AlignHCenter;
    centred.lineSpacing = 1.5;
    const QString title = call.formTitle.isEmpty()
                              ? QStringLiteral("广东省智能制造生态合作伙伴申报书")
                              : call.formTitle;
    w.setY(mm(kCoverTitleTop));
    w.flow(w.layout(title, pageFont(FontRole::Heading, 26, true), w.contentWidth(), centred));
    // Which call: 「（2022年 第二批）」 from the call's data (its title carries the batch).
    QString batch;
    const qsizetype open = call.title.indexOf(u'（'), close = call.title.indexOf(u'）');
    if (open >= 0 && close > open)
        batch = call.title.mid(open + 1, close - open - 1);
    if (!batch.isEmpty())
        batch.prepend(QChar(u' '));
    const QString edition = QStringLiteral("（%1年%2）").arg(call.evaluationDate.year()).arg(batch);
    w.skip(mm(2));
    w.flow(w.layout(edition, pageFont(FontRole::Heading, 16), w.contentWidth(), centred));

    const QString domain = call.domainDisplayName(project.domain, project.talentKind,
                                                  project.pilotCategory, project.pilotSubcategory);
    const QString place = orEmpty(a.city) + orEmpty(a.district);
    QString bureau = recommendingBureau(call, a.city);
    if (bureau.isEmpty()) // a blank for the officer to fill in by hand
        bureau = QStringLiteral("　　　　　市工业和信息化局");
    QString date = formatDate(in.fillDate);
    if (date.isEmpty())
        date = QStringLiteral("　　　　年　　月　　日");

    QString phone = orEmpty(a.contact.mobile);
    if (const QString fixed = orEmpty(a.contact.phone); !fixed.isEmpty())
        phone += (phone.isEmpty() ? QString() : QStringLiteral("　")) + fixed;

    const qreal labelWidth = mm(50);
    const qreal valueWidth = mm(110);
    const qreal left = w.content().left() + (w.contentWidth() - labelWidth - valueWidth) / 2;
    w.setY(mm(108));
    drawField(w, left, labelWidth, valueWidth, QStringLiteral("申报领域："), domain);
    // Room under the name for the round seal, which overlaps the name as usual.
    drawField(w, left, labelWidth, valueWidth, QStringLiteral("申报单位（盖章）："),
              orEmpty(a.name), mm(10));
    drawField(w, left, labelWidth, valueWidth, QStringLiteral("所在地市/区："), place);
    drawField(w, left, labelWidth, valueWidth, QStringLiteral("联系人："), orEmpty(a.contact.name));
    drawField(w, left, labelWidth, valueWidth, QStringLiteral("联系电话："), phone);
    drawField(w, left, labelWidth, valueWidth, QStringLiteral("推荐单位（盖章）："), bureau, mm(6));
    drawField(w, left, labelWidth, valueWidth, QStringLiteral("填报日期："), date);
    // The page count lets whoever binds or receives a copy see that nothing is missing; it
    // counts the numbered pages, as the footers' 「共 N 页」 do.
    if (in.numberedPages > 0) {
        w.skip(mm(1));
        w.flow(w.layout(
            QStringLiteral("本册自申报书正文起共 %1 页（页脚编号 1–%1）").arg(in.numberedPages),
            pageFont(FontRole::Body, 11), w.contentWidth(), centred));
    }

    drawFingerprint(w, in.fingerprint);
}

} // namespace shenbao::pages
