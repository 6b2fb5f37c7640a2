// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/ProjectJsonCodec.h"

// Writing `shenbao/1` in the key order of project-json.md; the empty-value conventions are
// described in ProjectJson.cpp.

namespace shenbao::projectjson {

namespace {

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
// New lists of evidence ids are written only when they hold something: a project that does
// not use them reads and writes exactly as before.
void putIdList(OrderedJson &o, const char *k, const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    OrderedJson a = OrderedJson::array();
    for (const auto &id : ids)
        a.append(OrderedJson::string(id));
    o.insert(key(k), std::move(a));
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
    putIdList(o, "rdInstitutionEvidence", a.rdInstitutionEvidence);
    putIdList(o, "rdStaffEvidence", a.rdStaffEvidence);
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
                     putIdList(e, "evidence", pe.evidence);
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
        o.insert(QStringLiteral("products"),
                 arrayOf(*d.products, [](OrderedJson &e, const FinancialProduct &fp) {
                     put(e, "name", fp.name);
                     put(e, "summary", fp.summary);
                 }));
    if (d.project) {
        OrderedJson &p = o.insert(QStringLiteral("project"), OrderedJson::object());
        put(p, "name", d.project->name);
        put(p, "completed", d.project->completed);
        put(p, "results", d.project->results);
        p.insert(QStringLiteral("elements"),
                 arrayOf(d.project->elements, [](OrderedJson &e, const PilotElement &pe) {
                     put(e, "met", pe.met);
                     put(e, "description", pe.description);
                     putIdList(e, "evidence", pe.evidence);
                 }));
        put(p, "ecommerceShare", d.project->ecommerceShare);
        put(p, "location", d.project->location);
        put(p, "started", d.project->started);
        put(p, "investmentYuan", d.project->investmentYuan);
        put(p, "demonstrationValue", d.project->demonstrationValue);
        put(p, "willPromote", d.project->willPromote);
        putIdList(p, "completionEvidence", d.project->completionEvidence);
    }
    put(o, "brand", d.brand);
    put(o, "techLevel", d.techLevel);
    put(o, "salesScale", d.salesScale);
    put(o, "mainBusiness", d.mainBusiness);
    put(o, "integrationShare", d.integrationShare);
    put(o, "industry", d.industry);
    put(o, "leadingPosition", d.leadingPosition);
    if (d.cooperation) {
        OrderedJson &c = o.insert(QStringLiteral("cooperation"), OrderedJson::object());
        put(c, "specialty", d.cooperation->specialty);
        put(c, "curriculum", d.cooperation->curriculum);
        put(c, "trainingPlan", d.cooperation->trainingPlan);
        put(c, "faculty", d.cooperation->faculty);
        put(c, "research", d.cooperation->research);
        put(c, "internship", d.cooperation->internship);
    }
    put(o, "mentorCount", d.mentorCount);
    put(o, "mentorNames", d.mentorNames);
    put(o, "internshipBases", d.internshipBases);
    putIdList(o, "mentorsEvidence", d.mentorsEvidence);
    return o;
}

} // namespace

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

OrderedJson patentJson(const Patent &pt)
{
    OrderedJson e = OrderedJson::object();
    put(e, "title", pt.title);
    put(e, "number", pt.number);
    putEnum(e, "kind", pt.kind);
    put(e, "granted", pt.granted);
    put(e, "core", pt.core);
    putIds(e, pt.evidence);
    return e;
}

OrderedJson caseJson(const Case &c)
{
    OrderedJson e = OrderedJson::object();
    put(e, "title", c.title);
    put(e, "customer", c.customer);
    put(e, "city", c.city);
    put(e, "year", c.year);
    put(e, "amountYuan", c.amountYuan);
    put(e, "summary", c.summary);
    putIds(e, c.evidence);
    return e;
}

OrderedJson qualificationJson(const Qualification &q)
{
    OrderedJson e = OrderedJson::object();
    putEnum(e, "kind", q.kind);
    put(e, "title", q.title);
    putIds(e, q.evidence);
    return e;
}

OrderedJson otherQualificationJson(const OtherQualification &q)
{
    OrderedJson e = OrderedJson::object();
    put(e, "title", q.title);
    put(e, "issuer", q.issuer);
    put(e, "granted", q.granted);
    putIds(e, q.evidence);
    return e;
}

OrderedJson undertakenProjectJson(const UndertakenProject &u)
{
    OrderedJson e = OrderedJson::object();
    put(e, "title", u.title);
    put(e, "source", u.source);
    put(e, "year", u.year);
    put(e, "amountYuan", u.amountYuan);
    putIds(e, u.evidence);
    return e;
}

template <typename T, typename F> OrderedJson listOf(const QList<T> &items, F &&itemJson)
{
    OrderedJson a = OrderedJson::array();
    for (const auto &item : items)
        a.append(itemJson(item));
    return a;
}

OrderedJson build(const Project &p, ProjectJson::Flavor flavor, ItemLists lists)
{
    const bool withLists = lists == ItemLists::Included;
    OrderedJson o = OrderedJson::object();
    o.insert(QStringLiteral("schema"), OrderedJson::string(p.schema));
    o.insert(QStringLiteral("call"), OrderedJson::string(p.call));
    putEnum(o, "domain", p.domain);
    putEnum(o, "talentKind", p.talentKind);
    putEnum(o, "pilotCategory", p.pilotCategory);
    putEnum(o, "pilotSubcategory", p.pilotSubcategory);
    put(o, "fillDate", p.fillDate);
    o.insert(QStringLiteral("applicant"), applicantJson(p.applicant));
    o.insert(QStringLiteral("finance"),
             arrayOf(p.finance, [](OrderedJson &e, const FinanceYear &f) {
                 e.insert(QStringLiteral("year"), OrderedJson::integer(f.year));
                 put(e, "revenueYuan", f.revenueYuan);
                 put(e, "mainRevenueYuan", f.mainRevenueYuan);
                 put(e, "profitYuan", f.profitYuan);
                 put(e, "rdSpendYuan", f.rdSpendYuan);
             }));
    if (withLists)
        o.insert(QStringLiteral("patents"), listOf(p.patents, patentJson));
    put(o, "softwareCopyrights", p.softwareCopyrights);
    if (withLists) {
        o.insert(QStringLiteral("cases"), listOf(p.cases, caseJson));
        o.insert(QStringLiteral("qualifications"), listOf(p.qualifications, qualificationJson));
        if (!p.otherQualifications.isEmpty())
            o.insert(QStringLiteral("otherQualifications"),
                     listOf(p.otherQualifications, otherQualificationJson));
        if (!p.undertakenProjects.isEmpty())
            o.insert(QStringLiteral("undertakenProjects"),
                     listOf(p.undertakenProjects, undertakenProjectJson));
    }
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
    if (withLists)
        o.insert(QStringLiteral("evidence"), listOf(p.evidence, [flavor](const Evidence &ev) {
                     return evidenceJson(ev, flavor);
                 }));
    return o;
}
} // namespace shenbao::projectjson
