// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierPlan.h"

namespace shenbao {

namespace {

class Planner
{
public:
    explicit Planner(bool duplex)
        : m_duplex(duplex)
    {
    }

    // A part or an evidence item begins: on a front side when printing on both sides.
    void startOnFront()
    {
        if (m_duplex && m_plan.pages.size() % 2 == 1)
            add(PlanPart::Blank, -1, 0);
    }

    PlanSpan addPart(PlanPart part, int count, int item = -1)
    {
        PlanSpan span{int(m_plan.pages.size()), count};
        for (int i = 0; i < count; ++i)
            add(part, item, i);
        return span;
    }

    void startNumbering() { m_numbering = true; }

    DossierPlan finish()
    {
        for (const auto &p : m_plan.pages) {
            if (p.part == PlanPart::Blank)
                ++m_plan.blankCount;
        }
        return std::move(m_plan);
    }

    DossierPlan &plan() { return m_plan; }

private:
    void add(PlanPart part, int item, int pageInPart)
    {
        PlannedPage p;
        p.part = part;
        p.item = item;
        p.pageInPart = pageInPart;
        if (m_numbering) {
            p.number = ++m_plan.numberedCount;
            if (m_plan.firstNumbered < 0)
                m_plan.firstNumbered = int(m_plan.pages.size());
        }
        m_plan.pages.append(p);
    }

    bool m_duplex;
    bool m_numbering = false;
    DossierPlan m_plan;
};

} // namespace

QString romanLower(int n)
{
    if (n <= 0 || n >= 4000)
        return QString::number(n);
    static const struct
    {
        int value;
        const char *text;
    } table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                 {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                 {5, "v"},    {4, "iv"},   {1, "i"}};
    QString out;
    for (const auto &t : table) {
        while (n >= t.value) {
            out += QLatin1StringView(t.text);
            n -= t.value;
        }
    }
    return out;
}

DossierPlan planDossier(const PlanCounts &counts, bool duplex, bool padToEven)
{
    Planner planner(duplex);
    auto &plan = planner.plan();

    plan.cover = planner.addPart(PlanPart::Cover, counts.cover);
    planner.startOnFront();
    plan.toc = planner.addPart(PlanPart::Toc, counts.toc);
    planner.startOnFront();
    const int frontMatter = int(plan.pages.size());

    planner.startNumbering();
    plan.form = planner.addPart(PlanPart::Form, counts.form);
    planner.startOnFront();
    plan.pledge = planner.addPart(PlanPart::Pledge, counts.pledge);
    planner.startOnFront();
    plan.evidenceIndex = planner.addPart(PlanPart::EvidenceIndex, counts.evidenceIndex);
    for (int i = 0; i < counts.evidence.size(); ++i) {
        planner.startOnFront();
        DossierPlan::Item item;
        item.separator = planner.addPart(PlanPart::Separator, counts.separators.value(i, 1), i);
        item.pages = planner.addPart(PlanPart::Evidence, counts.evidence.at(i), i);
        plan.items.append(item);
    }
    if (padToEven)
        planner.startOnFront();

    // Labels: 「封面」 (prefix only) up to the TOC, lower roman through the front matter, then
    // decimal from the form on: exactly the numbers printed in the footers.
    plan.labelRanges = {PageLabelRange{0, QStringLiteral("封面"), 0, 1},
                        PageLabelRange{plan.toc.first, QString(), 'r', 1}};
    if (plan.numberedCount > 0)
        plan.labelRanges.append(PageLabelRange{frontMatter, QString(), 'D', 1});
    for (int i = 0; i < plan.pages.size(); ++i) {
        auto &p = plan.pages[i];
        if (p.number > 0)
            p.label = QString::number(p.number);
        else if (i >= plan.toc.first)
            p.label = romanLower(i - plan.toc.first + 1);
        else
            p.label = QStringLiteral("封面");
    }
    return planner.finish();
}

} // namespace shenbao
