// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The drawing functions behind renderDossierPart(), one per part, split over files by part.

#include "dossier/DossierPages.h"
#include "dossier/PageWriter.h"

namespace shenbao::pages {

// The input's pointers with safe stand-ins: rendering never dereferences null.
const Project &projectOf(const DossierPageInput &input);
const CallDefinition &callOf(const DossierPageInput &input);
const Evaluation &evaluationOf(const DossierPageInput &input);

// The rules printed in 四 and on the rule → evidence sheet: base conditions and the domain's
// rules, in evaluation order (the route checks are not conditions to prove).
QList<const RuleResult *> printedRules(const DossierPageInput &input);
// The rule's clause text / cite / title, from the result or else from the call.
QString clauseOf(const DossierPageInput &input, const RuleResult &rule);
QString citeOf(const DossierPageInput &input, const RuleResult &rule);
QString titleOf(const DossierPageInput &input, const RuleResult &rule);

// Body text in a plain left-aligned block at the cursor (no first-line indent).
void plainText(PageWriter &w, const QString &text, qreal pointSize = 12, qreal indent = 0);
// 「（一）核心发明专利」 style sub-heading inside a section.
void subHeading(PageWriter &w, const QString &text);

void drawCover(PageWriter &w);
void drawToc(PageWriter &w);
void drawFormInstructions(PageWriter &w); // 填报说明
void drawFormBasics(PageWriter &w);       // 一 基本情况, 二 经营情况, 三 知识产权
void drawFormConditions(PageWriter &w);   // 四 申报领域及符合条件说明
void drawFormNarrative(PageWriter &w);    // 五 单位简介 … 八 发展规划
void drawFormDomainDetail(PageWriter &w); // 九 领域专项信息
void drawPledge(PageWriter &w);
void drawEvidenceIndex(PageWriter &w);
void drawSeparator(PageWriter &w, const EvidenceListing &item);
void drawBlank(PageWriter &w);

} // namespace shenbao::pages
