// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierFormat.h"
#include "dossier/DossierPagesInternal.h"
#include "dossier/TableLayout.h"

namespace shenbao::pages {

namespace {

using C = TableCell;

// A two-column label/value grid.
void grid(PageWriter &w, const QList<QPair<QString, QString>> &rows)
{
    TableLayout t(w, {55, 110});
    for (const auto &[label, value] : rows)
        t.addRow({C::labelCell(label), {value}});
    t.render();
}

QString textOrUnfilled(const std::optional<QString> &s)
{
    const QString t = s.value_or(QString()).trimmed();
    return t.isEmpty() ? QStringLiteral("（未填写）") : t;
}

// Percent with up to two decimals, from the stored fraction (0.2 → 「20%」).
QString percent(double fraction)
{
    QString s = QString::number(fraction * 100.0, 'f', 2);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s + u'%';
}

QString pagesOrNone(const DossierPageInput &in, const QStringList &evidence)
{
    const QString pages = evidencePages(in, evidence);
    return pages.isEmpty() ? QStringLiteral("未附") : pages;
}

QString unfilledIfEmpty(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("（未填写）") : s;
}

void pilot(PageWriter &w)
{
    const DossierPageInput &in = w.input();
    const Project &project = projectOf(in);
    const CallDefinition &call = callOf(in);
    const PilotProject pp = project.domainDetail.project.value_or(PilotProject{});

    QString period;
    if (pp.started || pp.completed)
        period = formatDate(pp.started) + QStringLiteral(" 至 ") + formatDate(pp.completed);
    grid(w, {{QStringLiteral("项目名称"), unfilledIfEmpty(orEmpty(pp.name))},
             {QStringLiteral("建设地点"), unfilledIfEmpty(orEmpty(pp.location))},
             {QStringLiteral("建设周期"), unfilledIfEmpty(period)},
             {QStringLiteral("项目总投资（万元）"), unfilledIfEmpty(formatWan(pp.investmentYuan))},
             {QStringLiteral("建成日期"), unfilledIfEmpty(formatDate(pp.completed))},
             {QStringLiteral("验收报告或建成证明（佐证页码）"),
              pagesOrNone(in, pp.completionEvidence)}});
    subHeading(w, QStringLiteral("（一）项目成效"));
    const QString results = pp.results.value_or(QString()).trimmed();
    if (results.isEmpty())
        plainText(w, QStringLiteral("（未填写）"));
    else
        w.paragraphs(results);

    // 附件1 八（二）: the model's value for the whole industry and the applicant's commitment.
    subHeading(w, QStringLiteral("（二）示范意义和推广价值"));
    w.paragraphs(textOrUnfilled(pp.demonstrationValue));
    w.skip(mm(1));
    grid(w, {{QStringLiteral("项目单位愿意主动配合总结经验，推广模式"), yesNo(pp.willPromote)}});

    subHeading(w, QStringLiteral("（三）要素条件"));
    const PilotTable *table =
        project.pilotCategory ? call.pilotTable(*project.pilotCategory) : nullptr;
    QString caption = table ? table->title : QStringLiteral("（未选择试点示范类别）");
    if (table) {
        for (const PilotSubtable &sub : table->subtables) {
            if (project.pilotSubcategory == sub.key)
                caption += QStringLiteral(" — ") + sub.title;
        }
    }
    plainText(w, caption, 11);
    const QStringList elements =
        call.pilotElements(project.pilotCategory, project.pilotSubcategory);
    TableLayout t(w, {10, 66, 15, 52, 22});
    t.setHeader({C{QStringLiteral("序号")}, C{QStringLiteral("要素条件（原文）")},
                 C{QStringLiteral("是否具备")}, C{QStringLiteral("具体说明")},
                 C{QStringLiteral("佐证页码")}});
    for (int i = 0; i < elements.size(); ++i) {
        const PilotElement e = i < pp.elements.size() ? pp.elements[i] : PilotElement{};
        t.addRow({C::centred(QString::number(i + 1)),
                  {elements[i]},
                  C::centred(yesNo(e.met)),
                  {orEmpty(e.description)},
                  C::centred(evidencePages(in, e.evidence))});
    }
    if (elements.isEmpty())
        t.addRow({C::centred(QStringLiteral("（请先选择试点示范类别）"), 5)});
    t.render();
    if (project.pilotSubcategory == PilotSubcategory::Ecommerce) {
        w.skip(mm(2));
        grid(w, {{QStringLiteral("主营业务收入中通过电子商务实现的销售收入比重"),
                  pp.ecommerceShare ? percent(*pp.ecommerceShare) : QString()}});
    }
}

void talent(PageWriter &w)
{
    const DossierPageInput &in = w.input();
    const Project &project = projectOf(in);
    const DomainDetail &d = project.domainDetail;
    switch (project.talentKind.value_or(TalentKind::School)) {
    case TalentKind::School: {
        subHeading(w, QStringLiteral("（一）合作企业"));
        TableLayout t(w, {11, 46, 60, 22, 26});
        t.setHeader({C{QStringLiteral("序号")}, C{QStringLiteral("合作企业")},
                     C{QStringLiteral("合作专业及内容")}, C{QStringLiteral("共建实习基地")},
                     C{QStringLiteral("合作协议佐证页码")}});
        int n = 0;
        for (const PartnerEnterprise &p : d.partnerEnterprises.value_or(QList<PartnerEnterprise>{}))
            t.addRow({C::centred(QString::number(++n)),
                      {orEmpty(p.name)},
                      {orEmpty(p.programme)},
                      C::centred(yesNo(p.internshipBase)),
                      C::centred(pagesOrNone(in, p.evidence))});
        if (n == 0)
            t.addRow({C::centred(QStringLiteral("（无）"), 5)});
        t.render();

        // 附件1 六（一） names six matters determined together with the partners.
        subHeading(w, QStringLiteral("（二）与合作企业共同研究确定的内容"));
        const SchoolCooperation c = d.cooperation.value_or(SchoolCooperation{});
        grid(w, {{QStringLiteral("专业建设"), textOrUnfilled(c.specialty)},
                 {QStringLiteral("课程设置"), textOrUnfilled(c.curriculum)},
                 {QStringLiteral("培养计划"), textOrUnfilled(c.trainingPlan)},
                 {QStringLiteral("师资建设"), textOrUnfilled(c.faculty)},
                 {QStringLiteral("研发课题"), textOrUnfilled(c.research)},
                 {QStringLiteral("学生实习方案"), textOrUnfilled(c.internship)}});

        subHeading(w, QStringLiteral("（三）实习基地与指导教师"));
        grid(w,
             {{QStringLiteral("共建学生实习基地"), textOrUnfilled(d.internshipBases)},
              {QStringLiteral("聘请技师、高级技师和优秀专业技术人才担任指导教师"),
               yesNo(d.mentorsHired)},
              {QStringLiteral("指导教师人数"), formatCount(d.mentorCount, QStringLiteral("人"))},
              {QStringLiteral("指导教师姓名"), textOrUnfilled(d.mentorNames)},
              {QStringLiteral("聘书或聘用证明（佐证页码）"), pagesOrNone(in, d.mentorsEvidence)}});
        break;
    }
    case TalentKind::Institute:
        grid(w, {{QStringLiteral("研发的技术和产品具有国内先进以上水平"),
                  yesNo(d.nationallyAdvanced)}});
        break;
    case TalentKind::Enterprise: {
        TableLayout t(w, {11, 70, 84});
        t.setHeader({C{QStringLiteral("序号")}, C{QStringLiteral("合作院校")},
                     C{QStringLiteral("共建学科专业点")}});
        int n = 0;
        for (const CoBuiltProgram &p : d.coBuiltPrograms.value_or(QList<CoBuiltProgram>{}))
            t.addRow(
                {C::centred(QString::number(++n)), {orEmpty(p.school)}, {orEmpty(p.programme)}});
        if (n == 0)
            t.addRow({C::centred(QStringLiteral("（无）"), 3)});
        t.render();
        break;
    }
    }
}

} // namespace

void drawFormDomainDetail(PageWriter &w)
{
    const Project &project = projectOf(w.input());
    const DomainDetail &d = project.domainDetail;
    w.sectionHeading(QStringLiteral("九、领域专项信息"));
    if (!project.domain) {
        plainText(w, QStringLiteral("（未选择申报领域）"));
        return;
    }
    switch (*project.domain) {
    case Domain::Equipment:
        // 附件1 一（一）自主品牌、技术水平；一（三）销售规模.
        grid(w, {{QStringLiteral("智能制造装备产品自主品牌"), textOrUnfilled(d.brand)},
                 {QStringLiteral("技术水平（国内领先地位）"), textOrUnfilled(d.techLevel)},
                 {QStringLiteral("在省内或国内的销售规模"), textOrUnfilled(d.salesScale)}});
        break;
    case Domain::Software:
        subHeading(w, QStringLiteral("软硬件设施及开发环境"));
        w.paragraphs(textOrUnfilled(d.devEnvironment));
        break;
    case Domain::Network:
        grid(w, {{QStringLiteral("为制造业企业提供第三方独立服务"), yesNo(d.thirdPartyService)}});
        subHeading(w, QStringLiteral("产品或服务的 OT/IT 深度融合情况"));
        w.paragraphs(textOrUnfilled(d.otItFusion));
        break;
    case Domain::Solution:
        // 附件1 四（一）主营业务、系统集成服务；四（二）所属行业及领先地位.
        grid(w,
             {{QStringLiteral("主营业务为智能制造系统解决方案"), yesNo(d.mainBusinessIsSolutions)},
              {QStringLiteral("主营业务"), textOrUnfilled(d.mainBusiness)},
              {QStringLiteral("智能制造系统集成服务收入占主营业务收入比重"),
               d.integrationShare ? percent(*d.integrationShare) : QStringLiteral("（未填写）")},
              {QStringLiteral("所属行业领域"), textOrUnfilled(d.industry)},
              {QStringLiteral("在所属行业领域的领先地位"), textOrUnfilled(d.leadingPosition)}});
        break;
    case Domain::Organization: {
        QString share;
        if (d.platformStaff && d.qualifiedStaff && *d.platformStaff > 0)
            share = QStringLiteral("（占 %1）")
                        .arg(percent(double(*d.qualifiedStaff) / *d.platformStaff));
        grid(w,
             {{QStringLiteral("运作规范、规章制度健全"), yesNo(d.regulated)},
              {QStringLiteral("平台从业人员"), formatCount(d.platformStaff, QStringLiteral("人"))},
              {QStringLiteral("其中本科以上学历或中级以上技术职称"),
               formatCount(d.qualifiedStaff, QStringLiteral("人")) + share}});
        subHeading(w, QStringLiteral("发展规划与年度目标"));
        w.paragraphs(textOrUnfilled(d.plan));
        break;
    }
    case Domain::Talent:
        talent(w);
        break;
    case Domain::Finance: {
        grid(w, {{QStringLiteral("在广东省内有固定的经营服务场所"), yesNo(d.premisesInGuangdong)}});
        subHeading(w, QStringLiteral("智能制造特色金融产品"));
        TableLayout t(w, {11, 50, 104});
        t.setHeader({C{QStringLiteral("序号")}, C{QStringLiteral("产品名称")},
                     C{QStringLiteral("产品简介")}});
        int n = 0;
        for (const FinancialProduct &p : d.products.value_or(QList<FinancialProduct>{}))
            t.addRow({C::centred(QString::number(++n)), {orEmpty(p.name)}, {orEmpty(p.summary)}});
        if (n == 0)
            t.addRow({C::centred(QStringLiteral("（无）"), 3)});
        t.render();
        break;
    }
    case Domain::Pilot:
        pilot(w);
        break;
    }
}

} // namespace shenbao::pages
