// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "cli/ProjectReport.h"

#include "model/Money.h"

namespace shenbao::cli {

namespace {

QString orDash(const std::optional<QString> &s)
{
    return s && !s->isEmpty() ? *s : QStringLiteral("—");
}

QString stateName(const CallDefinition &call, RuleState s)
{
    return call.name(QStringLiteral("state"), toKey(s));
}

} // namespace

void printProjectSummary(QTextStream &out, const Project &p, const QList<StoredFile> &files,
                         const CallDefinition &call)
{
    const auto &a = p.applicant;
    out << "申报单位 applicant:   " << orDash(a.name) << '\n'
        << "统一社会信用代码 USCC: " << orDash(a.uscc) << '\n'
        << "所在地 location:      " << orDash(a.city) << ' ' << a.district.value_or(QString())
        << '\n'
        << "申报领域 domain:      "
        << call.domainDisplayName(p.domain, p.talentKind, p.pilotCategory, p.pilotSubcategory)
        << '\n'
        << "职工 / 研发人员 staff: "
        << (a.employees ? QString::number(*a.employees) : QStringLiteral("—")) << " / "
        << (a.rdStaff ? QString::number(*a.rdStaff) : QStringLiteral("—")) << '\n';
    out << "经营情况（万元） finance:\n";
    for (const auto &f : p.finance) {
        out << "  " << f.year << "  营业收入 "
            << (f.revenueYuan ? formatWan(*f.revenueYuan) : QStringLiteral("—"))
            << "  主营业务收入 "
            << (f.mainRevenueYuan ? formatWan(*f.mainRevenueYuan) : QStringLiteral("—")) << '\n';
    }
    out << "专利 patents: " << p.patents.size() << "   案例 cases: " << p.cases.size()
        << "   资质 qualifications: " << p.qualifications.size() << '\n';
    out << "佐证材料 evidence: " << p.evidence.size() << '\n';
    for (const auto &e : p.evidence) {
        QString stored = QStringLiteral("(no file)");
        for (const auto &f : files) {
            if (f.evidenceId == e.id) {
                stored = QStringLiteral("%1, %2 page(s), %3 bytes, sha256 %4…")
                             .arg(toKey(f.mediaType))
                             .arg(f.pages)
                             .arg(f.size)
                             .arg(f.sha256.left(12));
            }
        }
        out << "  " << e.id << "  ["
            << (e.category ? call.nameOf(*e.category, "evidenceCategory") : QString()) << "] "
            << e.title.value_or(QString()) << "  " << stored << '\n';
    }
}

void printEvaluation(QTextStream &out, const Project &p, const Evaluation &ev,
                     const CallDefinition &call, const std::function<void()> &beforeVerdict)
{
    out << orDash(p.applicant.name) << "  "
        << call.domainDisplayName(p.domain, p.talentKind, p.pilotCategory, p.pilotSubcategory)
        << '\n';
    for (const auto &r : ev.rules) {
        // The routes are facts about the applicant, not conditions: 是 / 否 reads right there.
        const bool route = r.id.startsWith(QLatin1StringView("ROUTE-"));
        const QString state = route ? (r.state == RuleState::Met      ? QStringLiteral("是")
                                       : r.state == RuleState::NotMet ? QStringLiteral("否")
                                                                      : stateName(call, r.state))
                                    : stateName(call, r.state);
        out << "  " << r.id.leftJustified(13) << state.leftJustified(4, QChar(0x3000))
            << (r.informational && !route ? QStringLiteral("（参考）") : QString()) << "  "
            << r.figure;
        if (r.evidenceState == EvidenceState::MissingEvidence)
            out << "  缺少佐证: " << r.missingEvidence.join(QStringLiteral("、"));
        out << "\n      " << r.cite << "  " << r.title << '\n';
    }
    for (const auto &pr : ev.problems)
        out << "  " << (pr.isError() ? "问题 " : "提示 ") << pr.toString() << '\n';
    if (beforeVerdict)
        beforeVerdict();
    out << "route: " << toKey(ev.route) << " ("
        << call.name(QStringLiteral("route"), toKey(ev.route)) << ")\n";
    out << "verdict: " << toKey(ev.verdict) << '\n';
}

} // namespace shenbao::cli
