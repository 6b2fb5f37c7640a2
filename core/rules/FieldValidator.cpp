// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "rules/FieldValidator.h"

#include "model/InputText.h"
#include "model/Money.h"
#include "rules/PatentNumber.h"
#include "rules/Uscc.h"

#include <QRegularExpression>

#include <functional>
#include <type_traits>

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
    return formatWan(yuan) + QStringLiteral(" 万元");
}

QString chineseDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString ordinal(qsizetype index, const QString &what)
{
    return QStringLiteral("第%1%2").arg(index + 1).arg(what);
}

// A field path or label, built only when there is a problem to report: a project with
// thousands of patents and cases would otherwise format several strings per item on every
// keystroke, for nothing.
class LazyText
{
public:
    LazyText(const QString &text)
        : m_text(text)
    {
    }
    template <typename A, typename B>
    LazyText(const QStringBuilder<A, B> &text)
        : m_text(text)
    {
    }
    template <typename Fn>
    requires std::is_invocable_r_v<QString, Fn> LazyText(Fn make)
        : m_make(std::move(make))
    {
    }
    operator QString() const { return m_make ? m_make() : m_text; }

private:
    QString m_text;
    std::function<QString()> m_make;
};

// The app's name for a field: a label key (the JSON path without item indexes) and its
// qualifier (an item's 1-based position, a year, or empty), the first two arguments of the
// field problems' codes (ProblemCode.h).
struct FieldLabel
{
    QString key;
    QString qualifier = {};
    qsizetype item = -1; // a list item's index: its 1-based position is the qualifier
    QStringList args(const QStringList &more) const
    {
        return QStringList{key, item >= 0 ? QString::number(item + 1) : qualifier} + more;
    }
};

// Made only when a problem is found: every item's fields are checked on every evaluation.
FieldLabel labelOf(const QString &key, qsizetype index)
{
    return {key, {}, index};
}

class Validator
{
public:
    explicit Validator(const CallDefinition &call)
        : m_call(call)
    {
    }

    Problems problems;

    void error(const QString &where, const QString &message,
               ProblemCode code = ProblemCode::Unspecified, const QStringList &args = {})
    {
        problems.append({Problem::Severity::Error, where, message, code, args});
    }
    void warning(const QString &where, const QString &message,
                 ProblemCode code = ProblemCode::Unspecified, const QStringList &args = {})
    {
        problems.append({Problem::Severity::Warning, where, message, code, args});
    }

    void uscc(const std::optional<QString> &value)
    {
        const QString *v = filled(value);
        if (!v)
            return;
        const UsccCheck check = checkUscc(normalisedUscc(*v));
        const QString where = QStringLiteral("applicant.uscc");
        if (!check.valid)
            error(where, check.error, check.errorCode, check.errorArgs);
        else if (!check.warning.isEmpty())
            warning(where, check.warning, ProblemCode::UsccOrgCodeCheck);
    }

    void pattern(const std::optional<QString> &value, const QString &where,
                 const QRegularExpression &re, const QString &label, const QString &whatIsRight,
                 ProblemCode code)
    {
        const QString *v = filled(value);
        if (!v || re.match(v->trimmed()).hasMatch())
            return;
        error(where, QStringLiteral("%1格式不正确：「%2」；%3").arg(label, *v, whatIsRight), code,
              {*v});
    }

    // Telephone numbers are checked in the form people type them (spaces, full-width digits,
    // 「转」 before an extension): InputText.h says what is accepted.
    void telephone(const std::optional<QString> &value, const QString &where, bool mobileOnly)
    {
        const QString *v = filled(value);
        if (!v || (mobileOnly ? isValidMobile(*v) : isValidPhone(*v)))
            return;
        if (mobileOnly)
            error(where,
                  QStringLiteral("手机格式不正确：「%1」；应为以 13–19 开头的11位数字，"
                                 "可用空格分组，例如 138 0013 8000")
                      .arg(*v),
                  ProblemCode::MobileFormat, {*v});
        else
            error(where,
                  QStringLiteral("固定电话格式不正确：「%1」；应为区号加7–8位号码（例如 "
                                 "020-12345678）、400/800 号码（例如 400-800-1234）或手机号，"
                                 "分机号用「-」或「转」接在后面")
                      .arg(*v),
                  ProblemCode::PhoneFormat, {*v});
    }

    // The applicant's city that is not one of the call's 21 cities of Guangdong: the unit
    // applies through a Guangdong city's bureau, so say so on the field. (Cases outside the
    // province are legal; the case dialog names them when they are typed.)
    void city(const std::optional<QString> &value, const QString &where, const QString &label)
    {
        const QString *v = filled(value);
        if (!v || !matchCity(*v, m_call.guangdongCities).isEmpty())
            return;
        warning(where,
                QStringLiteral("%1「%2」不是广东省的地级以上市，按广东省外计算；"
                               "如在省内，请填写地级以上市名称，例如 东莞市")
                    .arg(label, *v),
                ProblemCode::CityOutsideGuangdong, {where, QString(), *v});
    }

    void notAfterEvaluationDate(const std::optional<QDate> &date, const LazyText &where,
                                const LazyText &label, const FieldLabel &key)
    {
        if (!date || !date->isValid() || !m_call.evaluationDate.isValid() ||
            *date <= m_call.evaluationDate)
            return;
        error(where,
              QStringLiteral("%1（%2）晚于评审基准日%3；应为该日或更早的日期")
                  .arg(QString(label), chineseDate(*date), chineseDate(m_call.evaluationDate)),
              ProblemCode::DateAfterEvaluationDate,
              key.args({date->toString(Qt::ISODate), m_call.evaluationDate.toString(Qt::ISODate)}));
    }

    void money(const std::optional<Yuan> &value, const LazyText &where, const LazyText &label,
               const FieldLabel &key)
    {
        if (value && *value < 0)
            error(where,
                  QStringLiteral("%1不能为负数（当前为 %2）；应填写 0 或正数")
                      .arg(QString(label), wanYuan(*value)),
                  ProblemCode::MoneyNegative, key.args({QString::number(*value)}));
        else if (value && *value > kMaxFieldYuan)
            error(where,
                  QStringLiteral("%1超出合理范围（当前为 %2 万元，最多 1000 万亿元）；"
                                 "请核对单位（金额按元存储）")
                      .arg(QString(label), formatWan(*value)), // 「%2 万元」: no second unit
                  ProblemCode::MoneyTooLarge, key.args({QString::number(*value)}));
    }

    // Short texts (names, titles) have no limit on the form; one far above any real value keeps
    // a pasted document out of the cover, the tables and the XLSX cell.
    void shortText(const std::optional<QString> &value, const LazyText &where,
                   const LazyText &label, const FieldLabel &key)
    {
        // UTF-16 length bounds the character count from above: the count is needed only when
        // the text could be too long, which keeps a keystroke cheap on large projects.
        if (!value || value->size() <= kMaxShortTextCharacters)
            return;
        const int n = characterCount(*value);
        if (n > kMaxShortTextCharacters)
            error(where,
                  QStringLiteral("%1过长：%2 / %3 字；请删减到 %3 字以内")
                      .arg(QString(label), grouped(n), grouped(kMaxShortTextCharacters)),
                  ProblemCode::ShortTextTooLong,
                  key.args({QString::number(n), QString::number(kMaxShortTextCharacters)}));
    }

    void count(const std::optional<int> &value, const QString &where, const QString &label)
    {
        if (value && *value < 0)
            error(where,
                  QStringLiteral("%1不能为负数（当前为 %2）；应填写 0 或正整数")
                      .arg(label)
                      .arg(*value),
                  ProblemCode::CountNegative, {where, QString(), QString::number(*value)});
    }

    void text(const std::optional<QString> &value, const LazyText &where, const LazyText &label,
              const char *limitKey, const FieldLabel &key)
    {
        if (!value)
            return;
        const int limit = m_call.formLimits.value(QString::fromLatin1(limitKey), 0);
        if (limit <= 0)
            return;
        // A UTF-16 string never has more characters than code units.
        if (value->size() <= limit)
            return;
        const int n = characterCount(*value);
        if (n > limit)
            error(where,
                  QStringLiteral("%1超出字数限制：%2 / %3 字；请删减 %4 字，不超过 %3 字")
                      .arg(QString(label), grouped(n), grouped(limit), grouped(n - limit)),
                  ProblemCode::TextOverLimit,
                  key.args({QString::number(n), QString::number(limit)}));
    }

private:
    const CallDefinition &m_call;
};

void validateApplicant(Validator &v, const Applicant &a)
{
    // One @, a non-empty local part, a domain of at least two non-empty dot-separated labels.
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    static const QRegularExpression postcode(QStringLiteral("^[0-9]{6}$"));

    v.uscc(a.uscc);
    v.shortText(a.name, QStringLiteral("applicant.name"), QStringLiteral("单位名称"),
                {QStringLiteral("applicant.name")});
    // 「５１０ ７００」 from an input method is the same postcode as 510700.
    const std::optional<QString> postcodeDigits =
        a.postcode ? std::optional<QString>(normalisedDigits(*a.postcode)) : std::nullopt;
    v.pattern(postcodeDigits, QStringLiteral("applicant.postcode"), postcode,
              QStringLiteral("邮政编码"), QStringLiteral("应为6位数字，例如 510700"),
              ProblemCode::PostcodeFormat);
    v.notAfterEvaluationDate(a.founded, QStringLiteral("applicant.founded"),
                             QStringLiteral("成立日期"), {QStringLiteral("applicant.founded")});
    v.money(a.registeredCapitalYuan, QStringLiteral("applicant.registeredCapitalYuan"),
            QStringLiteral("注册资本"), {QStringLiteral("applicant.registeredCapitalYuan")});
    v.telephone(a.contact.mobile, QStringLiteral("applicant.contact.mobile"), true);
    v.telephone(a.contact.phone, QStringLiteral("applicant.contact.phone"), false);
    v.city(a.city, QStringLiteral("applicant.city"), QStringLiteral("所在城市"));
    v.pattern(a.contact.email, QStringLiteral("applicant.contact.email"), email,
              QStringLiteral("电子邮箱"),
              QStringLiteral("应含一个「@」且「@」后的域名中有「.」，例如 name@example.cn"),
              ProblemCode::EmailFormat);
    v.count(a.employees, QStringLiteral("applicant.employees"), QStringLiteral("职工总数"));
    v.count(a.rdStaff, QStringLiteral("applicant.rdStaff"), QStringLiteral("研发技术团队人数"));
    if (a.employees && a.rdStaff && *a.employees >= 0 && *a.rdStaff > *a.employees)
        v.warning(QStringLiteral("applicant.rdStaff"),
                  QStringLiteral("研发技术团队人数（%1人）多于职工总数（%"
                                 "2人）；请核对，研发技术团队人数应不超过职工总数")
                      .arg(*a.rdStaff)
                      .arg(*a.employees),
                  ProblemCode::RdStaffAboveEmployees,
                  {QString::number(*a.rdStaff), QString::number(*a.employees)});
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
                            .arg(j),
                        ProblemCode::FinanceYearDuplicate,
                        {QString::number(f.year), QString::number(j)});
                break;
            }
        }
        v.money(f.revenueYuan, path + QStringLiteral("revenueYuan"),
                year + QStringLiteral("营业收入"),
                {QStringLiteral("finance.revenueYuan"), QString::number(f.year)});
        v.money(f.mainRevenueYuan, path + QStringLiteral("mainRevenueYuan"),
                year + QStringLiteral("主营业务收入"),
                {QStringLiteral("finance.mainRevenueYuan"), QString::number(f.year)});
        // profitYuan (利润总额) may be negative: a loss is a real figure, not a typing error.
        v.money(f.rdSpendYuan, path + QStringLiteral("rdSpendYuan"),
                year + QStringLiteral("研发投入"),
                {QStringLiteral("finance.rdSpendYuan"), QString::number(f.year)});
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
                                 QStringLiteral("试点示范项目建成日期"),
                                 {QStringLiteral("domainDetail.project.completed")});
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
    for (qsizetype i = 0; i < project.patents.size(); ++i) {
        v.notAfterEvaluationDate(
            project.patents.at(i).granted,
            [i] { return QStringLiteral("patents[%1].granted").arg(i); },
            [i] { return ordinal(i, QStringLiteral("项专利的授权日期")); },
            labelOf(QStringLiteral("patents.granted"), i));
        v.shortText(
            project.patents.at(i).title, [i] { return QStringLiteral("patents[%1].title").arg(i); },
            [i] { return ordinal(i, QStringLiteral("项专利的名称")); },
            labelOf(QStringLiteral("patents.title"), i));
    }
    // A wrong patent number is a warning, not an error as for the USCC: the number cannot be
    // looked up offline, and projects saved before this check must stay exportable
    // (docs/cross-check.md, "Identifier checks").
    for (qsizetype i = 0; i < project.patents.size(); ++i) {
        const auto &number = project.patents.at(i).number;
        if (number && !number->trimmed().isEmpty()) {
            const PatentNumberCheck check = checkPatentNumber(*number);
            if (!check.valid)
                v.warning(QStringLiteral("patents[%1].number").arg(i), check.error, check.errorCode,
                          check.errorArgs);
        }
    }
    v.count(project.softwareCopyrights, QStringLiteral("softwareCopyrights"),
            QStringLiteral("软件著作权数量"));
    for (qsizetype i = 0; i < project.cases.size(); ++i) {
        const Case &c = project.cases.at(i);
        v.money(
            c.amountYuan, [i] { return QStringLiteral("cases[%1].amountYuan").arg(i); },
            [i] { return ordinal(i, QStringLiteral("个案例的合同金额")); },
            labelOf(QStringLiteral("cases.amountYuan"), i));
        v.shortText(
            c.title, [i] { return QStringLiteral("cases[%1].title").arg(i); },
            [i] { return ordinal(i, QStringLiteral("个案例的名称")); },
            labelOf(QStringLiteral("cases.title"), i));
        v.shortText(
            c.customer, [i] { return QStringLiteral("cases[%1].customer").arg(i); },
            [i] { return ordinal(i, QStringLiteral("个案例的用户单位")); },
            labelOf(QStringLiteral("cases.customer"), i));
        v.text(
            c.summary, [i] { return QStringLiteral("cases[%1].summary").arg(i); },
            [i] { return ordinal(i, QStringLiteral("个案例的案例简介")); }, "caseSummary",
            labelOf(QStringLiteral("cases.summary"), i));
    }
    v.text(project.narrative.profile, QStringLiteral("narrative.profile"),
           QStringLiteral("单位简介"), "profile", {QStringLiteral("narrative.profile")});
    v.text(project.narrative.offering, QStringLiteral("narrative.offering"),
           QStringLiteral("主要产品、技术或服务"), "offering",
           {QStringLiteral("narrative.offering")});
    v.text(project.narrative.plan, QStringLiteral("narrative.plan"), QStringLiteral("发展规划"),
           "plan", {QStringLiteral("narrative.plan")});
    validateDomainDetail(v, project);
    return v.problems;
}

} // namespace shenbao
