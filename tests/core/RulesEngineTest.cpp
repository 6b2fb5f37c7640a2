// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Routes, base conditions, verdicts, evidence and required documents (spec/eligibility.md).
// The domain rules are in DomainRulesTest.cpp.

#include "RuleFixtures.h"
#include "TestSupport.h"

#include "call/CallDefinition.h"
#include "rules/RulesEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace shenbao;
using namespace shenbao::test;

namespace {

const QString kEqIds[] = {QStringLiteral("EQ-1"), QStringLiteral("EQ-2"), QStringLiteral("EQ-3"),
                          QStringLiteral("EQ-4")};

QStringList ids(const Evaluation &e)
{
    QStringList out;
    for (const auto &r : e.rules)
        out << r.id;
    return out;
}

bool hasError(const Evaluation &e, const QString &where, const QString &contains)
{
    for (const auto &p : e.problems) {
        if (p.isError() && p.where == where && p.message.contains(contains))
            return true;
    }
    return false;
}

QByteArray bundledCallJson()
{
    QFile f(QStringLiteral(":/calls/gd-2022-batch2.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The bundled call with one rule's params changed (or a rule appended).
CallDefinition modifiedCall(const std::function<void(QJsonArray &rules)> &edit)
{
    auto root = QJsonDocument::fromJson(bundledCallJson()).object();
    auto rules = root.value(QStringLiteral("rules")).toArray();
    edit(rules);
    root.insert(QStringLiteral("rules"), rules);
    QString error;
    auto call = CallDefinition::fromJson(QJsonDocument(root).toJson(), &error);
    INFO(error.toStdString());
    REQUIRE(call);
    return *call;
}

} // namespace

TEST_CASE("every domain fixture is eligible at exactly its thresholds", "[rules]")
{
    for (const auto d : allValues<Domain>()) {
        INFO("domain " << toKey(d).toStdString());
        const auto e = evaluate(domainProject(d));
        for (const auto &r : e.rules) {
            INFO(r.id.toStdString() << ": " << r.figure.toStdString());
            if (!r.id.startsWith(QStringLiteral("ROUTE-"))) {
                CHECK(r.state == RuleState::Met);
                CHECK(r.evidenceState == EvidenceState::Evidenced);
            }
        }
        for (const auto &p : e.problems)
            INFO(p.toString().toStdString());
        CHECK(e.problems.isEmpty());
        CHECK(e.verdict == Verdict::Eligible);
        CHECK(e.route == Route::Review);
    }
}

TEST_CASE("rules come in the call's order: routes, base, then the domain's", "[rules]")
{
    const auto e = evaluate(equipmentProject());
    CHECK(ids(e) == QStringList{QStringLiteral("ROUTE-FIRST"), QStringLiteral("ROUTE-DIRECT"),
                                QStringLiteral("BASE-1"), QStringLiteral("BASE-2"),
                                QStringLiteral("BASE-3"), QStringLiteral("BASE-4"),
                                QStringLiteral("BASE-5"), QStringLiteral("DOC-1"), kEqIds[0],
                                kEqIds[1], kEqIds[2], kEqIds[3]});
    // Every domain gets exactly its rules from the call, each evaluated by this build.
    const auto &call = CallDefinition::bundled();
    for (const auto d : allValues<Domain>()) {
        INFO("domain " << toKey(d).toStdString());
        const auto ev = evaluate(domainProject(d));
        int expected = 8;
        for (const auto &spec : call.rules) {
            if (spec.domain == d && (!spec.talentKind || spec.talentKind == TalentKind::School))
                ++expected;
        }
        CHECK(ev.rules.size() == expected);
        for (const auto &r : ev.rules) {
            const auto *spec = call.rule(r.id);
            REQUIRE(spec);
            CHECK(r.cite == spec->cite);
            CHECK(r.title == spec->title);
            CHECK(r.clauseText == spec->clauseText);
            CHECK_FALSE(r.clauseText.isEmpty());
            CHECK_FALSE(r.figure.isEmpty());
            CHECK_FALSE(r.field.isEmpty());
            CHECK_FALSE(r.figure.contains(QStringLiteral("新版本")));
        }
    }
}

TEST_CASE("a missing domain leaves the verdict incomplete with a problem at domain", "[rules]")
{
    auto p = equipmentProject();
    p.domain.reset();
    const auto e = evaluate(p);
    CHECK(e.verdict == Verdict::Incomplete);
    CHECK(e.rules.size() == 8); // routes, base and the required documents only
    REQUIRE(problemsAt(e, QStringLiteral("domain")).size() == 1);
    CHECK(problemsAt(e, QStringLiteral("domain")).first().isError());
}

TEST_CASE("ROUTE-FIRST: a first-batch partner gets alreadyPartner, with every rule still listed",
          "[rules]")
{
    auto p = equipmentProject();
    p.firstBatchPartner = true;
    p.applicant.rdStaff = 3; // would fail EQ-3
    const auto e = evaluate(p);
    CHECK(e.verdict == Verdict::AlreadyPartner);
    const auto first = ruleOf(e, "ROUTE-FIRST");
    CHECK(first.state == RuleState::Met);
    CHECK(first.informational);
    CHECK(ruleOf(e, "EQ-3").state == RuleState::NotMet);
    CHECK(e.rules.size() == 12);

    p.firstBatchPartner = false;
    CHECK(evaluate(p).verdict == Verdict::NotEligible);
    CHECK(stateOf(p, "ROUTE-FIRST") == RuleState::NotMet);

    // Unanswered: the route does not apply, and the question is shown as open.
    p = equipmentProject();
    p.firstBatchPartner.reset();
    const auto open = evaluate(p);
    CHECK(ruleOf(open, "ROUTE-FIRST").state == RuleState::Incomplete);
    CHECK(ruleOf(open, "ROUTE-FIRST").informational);
    CHECK(open.verdict == Verdict::Eligible);
}

TEST_CASE("ROUTE-DIRECT: a qualification makes domain thresholds informational, base still applies",
          "[rules]")
{
    auto p = equipmentProject();
    CHECK(stateOf(p, "ROUTE-DIRECT") == RuleState::NotMet);
    CHECK(ruleOf(p, "ROUTE-DIRECT").informational);

    Qualification q;
    q.kind = QualificationKind::ProvincialRobotKey;
    q.title = QStringLiteral("2021年省级机器人骨干企业");
    q.evidence << addEvidence(p, EvidenceCategory::Qualification, QStringLiteral("认定文件"));
    p.qualifications << q;
    // Far below every equipment threshold.
    p.patents.resize(1);
    p.applicant.rdStaff = 2;
    p.applicant.rdInstitution = RdInstitution::None;
    p.finance[0].mainRevenueYuan = 1;

    auto e = evaluate(p);
    CHECK(e.route == Route::Direct);
    const auto direct = ruleOf(e, "ROUTE-DIRECT");
    CHECK(direct.state == RuleState::Met);
    CHECK(direct.informational);
    CHECK(direct.figure.contains(QStringLiteral("省级机器人骨干（培育）企业")));
    CHECK(direct.evidenceIds == q.evidence);
    for (const auto &id : kEqIds) {
        const auto *r = e.rule(id);
        REQUIRE(r);
        CHECK(r->state == RuleState::NotMet);
        CHECK(r->informational);
    }
    CHECK_FALSE(ruleOf(e, "BASE-1").informational);
    CHECK(e.verdict == Verdict::Eligible);

    // A base condition still blocks.
    auto failedBase = p;
    failedBase.attestations.noBadCredit3y = false;
    CHECK(evaluate(failedBase).verdict == Verdict::NotEligible);

    // The claimed qualification needs its certificate.
    auto unproven = p;
    unproven.qualifications[0].evidence.clear();
    e = evaluate(unproven);
    CHECK(e.route == Route::Direct);
    CHECK(ruleOf(e, "ROUTE-DIRECT").evidenceState == EvidenceState::MissingEvidence);
    CHECK(
        ruleOf(e, "ROUTE-DIRECT").missingEvidence ==
        QStringList{QStringLiteral("资质 省级机器人骨干（培育）企业《2021年省级机器人骨干企业》")});
    CHECK(hasError(e, QStringLiteral("qualifications[0].evidence"), QStringLiteral("证明材料")));
    CHECK(e.verdict == Verdict::Incomplete);

    // A qualification without its kind cannot open the route.
    auto noKind = p;
    noKind.qualifications[0].kind.reset();
    e = evaluate(noKind);
    CHECK(ruleOf(e, "ROUTE-DIRECT").state == RuleState::Incomplete);
    CHECK(e.route == Route::Review);
    CHECK(e.verdict == Verdict::NotEligible);
}

TEST_CASE("ROUTE-DIRECT makes the talent sub-rules informational too", "[rules]")
{
    auto p = talentProject(TalentKind::Enterprise);
    p.domainDetail.coBuiltPrograms->removeLast();
    CHECK(evaluate(p).verdict == Verdict::NotEligible);
    Qualification q;
    q.kind = QualificationKind::InnovationCenter;
    q.evidence << addEvidence(p, EvidenceCategory::Qualification, QStringLiteral("创新中心认定"));
    p.qualifications << q;
    const auto e = evaluate(p);
    CHECK(ruleOf(e, "TAL-E").state == RuleState::NotMet);
    CHECK(ruleOf(e, "TAL-E").informational);
    CHECK(e.verdict == Verdict::Eligible);
}

TEST_CASE("BASE-1: registered in the PRC and independent legal person", "[rules]")
{
    auto p = equipmentProject();
    const auto licence = ruleOf(p, "BASE-1").evidenceIds;
    REQUIRE(licence.size() == 1);
    CHECK(p.evidenceById(licence.first())->category == EvidenceCategory::BusinessLicense);
    p.applicant.independentLegalPerson = false;
    CHECK(stateOf(p, "BASE-1") == RuleState::NotMet);
    CHECK(ruleOf(p, "BASE-1").field == QStringLiteral("applicant.independentLegalPerson"));
    p.applicant.independentLegalPerson.reset();
    CHECK(stateOf(p, "BASE-1") == RuleState::Incomplete);
    p.applicant.registeredInPRC = false; // one "no" decides, whatever is missing
    CHECK(stateOf(p, "BASE-1") == RuleState::NotMet);

    p = equipmentProject();
    removeDocuments(p, EvidenceCategory::BusinessLicense);
    const auto e = evaluate(p);
    const auto r = ruleOf(e, "BASE-1");
    CHECK(r.state == RuleState::Met);
    CHECK(r.evidenceState == EvidenceState::MissingEvidence);
    CHECK(r.missingEvidence == QStringList{QStringLiteral("营业执照")});
    CHECK(hasError(e, QStringLiteral("evidence"), QStringLiteral("营业执照")));
    CHECK(e.verdict == Verdict::Incomplete);
}

TEST_CASE("BASE-2: at least one case in Guangdong, any year", "[rules]")
{
    auto p = equipmentProject(); // one case in 佛山市, 2021
    CHECK(ruleOf(p, "BASE-2").figure == QStringLiteral("省内典型案例 1 个（要求 1 个以上）"));
    p.cases[0].year = 2015;
    CHECK(stateOf(p, "BASE-2") == RuleState::Met);
    p.cases[0].city = QStringLiteral("长沙市");
    CHECK(stateOf(p, "BASE-2") == RuleState::NotMet);
    p.cases[0].city = QStringLiteral("香港");
    CHECK(stateOf(p, "BASE-2") == RuleState::NotMet);
    // The city as people type it: without 市, with the province, with spaces.
    for (const QString &typed : {QStringLiteral("佛山"), QStringLiteral("广东省佛山市"),
                                 QStringLiteral("广东佛山"), QStringLiteral(" 佛山 ")}) {
        INFO(typed.toStdString());
        p.cases[0].city = typed;
        CHECK(stateOf(p, "BASE-2") == RuleState::Met);
    }
    p.cases[0].city = QStringLiteral("长沙");
    CHECK(stateOf(p, "BASE-2") == RuleState::NotMet);
    // The applicant's own city outside the list is marked on its field.
    p.applicant.city = QStringLiteral("长沙");
    const Problems cityProblems = problemsAt(evaluate(p), QStringLiteral("applicant.city"));
    REQUIRE(cityProblems.size() == 1);
    CHECK_FALSE(cityProblems[0].isError());
    CHECK(cityProblems[0].message.contains(QStringLiteral("「长沙」不是广东省的地级以上市")));
    p.applicant.city = QStringLiteral("东莞");
    CHECK(problemsAt(evaluate(p), QStringLiteral("applicant.city")).isEmpty());
    p.cases[0].city.reset();
    CHECK(stateOf(p, "BASE-2") == RuleState::Incomplete);
    // An empty list is not filled in yet: 待补充, so a new project does not open on 不符合.
    p.cases.clear();
    CHECK(stateOf(p, "BASE-2") == RuleState::Incomplete);
}

TEST_CASE("BASE-3 and BASE-4: attestations, false fails and missing is open", "[rules]")
{
    using Member = std::optional<bool> Attestations::*;
    const std::pair<const char *, Member> cases[] = {
        {"BASE-3", &Attestations::safetyConditions},   {"BASE-3", &Attestations::noMajorAccident3y},
        {"BASE-4", &Attestations::notDishonestDebtor}, {"BASE-4", &Attestations::noBadCredit3y},
        {"BASE-4", &Attestations::noIpInfringement},
    };
    for (const auto &[id, member] : cases) {
        auto p = equipmentProject();
        p.attestations.*member = false;
        CHECK(stateOf(p, id) == RuleState::NotMet);
        CHECK(evaluate(p).verdict == Verdict::NotEligible);
        p.attestations.*member = std::nullopt;
        CHECK(stateOf(p, id) == RuleState::Incomplete);
        CHECK(evaluate(p).verdict == Verdict::Incomplete);
    }
    auto p = equipmentProject();
    CHECK(ruleOf(p, "BASE-4").figure.contains(QStringLiteral("未列入失信被执行人：是")));
    removeDocuments(p, EvidenceCategory::CreditReport);
    const auto e = evaluate(p);
    CHECK(ruleOf(e, "BASE-4").state == RuleState::Met);
    CHECK(ruleOf(e, "BASE-4").missingEvidence == QStringList{QStringLiteral("信用中国报告")});
    CHECK(hasError(e, QStringLiteral("evidence"), QStringLiteral("信用中国报告")));
}

TEST_CASE("BASE-5: the unified social credit code", "[rules]")
{
    auto p = equipmentProject();
    CHECK(ruleOf(p, "BASE-5").figure.contains(QStringLiteral("914403001922038216")));
    p.applicant.uscc = QStringLiteral(" 91440300708461136t ");
    CHECK(stateOf(p, "BASE-5") == RuleState::Met);

    p.applicant.uscc = QStringLiteral("914403001922038217");
    const auto bad = ruleOf(p, "BASE-5");
    CHECK(bad.state == RuleState::NotMet);
    CHECK(bad.figure.contains(QStringLiteral("应为「6」")));
    CHECK(evaluate(p).verdict == Verdict::NotEligible);

    p.applicant.uscc.reset();
    CHECK(stateOf(p, "BASE-5") == RuleState::Incomplete);
    p.applicant.uscc = QStringLiteral("  ");
    CHECK(stateOf(p, "BASE-5") == RuleState::Incomplete);

    // Check character right, embedded organisation code wrong: met, with one warning.
    p.applicant.uscc = QStringLiteral("914403001922038229");
    const auto e = evaluate(p);
    CHECK(ruleOf(e, "BASE-5").state == RuleState::Met);
    const auto warnings = problemsAt(e, QStringLiteral("applicant.uscc"));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().severity == Problem::Severity::Warning);
    CHECK(e.verdict == Verdict::Eligible);
}

TEST_CASE("verdict: notMet beats incomplete, errors block, warnings do not", "[rules]")
{
    auto p = equipmentProject();
    p.applicant.rdStaff = 19;             // notMet
    p.finance[1].mainRevenueYuan.reset(); // incomplete
    CHECK(evaluate(p).verdict == Verdict::NotEligible);

    p.applicant.rdStaff = 20;
    CHECK(evaluate(p).verdict == Verdict::Incomplete);

    // All rules met, but a field error (a case summary over its limit) blocks.
    p = equipmentProject();
    p.cases[0].summary = QString(301, QChar(u'字'));
    auto e = evaluate(p);
    CHECK(hasError(e, QStringLiteral("cases[0].summary"), QStringLiteral("301")));
    CHECK(e.verdict == Verdict::Incomplete);

    // A non-enterprise without an audit report gets a warning only.
    p = organizationProject();
    removeDocuments(p, EvidenceCategory::AuditReport, 2020);
    e = evaluate(p);
    const auto warnings = problemsAt(e, QStringLiteral("evidence"));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().severity == Problem::Severity::Warning);
    CHECK(warnings.first().message.contains(QStringLiteral("2020年度")));
    CHECK(warnings.first().message.contains(QStringLiteral("财务报表")));
    // …but the notice lists the year's report (or statements) for every applicant: DOC-1
    // stays 待补充 until it is there, so the dossier cannot read 符合.
    CHECK(ruleOf(e, "DOC-1").state == RuleState::Incomplete);
    CHECK(ruleOf(e, "DOC-1").figure.contains(QStringLiteral("2020年度审计报告或财务报表")));
    CHECK(e.verdict == Verdict::Incomplete);

    // An enterprise without it is blocked.
    p = softwareProject();
    removeDocuments(p, EvidenceCategory::AuditReport, 2019);
    e = evaluate(p);
    CHECK(hasError(e, QStringLiteral("evidence"), QStringLiteral("2019年度审计报告")));
    CHECK_FALSE(hasError(e, QStringLiteral("evidence"), QStringLiteral("2020年度审计报告")));
    CHECK(e.verdict == Verdict::Incomplete);
}

TEST_CASE("counted items without evidence: met but missingEvidence, listing each item", "[rules]")
{
    auto p = equipmentProject();
    const auto all = ruleOf(p, "EQ-1");
    CHECK(all.evidenceIds.size() == 5);

    p.patents[2].evidence.clear();
    p.patents[4].evidence = QStringList{QStringLiteral("ev-does-not-exist")};
    // A patent that does not count needs no certificate.
    Patent utility;
    utility.title = QStringLiteral("一种夹具");
    utility.number = QStringLiteral("ZL202120000001.1");
    utility.kind = PatentKind::UtilityModel;
    utility.core = true;
    utility.granted = QDate(2021, 1, 1);
    p.patents << utility;

    const auto r = ruleOf(p, "EQ-1");
    CHECK(r.state == RuleState::Met);
    CHECK(r.evidenceState == EvidenceState::MissingEvidence);
    REQUIRE(r.missingEvidence.size() == 2);
    CHECK(r.missingEvidence[0] == QStringLiteral("专利 ") + *p.patents[2].number +
                                      QStringLiteral("《") + *p.patents[2].title +
                                      QStringLiteral("》"));
    CHECK(r.missingEvidence[1].contains(*p.patents[4].number));
    CHECK(r.evidenceIds.size() == 3);
    CHECK(evaluate(p).verdict == Verdict::Eligible); // shown on the rule, not a blocking problem

    // Cases likewise.
    auto s = softwareProject();
    s.cases[0].evidence.clear();
    const auto sw2 = ruleOf(s, "SW-2");
    CHECK(sw2.state == RuleState::Met);
    CHECK(sw2.missingEvidence ==
          QStringList{QStringLiteral("案例《") + *s.cases[0].title + QStringLiteral("》（") +
                      *s.cases[0].customer + QStringLiteral("）")});
    CHECK(ruleOf(s, "BASE-2").evidenceState == EvidenceState::MissingEvidence);
}

TEST_CASE("thresholds are call data: changing a param changes the outcome", "[rules]")
{
    const auto call = modifiedCall([](QJsonArray &rules) {
        for (qsizetype i = 0; i < rules.size(); ++i) {
            auto o = rules[i].toObject();
            if (o.value(QStringLiteral("id")).toString() == QStringLiteral("EQ-3")) {
                o.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("minRdStaff"), 25}});
                rules[i] = o;
            }
        }
        rules.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("EQ-9")},
                                 {QStringLiteral("domain"), QStringLiteral("equipment")},
                                 {QStringLiteral("clause"), QStringLiteral("A1-1-1")},
                                 {QStringLiteral("cite"), QStringLiteral("附件1 一（九）")},
                                 {QStringLiteral("title"), QStringLiteral("新条件")}});
    });
    const RulesEngine engine(call);
    auto p = equipmentProject();
    auto e = engine.evaluate(p);
    CHECK(ruleOf(e, "EQ-3").state == RuleState::NotMet);
    CHECK(ruleOf(e, "EQ-3").figure == QStringLiteral("研发技术团队 20 人（要求 25 人以上）"));
    // A rule this build does not know is never silently passed.
    CHECK(ruleOf(e, "EQ-9").state == RuleState::Incomplete);
    p.applicant.rdStaff = 25;
    e = engine.evaluate(p);
    CHECK(ruleOf(e, "EQ-3").state == RuleState::Met);
    CHECK(e.verdict == Verdict::Incomplete);
}

TEST_CASE("the bundled thresholds are the notice's", "[rules]")
{
    const auto &call = CallDefinition::bundled();
    const auto param = [&](const char *id, const char *name) {
        const auto *r = call.rule(QString::fromLatin1(id));
        REQUIRE(r);
        INFO(id << " " << name);
        REQUIRE(r->params.contains(QLatin1StringView(name)));
        return r->param(name);
    };
    CHECK(param("BASE-2", "minGuangdongCases") == 1);
    for (const char *id : {"EQ-1", "SW-1", "NET-2", "SOL-2", "TAL-I"})
        CHECK(param(id, "minCoreInventionPatents") == 5);
    for (const char *id : {"EQ-3", "SW-3", "SOL-3", "TAL-I"})
        CHECK(param(id, "minRdStaff") == 20);
    CHECK(param("EQ-4", "minAverageMainRevenueYuan") == 15000000);
    for (const char *id : {"SW-2", "NET-1", "SOL-1"})
        CHECK(param(id, "minGuangdongCasesInCaseYear") == 5);
    CHECK(param("PIL-2", "minGuangdongCasesInCaseYear") == 3);
    CHECK(param("ORG-2", "minPlatformStaff") == 20);
    CHECK(param("ORG-2", "minQualifiedPercent") == 50);
    CHECK(param("ORG-3", "minCasesInCaseYear") == 5);
    CHECK(param("TAL-S", "minPartnerEnterprises") == 3);
    CHECK(param("TAL-E", "minCoBuiltPrograms") == 3);
    CHECK(param("FIN-2", "minEmployees") == 20);
    CHECK(param("FIN-2", "minProducts") == 3);
    CHECK(param("FIN-3", "minCases") == 10);
    CHECK(call.rule(QStringLiteral("FIN-3"))->intListParam("caseYears") == QList<int>{2020, 2021});
    CHECK(param("PIL-1", "minEcommerceSharePercent") == 20);
}
