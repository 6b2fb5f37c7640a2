// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierFormat.h"
#include "dossier/DossierPagesInternal.h"
#include "dossier/TableLayout.h"

namespace shenbao::pages {

namespace {

QString qualificationList(const DossierPageInput &in)
{
    const Project &project = projectOf(in);
    const CallDefinition &call = callOf(in);
    QStringList lines;
    for (const QualificationKind kind : allValues<QualificationKind>()) {
        QStringList evidence;
        QStringList titles;
        bool held = false;
        for (const Qualification &q : project.qualifications) {
            if (q.kind == kind) {
                held = true;
                evidence << q.evidence;
                if (q.title && !q.title->isEmpty())
                    titles << *q.title;
            }
        }
        QString line = (held ? QStringLiteral("■ ") : QStringLiteral("□ ")) +
                       call.nameOf(kind, "qualification");
        if (!titles.isEmpty())
            line += QStringLiteral("：") + titles.join(QStringLiteral("；"));
        const QString pages = evidencePages(in, evidence);
        if (!pages.isEmpty())
            line += QStringLiteral("（佐证页码 ") + pages + QStringLiteral("）");
        lines << line;
    }
    return lines.join(u'\n');
}

// 「（佐证页码 23–24）」 after a value, or nothing when no evidence is bound.
QString withPages(const DossierPageInput &in, const QString &text, const QStringList &evidence)
{
    const QString pages = evidencePages(in, evidence);
    if (pages.isEmpty())
        return text;
    return text + QStringLiteral("（佐证页码 ") + pages + QStringLiteral("）");
}

QString rdInstitutionText(const DossierPageInput &in)
{
    const Applicant &a = projectOf(in).applicant;
    QString text =
        a.rdInstitution ? callOf(in).nameOf(*a.rdInstitution, "rdInstitution") : QString();
    if (a.rdInstitutionName && !a.rdInstitutionName->isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("：")) + *a.rdInstitutionName;
    return withPages(in, text, a.rdInstitutionEvidence);
}

QString otherQualificationList(const DossierPageInput &in)
{
    QStringList lines;
    for (const OtherQualification &q : projectOf(in).otherQualifications) {
        QString line = orEmpty(q.title);
        if (!orEmpty(q.issuer).isEmpty())
            line += QStringLiteral("（") + orEmpty(q.issuer) + QStringLiteral("）");
        if (q.granted)
            line += QStringLiteral("，") + formatDate(q.granted);
        lines << withPages(in, line, q.evidence);
    }
    return lines.isEmpty() ? QStringLiteral("无") : lines.join(u'\n');
}

QString contactText(const Contact &c)
{
    const QString name = orEmpty(c.name), title = orEmpty(c.title);
    if (name.isEmpty() || title.isEmpty())
        return name + title;
    return name + QStringLiteral(" / ") + title;
}

// Enterprises (and financial institutions) register capital and report revenue; schools,
// institutes and associations do not.
bool isEnterpriseLike(const Applicant &a)
{
    return !a.orgType || *a.orgType == OrgType::Enterprise ||
           *a.orgType == OrgType::FinancialInstitution;
}

void drawBasicTable(PageWriter &w)
{
    const DossierPageInput &in = w.input();
    const Applicant &a = projectOf(in).applicant;
    const CallDefinition &call = callOf(in);
    using C = TableCell;
    auto label = [](const char *utf8) {
        return C::labelCell(QString::fromUtf8(utf8));
    };

    TableLayout t(w, {36, 46.5, 36, 46.5});
    t.addRow({label("单位名称"), {orEmpty(a.name), 3}});
    t.addRow({label("统一社会信用代码"),
              {orEmpty(a.uscc)},
              label("单位性质"),
              {a.orgType ? call.nameOf(*a.orgType, "orgType") : QString()}});
    t.addRow({label("所在地市"), {orEmpty(a.city)}, label("所在区（县）"), {orEmpty(a.district)}});
    t.addRow({label("注册地址"), {orEmpty(a.registeredAddress), 3}});
    t.addRow({label("通讯地址"), {orEmpty(a.mailingAddress), 3}});
    t.addRow(
        {label("邮政编码"), {orEmpty(a.postcode)}, label("成立日期"), {formatDate(a.founded)}});
    // A school or institute has no registered capital: its certificate states 开办资金, and
    // an unfilled or zero amount is printed as not applicable rather than as 「0」.
    const bool enterprise = isEnterpriseLike(a);
    const QString capital =
        a.registeredCapitalYuan && *a.registeredCapitalYuan > 0
            ? formatWan(a.registeredCapitalYuan)
            : (enterprise ? formatWan(a.registeredCapitalYuan) : QStringLiteral("不适用"));
    t.addRow({label(enterprise ? "注册资本（万元）" : "开办资金（万元）"),
              {capital},
              label("法定代表人"),
              {orEmpty(a.legalRepresentative)}});
    t.addRow({label("联系人/职务"),
              {contactText(a.contact)},
              label("手机"),
              {orEmpty(a.contact.mobile)}});
    t.addRow({label("固定电话"),
              {orEmpty(a.contact.phone)},
              label("电子邮箱"),
              {orEmpty(a.contact.email)}});
    t.addRow({label("职工总数"),
              {formatCount(a.employees, QStringLiteral("人"))},
              label("研发技术团队人数"),
              {withPages(in, formatCount(a.rdStaff, QStringLiteral("人")), a.rdStaffEvidence)}});
    t.addRow({label("研发机构情况"), {rdInstitutionText(in), 3}});
    t.addRow({label("已获资质"), {qualificationList(in), 3}});
    t.addRow({label("其他资质认定"), {otherQualificationList(in), 3}});
    t.addRow({label("是否已入选第一批合作伙伴"), {yesNo(projectOf(in).firstBatchPartner), 3}});
    t.render();
}

void drawFinanceTable(PageWriter &w)
{
    const DossierPageInput &in = w.input();
    const Project &project = projectOf(in);
    const CallDefinition &call = callOf(in);
    using C = TableCell;
    const Qt::Alignment num = Qt::AlignRight;

    bool anyFigure = false;
    QStringList statements;
    for (const int year : call.financeYears) {
        if (const FinanceYear *f = project.financeFor(year))
            anyFigure = anyFigure || f->revenueYuan || f->mainRevenueYuan || f->profitYuan ||
                        f->rdSpendYuan;
        for (const Evidence &e : project.evidence) {
            if (e.category == EvidenceCategory::AuditReport && e.year == year)
                statements << e.id;
        }
    }
    if (!anyFigure && !isEnterpriseLike(project.applicant)) {
        // A school's form is not an enterprise's: no empty revenue table, but what it files.
        const QString pages = evidencePages(in, statements);
        plainText(w, QStringLiteral("本单位为%1，不填报企业经营收入；近三年财务情况见年度审计报告或"
                                    "财务报表%2。")
                         .arg(call.nameOf(*project.applicant.orgType, "orgType"),
                              pages.isEmpty() ? QStringLiteral("（尚未附）")
                                              : QStringLiteral("（佐证页码 %1）").arg(pages)));
        return;
    }
    TableLayout t(w, {22, 27, 27, 27, 27, 35});
    t.setHeader({C{QStringLiteral("年度")}, C{QStringLiteral("营业收入")},
                 C{QStringLiteral("主营业务收入")}, C{QStringLiteral("利润总额")},
                 C{QStringLiteral("研发投入")}, C{QStringLiteral("审计报告佐证页码")}});
    QList<std::optional<Yuan>> revenue, main, profit, rd;
    for (const int year : call.financeYears) {
        const FinanceYear *f = project.financeFor(year);
        const FinanceYear empty;
        const FinanceYear &y = f ? *f : empty;
        revenue << y.revenueYuan;
        main << y.mainRevenueYuan;
        profit << y.profitYuan;
        rd << y.rdSpendYuan;
        QStringList audit;
        for (const Evidence &e : project.evidence) {
            if (e.category == EvidenceCategory::AuditReport && e.year == year)
                audit << e.id;
        }
        t.addRow({C::centred(QString::number(year)),
                  {formatWan(y.revenueYuan), 1, num},
                  {formatWan(y.mainRevenueYuan), 1, num},
                  {formatWan(y.profitYuan), 1, num},
                  {formatWan(y.rdSpendYuan), 1, num},
                  C::centred(evidencePages(in, audit))});
    }
    t.addRow({C::labelCell(QStringLiteral("三年平均")),
              {formatAverageWan(revenue), 1, num},
              {formatAverageWan(main), 1, num},
              {formatAverageWan(profit), 1, num},
              {formatAverageWan(rd), 1, num},
              C::centred(QString())});
    if (!anyFigure) // flagged, not silently empty: the notice asks for three years' figures
        t.addRow({C::centred(
            QStringLiteral("待补充：近三年经营情况尚未填写（通知要求提供近3年审计报告）"), 6)});
    t.render();
    w.skip(mm(1.5));
    // The note stays whole under its table (never a lone 「平均。」 at the top of a page).
    TextBlock::Options noteOptions;
    noteOptions.lineSpacing = 1.75;
    const TextBlock note =
        w.layout(QStringLiteral(
                     "注：金额单位为万元，保留两位小数（四舍五入）；三年平均为三个年度之和除以 3；"
                     "任一年度未填写时不计算平均。"),
                 pageFont(FontRole::Body, 9.5), w.contentWidth(), noteOptions);
    w.ensureSpace(note.height());
    w.flow(note);
}

void drawPatents(PageWriter &w)
{
    const DossierPageInput &in = w.input();
    const Project &project = projectOf(in);
    using C = TableCell;

    subHeading(w, QStringLiteral("（一）核心发明专利"));
    TableLayout t(w, {11, 58, 37, 31, 28});
    t.setHeader({C{QStringLiteral("序号")}, C{QStringLiteral("专利名称")},
                 C{QStringLiteral("专利号")}, C{QStringLiteral("授权日期")},
                 C{QStringLiteral("佐证页码")}});
    int n = 0;
    int invention = 0, core = 0, utility = 0, design = 0;
    for (const Patent &pt : project.patents) {
        if (pt.kind == PatentKind::Invention)
            ++invention;
        else if (pt.kind == PatentKind::UtilityModel)
            ++utility;
        else if (pt.kind == PatentKind::Design)
            ++design;
        if (pt.kind != PatentKind::Invention || pt.core != true)
            continue;
        ++core;
        t.addRow({C::centred(QString::number(++n)),
                  {orEmpty(pt.title)},
                  C::centred(orEmpty(pt.number)),
                  C::centred(formatDate(pt.granted)),
                  C::centred(evidencePages(in, pt.evidence))});
    }
    if (n == 0)
        t.addRow({C::centred(QStringLiteral("（无）"), 5)});
    t.render();

    subHeading(w, QStringLiteral("（二）知识产权数量"));
    TableLayout counts(w, {33, 33, 33, 33, 33});
    counts.setHeader(
        {C{QStringLiteral("发明专利（项）")}, C{QStringLiteral("其中核心发明专利（项）")},
         C{QStringLiteral("实用新型专利（项）")}, C{QStringLiteral("外观设计专利（项）")},
         C{QStringLiteral("软件著作权（项）")}});
    counts.addRow({C::centred(QString::number(invention)), C::centred(QString::number(core)),
                   C::centred(QString::number(utility)), C::centred(QString::number(design)),
                   C::centred(formatCount(project.softwareCopyrights, QString()))});
    counts.render();

    // 承担项目: the notice lists it among the evidence every applicant provides.
    subHeading(w, QStringLiteral("（三）承担项目"));
    TableLayout u(w, {11, 50, 40, 14, 28, 22}); // 「金额（万元）」 on one line
    u.setHeader({C{QStringLiteral("序号")}, C{QStringLiteral("项目名称")},
                 C{QStringLiteral("项目来源及级别")}, C{QStringLiteral("年度")},
                 C{QStringLiteral("金额（万元）")}, C{QStringLiteral("佐证页码")}});
    int m = 0;
    for (const UndertakenProject &up : project.undertakenProjects)
        u.addRow({C::centred(QString::number(++m)),
                  {orEmpty(up.title)},
                  {orEmpty(up.source)},
                  C::centred(up.year ? QString::number(*up.year) : QString()),
                  {formatWan(up.amountYuan), 1, Qt::AlignRight},
                  C::centred(evidencePages(in, up.evidence))});
    if (m == 0)
        u.addRow({C::centred(QStringLiteral("（无）"), 6)});
    u.render();
}

} // namespace

void drawFormInstructions(PageWriter &w)
{
    w.pageTitle(QStringLiteral("填报说明"));
    const QStringList items = {
        QStringLiteral("一、申报单位应如实填写本申报书，对所填内容及所附佐证材料的真实性、准确性、"
                       "完整性负责。"),
        QStringLiteral("二、本申报书所填金额单位均为万元，保留两位小数；日期均为公历年、月、日。"),
        QStringLiteral("三、“符合条件说明”中各项条件的状态为“符合”“不符合”或“待补充”；“待补充”表示"
                       "所需数据尚未填写完整。"),
        QStringLiteral(
            "四、“佐证页码”为本册页脚所示页码，佐证材料按《佐证材料目录》顺序装订于申报书之后。"),
        w.input().duplex
            ? QStringLiteral("五、申报书及佐证材料用A4纸双面打印，按本册顺序装订成册，一式四份。")
            : QStringLiteral("五、申报书及佐证材料用A4纸单面打印，按本册顺序装订成册，一式四份。"),
        QStringLiteral("六、封面及承诺书须加盖申报单位公章，承诺书须由法定代表人签字。"),
        QStringLiteral(
            "七、封面所印数据指纹用于核对纸质材料、电子文件与申报数据是否一致，请勿涂改。"),
    };
    for (const QString &item : items) {
        TextBlock::Options o;
        o.alignment = Qt::AlignJustify;
        o.lineSpacing = 1.9;
        // Hanging indent: continuation lines align after 「一、」.
        const qreal hang = 2 * 13 * kResolutionDpi / 72.0;
        o.firstLineIndent = -hang;
        w.flow(w.layout(item, pageFont(FontRole::Body, 13), w.contentWidth() - hang, o), hang);
        w.skip(mm(2));
    }
}

void drawFormBasics(PageWriter &w)
{
    w.sectionHeading(QStringLiteral("一、申报单位基本情况表"));
    drawBasicTable(w);
    w.sectionHeading(QStringLiteral("二、近三年经营情况（万元）"));
    drawFinanceTable(w);
    w.sectionHeading(QStringLiteral("三、知识产权及承担项目情况"));
    drawPatents(w);
}

void drawFormConditions(PageWriter &w)
{
    const DossierPageInput &in = w.input();
    const Project &project = projectOf(in);
    const CallDefinition &call = callOf(in);
    const Evaluation &ev = evaluationOf(in);
    using C = TableCell;

    w.sectionHeading(QStringLiteral("四、申报领域及符合条件说明"));
    plainText(w, QStringLiteral("申报领域：") +
                     call.domainDisplayName(project.domain, project.talentKind,
                                            project.pilotCategory, project.pilotSubcategory));
    plainText(w, QStringLiteral("认定方式：") + call.nameOf(ev.route, "route"));
    w.skip(mm(1));

    // The reviewer's language: the notice's numbering and words, never the program's rule ids.
    TableLayout t(w, {34, 56, 34, 15, 26});
    t.setHeader({C{QStringLiteral("条款")}, C{QStringLiteral("遴选条件（原文）")},
                 C{QStringLiteral("申报单位情况")}, C{QStringLiteral("状态")},
                 C{QStringLiteral("佐证页码")}});
    for (const RuleResult *r : printedRules(in)) {
        QString figure = r->figure;
        if (!r->missingEvidence.isEmpty())
            figure += (figure.isEmpty() ? QString() : QStringLiteral("\n")) +
                      QStringLiteral("缺少佐证：") + r->missingEvidence.join(QStringLiteral("；"));
        QString state = stateName(r->state);
        if (r->informational)
            state += QStringLiteral("\n（仅供参考）");
        t.addRow({{conditionName(in, *r)},
                  {clauseOf(in, *r)},
                  {figure},
                  C::centred(state),
                  C::centred(proofText(in, *r))});
    }
    if (t.rowCount() == 0)
        t.addRow({C::centred(QStringLiteral("（尚无评估结果）"), 5)});
    t.render();
}

} // namespace shenbao::pages
