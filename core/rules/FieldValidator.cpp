// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "rules/FieldValidator.h"

#include "rules/PatentNumber.h"
#include "rules/Uscc.h"

#include <QRegularExpression>

namespace shenbao {

namespace {

// Fields left empty (or only white space) are "not filled in": the rules report them as
// incomplete, so this validator says nothing about them.
const QString *filled(const std::optional<QString> &v)
{
    return v && !v->trimmed().isEmpty() ? &*v : nullptr;
}

// 1732 → "1,732": the form prints counts the way the applicant reads them.
QString grouped(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return n < 0 ? QStringLiteral("-") + digits : digits;
}

// Integer yuan as the 万元 figure the applicant typed (exact: at most four decimals).
QString wanYuan(Yuan yuan)
{
    const bool negative = yuan < 0;
    const quint64 abs = negative ? 0 - static_cast<quint64>(yuan) : static_cast<quint64>(yuan);
    QString text = QString::number(abs / 10000);
    if (const quint64 frac = abs % 10000) {
        QString f = QStringLiteral("%1").arg(frac, 4, 10, QLatin1Char('0'));
        while (f.endsWith(u'0'))
            f.chop(1);
        text += u'.' + f;
    }
    return (negative ? QStringLiteral("-") : QString()) + text + QStringLiteral(" 万元");
}

QString chineseDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString ordinal(qsizetype index, const QString &what)
{
    return QStringLiteral("第%1%2").arg(index + 1).arg(what);
}

class Validator
{
public:
    explicit Validator(const CallDefinition &call)
        : m_call(call)
    {
    }

    Problems problems;

    void error(const QString &where, const QString &message)
    {
        problems.append({Problem::Severity::Error, where, message});
    }
    void warning(const QString &where, const QString &message)
    {
        problems.append({Problem::Severity::Warning, where, message});
    }

    void uscc(const std::optional<QString> &value)
    {
        const QString *v = filled(value);
        if (!v)
            return;
        const UsccCheck check = checkUscc(*v);
        const QString where = QStringLiteral("applicant.uscc");
        if (!check.valid)
            error(where, check.error);
        else if (!check.warning.isEmpty())
            warning(where, check.warning);
    }

    void pattern(const std::optional<QString> &value, const QString &where,
                 const QRegularExpression &re, const QString &label, const QString &whatIsRight)
    {
        const QString *v = filled(value);
        if (!v || re.match(v->trimmed()).hasMatch())
            return;
        error(where, QStringLiteral("%1格式不正确：「%2」；%3").arg(label, *v, whatIsRight));
    }

    void notAfterEvaluationDate(const std::optional<QDate> &date, const QString &where,
                                const QString &label)
    {
        if (!date || !date->isValid() || !m_call.evaluationDate.isValid() ||
            *date <= m_call.evaluationDate)
            return;
        error(where, QStringLiteral("%1（%2）晚于评审基准日%3；应为该日或更早的日期")
                         .arg(label, chineseDate(*date), chineseDate(m_call.evaluationDate)));
    }

    void money(const std::optional<Yuan> &value, const QString &where, const QString &label)
    {
        if (value && *value < 0)
            error(where, QStringLiteral("%1不能为负数（当前为 %2）；应填写 0 或正数")
                             .arg(label, wanYuan(*value)));
    }

    void count(const std::optional<int> &value, const QString &where, const QString &label)
    {
        if (value && *value < 0)
            error(where, QStringLiteral("%1不能为负数（当前为 %2）；应填写 0 或正整数")
                             .arg(label)
                             .arg(*value));
    }

    void text(const std::optional<QString> &value, const QString &where, const QString &label,
              const char *limitKey)
    {
        const int limit = m_call.formLimits.value(QString::fromLatin1(limitKey), 0);
        if (!value || limit <= 0)
            return;
        const int n = characterCount(*value);
        if (n > limit)
            error(where, QStringLiteral("%1超出字数限制：%2 / %3 字；请删减 %4 字，不超过 %3 字")
                             .arg(label, grouped(n), grouped(limit), grouped(n - limit)));
    }

private:
    const CallDefinition &m_call;
};

void validateApplicant(Validator &v, const Applicant &a)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    // Area codes are 0 plus 2 digits (010, 020 …) or 3 digits (0755 …); local numbers 7–8.
    static const QRegularExpression phone(QStringLiteral("^0[0-9]{2,3}-[0-9]{7,8}$"));
    // One @, a non-empty local part, a domain of at least two non-empty dot-separated labels.
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    static const QRegularExpression postcode(QStringLiteral("^[0-9]{6}$"));

    v.uscc(a.uscc);
    v.pattern(a.postcode, QStringLiteral("applicant.postcode"), postcode,
              QStringLiteral("邮政编码"), QStringLiteral("应为6位数字，例如 510700"));
    v.notAfterEvaluationDate(a.founded, QStringLiteral("applicant.founded"),
                             QStringLiteral("成立日期"));
    v.money(a.registeredCapitalYuan, QStringLiteral("applicant.registeredCapitalYuan"),
            QStringLiteral("注册资本"));
    v.pattern(a.contact.mobile, QStringLiteral("applicant.contact.mobile"), mobile,
              QStringLiteral("手机"),
              QStringLiteral("应为以 13–19 开头的11位数字，例如 13800138000"));
    v.pattern(
        a.contact.phone, QStringLiteral("applicant.contact.phone"), phone,
        QStringLiteral("固定电话"),
        QStringLiteral("应为“区号-号码”，3–4位区号、7–8位号码，中间一个连字符，例如 020-12345678"));
    v.pattern(a.contact.email, QStringLiteral("applicant.contact.email"), email,
              QStringLiteral("电子邮箱"),
              QStringLiteral("应含一个「@」且「@」后的域名中有「.」，例如 name@example.cn"));
    v.count(a.employees, QStringLiteral("applicant.employees"), QStringLiteral("职工总数"));
    v.count(a.rdStaff, QStringLiteral("applicant.rdStaff"), QStringLiteral("研发技术团队人数"));
    if (a.employees && a.rdStaff && *a.employees >= 0 && *a.rdStaff > *a.employees)
        v.warning(QStringLiteral("applicant.rdStaff"),
                  QStringLiteral("研发技术团队人数（%1人）多于职工总数（%"
                                 "2人）；请核对，研发技术团队人数应不超过职工总数")
                      .arg(*a.rdStaff)
                      .arg(*a.employees));
}

void validateFinance(Validator &v, const QList<FinanceYear> &finance)
{
    for (qsizetype i = 0; i < finance.size(); ++i) {
        const FinanceYear &f = finance.at(i);
        const QString path = QStringLiteral("finance[%1].").arg(i);
        const QString year = QStringLiteral("%1年").arg(f.year);
        for (qsizetype j = 0; j < i; ++j) {
            if (finance.at(j).year == f.year) {
                // Two rows for one year make the 近三年经营情况 table ambiguous.
                v.error(path + QStringLiteral("year"),
                        QStringLiteral(
                            "%1的经营数据重复（与 finance[%2] 同一年度）；每个年度只应填写一行")
                            .arg(year)
                            .arg(j));
                break;
            }
        }
        v.money(f.revenueYuan, path + QStringLiteral("revenueYuan"),
                year + QStringLiteral("营业收入"));
        v.money(f.mainRevenueYuan, path + QStringLiteral("mainRevenueYuan"),
                year + QStringLiteral("主营业务收入"));
        // profitYuan (利润总额) may be negative: a loss is a real figure, not a typing error.
        v.money(f.rdSpendYuan, path + QStringLiteral("rdSpendYuan"),
                year + QStringLiteral("研发投入"));
    }
}

// Only the chosen domain's details are evaluated and printed; another domain's leftovers
// (kept so that switching back loses nothing) must not block the export.
void validateDomainDetail(Validator &v, const Project &p)
{
    const DomainDetail &d = p.domainDetail;
    if (p.domain == Domain::Organization) {
        v.count(d.platformStaff, QStringLiteral("domainDetail.platformStaff"),
                QStringLiteral("平台从业人员数"));
        v.count(d.qualifiedStaff, QStringLiteral("domainDetail.qualifiedStaff"),
                QStringLiteral("本科或中级职称以上人员数"));
    }
    if (p.domain == Domain::Pilot && d.project)
        v.notAfterEvaluationDate(d.project->completed,
                                 QStringLiteral("domainDetail.project.completed"),
                                 QStringLiteral("试点示范项目建成日期"));
}

} // namespace

int characterCount(const QString &text)
{
    // A surrogate pair is one character; a lone surrogate still occupies a place, so it counts.
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

Problems validateFields(const Project &project, const CallDefinition &call)
{
    Validator v(call);
    validateApplicant(v, project.applicant);
    validateFinance(v, project.finance);
    for (qsizetype i = 0; i < project.patents.size(); ++i)
        v.notAfterEvaluationDate(project.patents.at(i).granted,
                                 QStringLiteral("patents[%1].granted").arg(i),
                                 ordinal(i, QStringLiteral("项专利的授权日期")));
    // A wrong patent number is a warning, not an error as for the USCC: the number cannot be
    // looked up offline, and projects saved before this check must stay exportable
    // (docs/cross-check.md, "Identifier checks").
    for (qsizetype i = 0; i < project.patents.size(); ++i) {
        const auto &number = project.patents.at(i).number;
        if (number && !number->trimmed().isEmpty()) {
            const PatentNumberCheck check = checkPatentNumber(*number);
            if (!check.valid)
                v.warning(QStringLiteral("patents[%1].number").arg(i), check.error);
        }
    }
    v.count(project.softwareCopyrights, QStringLiteral("softwareCopyrights"),
            QStringLiteral("软件著作权数量"));
    for (qsizetype i = 0; i < project.cases.size(); ++i) {
        const Case &c = project.cases.at(i);
        const QString path = QStringLiteral("cases[%1].").arg(i);
        v.money(c.amountYuan, path + QStringLiteral("amountYuan"),
                ordinal(i, QStringLiteral("个案例的合同金额")));
        v.text(c.summary, path + QStringLiteral("summary"),
               ordinal(i, QStringLiteral("个案例的案例简介")), "caseSummary");
    }
    v.text(project.narrative.profile, QStringLiteral("narrative.profile"),
           QStringLiteral("单位简介"), "profile");
    v.text(project.narrative.offering, QStringLiteral("narrative.offering"),
           QStringLiteral("主要产品、技术或服务"), "offering");
    v.text(project.narrative.plan, QStringLiteral("narrative.plan"), QStringLiteral("发展规划"),
           "plan");
    validateDomainDetail(v, project);
    return v.problems;
}

} // namespace shenbao
