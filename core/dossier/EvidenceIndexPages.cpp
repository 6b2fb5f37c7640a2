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
                     C::centred(call.nameOf(e.category, "evidenceCategory")),
                     {e.title},
                     C::centred(formatPageRange(e.firstPage, e.lastPage))});
    }
    if (in.evidence.isEmpty())
        list.addRow({C::centred(QStringLiteral("（无佐证材料）"), 4)});
    list.render();

    w.skip(mm(8));
    w.ensureSpace(mm(45));
    w.pageTitle(QStringLiteral("条件与佐证对照表"), 15);
    TableLayout sheet(w, {18, 42, 75, 30});
    sheet.setHeader({C{QStringLiteral("编号")}, C{QStringLiteral("条件")},
                     C{QStringLiteral("佐证材料")}, C{QStringLiteral("页码")}});
    for (const RuleResult *r : printedRules(in)) {
        QStringList items;
        for (const QString &id : r->evidenceIds) {
            if (const EvidenceListing *e = listingFor(in, id))
                items << QStringLiteral("佐证材料 %1：%2").arg(e->number).arg(e->title);
        }
        QString pages = evidencePages(in, r->evidenceIds);
        const bool missing = r->evidenceState == EvidenceState::MissingEvidence;
        if (pages.isEmpty()) {
            // A rule decided by form data or the pledge alone has nothing to bind.
            pages = missing || !r->evidenceIds.isEmpty() ? QStringLiteral("缺少佐证")
                                                         : QStringLiteral("无需佐证");
        } else if (missing) {
            pages += QStringLiteral("\n（部分缺少佐证）");
        }
        if (!r->missingEvidence.isEmpty())
            items << QStringLiteral("缺少：") + r->missingEvidence.join(QStringLiteral("；"));
        sheet.addRow(
            {C::centred(r->id), {titleOf(in, *r)}, {items.join(u'\n')}, C::centred(pages)});
    }
    if (sheet.rowCount() == 0)
        sheet.addRow({C::centred(QStringLiteral("（尚无评估结果）"), 4)});
    sheet.render();
}

} // namespace shenbao::pages
