// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Domain rules of Attachment 1 for talent (one rule per kind of unit) and pilot projects
// (element tables 1.1–1.6), spec/eligibility.md.

#include "rules/RuleKit.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace shenbao::rules {

namespace {

RuleResult talSchool(const Context &ctx, const RuleSpec &spec)
{
    const auto &d = ctx.project.domainDetail;
    const QString partnersField = QStringLiteral("domainDetail.partnerEnterprises");
    auto r = newResult(spec, partnersField);
    Part partners{RuleState::Incomplete, QStringLiteral("合作企业：未填写"), partnersField};
    Part base{RuleState::Incomplete, QStringLiteral("共建学生实习基地：未填写"), partnersField};
    if (d.partnerEnterprises) {
        const auto &list = *d.partnerEnterprises;
        const auto t = tally(list, [](const PartnerEnterprise &p) {
            return isBlank(p.name) ? Fit::Maybe : Fit::Yes;
        });
        partners = countPart(t, spec.param("minPartnerEnterprises"), QStringLiteral("合作企业"),
                             QStringLiteral("家"), partnersField);
        int withBase = 0;
        bool unknown = false;
        for (const auto &p : list) {
            if (p.internshipBase == true)
                ++withBase;
            else if (!p.internshipBase)
                unknown = true;
        }
        if (withBase > 0)
            base = textPart(RuleState::Met, partnersField, QStringLiteral("共建学生实习基地 %1 家"),
                            {QString::number(withBase)});
        else if (unknown)
            base = {RuleState::Incomplete, QStringLiteral("共建学生实习基地：未填写"),
                    partnersField};
        else
            base = {RuleState::NotMet, QStringLiteral("共建学生实习基地：无"), partnersField};
    }
    conclude(r, {partners, base,
                 attested(d.mentorsHired, QStringLiteral("聘请技师、高级技师等担任指导教师"),
                          QStringLiteral("domainDetail.mentorsHired"))});
    // Each partner's cooperation agreement, and the instructors' appointment letters.
    if (d.partnerEnterprises) {
        for (int i = 0; i < d.partnerEnterprises->size(); ++i) {
            const auto &pe = d.partnerEnterprises->at(i);
            if (isBlank(pe.name))
                continue;
            requireItemEvidence(r, ctx, pe.evidence,
                                QStringLiteral("与%1的校企合作协议").arg(pe.name->trimmed()),
                                {ProblemCode::EvidenceTerm,
                                 {QStringLiteral("与%1的校企合作协议"), pe.name->trimmed()}});
        }
    }
    if (d.mentorsHired == true)
        requireItemEvidence(r, ctx, d.mentorsEvidence, QStringLiteral("指导教师聘书或聘用证明"));
    return r;
}

RuleResult talInstitute(const Context &ctx, const RuleSpec &spec)
{
    const auto &rdStaff = ctx.project.applicant.rdStaff;
    auto r = newResult(spec, QStringLiteral("applicant.rdStaff"));
    const auto t = corePatents(ctx);
    conclude(r, {atLeast(rdStaff ? std::optional<qint64>(*rdStaff) : std::nullopt,
                         spec.param("minRdStaff"), QStringLiteral("研发技术团队"),
                         QStringLiteral("人"), QStringLiteral("applicant.rdStaff")),
                 countPart(t, spec.param("minCoreInventionPatents"), QStringLiteral("核心发明专利"),
                           QStringLiteral("项"), QStringLiteral("patents")),
                 attested(ctx.project.domainDetail.nationallyAdvanced,
                          QStringLiteral("技术和产品具有国内先进以上水平"),
                          QStringLiteral("domainDetail.nationallyAdvanced"))});
    requirePatentEvidence(r, ctx, t);
    requireRdStaffEvidence(r, ctx);
    return r;
}

RuleResult talEnterprise(const Context &ctx, const RuleSpec &spec)
{
    const QString field = QStringLiteral("domainDetail.coBuiltPrograms");
    auto r = newResult(spec, field);
    const auto &programs = ctx.project.domainDetail.coBuiltPrograms;
    if (!programs) {
        conclude(r, {{RuleState::Incomplete, QStringLiteral("共建专业点：未填写"), field}});
        return r;
    }
    // A programme point needs both the college and the programme; a half-filled row may count.
    const auto t = tally(*programs, [](const CoBuiltProgram &p) {
        return isBlank(p.school) || isBlank(p.programme) ? Fit::Maybe : Fit::Yes;
    });
    conclude(r, {countPart(t, spec.param("minCoBuiltPrograms"),
                           QStringLiteral("共建智能制造相关专业点"), QStringLiteral("个"), field)});
    return r;
}

// Element answers of the chosen table, one by one.
Part elementsPart(const PilotProject &project, int expected)
{
    const QString field = QStringLiteral("domainDetail.project.elements");
    const auto &elements = project.elements;
    if (elements.size() != expected) {
        // Typically the answers of another table, kept when the category was switched: they do
        // not answer this table's elements, so they must be filled in again.
        return textPart(RuleState::Incomplete, field,
                        QStringLiteral("要素条件已填写 %1 项，所选表共 %2 项，请按表逐项填写"),
                        {QString::number(elements.size()), QString::number(expected)});
    }
    int met = 0;
    QStringList notMet, open;
    for (int i = 0; i < elements.size(); ++i) {
        const auto &e = elements.at(i);
        if (e.met == false)
            notMet << QString::number(i + 1);
        else if (e.met == true && !isBlank(e.description))
            ++met;
        else
            open << QString::number(i + 1);
    }
    const QStringList counts{QString::number(met), QString::number(expected)};
    if (!notMet.isEmpty())
        return textPart(RuleState::NotMet, field,
                        QStringLiteral("要素条件共 %2 项，符合 %1 项（第%3项不符合）"),
                        counts + QStringList{notMet.join(QStringLiteral("、"))});
    if (!open.isEmpty())
        return textPart(RuleState::Incomplete, field,
                        QStringLiteral("要素条件共 %2 项，符合 %1 项（第%3项待补充）"),
                        counts + QStringList{open.join(QStringLiteral("、"))});
    return textPart(RuleState::Met, field, QStringLiteral("要素条件共 %2 项，符合 %1 项"), counts);
}

Part ecommerceSharePart(const PilotProject &project, qint64 minPercent)
{
    const QString field = QStringLiteral("domainDetail.project.ecommerceShare");
    const auto &share = project.ecommerceShare;
    if (!share || !std::isfinite(*share))
        return {RuleState::Incomplete, QStringLiteral("电子商务实现的销售收入比重：未填写"), field};
    // In basis points, rounded: 0.2 is 0.2000000000000000111… or 0.1999…9 depending on how it
    // was computed, and must compare equal to 20 %.
    const qint64 basisPoints = std::llround(*share * 10000.0);
    const QString shown = basisPoints % 100 == 0
                              ? QString::number(basisPoints / 100)
                              : QStringLiteral("%1.%2")
                                    .arg(basisPoints / 100)
                                    .arg(qAbs(basisPoints % 100), 2, 10, QLatin1Char('0'));
    return textPart(basisPoints >= minPercent * 100 ? RuleState::Met : RuleState::NotMet, field,
                    QStringLiteral("电子商务实现的销售收入比重 %1%（要求不低于 %2%）"),
                    {shown, QString::number(minPercent)});
}

RuleResult pil1(const Context &ctx, const RuleSpec &spec)
{
    const auto &p = ctx.project;
    auto r = newResult(spec, QStringLiteral("domainDetail.project.elements"));
    if (!p.pilotCategory)
        return incompleteResult(spec, QStringLiteral("未选择试点示范类别（表1.1–表1.6）"),
                                QStringLiteral("pilotCategory"));
    const auto *table = ctx.call.pilotTable(*p.pilotCategory);
    if (!table)
        return incompleteResult(spec, QStringLiteral("本次申报没有所选类别的要素条件表"),
                                QStringLiteral("pilotCategory"));
    const auto elements = ctx.call.pilotElements(p.pilotCategory, p.pilotSubcategory);
    if (!table->subtables.isEmpty() && elements.isEmpty()) {
        const QString figure = p.pilotSubcategory
                                   ? QStringLiteral("所选子类别不属于表%1，请重新选择")
                                   : QStringLiteral("未选择表%1的子类别");
        return incompleteResult(spec, figure, QStringLiteral("pilotSubcategory"), {table->table});
    }
    if (!p.domainDetail.project) {
        conclude(r, {{RuleState::Incomplete, QStringLiteral("试点示范项目：未填写"),
                      QStringLiteral("domainDetail.project")}});
        return r;
    }
    const auto &project = *p.domainDetail.project;
    QList<Part> parts{elementsPart(project, int(elements.size()))};
    // Each element marked met is shown, not only claimed: screenshots, system acceptance …
    for (int i = 0; i < std::min(int(elements.size()), int(project.elements.size())); ++i) {
        if (project.elements.at(i).met == true)
            requireItemEvidence(
                r, ctx, project.elements.at(i).evidence,
                QStringLiteral("要素条件第%1项的证明材料").arg(i + 1),
                {ProblemCode::EvidenceTerm,
                 {QStringLiteral("要素条件第%1项的证明材料"), QString::number(i + 1)}});
    }
    if (p.pilotCategory == PilotCategory::NewMode &&
        p.pilotSubcategory == PilotSubcategory::Ecommerce)
        parts << ecommerceSharePart(project, spec.param("minEcommerceSharePercent"));
    conclude(r, parts);
    return r;
}

RuleResult pil2(const Context &ctx, const RuleSpec &spec)
{
    auto r = newResult(spec, QStringLiteral("cases"));
    const auto t = guangdongCases(ctx, ctx.call.caseYear);
    conclude(r, {countPart(t, spec.param("minGuangdongCasesInCaseYear"),
                           QStringLiteral("%1年度省内典型案例"), QStringLiteral("个"),
                           QStringLiteral("cases"), QString::number(ctx.call.caseYear))});
    requireCaseEvidence(r, ctx, t);
    return r;
}

RuleResult pil3(const Context &ctx, const RuleSpec &spec)
{
    const QString completedField = QStringLiteral("domainDetail.project.completed");
    auto r = newResult(spec, completedField);
    const auto &project = ctx.project.domainDetail.project;
    if (!project) {
        conclude(r, {{RuleState::Incomplete, QStringLiteral("试点示范项目：未填写"),
                      QStringLiteral("domainDetail.project")}});
        return r;
    }
    Part built{RuleState::Incomplete, QStringLiteral("项目建成日期：未填写"), completedField};
    if (project->completed && project->completed->isValid()) {
        const QDate &d = *project->completed;
        if (d <= ctx.call.evaluationDate)
            built = {RuleState::Met, QStringLiteral("项目已于%1建成").arg(formatDate(d)),
                     completedField,
                     textPhrase(QStringLiteral("项目已于%1建成"), {d.toString(Qt::ISODate)})};
        else
            built = {RuleState::NotMet,
                     QStringLiteral("项目建成日期%1晚于%2，尚未建成")
                         .arg(formatDate(d), formatDate(ctx.call.evaluationDate)),
                     completedField,
                     textPhrase(
                         QStringLiteral("项目建成日期%1晚于%2，尚未建成"),
                         {d.toString(Qt::ISODate), ctx.call.evaluationDate.toString(Qt::ISODate)})};
    }
    conclude(r, {built, described(project->results, QStringLiteral("项目成效"),
                                  QStringLiteral("domainDetail.project.results"))});
    if (built.state == RuleState::Met)
        requireItemEvidence(r, ctx, project->completionEvidence,
                            QStringLiteral("项目验收报告或建成证明"));
    return r;
}

constexpr std::array<RuleEntry, 6> kEntries{{
    {"TAL-S", talSchool},
    {"TAL-I", talInstitute},
    {"TAL-E", talEnterprise},
    {"PIL-1", pil1},
    {"PIL-2", pil2},
    {"PIL-3", pil3},
}};

} // namespace

std::span<const RuleEntry> talentPilotRuleEntries()
{
    return kEntries;
}

} // namespace shenbao::rules
