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

// 「附件1 一（三）\n近三年平均主营业务收入1500万元以上」: how a printed page names a condition
// (the notice's numbering and words; rule ids such as EQ-4 stay in the data).
QString conditionName(const DossierPageInput &input, const RuleResult &rule);
// The conditions the pledge (承诺书) restates in the notice's words; the applicant attests them
// by signing and sealing it, so the pledge is part of their proof.
const QStringList &pledgedRuleIds();
// What proves a rule, as printed in a 佐证页码 column: the evidence pages, the pledge's page for
// an attested condition, 「缺少佐证」 when a counted item lacks its document, otherwise a plain
// statement that the form's own data decide it.
QString proofText(const DossierPageInput &input, const RuleResult &rule);

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
