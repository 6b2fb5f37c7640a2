// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/ProjectJson.h"

#include "store/JsonReader.h"
#include "store/OrderedJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

// Reading and writing `shenbao/1` (spec/project-json.md).
//
// Round trips. read(write(p)) == p for every Project, and write(read(x)) == x byte for byte for
// every document write() produced. Other documents read to the same Project but are written
// back in write()'s layout: keys in the spec's order, two-space indentation, and
//  - the lists `finance`, `patents`, `cases`, `qualifications`, `evidence` and the `evidence`
//    id lists inside patents, cases and qualifications: a missing key (or null) reads as an
//    empty list and is written back as `[]` — the model has no "list not filled in";
//  - the objects `applicant`, `applicant.contact`, `attestations`, `narrative` and
//    `domainDetail`: missing reads as all-empty and is written back as `{}`;
//  - every other key: missing or null reads as "not filled in" and is not written at all;
//    the optional lists of `domainDetail` are written only when present (an empty list that is
//    present stays `[]`, distinct from a missing one), `domainDetail.project.elements` always.

namespace shenbao {

namespace {

using json::ObjectReader;

const QString kSchema = QStringLiteral("shenbao/1");

// ---------------------------------------------------------------------------------- reading

QString parseErrorText(QJsonParseError::ParseError e)
{
    switch (e) {
    case QJsonParseError::UnterminatedObject: return QStringLiteral("对象没有正确结束（缺少「}」或「,」）");
    case QJsonParseError::MissingNameSeparator: return QStringLiteral("键后缺少「:」");
    case QJsonParseError::UnterminatedArray: return QStringLiteral("数组没有正确结束（缺少「]」或「,」）");
    case QJsonParseError::MissingValueSeparator: return QStringLiteral("值之间缺少「,」");
    case QJsonParseError::IllegalValue: return QStringLiteral("非法的值");
    case QJsonParseError::TerminationByNumber: return QStringLiteral("文档在数字处意外结束");
    case QJsonParseError::IllegalNumber: return QStringLiteral("非法的数字");
    case QJsonParseError::IllegalEscapeSequence: return QStringLiteral("非法的转义序列");
    case QJsonParseError::IllegalUTF8String: return QStringLiteral("不是有效的 UTF-8 文本");
    case QJsonParseError::UnterminatedString: return QStringLiteral("字符串缺少结尾的「\"」");
    case QJsonParseError::MissingObject: return QStringLiteral("「,」后缺少键值对");
    case QJsonParseError::DeepNesting: return QStringLiteral("嵌套层数过多");
    case QJsonParseError::DocumentTooLarge: return QStringLiteral("文档过大");
    case QJsonParseError::GarbageAtEnd: return QStringLiteral("文档结尾有多余的内容");
    case QJsonParseError::NoError: break;
    }
    return QStringLiteral("语法错误");
}

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
    json::forEachObject(r.value("elements"), r.pathOf("elements"), ps, [&](ObjectReader &e, qsizetype) {
        PilotElement element;
        e.boolean("met", element.met);
        e.text("description", element.description);
        p.elements << element;
    });
    r.number("ecommerceShare", p.ecommerceShare);
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
    readOptionalList(r, "partnerEnterprises", d.partnerEnterprises, [](ObjectReader &e, PartnerEnterprise &pe) {
        e.text("name", pe.name);
        e.text("programme", pe.programme);
        e.boolean("internshipBase", pe.internshipBase);
    });
    r.boolean("mentorsHired", d.mentorsHired);
    r.boolean("nationallyAdvanced", d.nationallyAdvanced);
    readOptionalList(r, "coBuiltPrograms", d.coBuiltPrograms, [](ObjectReader &e, CoBuiltProgram &cb) {
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
            r.error(r.pathOf("id"), QStringLiteral("缺少必填的「id」（证据编号，供专利、案例、资质引用）"));
        }
        if (id && id->isEmpty()) {
            r.error(r.pathOf("id"), QStringLiteral("证据编号「id」不能为空"));
        } else if (id) {
            if (firstUse.contains(*id))
                r.error(r.pathOf("id"), QStringLiteral("证据编号「%1」重复（%2 已使用）；每份证据的编号必须唯一")
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
    readApplicant(r.value("applicant"), QStringLiteral("applicant"), ps, p.applicant);
    json::forEachObject(r.value("finance"), QStringLiteral("finance"), ps, [&](ObjectReader &e, qsizetype) {
        FinanceYear f;
        if (e.has("year")) {
            std::optional<int> year;
            e.count("year", year);
            f.year = year.value_or(0);
        } else {
            e.error(e.pathOf("year"), QStringLiteral("缺少必填的「year」（该行经营数据的年度，例如 2021）"));
        }
        e.yuan("revenueYuan", f.revenueYuan);
        e.yuan("mainRevenueYuan", f.mainRevenueYuan);
        e.yuan("profitYuan", f.profitYuan);
        e.yuan("rdSpendYuan", f.rdSpendYuan);
        p.finance << f;
    });
    json::forEachObject(r.value("patents"), QStringLiteral("patents"), ps, [&](ObjectReader &e, qsizetype) {
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
    json::forEachObject(r.value("cases"), QStringLiteral("cases"), ps, [&](ObjectReader &e, qsizetype) {
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

// ---------------------------------------------------------------------------------- writing

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

void put(OrderedJson &o, const char *k, const std::optional<QString> &v)
{
    if (v)
        o.insert(key(k), OrderedJson::string(*v));
}
void put(OrderedJson &o, const char *k, const std::optional<bool> &v)
{
    if (v)
        o.insert(key(k), OrderedJson::boolean(*v));
}
void put(OrderedJson &o, const char *k, const std::optional<int> &v)
{
    if (v)
        o.insert(key(k), OrderedJson::integer(*v));
}
void put(OrderedJson &o, const char *k, const std::optional<qint64> &v)
{
    if (v)
        o.insert(key(k), OrderedJson::integer(*v));
}
void put(OrderedJson &o, const char *k, const std::optional<double> &v)
{
    if (v)
        o.insert(key(k), OrderedJson::number(*v));
}
void put(OrderedJson &o, const char *k, const std::optional<QDate> &v)
{
    if (v)
        o.insert(key(k), OrderedJson::string(v->toString(QStringLiteral("yyyy-MM-dd"))));
}
template <typename E> void putEnum(OrderedJson &o, const char *k, const std::optional<E> &v)
{
    if (v)
        o.insert(key(k), OrderedJson::string(toKey(*v)));
}
void putIds(OrderedJson &o, const QStringList &ids)
{
    OrderedJson a = OrderedJson::array();
    for (const auto &id : ids)
        a.append(OrderedJson::string(id));
    o.insert(QStringLiteral("evidence"), std::move(a));
}
template <typename T, typename F> OrderedJson arrayOf(const QList<T> &items, F &&writeItem)
{
    OrderedJson a = OrderedJson::array();
    for (const auto &item : items) {
        OrderedJson o = OrderedJson::object();
        writeItem(o, item);
        a.append(std::move(o));
    }
    return a;
}

OrderedJson applicantJson(const Applicant &a)
{
    OrderedJson o = OrderedJson::object();
    put(o, "name", a.name);
    put(o, "uscc", a.uscc);
    putEnum(o, "orgType", a.orgType);
    put(o, "city", a.city);
    put(o, "district", a.district);
    put(o, "registeredAddress", a.registeredAddress);
    put(o, "mailingAddress", a.mailingAddress);
    put(o, "postcode", a.postcode);
    put(o, "founded", a.founded);
    put(o, "registeredCapitalYuan", a.registeredCapitalYuan);
    put(o, "legalRepresentative", a.legalRepresentative);
    OrderedJson &c = o.insert(QStringLiteral("contact"), OrderedJson::object());
    put(c, "name", a.contact.name);
    put(c, "title", a.contact.title);
    put(c, "mobile", a.contact.mobile);
    put(c, "phone", a.contact.phone);
    put(c, "email", a.contact.email);
    put(o, "employees", a.employees);
    put(o, "rdStaff", a.rdStaff);
    put(o, "registeredInPRC", a.registeredInPRC);
    put(o, "independentLegalPerson", a.independentLegalPerson);
    putEnum(o, "rdInstitution", a.rdInstitution);
    put(o, "rdInstitutionName", a.rdInstitutionName);
    return o;
}

OrderedJson domainDetailJson(const DomainDetail &d)
{
    OrderedJson o = OrderedJson::object();
    put(o, "devEnvironment", d.devEnvironment);
    put(o, "thirdPartyService", d.thirdPartyService);
    put(o, "otItFusion", d.otItFusion);
    put(o, "mainBusinessIsSolutions", d.mainBusinessIsSolutions);
    put(o, "regulated", d.regulated);
    put(o, "plan", d.plan);
    put(o, "platformStaff", d.platformStaff);
    put(o, "qualifiedStaff", d.qualifiedStaff);
    if (d.partnerEnterprises)
        o.insert(QStringLiteral("partnerEnterprises"),
                 arrayOf(*d.partnerEnterprises, [](OrderedJson &e, const PartnerEnterprise &pe) {
                     put(e, "name", pe.name);
                     put(e, "programme", pe.programme);
                     put(e, "internshipBase", pe.internshipBase);
                 }));
    put(o, "mentorsHired", d.mentorsHired);
    put(o, "nationallyAdvanced", d.nationallyAdvanced);
    if (d.coBuiltPrograms)
        o.insert(QStringLiteral("coBuiltPrograms"),
                 arrayOf(*d.coBuiltPrograms, [](OrderedJson &e, const CoBuiltProgram &cb) {
                     put(e, "school", cb.school);
                     put(e, "programme", cb.programme);
                 }));
    put(o, "premisesInGuangdong", d.premisesInGuangdong);
    if (d.products)
        o.insert(QStringLiteral("products"), arrayOf(*d.products, [](OrderedJson &e, const FinancialProduct &fp) {
                     put(e, "name", fp.name);
                     put(e, "summary", fp.summary);
                 }));
    if (d.project) {
        OrderedJson &p = o.insert(QStringLiteral("project"), OrderedJson::object());
        put(p, "name", d.project->name);
        put(p, "completed", d.project->completed);
        put(p, "results", d.project->results);
        p.insert(QStringLiteral("elements"), arrayOf(d.project->elements, [](OrderedJson &e, const PilotElement &pe) {
                     put(e, "met", pe.met);
                     put(e, "description", pe.description);
                 }));
        put(p, "ecommerceShare", d.project->ecommerceShare);
    }
    return o;
}

OrderedJson evidenceJson(const Evidence &e, ProjectJson::Flavor flavor)
{
    OrderedJson o = OrderedJson::object();
    o.insert(QStringLiteral("id"), OrderedJson::string(e.id));
    putEnum(o, "category", e.category);
    put(o, "year", e.year);
    put(o, "title", e.title);
    // A dossier travels without the applicant's disk: a local path would mean nothing to the
    // officer and would leak folder names, so only the content hash identifies the file.
    if (flavor == ProjectJson::Flavor::Interchange)
        put(o, "file", e.file);
    put(o, "sha256", e.sha256);
    put(o, "pages", e.pages);
    // Kept in interchange too when known (a dossier read back and shown as JSON), so that
    // read(write(p)) == p holds for every project.
    put(o, "firstPage", e.firstPage);
    return o;
}

OrderedJson projectJson(const Project &p, ProjectJson::Flavor flavor)
{
    OrderedJson o = OrderedJson::object();
    o.insert(QStringLiteral("schema"), OrderedJson::string(p.schema));
    o.insert(QStringLiteral("call"), OrderedJson::string(p.call));
    putEnum(o, "domain", p.domain);
    putEnum(o, "talentKind", p.talentKind);
    putEnum(o, "pilotCategory", p.pilotCategory);
    putEnum(o, "pilotSubcategory", p.pilotSubcategory);
    o.insert(QStringLiteral("applicant"), applicantJson(p.applicant));
    o.insert(QStringLiteral("finance"), arrayOf(p.finance, [](OrderedJson &e, const FinanceYear &f) {
                 e.insert(QStringLiteral("year"), OrderedJson::integer(f.year));
                 put(e, "revenueYuan", f.revenueYuan);
                 put(e, "mainRevenueYuan", f.mainRevenueYuan);
                 put(e, "profitYuan", f.profitYuan);
                 put(e, "rdSpendYuan", f.rdSpendYuan);
             }));
    o.insert(QStringLiteral("patents"), arrayOf(p.patents, [](OrderedJson &e, const Patent &pt) {
                 put(e, "title", pt.title);
                 put(e, "number", pt.number);
                 putEnum(e, "kind", pt.kind);
                 put(e, "granted", pt.granted);
                 put(e, "core", pt.core);
                 putIds(e, pt.evidence);
             }));
    put(o, "softwareCopyrights", p.softwareCopyrights);
    o.insert(QStringLiteral("cases"), arrayOf(p.cases, [](OrderedJson &e, const Case &c) {
                 put(e, "title", c.title);
                 put(e, "customer", c.customer);
                 put(e, "city", c.city);
                 put(e, "year", c.year);
                 put(e, "amountYuan", c.amountYuan);
                 put(e, "summary", c.summary);
                 putIds(e, c.evidence);
             }));
    o.insert(QStringLiteral("qualifications"), arrayOf(p.qualifications, [](OrderedJson &e, const Qualification &q) {
                 putEnum(e, "kind", q.kind);
                 put(e, "title", q.title);
                 putIds(e, q.evidence);
             }));
    put(o, "firstBatchPartner", p.firstBatchPartner);
    OrderedJson &a = o.insert(QStringLiteral("attestations"), OrderedJson::object());
    put(a, "safetyConditions", p.attestations.safetyConditions);
    put(a, "noMajorAccident3y", p.attestations.noMajorAccident3y);
    put(a, "notDishonestDebtor", p.attestations.notDishonestDebtor);
    put(a, "noBadCredit3y", p.attestations.noBadCredit3y);
    put(a, "noIpInfringement", p.attestations.noIpInfringement);
    OrderedJson &n = o.insert(QStringLiteral("narrative"), OrderedJson::object());
    put(n, "profile", p.narrative.profile);
    put(n, "offering", p.narrative.offering);
    put(n, "plan", p.narrative.plan);
    o.insert(QStringLiteral("domainDetail"), domainDetailJson(p.domainDetail));
    o.insert(QStringLiteral("evidence"),
             arrayOf(p.evidence, [flavor](OrderedJson &e, const Evidence &ev) { e = evidenceJson(ev, flavor); }));
    return o;
}

// ---------------------------------------------------------------------------------- canonical

void appendCanonical(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out += "null"; return;
    case QJsonValue::Bool: out += v.toBool() ? "true" : "false"; return;
    case QJsonValue::Double: {
        // toInteger() answers only for values that are exactly an integer in qint64 range
        // (and is exact beyond 2^53, where toDouble() is not): two defaults tell it apart.
        const qint64 a = v.toInteger(0);
        if (a == v.toInteger(1))
            out += jsontext::integerText(a);
        else
            out += jsontext::doubleText(v.toDouble());
        return;
    }
    case QJsonValue::String: jsontext::appendString(out, v.toString()); return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendCanonical(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = v.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end()); // QString's operator< compares UTF-16 code units
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ',';
            jsontext::appendString(out, keys.at(i));
            out += ':';
            appendCanonical(out, object.value(keys.at(i)));
        }
        out += '}';
        return;
    }
    }
}

} // namespace

ProjectJsonResult ProjectJson::read(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto pos = json::positionOf(json, json::errorOffset(json, error.offset));
        return {std::nullopt,
                {{Problem::Severity::Error,
                  QStringLiteral("%1: line %2, column %3").arg(sourceName).arg(pos.line).arg(pos.column),
                  QStringLiteral("不是有效的 JSON：%1（%2）").arg(parseErrorText(error.error), error.errorString())}}};
    }
    if (!doc.isObject()) {
        return {std::nullopt,
                {{Problem::Severity::Error, sourceName,
                  QStringLiteral("JSON 文档的顶层应为对象（{…}），实际为%1")
                      .arg(doc.isArray() ? QStringLiteral("数组") : QStringLiteral("空文档"))}}};
    }
    return fromObject(doc.object(), sourceName);
}

ProjectJsonResult ProjectJson::fromObject(const QJsonObject &root, const QString &sourceName)
{
    Q_UNUSED(sourceName) // problems name JSON paths; the caller puts the file in front
    ProjectJsonResult result;
    // The schema decides what every other key means, so a document of another schema is not
    // read any further: its keys would be misread or reported as unknown one by one.
    const QJsonValue schema = root.value(QStringLiteral("schema"));
    if (schema.isUndefined() || schema.isNull()) {
        result.problems.append({Problem::Severity::Error, QStringLiteral("schema"),
                                QStringLiteral("缺少「schema」；本版本读取的数据格式为「%1」").arg(kSchema)});
        return result;
    }
    if (!schema.isString()) {
        result.problems.append({Problem::Severity::Error, QStringLiteral("schema"),
                                QStringLiteral("应为字符串「%1」，实际为%2").arg(kSchema, json::describe(schema))});
        return result;
    }
    if (schema.toString() != kSchema) {
        result.problems.append(
            {Problem::Severity::Error, QStringLiteral("schema"),
             QStringLiteral("不支持的数据格式「%1」；本版本只能读取「%2」（文件可能由更新的版本生成）")
                 .arg(schema.toString(), kSchema)});
        return result;
    }
    Project project;
    {
        ObjectReader r(root, QString(), &result.problems);
        r.value("schema");
        readProjectBody(r, project);
    } // unknown top-level keys are reported here
    if (!hasErrors(result.problems))
        result.project = std::move(project);
    return result;
}

QJsonObject ProjectJson::toObject(const Project &project, Flavor flavor)
{
    return projectJson(project, flavor).toJsonValue().toObject();
}

QByteArray ProjectJson::write(const Project &project, Flavor flavor)
{
    return projectJson(project, flavor).toIndented();
}

// The fingerprint's input (dossier-layout.md), so every byte is fixed here:
//  - UTF-8, no white space outside strings;
//  - object members sorted by key, comparing keys as sequences of UTF-16 code units (the
//    order QJsonObject keeps, made explicit so it does not depend on Qt's internals);
//  - arrays in their order;
//  - strings escaped minimally: \" \\ \b \t \n \f \r, other characters below U+0020 as
//    \u00xx with lower-case hex, everything else (Chinese text, '/', U+007F …) as itself;
//  - numbers that are integers in qint64 range as plain decimal without a decimal point or
//    exponent (1.0 → 1); all others in the shortest form that reads back to the same double
//    (0.25, 1e-07, 1.5e+300);
//  - true, false, null as themselves.
QByteArray ProjectJson::canonical(const QJsonValue &value)
{
    QByteArray out;
    appendCanonical(out, value);
    return out;
}

} // namespace shenbao
