// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierFormat.h"
#include "dossier/DossierPagesInternal.h"
#include "dossier/TableLayout.h"

namespace shenbao::pages {

namespace {

void narrative(PageWriter &w, const QString &heading, const std::optional<QString> &text)
{
    w.sectionHeading(heading);
    const QString body = text.value_or(QString()).trimmed();
    if (body.isEmpty())
        plainText(w, QStringLiteral("（未填写）"));
    else
        w.paragraphs(body);
}

void drawCases(PageWriter &w)
{
    const DossierPageInput &in = w.input();
    const Project &project = projectOf(in);
    using C = TableCell;

    w.sectionHeading(QStringLiteral("七、典型案例"));
    TableLayout t(w, {11, 38, 33, 19, 13, 24, 27});
    t.setHeader({C{QStringLiteral("序号")}, C{QStringLiteral("案例名称")},
                 C{QStringLiteral("用户单位")}, C{QStringLiteral("所在地市")},
                 C{QStringLiteral("年度")}, C{QStringLiteral("合同金额（万元）")},
                 C{QStringLiteral("佐证页码")}});
    int n = 0;
    for (const Case &c : project.cases) {
        const QString summary = c.summary.value_or(QString()).trimmed();
        t.addRow({C::centred(QString::number(++n)),
                  {orEmpty(c.title)},
                  {orEmpty(c.customer)},
                  C::centred(orEmpty(c.city)),
                  C::centred(c.year ? QString::number(*c.year) : QString()),
                  {formatWan(c.amountYuan), 1, Qt::AlignRight},
                  C::centred(evidencePages(in, c.evidence))},
                 true);
        t.addRow({{QStringLiteral("案例简介：") +
                       (summary.isEmpty() ? QStringLiteral("（未填写）") : summary),
                   7}});
    }
    if (n == 0)
        t.addRow({C::centred(QStringLiteral("（无）"), 7)});
    t.render();
}

} // namespace

void drawFormNarrative(PageWriter &w)
{
    const Narrative &n = projectOf(w.input()).narrative;
    narrative(w, QStringLiteral("五、单位简介"), n.profile);
    narrative(w, QStringLiteral("六、主要产品、技术或服务"), n.offering);
    drawCases(w);
    narrative(w, QStringLiteral("八、发展规划"), n.plan);
}

} // namespace shenbao::pages
