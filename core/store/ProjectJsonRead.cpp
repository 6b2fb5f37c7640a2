// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/ProjectJsonCodec.h"

#include <QHash>

// Reading `shenbao/1`: one ObjectReader per JSON object, so each object's allowed keys are
// exactly the keys read here, in the spec's order (project-json.md).

namespace shenbao::projectjson {

using json::ObjectReader;

QString parseErrorText(QJsonParseError::ParseError e)
{
    switch (e) {
    case QJsonParseError::UnterminatedObject:
        return QStringLiteral("对象没有正确结束（缺少「}」或「,」）");
    case QJsonParseError::MissingNameSeparator:
        return QStringLiteral("键后缺少「:」");
    case QJsonParseError::UnterminatedArray:
        return QStringLiteral("数组没有正确结束（缺少「]」或「,」）");
    case QJsonParseError::MissingValueSeparator:
        return QStringLiteral("值之间缺少「,」");
    case QJsonParseError::IllegalValue:
        return QStringLiteral("非法的值");
    case QJsonParseError::TerminationByNumber:
        return QStringLiteral("文档在数字处意外结束");
    case QJsonParseError::IllegalNumber:
        return QStringLiteral("非法的数字");
    case QJsonParseError::IllegalEscapeSequence:
        return QStringLiteral("非法的转义序列");
    case QJsonParseError::IllegalUTF8String:
        return QStringLiteral("不是有效的 UTF-8 文本");
    case QJsonParseError::UnterminatedString:
        return QStringLiteral("字符串缺少结尾的「\"」");
    case QJsonParseError::MissingObject:
        return QStringLiteral("「,」后缺少键值对");
    case QJsonParseError::DeepNesting:
        return QStringLiteral("嵌套层数过多");
    case QJsonParseError::DocumentTooLarge:
        return QStringLiteral("文档过大");
    case QJsonParseError::GarbageAtEnd:
        return QStringLiteral("文档结尾有多余的内容");
    case QJsonParseError::NoError:
        break;
    }
    return QStringLiteral("语法错误");
}

namespace {

void readApplicant(const QJsonValue &value, const QString &path, Problems *ps, Applicant &a)
{
    ObjectReader r(value, path, ps);
    r.text("name", a.name);
    r.text("uscc", a.uscc);
    r.enumeration("orgType", a.orgType);
    r.text("city", a.city);
    r.text("district", a.district);
    r.text("registeredAddress", a.registeredAddress);
    r.text("mailingAddress", a.mailingAddress);
    r.text("postcode", a.postcode);
    r.date("founded", a.founded);
    r.yuan("registeredCapitalYuan", a.registeredCapitalYuan);
    r.text("legalRepresentative", a.legalRepresentative);
    {
        ObjectReader c(r.value("contact"), r.pathOf("contact"), ps);
        c.text("name", a.contact.name);
        c.text("title", a.contact.title);
        c.text("mobile", a.contact.mobile);
        c.text("phone", a.contact.phone);
        c.text("email", a.contact.email);
    }
    r.count("employees", a.employees);
    r.count("rdStaff", a.rdStaff);
    r.boolean("registeredInPRC", a.registeredInPRC);
    r.boolean("independentLegalPerson", a.independentLegalPerson);
    r.enumeration("rdInstitution", a.rdInstitution);
    r.text("rdInstitutionName", a.rdInstitutionName);
    r.textList("rdInstitutionEvidence", a.rdInstitutionEvidence);
    r.textList("rdStaffEvidence", a.rdStaffEvidence);
}

// A key of `domainDetail` that holds an optional list: absent/null → not filled in,
// present (even `[]`) → the list.
template <typename T, typename F>
void readOptionalList(ObjectReader &r, const char *key, std::optional<QList<T>> &out, F &&readItem)
{
    const QJsonValue v = r.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    QList<T> list;
    json::forEachObject(v, r.pathOf(key), r.problems(), [&](ObjectReader &e, qsizetype) {
        T item;
        readItem(e, item);
        list << item;
    });
    out = list;
}

void readPilotProject(const QJsonValue &value, const QString &path, Problems *ps, PilotProject &p)
{
    ObjectReader r(value, path, ps);
    r.text("name", p.name);
    r.date("completed", p.completed);
    r.text("results", p.results);
    json::forEachObject(r.value("elements"), r.pathOf("elements"), ps,
                        [&](ObjectReader &e, qsizetype) {
                            PilotElement element;
                            e.boolean("met", element.met);
                            e.text("description", element.description);
                            e.textList("evidence", element.evidence);
                            p.elements << element;
                        });
    r.number("ecommerceShare", p.ecommerceShare);
    r.text("location", p.location);
    r.date("started", p.started);
    r.yuan("investmentYuan", p.investmentYuan);
    r.text("demonstrationValue", p.demonstrationValue);
    r.boolean("willPromote", p.willPromote);
    r.textList("completionEvidence", p.completionEvidence);
}

// Every known key is read whatever the domain: switching the domain in the UI and back must
// not lose what was typed for the other one.
void readDomainDetail(const QJsonValue &value, Problems *ps, DomainDetail &d)
{
    ObjectReader r(value, QStringLiteral("domainDetail"), ps);
    r.text("devEnvironment", d.devEnvironment);
    r.boolean("thirdPartyService", d.thirdPartyService);
    r.text("otItFusion", d.otItFusion);
    r.boolean("mainBusinessIsSolutions", d.mainBusinessIsSolutions);
    r.boolean("regulated", d.regulated);
    r.text("plan", d.plan);
    r.count("platformStaff", d.platformStaff);
    r.count("qualifiedStaff", d.qualifiedStaff);
    readOptionalList(r, "partnerEnterprises", d.partnerEnterprises,
                     [](ObjectReader &e, PartnerEnterprise &pe) {
                         e.text("name", pe.name);
                         e.text("programme", pe.programme);
                         e.boolean("internshipBase", pe.internshipBase);
                         e.textList("evidence", pe.evidence);
                     });
    r.boolean("mentorsHired", d.mentorsHired);
    r.boolean("nationallyAdvanced", d.nationallyAdvanced);
    readOptionalList(r, "coBuiltPrograms", d.coBuiltPrograms,
                     [](ObjectReader &e, CoBuiltProgram &cb) {
                         e.text("school", cb.school);
                         e.text("programme", cb.programme);
                     });
    r.boolean("premisesInGuangdong", d.premisesInGuangdong);
    readOptionalList(r, "products", d.products, [](ObjectReader &e, FinancialProduct &fp) {
        e.text("name", fp.name);
        e.text("summary", fp.summary);
    });
    if (r.has("project")) {
        PilotProject project;
        readPilotProject(r.value("project"), r.pathOf("project"), ps, project);
        d.project = project;
    }
    r.text("brand", d.brand);
    r.text("techLevel", d.techLevel);
    r.text("salesScale", d.salesScale);
    r.text("mainBusiness", d.mainBusiness);
    r.number("integrationShare", d.integrationShare);
    r.text("industry", d.industry);
    r.text("leadingPosition", d.leadingPosition);
    if (r.has("cooperation")) {
        ObjectReader c(r.value("cooperation"), r.pathOf("cooperation"), ps);
        SchoolCooperation sc;
        c.text("specialty", sc.specialty);
        c.text("curriculum", sc.curriculum);
        c.text("trainingPlan", sc.trainingPlan);
        c.text("faculty", sc.faculty);
        c.text("research", sc.research);
        c.text("internship", sc.internship);
        d.cooperation = sc;
    }
    r.count("mentorCount", d.mentorCount);
    r.text("mentorNames", d.mentorNames);
    r.text("internshipBases", d.internshipBases);
    r.textList("mentorsEvidence", d.mentorsEvidence);
}

void readEvidence(const QJsonValue &value, Problems *ps, QList<Evidence> &out)
{
    QHash<QString, QString> firstUse; // id → path of the entry that has it
    json::forEachObject(value, QStringLiteral("evidence"), ps, [&](ObjectReader &r, qsizetype) {
        Evidence e;
        std::optional<QString> id;
        if (r.has("id")) {
            r.text("id", id);
        } else {
            r.error(r.pathOf("id"),
                    QStringLiteral("缺少必填的「id」（证据编号，供专利、案例、资质引用）"));
        }
        if (id && id->isEmpty()) {
            r.error(r.pathOf("id"), QStringLiteral("证据编号「id」不能为空"));
        } else if (id) {
            if (firstUse.contains(*id))
                r.error(r.pathOf("id"),
                        QStringLiteral("证据编号「%1」重复（%2 已使用）；每份证据的编号必须唯一")
                            .arg(*id, firstUse.value(*id)));
            else
                firstUse.insert(*id, r.path());
            e.id = *id;
        }
        r.enumeration("category", e.category);
        r.count("year", e.year);
        r.text("title", e.title);
        r.text("file", e.file);
        r.text("sha256", e.sha256);
        r.count("pages", e.pages);
        r.count("firstPage", e.firstPage);
        out << e;
    });
}

} // namespace

void readProjectBody(ObjectReader &r, Project &p)
{
    Problems *ps = r.problems();
    if (r.has("call")) {
        std::optional<QString> call;
        r.text("call", call);
        if (call)
            p.call = *call;
    } else {
        r.error(QStringLiteral("call"),
                QStringLiteral("缺少必填的「call」（申报批次，例如「gd-2022-batch2」）"));
    }
    r.enumeration("domain", p.domain);
    r.enumeration("talentKind", p.talentKind);
    r.enumeration("pilotCategory", p.pilotCategory);
    r.enumeration("pilotSubcategory", p.pilotSubcategory);
    r.date("fillDate", p.fillDate);
    readApplicant(r.value("applicant"), QStringLiteral("applicant"), ps, p.applicant);
    json::forEachObject(
        r.value("finance"), QStringLiteral("finance"), ps, [&](ObjectReader &e, qsizetype) {
            FinanceYear f;
            if (e.has("year")) {
                std::optional<int> year;
                e.count("year", year);
                f.year = year.value_or(0);
            } else {
                e.error(e.pathOf("year"),
                        QStringLiteral("缺少必填的「year」（该行经营数据的年度，例如 2021）"));
            }
            e.yuan("revenueYuan", f.revenueYuan);
            e.yuan("mainRevenueYuan", f.mainRevenueYuan);
            e.yuan("profitYuan", f.profitYuan);
            e.yuan("rdSpendYuan", f.rdSpendYuan);
            p.finance << f;
        });
    json::forEachObject(r.value("patents"), QStringLiteral("patents"), ps,
                        [&](ObjectReader &e, qsizetype) {
                            Patent pt;
                            e.text("title", pt.title);
                            e.text("number", pt.number);
                            e.enumeration("kind", pt.kind);
                            e.date("granted", pt.granted);
                            e.boolean("core", pt.core);
                            e.textList("evidence", pt.evidence);
                            p.patents << pt;
                        });
    r.count("softwareCopyrights", p.softwareCopyrights);
    json::forEachObject(r.value("cases"), QStringLiteral("cases"), ps,
                        [&](ObjectReader &e, qsizetype) {
                            Case c;
                            e.text("title", c.title);
                            e.text("customer", c.customer);
                            e.text("city", c.city);
                            e.count("year", c.year);
                            e.yuan("amountYuan", c.amountYuan);
                            e.text("summary", c.summary);
                            e.textList("evidence", c.evidence);
                            p.cases << c;
                        });
    json::forEachObject(r.value("qualifications"), QStringLiteral("qualifications"), ps,
                        [&](ObjectReader &e, qsizetype) {
                            Qualification q;
                            e.enumeration("kind", q.kind);
                            e.text("title", q.title);
                            e.textList("evidence", q.evidence);
                            p.qualifications << q;
                        });
    json::forEachObject(r.value("otherQualifications"), QStringLiteral("otherQualifications"), ps,
                        [&](ObjectReader &e, qsizetype) {
                            OtherQualification q;
                            e.text("title", q.title);
                            e.text("issuer", q.issuer);
                            e.date("granted", q.granted);
                            e.textList("evidence", q.evidence);
                            p.otherQualifications << q;
                        });
    json::forEachObject(r.value("undertakenProjects"), QStringLiteral("undertakenProjects"), ps,
                        [&](ObjectReader &e, qsizetype) {
                            UndertakenProject u;
                            e.text("title", u.title);
                            e.text("source", u.source);
                            e.count("year", u.year);
                            e.yuan("amountYuan", u.amountYuan);
                            e.textList("evidence", u.evidence);
                            p.undertakenProjects << u;
                        });
    r.boolean("firstBatchPartner", p.firstBatchPartner);
    {
        ObjectReader a(r.value("attestations"), QStringLiteral("attestations"), ps);
        a.boolean("safetyConditions", p.attestations.safetyConditions);
        a.boolean("noMajorAccident3y", p.attestations.noMajorAccident3y);
        a.boolean("notDishonestDebtor", p.attestations.notDishonestDebtor);
        a.boolean("noBadCredit3y", p.attestations.noBadCredit3y);
        a.boolean("noIpInfringement", p.attestations.noIpInfringement);
    }
    {
        ObjectReader n(r.value("narrative"), QStringLiteral("narrative"), ps);
        n.text("profile", p.narrative.profile);
        n.text("offering", p.narrative.offering);
        n.text("plan", p.narrative.plan);
    }
    readDomainDetail(r.value("domainDetail"), ps, p.domainDetail);
    readEvidence(r.value("evidence"), ps, p.evidence);
}
} // namespace shenbao::projectjson
