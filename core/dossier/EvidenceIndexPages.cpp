// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierFormat.h"
#include "dossier/DossierPagesInternal.h"
#include "dossier/TableLayout.h"

namespace shenbao::pages {

void drawEvidenceIndex(PageWriter &w)
{
    const DossierPageInput &in = w.input();
    const CallDefinition &call = callOf(in);
    using C = TableCell;

    w.pageTitle(QStringLiteral("佐证材料目录"));
    TableLayout list(w, {16, 30, 89, 30});
    list.setHeader({C{QStringLiteral("序号")}, C{QStringLiteral("类别")}, C{QStringLiteral("名称")},
                    C{QStringLiteral("页码")}});
    for (const EvidenceListing &e : in.evidence) {
        list.addRow({C::centred(QString::number(e.number)),
                     C::centred(evidenceCategoryName(call, e.category, projectOf(in))),
                     {e.title},
                     C::centred(formatPageRange(e.firstPage, e.lastPage))});
    }
    if (in.evidence.isEmpty())
        list.addRow({C::centred(QStringLiteral("（无佐证材料）"), 4)});
    list.render();

    w.skip(mm(8));
    w.ensureSpace(mm(45));
    w.pageTitle(QStringLiteral("条件与佐证对照表"), 15);
    TableLayout sheet(w, {50, 85, 30});
    sheet.setHeader(
        {C{QStringLiteral("条款")}, C{QStringLiteral("佐证材料")}, C{QStringLiteral("页码")}});
    for (const RuleResult *r : printedRules(in)) {
        QStringList items;
        for (const QString &id : r->evidenceIds) {
            if (const EvidenceListing *e = listingFor(in, id))
                items << QStringLiteral("佐证材料 %1：%2").arg(e->number).arg(e->title);
        }
        if (pledgedRuleIds().contains(r->id))
            items << QStringLiteral("申报单位承诺书（法定代表人签字、单位盖章）");
        if (!r->missingEvidence.isEmpty())
            items << QStringLiteral("缺少：") + r->missingEvidence.join(QStringLiteral("；"));
        if (items.isEmpty())
            items << QStringLiteral("由申报书所填数据认定，无单独佐证材料");
        sheet.addRow({{conditionName(in, *r)}, {items.join(u'\n')}, C::centred(proofText(in, *r))});
    }
    if (sheet.rowCount() == 0)
        sheet.addRow({C::centred(QStringLiteral("（尚无评估结果）"), 3)});
    sheet.render();
}

} // namespace shenbao::pages
