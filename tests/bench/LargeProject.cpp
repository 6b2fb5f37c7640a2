// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "LargeProject.h"

#include "demo/DemoProject.h"
#include "rules/PatentNumber.h"

namespace shenbao::bench {

Project largeProject(int patents, int cases)
{
    Project p = demoProjectData();
    const QList<Patent> patentModels = p.patents;
    const QList<Case> caseModels = p.cases;
    for (int i = int(p.patents.size()); i < patents && !patentModels.isEmpty(); ++i) {
        Patent x = patentModels.at(i % patentModels.size());
        // Valid numbers, as a real project has: the check character computed by core itself,
        // so the bench measures evaluation rather than 1,000 check-character warnings.
        const QString digits = QStringLiteral("20%1%2%3")
                                   .arg(10 + i % 12)
                                   .arg(1)
                                   .arg(100000 + i, 7, 10, QLatin1Char('0'));
        x.number = QStringLiteral("ZL%1 %2 %3.%4")
                       .arg(digits.left(4), digits.mid(4, 1), digits.mid(5))
                       .arg(patentCheckCharacter(digits));
        x.title = QStringLiteral("一种智能产线的协同控制方法（第%1号）").arg(i + 1);
        Evidence e;
        e.id = QStringLiteral("E-P%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        e.category = EvidenceCategory::Ip;
        e.title = QStringLiteral("专利证书 ") + *x.number;
        x.evidence = {e.id};
        p.evidence << e;
        p.patents << x;
    }
    for (int i = int(p.cases.size()); i < cases && !caseModels.isEmpty(); ++i) {
        Case x = caseModels.at(i % caseModels.size());
        x.title = QStringLiteral("智能工厂改造项目（第%1期）").arg(i + 1);
        x.customer = QStringLiteral("广东某制造有限公司%1").arg(i + 1);
        Evidence e;
        e.id = QStringLiteral("E-C%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        e.category = EvidenceCategory::Case;
        e.title = QStringLiteral("合同及验收报告 ") + *x.title;
        x.evidence = {e.id};
        p.evidence << e;
        p.cases << x;
    }
    return p;
}

} // namespace shenbao::bench
