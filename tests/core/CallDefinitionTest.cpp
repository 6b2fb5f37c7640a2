// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "TestSupport.h"

#include "call/CallDefinition.h"

using namespace shenbao;

TEST_CASE("bundled call loads with every rule of the spec", "[call]")
{
    const auto &call = CallDefinition::bundled();
    CHECK(call.id == QStringLiteral("gd-2022-batch2"));
    CHECK(call.evaluationDate == QDate(2022, 4, 13));
    CHECK(call.financeYears == QList<int>{2019, 2020, 2021});
    CHECK(call.caseYear == 2021);
    CHECK(call.guangdongCities.size() == 21);
    CHECK(call.isGuangdongCity(QStringLiteral("佛山市")));
    CHECK_FALSE(call.isGuangdongCity(QStringLiteral("长沙市")));
    CHECK(call.domains.size() == 8);
    const QStringList ids = {
        QStringLiteral("ROUTE-FIRST"), QStringLiteral("ROUTE-DIRECT"), QStringLiteral("BASE-1"),
        QStringLiteral("BASE-2"),      QStringLiteral("BASE-3"),       QStringLiteral("BASE-4"),
        QStringLiteral("BASE-5"),      QStringLiteral("DOC-1"),        QStringLiteral("EQ-1"),
        QStringLiteral("EQ-2"),        QStringLiteral("EQ-3"),         QStringLiteral("EQ-4"),
        QStringLiteral("SW-1"),        QStringLiteral("SW-2"),         QStringLiteral("SW-3"),
        QStringLiteral("NET-1"),       QStringLiteral("NET-2"),        QStringLiteral("SOL-1"),
        QStringLiteral("SOL-2"),       QStringLiteral("SOL-3"),        QStringLiteral("ORG-1"),
        QStringLiteral("ORG-2"),       QStringLiteral("ORG-3"),        QStringLiteral("TAL-S"),
        QStringLiteral("TAL-I"),       QStringLiteral("TAL-E"),        QStringLiteral("FIN-1"),
        QStringLiteral("FIN-2"),       QStringLiteral("FIN-3"),        QStringLiteral("PIL-1"),
        QStringLiteral("PIL-2"),       QStringLiteral("PIL-3")};
    for (const auto &id : ids) {
        INFO(id.toStdString());
        const auto *r = call.rule(id);
        REQUIRE(r != nullptr);
        CHECK_FALSE(r->clauseText.isEmpty());
        CHECK_FALSE(r->cite.isEmpty());
    }
    CHECK(call.rule(QStringLiteral("EQ-4"))->param("minAverageMainRevenueYuan") == 15000000);
}

TEST_CASE("pilot tables have the element counts of the notice", "[call]")
{
    const auto &call = CallDefinition::bundled();
    CHECK(call.pilotElements(PilotCategory::Process, std::nullopt).size() == 5);
    CHECK(call.pilotElements(PilotCategory::Discrete, std::nullopt).size() == 5);
    CHECK(call.pilotElements(PilotCategory::Equipment, std::nullopt).size() == 5);
    CHECK(call.pilotElements(PilotCategory::Product, std::nullopt).size() == 5);
    for (auto sub :
         {PilotSubcategory::SmartService, PilotSubcategory::Logistics, PilotSubcategory::Energy})
        CHECK(call.pilotElements(PilotCategory::Service, sub).size() == 3);
    for (auto sub : {PilotSubcategory::Customization, PilotSubcategory::Collaborative,
                     PilotSubcategory::Ecommerce})
        CHECK(call.pilotElements(PilotCategory::NewMode, sub).size() == 3);
    CHECK(call.pilotElements(PilotCategory::Service, std::nullopt).isEmpty());
    CHECK(call.domainDisplayName(Domain::Pilot, std::nullopt, PilotCategory::Discrete,
                                 std::nullopt) == QStringLiteral("智能制造试点示范领域（离散型）"));
}

TEST_CASE("malformed call data is refused with a reason", "[call]")
{
    QString error;
    CHECK_FALSE(CallDefinition::fromJson("{ not json", &error));
    CHECK(error.contains(QStringLiteral("call data")));
    CHECK_FALSE(CallDefinition::fromJson(R"({"id":"x","domains":[{"key":"nope"}]})", &error));
    CHECK(error.contains(QStringLiteral("nope")));
}
