// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/ProblemText.h"

#include "call/CallDefinition.h"
#include "gui/ChoiceText.h"
#include "gui/LanguageManager.h"
#include "model/Money.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace shenbao {

namespace {

// %1 … %9 filled in one pass: a value that itself contains 「%1」 (typed text) stays as typed,
// and a template may leave out a value (English has no counting word for 个, 项 …).
QString fill(const QString &pattern, const QStringList &values)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' &&
            pattern.at(i + 1) <= u'9') {
            const int n = pattern.at(i + 1).unicode() - u'1';
            out += values.value(n);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

struct TermEntry
{
    const char16_t *chinese;
    const char *english; // source text of tr()
};

// The rules' fixed labels and figure templates (core/rules/*Rules.cpp, RuleKit.cpp). The
// Chinese translation of each English text is the Chinese key itself.
constexpr TermEntry kTerms[] = {
    // Labels of conditions and counted lists.
    {u"境内依法注册",
     QT_TRANSLATE_NOOP("ProblemText", "Registered in mainland China according to law")},
    {u"独立法人资格", QT_TRANSLATE_NOOP("ProblemText", "Independent legal person")},
    {u"具备安全生产条件",
     QT_TRANSLATE_NOOP("ProblemText", "Meets the conditions for safe production")},
    {u"近3年内未发生重大安全、环保、质量事故",
     QT_TRANSLATE_NOOP("ProblemText",
                       "No major safety, environmental or quality accident in the last 3 years")},
    {u"未列入失信被执行人",
     QT_TRANSLATE_NOOP("ProblemText", "Not listed as a dishonest judgment debtor")},
    {u"近3年内无不良信用记录",
     QT_TRANSLATE_NOOP("ProblemText", "No bad credit record in the last 3 years")},
    {u"无知识产权侵权行为",
     QT_TRANSLATE_NOOP("ProblemText", "No infringement of intellectual property")},
    {u"省内典型案例", QT_TRANSLATE_NOOP("ProblemText", "Typical cases in Guangdong")},
    {u"%1年度省内典型案例", QT_TRANSLATE_NOOP("ProblemText", "Typical cases in Guangdong in %1")},
    {u"%1年度智能制造服务案例",
     QT_TRANSLATE_NOOP("ProblemText", "Intelligent manufacturing service cases of %1")},
    {u"核心发明专利", QT_TRANSLATE_NOOP("ProblemText", "Core invention patents")},
    {u"研发技术团队", QT_TRANSLATE_NOOP("ProblemText", "R&D team")},
    {u"开发环境", QT_TRANSLATE_NOOP("ProblemText", "Development environment")},
    {u"提供第三方独立服务",
     QT_TRANSLATE_NOOP("ProblemText", "Provides independent third-party services")},
    {u"OT/IT深度融合特点", QT_TRANSLATE_NOOP("ProblemText", "Deep OT/IT integration")},
    {u"主营智能制造系统解决方案",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Main business is intelligent manufacturing system solutions")},
    {u"运作规范、规章制度健全",
     QT_TRANSLATE_NOOP("ProblemText", "Run properly, with complete rules and regulations")},
    {u"发展规划与年度目标", QT_TRANSLATE_NOOP("ProblemText", "Development plan and annual goals")},
    {u"平台从业人员", QT_TRANSLATE_NOOP("ProblemText", "Platform staff")},
    {u"本科或中级职称以上人员",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Staff with a bachelor's degree or intermediate title or above")},
    {u"省内有固定的经营服务场所",
     QT_TRANSLATE_NOOP("ProblemText", "Fixed business premises in Guangdong")},
    {u"从业人员", QT_TRANSLATE_NOOP("ProblemText", "Employees")},
    {u"特色金融产品", QT_TRANSLATE_NOOP("ProblemText", "Distinctive financial products")},
    {u"合作企业", QT_TRANSLATE_NOOP("ProblemText", "Partner enterprises")},
    {u"聘请技师、高级技师等担任指导教师",
     QT_TRANSLATE_NOOP("ProblemText", "Technicians or senior technicians hired as instructors")},
    {u"技术和产品具有国内先进以上水平",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Technology and products at an advanced national level or above")},
    {u"共建智能制造相关专业点",
     QT_TRANSLATE_NOOP("ProblemText", "Jointly built intelligent manufacturing programmes")},
    {u"项目成效", QT_TRANSLATE_NOOP("ProblemText", "Results of the project")},
    // Documents a rule asks for.
    {u"营业执照", QT_TRANSLATE_NOOP("ProblemText", "Business licence")},
    {u"信用中国报告", QT_TRANSLATE_NOOP("ProblemText", "Credit China report")},
    {u"法人登记证书（营业执照或事业单位法人证书）",
     QT_TRANSLATE_NOOP("ProblemText", "Legal person registration certificate (business licence or "
                                      "public institution certificate)")},
    {u"%1年度审计报告", QT_TRANSLATE_NOOP("ProblemText", "Audit report of %1")},
    {u"%1年度审计报告或财务报表",
     QT_TRANSLATE_NOOP("ProblemText", "Audit report or financial statements of %1")},
    {u"研发机构证明材料（批准或设立文件）",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Evidence of the R&D institution (approval or founding document)")},
    {u"研发技术团队人员名单或社保证明",
     QT_TRANSLATE_NOOP("ProblemText", "Staff list or social insurance records of the R&D team")},
    {u"与%1的校企合作协议",
     QT_TRANSLATE_NOOP("ProblemText", "School-enterprise cooperation agreement with %1")},
    {u"指导教师聘书或聘用证明",
     QT_TRANSLATE_NOOP("ProblemText", "Instructors' letters of appointment")},
    {u"要素条件第%1项的证明材料", QT_TRANSLATE_NOOP("ProblemText", "Evidence for element %1")},
    {u"项目验收报告或建成证明",
     QT_TRANSLATE_NOOP("ProblemText", "Acceptance report or proof of completion of the project")},
    // Whole figures (FigureText templates).
    {u"是否已入选2021年第一批合作伙伴：未填写",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Selected in the first batch of partners (2021): not filled in")},
    {u"已入选2021年第一批合作伙伴名单，无需重复申报",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Selected in the first batch of partners (2021): no need to apply again")},
    {u"未入选第一批合作伙伴", QT_TRANSLATE_NOOP("ProblemText", "Not a partner of the first batch")},
    {u"已取得资质 %1 项：%2", QT_TRANSLATE_NOOP("ProblemText", "Qualifications held: %1 (%2)")},
    {u"已填写 %1 项资质，但未选择资质类型",
     QT_TRANSLATE_NOOP("ProblemText", "%1 qualification(s) entered, but no type chosen")},
    {u"未填写可直接认定的资质，按评审遴选",
     QT_TRANSLATE_NOOP("ProblemText",
                       "No qualification for direct recognition: selection by review")},
    {u"统一社会信用代码：未填写",
     QT_TRANSLATE_NOOP("ProblemText", "Unified social credit code: not filled in")},
    {u"统一社会信用代码 %1", QT_TRANSLATE_NOOP("ProblemText", "Unified social credit code %1")},
    {u"营业执照、审计报告、信用中国报告：已附",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Business licence, audit reports, Credit China report: attached")},
    {u"近三年经营情况未填写：%1年度",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Business figures of the last three years not filled in: %1")},
    {u"缺少%1年度主营业务收入",
     QT_TRANSLATE_NOOP("ProblemText", "Main business revenue missing for %1")},
    {u"主营业务收入合计超出可计算的范围，请核对金额",
     QT_TRANSLATE_NOOP(
         "ProblemText",
         "The total main business revenue is too large to compute; check the amounts")},
    {u"近三年平均主营业务收入 %1 万元（要求 %2 万元以上）",
     QT_TRANSLATE_NOOP("ProblemText", "Average main business revenue of the last three years: %1 "
                                      "(10,000 yuan; at least %2 required)")},
    {u"研发机构：%1", QT_TRANSLATE_NOOP("ProblemText", "R&D institution: %1")},
    {u"研发机构情况：未填写", QT_TRANSLATE_NOOP("ProblemText", "R&D institution: not filled in")},
    {u"本科或中级职称以上人员 %1 人（平台从业人员未填写，无法计算占比）",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Staff with a bachelor's degree or intermediate title or above: %1 "
                       "(platform staff not filled in, so no share can be computed)")},
    {u"本科或中级职称以上人员 %1 / %2 人（%3，要求 %4% 以上）",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Staff with a bachelor's degree or intermediate title or above: %1 / %2 "
                       "(%3; at least %4% required)")},
    {u"共建学生实习基地 %1 家",
     QT_TRANSLATE_NOOP("ProblemText", "Student internship bases built jointly: %1")},
    {u"共建学生实习基地：无",
     QT_TRANSLATE_NOOP("ProblemText", "Student internship bases built jointly: none")},
    {u"共建学生实习基地：未填写",
     QT_TRANSLATE_NOOP("ProblemText", "Student internship bases built jointly: not filled in")},
    {u"合作企业：未填写", QT_TRANSLATE_NOOP("ProblemText", "Partner enterprises: not filled in")},
    {u"共建专业点：未填写",
     QT_TRANSLATE_NOOP("ProblemText", "Jointly built programmes: not filled in")},
    {u"特色金融产品：未填写",
     QT_TRANSLATE_NOOP("ProblemText", "Distinctive financial products: not filled in")},
    {u"要素条件已填写 %1 项，所选表共 %2 项，请按表逐项填写",
     QT_TRANSLATE_NOOP(
         "ProblemText",
         "%1 element(s) answered, the chosen table has %2: answer the table element by element")},
    {u"要素条件共 %2 项，符合 %1 项", QT_TRANSLATE_NOOP("ProblemText", "%1 of %2 elements met")},
    {u"要素条件共 %2 项，符合 %1 项（第%3项不符合）",
     QT_TRANSLATE_NOOP("ProblemText", "%1 of %2 elements met (not met: element %3)")},
    {u"要素条件共 %2 项，符合 %1 项（第%3项待补充）",
     QT_TRANSLATE_NOOP("ProblemText", "%1 of %2 elements met (to complete: element %3)")},
    {u"电子商务实现的销售收入比重：未填写",
     QT_TRANSLATE_NOOP("ProblemText", "Share of sales made through e-commerce: not filled in")},
    {u"电子商务实现的销售收入比重 %1%（要求不低于 %2%）",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Share of sales made through e-commerce: %1% (at least %2% required)")},
    {u"未选择试点示范类别（表1.1–表1.6）",
     QT_TRANSLATE_NOOP("ProblemText", "No pilot demonstration category chosen (tables 1.1-1.6)")},
    {u"本次申报没有所选类别的要素条件表",
     QT_TRANSLATE_NOOP("ProblemText", "This call has no element table for the chosen category")},
    {u"所选子类别不属于表%1，请重新选择",
     QT_TRANSLATE_NOOP("ProblemText", "The chosen subcategory is not in table %1: choose again")},
    {u"未选择表%1的子类别", QT_TRANSLATE_NOOP("ProblemText", "No subcategory of table %1 chosen")},
    {u"试点示范项目：未填写",
     QT_TRANSLATE_NOOP("ProblemText", "Pilot demonstration project: not filled in")},
    {u"项目建成日期：未填写",
     QT_TRANSLATE_NOOP("ProblemText", "Completion date of the project: not filled in")},
    {u"项目已于%1建成", QT_TRANSLATE_NOOP("ProblemText", "Project completed on %1")},
    {u"项目建成日期%1晚于%2，尚未建成",
     QT_TRANSLATE_NOOP("ProblemText",
                       "Completion date %1 is after %2: the project is not completed yet")},
    {u"未选择人才领域单位类型", QT_TRANSLATE_NOOP("ProblemText", "Kind of talent unit not chosen")},
    {u"此条件需由新版本软件评估，请更新申报工具",
     QT_TRANSLATE_NOOP("ProblemText",
                       "This condition needs a newer version of the tool: please update it")},
};

const QHash<QString, const char *> &termTable()
{
    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> t;
        for (const auto &e : kTerms)
            t.insert(QString::fromUtf16(e.chinese), e.english);
        return t;
    }();
    return table;
}

const CallDefinition &call()
{
    return CallDefinition::bundled();
}

// 「2021年9月30日」 in Chinese, 2021-09-30 in English.
QString dateText(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid()
               ? d.toString(ProblemText::tr("yyyy-MM-dd", "date format of problem messages"))
               : iso;
}

// An amount of integer 元 as the 万元 figure, with its unit.
QString wanText(const QString &yuan)
{
    bool ok = false;
    const qint64 v = yuan.toLongLong(&ok);
    return ok ? ProblemText::tr("%1 (10,000 yuan)", "an amount in 万元").arg(formatWan(v)) : yuan;
}

// 1750 → 1,750, as core groups counts.
QString grouped(const QString &number)
{
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    if (!ok)
        return number;
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return n < 0 ? u"-"_s + digits : digits;
}

// A value of a FigureText: a choice of the call, a date, or plain text (years and numbers
// joined by 「、」 get the UI language's separator).
QString valueText(const QString &value)
{
    if (value.startsWith(u"choice:"_s)) {
        const qsizetype slash = value.indexOf(u'/');
        const QString group = value.mid(7, slash - 7);
        QStringList names;
        for (const QString &key : value.mid(slash + 1).split(u',', Qt::SkipEmptyParts))
            names << ChoiceText::name(call(), group, key);
        return names.join(ProblemText::tr(", ", "list separator"));
    }
    static const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (isoDate.match(value).hasMatch())
        return dateText(value);
    QString out = value;
    return out.replace(u'、', ProblemText::tr(", ", "list separator"));
}

QString labeled(const QString &name, const QString &title, const QString &typed)
{
    QString out = name;
    if (!typed.isEmpty())
        out += u' ' + typed;
    if (!title.isEmpty())
        out += ProblemText::tr(" “%1”", "a title after a name").arg(title);
    return out;
}

// 「资质 省级机器人骨干企业《…》」 / 「第2项资质」 (RuleKit::qualificationLabel).
QString qualificationText(const QStringList &a)
{
    if (a.value(0).isEmpty() && a.value(1).isEmpty())
        return ProblemText::tr("Qualification %1").arg(a.value(2));
    const QString kind =
        a.value(0).isEmpty() ? QString() : ChoiceText::name(call(), u"qualification"_s, a.value(0));
    return labeled(ProblemText::tr("Qualification"), a.value(1), kind);
}

QString patentText(const QStringList &a)
{
    if (a.value(0).isEmpty() && a.value(1).isEmpty())
        return ProblemText::tr("Patent %1").arg(a.value(2));
    return labeled(ProblemText::tr("Patent"), a.value(1), a.value(0));
}

QString caseText(const QStringList &a)
{
    if (a.value(0).isEmpty())
        return ProblemText::tr("Case %1").arg(a.value(2));
    QString out = ProblemText::tr("Case “%1”").arg(a.value(0));
    if (!a.value(1).isEmpty())
        out += ProblemText::tr(" (%1)", "the customer after a case").arg(a.value(1));
    return out;
}

QString categoryName(EvidenceCategory c)
{
    return ChoiceText::nameOf(call(), c, "evidenceCategory");
}

// A system's or a parser's own words inside a phrase: kept in the Chinese UI (they are what core
// says), left out of the English UI when they are Chinese (the C library's messages are
// translated to Chinese in core, OutputGuard's systemReason), so English stays English.
QString reason(const QString &text)
{
    static const QRegularExpression cjk(QStringLiteral("[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
    if (LanguageManager::current() == QLatin1StringView("en") && text.contains(cjk))
        return {};
    return text;
}

QString patentShape()
{
    return ProblemText::tr(
        "a patent number is “ZL”, an application number of 8 or 12 digits, a dot and the "
        "check character, e.g. ZL201710601862.3");
}

} // namespace

QStringList ProblemText::terms()
{
    QStringList out;
    for (const auto &e : kTerms)
        out << QString::fromUtf16(e.chinese);
    return out;
}

bool ProblemText::phrases(ProblemCode code)
{
    return code != ProblemCode::Unspecified && problemCodeArity(code) >= 0;
}

QString ProblemText::term(const QString &chinese, const QString &qualifier)
{
    const auto it = termTable().constFind(chinese);
    const QString pattern = it == termTable().constEnd()
                                ? chinese
                                : QCoreApplication::translate("ProblemText", it.value());
    return qualifier.isEmpty() ? pattern : fill(pattern, {valueText(qualifier)});
}

QString ProblemText::ruleTitle(const RuleResult &rule)
{
    // The call file (resources/calls/) carries the Chinese titles only.
    static const QHash<QString, QString> english{
        {u"ROUTE-FIRST"_s, u"Selected in the first batch of partners (2021)"_s},
        {u"ROUTE-DIRECT"_s, u"Direct recognition by a qualification held"_s},
        {u"BASE-1"_s, u"Registered in mainland China, independent legal person"_s},
        {u"BASE-2"_s, u"Typical cases in Guangdong"_s},
        {u"BASE-3"_s,
         u"Safe production; no major safety, environmental or quality accident in 3 years"_s},
        {u"BASE-4"_s,
         u"Good credit: no dishonest debtor, no bad credit in 3 years, no IP infringement"_s},
        {u"BASE-5"_s, u"Valid unified social credit code"_s},
        {u"DOC-1"_s, u"Business licence, audit reports of 3 years, Credit China report"_s},
        {u"EQ-1"_s, u"5 or more core invention patents"_s},
        {u"EQ-2"_s, u"R&D institution established or being built"_s},
        {u"EQ-3"_s, u"R&D team of at least 20"_s},
        {u"EQ-4"_s, u"Average main business revenue of 15 million yuan or more over 3 years"_s},
        {u"SW-1"_s, u"5 or more core invention patents in the domain"_s},
        {u"SW-2"_s, u"5 or more user service cases in Guangdong in 2021"_s},
        {u"SW-3"_s, u"Development environment, R&D team of at least 20"_s},
        {u"NET-1"_s,
         u"Independent third-party services, 5 or more typical cases in Guangdong in 2021"_s},
        {u"NET-2"_s, u"5 or more core invention patents, deep OT/IT integration"_s},
        {u"SOL-1"_s,
         u"Main business is system solutions, 5 or more typical cases in Guangdong in 2021"_s},
        {u"SOL-2"_s, u"5 or more core invention patents in the domain"_s},
        {u"SOL-3"_s, u"R&D institution established or being built, R&D team of at least 20"_s},
        {u"ORG-1"_s, u"Run properly with complete rules, development plan and annual goals"_s},
        {u"ORG-2"_s,
         u"20 or more platform staff, 50% with a bachelor's degree or intermediate title"_s},
        {u"ORG-3"_s, u"5 or more intelligent manufacturing service cases in 2021"_s},
        {u"TAL-S"_s, u"Programmes and internship bases built with 3 or more partner enterprises"_s},
        {u"TAL-I"_s, u"R&D team of at least 20, 5 or more core invention patents"_s},
        {u"TAL-E"_s, u"3 or more jointly built intelligent manufacturing programmes"_s},
        {u"FIN-1"_s, u"Fixed business premises in Guangdong"_s},
        {u"FIN-2"_s, u"At least 20 employees, 3 or more distinctive financial products"_s},
        {u"FIN-3"_s, u"10 or more intelligent manufacturing service cases in 2020 and 2021"_s},
        {u"PIL-1"_s, u"Meets the element conditions of the pilot project (tables 1.1-1.6)"_s},
        {u"PIL-2"_s, u"3 or more typical cases in Guangdong in 2021"_s},
        {u"PIL-3"_s, u"Project completed, with clear results"_s},
    };
    if (LanguageManager::current() == QLatin1StringView("en")) {
        const QString title = english.value(rule.id);
        if (!title.isEmpty())
            return title;
    }
    return rule.title;
}

QString ProblemText::fieldLabel(const QString &key, const QString &qualifier)
{
    static const QHash<QString, const char *> labels{
        {u"applicant.name"_s, QT_TR_NOOP("Unit name")},
        {u"applicant.founded"_s, QT_TR_NOOP("Date of founding")},
        {u"applicant.registeredCapitalYuan"_s, QT_TR_NOOP("Registered capital")},
        {u"applicant.city"_s, QT_TR_NOOP("City")},
        {u"applicant.employees"_s, QT_TR_NOOP("Total employees")},
        {u"applicant.rdStaff"_s, QT_TR_NOOP("R&D team size")},
        {u"finance.revenueYuan"_s, QT_TR_NOOP("Revenue of %1")},
        {u"finance.mainRevenueYuan"_s, QT_TR_NOOP("Main business revenue of %1")},
        {u"finance.rdSpendYuan"_s, QT_TR_NOOP("R&D spending of %1")},
        {u"domainDetail.platformStaff"_s, QT_TR_NOOP("Number of platform staff")},
        {u"domainDetail.qualifiedStaff"_s,
         QT_TR_NOOP("Number of staff with a bachelor's degree or intermediate title or above")},
        {u"domainDetail.project.completed"_s,
         QT_TR_NOOP("Completion date of the pilot demonstration project")},
        {u"patents.granted"_s, QT_TR_NOOP("Grant date of patent %1")},
        {u"patents.title"_s, QT_TR_NOOP("Title of patent %1")},
        {u"softwareCopyrights"_s, QT_TR_NOOP("Number of software copyrights")},
        {u"cases.amountYuan"_s, QT_TR_NOOP("Contract amount of case %1")},
        {u"cases.title"_s, QT_TR_NOOP("Title of case %1")},
        {u"cases.customer"_s, QT_TR_NOOP("Customer of case %1")},
        {u"cases.summary"_s, QT_TR_NOOP("Summary of case %1")},
        {u"narrative.profile"_s, QT_TR_NOOP("Unit profile")},
        {u"narrative.offering"_s, QT_TR_NOOP("Main products, technologies or services")},
        {u"narrative.plan"_s, QT_TR_NOOP("Development plan")},
    };
    const auto it = labels.constFind(key);
    if (it == labels.constEnd())
        return key;
    const QString label = QCoreApplication::translate("ProblemText", it.value());
    return qualifier.isEmpty() ? label : fill(label, {qualifier});
}

QString ProblemText::phrase(const Phrase &phrase, const QString &fallback)
{
    using C = ProblemCode;
    const QStringList &a = phrase.args;
    if (!phrases(phrase.code) || a.size() < problemCodeArity(phrase.code))
        return fallback;
    const auto label = [&a] {
        return fieldLabel(a.value(0), a.value(1));
    };
    switch (phrase.code) {
    case C::Unspecified:
        return fallback;
    case C::DomainNotChosen:
        return tr("No domain chosen: choose one of the eight domains");
    case C::PostcodeFormat:
        return tr("Postcode is not valid: “%1”; it should be 6 digits, e.g. 510700").arg(a[0]);
    case C::EmailFormat:
        return tr("E-mail address is not valid: “%1”; it should contain one “@” and a “.” in the "
                  "domain "
                  "after it, e.g. name@example.cn")
            .arg(a[0]);
    case C::MobileFormat:
        return tr("Mobile number is not valid: “%1”; it should be 11 digits starting with 13 to "
                  "19, "
                  "grouped by spaces if you like, e.g. 138 0013 8000")
            .arg(a[0]);
    case C::PhoneFormat:
        return tr("Telephone number is not valid: “%1”; it should be an area code and a 7- or "
                  "8-digit number "
                  "(e.g. 020-12345678), a 400/800 number (e.g. 400-800-1234) or a mobile number, "
                  "with an "
                  "extension after “-” or “转”")
            .arg(a[0]);
    case C::CityOutsideGuangdong:
        return fill(
            tr("%1 “%2” is not a prefecture-level city of Guangdong and counts as outside the "
               "province; if it is in Guangdong, enter the city's name as the call lists it"),
            {label(), a[2]});
    case C::DateAfterEvaluationDate:
        return fill(tr("%1 (%2) is after the evaluation date %3; it should be that day or earlier"),
                    {label(), dateText(a[2]), dateText(a[3])});
    case C::MoneyNegative:
        return fill(tr("%1 cannot be negative (it is %2); enter 0 or a positive amount"),
                    {label(), wanText(a[2])});
    case C::MoneyTooLarge:
        return fill(tr("%1 is beyond any plausible figure (it is %2, at most 1,000 trillion yuan); "
                       "check the "
                       "unit (amounts are stored in yuan)"),
                    {label(), wanText(a[2])});
    case C::ShortTextTooLong:
        return fill(tr("%1 is too long: %2 / %3 characters; shorten it to at most %3 characters"),
                    {label(), grouped(a[2]), grouped(a[3])});
    case C::CountNegative:
        return fill(tr("%1 cannot be negative (it is %2); enter 0 or a positive whole number"),
                    {label(), a[2]});
    case C::TextOverLimit:
        return fill(tr("%1 is over its length limit: %2 / %3 characters; delete %4 characters to "
                       "stay within %3"),
                    {label(), grouped(a[2]), grouped(a[3]),
                     grouped(QString::number(a[2].toLongLong() - a[3].toLongLong()))});
    case C::RdStaffAboveEmployees:
        return tr("The R&D team (%1 people) is larger than the total employees (%2 people); please "
                  "check: the "
                  "R&D team should not exceed the total employees")
            .arg(a[0], a[1]);
    case C::FinanceYearDuplicate:
        return tr("The figures of %1 are entered twice (the same year as finance[%2]); enter one "
                  "row per year")
            .arg(a[0], a[1]);
    case C::UsccLength:
        return tr("The unified social credit code should have 18 characters; it has %1").arg(a[0]);
    case C::UsccBadCharacter:
        return tr("Character %1 of the unified social credit code, “%2”, is not allowed (0-9 and "
                  "capital "
                  "letters except I, O, S, V, Z)")
            .arg(a[0], a[1]);
    case C::UsccCheckDigit:
        return tr("The check character of the unified social credit code is wrong: character 18 "
                  "should be "
                  "“%1”, it is “%2”")
            .arg(a[0], a[1]);
    case C::UsccOrgCodeCheck:
        return tr("The organisation code inside the unified social credit code (characters 9 to "
                  "17) fails its "
                  "check; please verify it");
    case C::PatentNumberShape:
        return patentShape();
    case C::PatentNumberFormat:
        return fill(tr("The patent number is not valid: “%1”; %2"), {a[0], patentShape()});
    case C::PatentNumberNonDigit:
        return fill(tr("Patent number “%1” contains the non-digit “%2”; %3"),
                    {a[0], a[1], patentShape()});
    case C::PatentNumberLength:
        return tr("The application number in patent number “%1” has %2 digits; it should have 8 "
                  "(before "
                  "October 2003) or 12")
            .arg(a[0], a[1]);
    case C::PatentNumberNoCheck:
        return tr("Patent number “%1” lacks its check character: it should be ZL%2.%3")
            .arg(a[0], a[1], a[2]);
    case C::PatentNumberCheck:
        return tr("Wrong check character in patent number “%1”: it should be “%2”, it is “%3”")
            .arg(a[0], a[1], a[2]);
    case C::PatentNumberType:
        return tr("The type digit (position %2) of patent number “%1” is “%3”; it should be 1 "
                  "(invention), 2 "
                  "(utility model), 3 (design), 8 or 9 (PCT)")
            .arg(a[0], a[1], a[2]);
    case C::MissingBusinessLicense:
        return tr("Business licence missing: upload a scan of the business licence (or legal "
                  "person "
                  "certificate) with the category “%1”")
            .arg(categoryName(EvidenceCategory::BusinessLicense));
    case C::MissingCreditReport:
        return tr("Credit China report missing: upload the credit report downloaded from the "
                  "Credit China "
                  "website with the category “%1”")
            .arg(categoryName(EvidenceCategory::CreditReport));
    case C::MissingAuditReport:
        return tr("Audit report of %1 missing: upload it with the category “%2” and the year %1")
            .arg(a[0], categoryName(EvidenceCategory::AuditReport));
    case C::MissingAuditReportNonEnterprise:
        return tr("Audit report of %1 missing: a unit that is not an enterprise may upload its "
                  "financial "
                  "statements of %1 instead, with the category “%2” and the year %1")
            .arg(a[0], categoryName(EvidenceCategory::AuditReport));
    case C::QualificationWithoutEvidence:
        return tr("%1 has no evidence: upload the certificate or recognition document and link it "
                  "to the "
                  "qualification")
            .arg(qualificationText(a));
    case C::FigureAttested: {
        const QString t = term(a[0], a[1]);
        if (a[2] == u"yes"_s)
            return tr("%1: yes").arg(t);
        if (a[2] == u"no"_s)
            return tr("%1: no").arg(t);
        return tr("%1: not filled in").arg(t);
    }
    case C::FigureDescribed:
        return a[2] == u"set"_s ? tr("%1: described").arg(term(a[0], a[1]))
                                : tr("%1: not filled in").arg(term(a[0], a[1]));
    case C::FigureUnset:
        return tr("%1: not filled in").arg(term(a[0], a[1]));
    case C::FigureAtLeast:
        // %4 is the Chinese counting word (人, 个 …): the Chinese text has it, the English none.
        return fill(tr("%1: %2 (at least %3 required)", "%4: counting word"),
                    {term(a[0], a[1]), a[2], a[3], a[4]});
    case C::FigureCount: {
        QString out = fill(tr("%1: %2 (at least %3 required)", "%4: counting word"),
                           {term(a[0], a[1]), a[2], a[3], a[4]});
        const bool met = a[2].toLongLong() >= a[3].toLongLong();
        if (!met && a[5] == u"0"_s)
            out += tr(" (not filled in yet)");
        else if (!met && a[6] != u"0"_s)
            out += fill(tr(" (%1 more with incomplete data)", "%2: counting word"), {a[6], a[4]});
        return out;
    }
    case C::FigureText: {
        QStringList values;
        for (qsizetype i = 1; i < a.size(); ++i)
            values << valueText(a[i]);
        const auto it = termTable().constFind(a[0]);
        return it == termTable().constEnd()
                   ? fallback
                   : fill(QCoreApplication::translate("ProblemText", it.value()), values);
    }
    case C::FigureMissingDocuments: {
        QStringList items;
        for (qsizetype i = 0; i + 1 < a.size(); i += 2)
            items << term(a[i], a[i + 1]);
        return tr("To complete: %1").arg(items.join(tr(", ", "list separator")));
    }
    case C::EvidenceTerm:
        return term(a[0], a[1]);
    case C::EvidencePatent:
        return patentText(a);
    case C::EvidenceCase:
        return caseText(a);
    case C::EvidenceQualification:
        return qualificationText(a);

    case C::EvidenceFileMissing:
        return tr("The file does not exist; check the path and the file name");
    case C::EvidenceNotAFile:
        return tr("This is a folder or a special file, not an evidence file (PDF/JPEG/PNG/TIFF)");
    case C::EvidenceFileTooLarge:
        return tr("The file is too large (%1 MB); an evidence file (PDF/JPEG/PNG/TIFF) may have at "
                  "most %2 MB; it was not read")
            .arg(a[0], a[1]);
    case C::EvidenceFileUnreadable:
        return reason(a[0]).isEmpty()
                   ? tr("The file cannot be read; check its permissions")
                   : tr("The file cannot be read (%1); check its permissions").arg(reason(a[0]));
    case C::EvidenceFileEmpty:
        return tr("The file is empty (0 bytes); provide a scan or an exported PDF/image file");
    case C::EvidenceFileType:
        return tr("Not a PDF/JPEG/PNG/TIFF file (judged by its content); save it as PDF, JPEG, PNG "
                  "or TIFF");
    case C::EvidencePdfNoPages:
        return tr("The PDF file has no pages; provide a PDF with at least one page");
    case C::EvidencePdfRepaired:
        return tr("The PDF file is damaged but can be repaired (%1 pages after repair); check the "
                  "page count, better export or scan the file again")
            .arg(a[0]);
    case C::EvidencePdfEncrypted:
        return tr("The PDF is encrypted: exporting the dossier needs its password (its pages "
                  "cannot be counted yet)");
    case C::EvidencePdfDamaged:
        return reason(a[0]).isEmpty()
                   ? tr("The PDF file is damaged and cannot be read; export or scan the file again")
                   : tr("The PDF file is damaged and cannot be read (%1); export or scan the file "
                        "again")
                         .arg(reason(a[0]));
    case C::EvidenceImageDamaged:
        return reason(a[0]).isEmpty()
                   ? tr("The image file is damaged and cannot be read (the image data cannot be "
                        "decoded); scan or export the file again")
                   : tr("The image file is damaged and cannot be read (%1); scan or export the "
                        "file again")
                         .arg(reason(a[0]));
    case C::EvidenceJpegTruncated:
        return tr("The image file is damaged: the JPEG file is incomplete (its end marker FFD9 is "
                  "missing, it may have been cut off); scan or export the file again");

    case C::ExportConditionsNotMet:
        return tr("Not all conditions of the call are met: %1. Complete or correct them before "
                  "exporting, or export anyway (the cover will say that not all conditions are "
                  "met)")
            .arg(a[0]);
    case C::ExportEvidenceNoFile:
        return tr("Evidence “%1” has no file: add the file again or delete the item").arg(a[0]);
    case C::ExportEvidenceUnreadable:
        return reason(a[1]).isEmpty()
                   ? tr("Evidence “%1” cannot be read back from the project file (its stored copy "
                        "is damaged); add the file again")
                         .arg(a[0])
                   : tr("Evidence “%1” cannot be read back from the project file: %2")
                         .arg(a[0], reason(a[1]));
    case C::ExportEvidencePagesChanged:
        return tr("Evidence “%1” has a different page count: %2 pages when it was added, %3 pages "
                  "now; add the file again")
            .arg(a[0], a[1], a[2]);
    case C::ExportScratchNotWritable:
        return reason(a[0]).isEmpty()
                   ? tr("Temporary files cannot be written (in the output file's folder)")
                   : tr("Temporary files cannot be written (in the output file's folder): %1")
                         .arg(reason(a[0]));
    case C::ExportOutputNotWritable:
        return reason(a[0]).isEmpty()
                   ? tr("The output file cannot be written; choose another folder or file name")
                   : tr("The output file cannot be written: %1").arg(reason(a[0]));
    case C::ExportOutputIsProject:
        return tr("This is a Shenbao project file: a dossier never replaces a project; choose "
                  "another output file name");
    case C::ExportEvidencePassword:
        return a[1] == QLatin1StringView("wrong")
                   ? tr("Evidence “%1” is encrypted and the password given is wrong: give the "
                        "right password")
                         .arg(a[0])
                   : tr("Evidence “%1” is encrypted: give its password").arg(a[0]);
    case C::ExportEvidencePdfDamaged:
        return reason(a[1]).isEmpty()
                   ? tr("Evidence “%1” has no readable page (the file may be damaged); scan it "
                        "again or save it as PDF and add it again")
                         .arg(a[0])
                   : tr("Evidence “%1” is damaged and cannot be read: %2. Scan it again or save "
                        "it as PDF and add it again")
                         .arg(a[0], reason(a[1]));
    case C::ExportCancelled:
        return tr("Export cancelled");
    case C::ExportBindFailed:
        return reason(a[0]).isEmpty() ? tr("Binding failed")
                                      : tr("Binding failed: %1").arg(reason(a[0]));
    }
    return fallback;
}

QString ProblemText::problem(const Problem &problem)
{
    return phrase(problem.phrase(), problem.message);
}

QString ProblemText::line(const Problem &p)
{
    const QString text = problem(p);
    return p.where.isEmpty() ? text : p.where + QStringLiteral(": ") + text;
}

QString ProblemText::figure(const RuleResult &rule)
{
    if (rule.figurePhrases.isEmpty())
        return term(rule.figure);
    QStringList parts;
    for (const Phrase &p : rule.figurePhrases)
        parts << phrase(p);
    // A part this build cannot phrase: the whole Chinese figure says it all.
    if (parts.contains(QString()))
        return rule.figure;
    return parts.join(tr("; ", "between the parts of a condition's figure"));
}

QStringList ProblemText::missingEvidence(const RuleResult &rule)
{
    QStringList out;
    for (qsizetype i = 0; i < rule.missingEvidence.size(); ++i)
        out << phrase(rule.missingEvidencePhrases.value(i), rule.missingEvidence.at(i));
    return out;
}

} // namespace shenbao
