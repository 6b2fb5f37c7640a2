// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/ChoiceText.h"

#include "gui/LanguageManager.h"

#include <QComboBox>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace shenbao {

QString ChoiceText::english(const QString &group, const QString &key)
{
    // The call file (resources/calls/) carries the Chinese names only: these are the English
    // UI's names of the same keys.
    static const QHash<QString, QString> names{
        {u"domain/equipment"_s, u"Intelligent manufacturing equipment"_s},
        {u"domain/software"_s, u"Key software"_s},
        {u"domain/network"_s, u"Information network infrastructure"_s},
        {u"domain/solution"_s, u"Intelligent manufacturing system solutions"_s},
        {u"domain/organization"_s, u"Industry organizations"_s},
        {u"domain/talent"_s, u"Intelligent manufacturing talent"_s},
        {u"domain/finance"_s, u"Intelligent manufacturing financial services"_s},
        {u"domain/pilot"_s, u"Intelligent manufacturing pilot demonstration"_s},
        {u"talentKind/school"_s, u"University, technical or vocational school"_s},
        {u"talentKind/institute"_s, u"Research institute"_s},
        {u"talentKind/enterprise"_s, u"Enterprise"_s},
        {u"pilotCategory/process"_s, u"Process manufacturing"_s},
        {u"pilotCategory/discrete"_s, u"Discrete manufacturing"_s},
        {u"pilotCategory/equipment"_s, u"Intelligent manufacturing equipment"_s},
        {u"pilotCategory/product"_s, u"Intelligent products"_s},
        {u"pilotCategory/service"_s, u"Intelligent services and management"_s},
        {u"pilotCategory/newMode"_s, u"New business forms and models"_s},
        {u"pilotSubcategory/smartService"_s, u"Intelligent services"_s},
        {u"pilotSubcategory/logistics"_s, u"Logistics management"_s},
        {u"pilotSubcategory/energy"_s, u"Energy management"_s},
        {u"pilotSubcategory/customization"_s, u"Personalised customisation"_s},
        {u"pilotSubcategory/collaborative"_s, u"Collaborative development / cloud manufacturing"_s},
        {u"pilotSubcategory/ecommerce"_s, u"E-commerce"_s},
        {u"orgType/enterprise"_s, u"Enterprise"_s},
        {u"orgType/university"_s, u"University"_s},
        {u"orgType/technicalSchool"_s, u"Technical school"_s},
        {u"orgType/vocationalSchool"_s, u"Vocational school"_s},
        {u"orgType/institute"_s, u"Research institute"_s},
        {u"orgType/association"_s, u"Industry organization"_s},
        {u"orgType/financialInstitution"_s, u"Financial institution"_s},
        {u"orgType/other"_s, u"Other"_s},
        {u"qualification/provincialRobotKey"_s,
         u"Provincial key robotics enterprise (incl. incubated)"_s},
        {u"qualification/publicTechPlatform"_s,
         u"Guangdong public technical support platform for intelligent manufacturing"_s},
        {u"qualification/pilotDemoUnit"_s,
         u"Unit of a national or provincial pilot demonstration project"_s},
        {u"qualification/demoFactory"_s, u"National pilot demonstration factory"_s},
        {u"qualification/excellentScenario"_s, u"Unit of an excellent scenario"_s},
        {u"qualification/standardizationLead"_s,
         u"Lead unit of a national standardisation and new-model project"_s},
        {u"qualification/bigDataAiKey"_s,
         u"Provincial key big data / AI enterprise (incl. incubated)"_s},
        {u"qualification/iiotResourcePool"_s,
         u"Industrial internet ecosystem resource pool enterprise"_s},
        {u"qualification/innovationCenter"_s,
         u"Provincial or higher manufacturing innovation centre"_s},
        {u"evidenceCategory/businessLicense"_s, u"Business licence"_s},
        {u"evidenceCategory/auditReport"_s, u"Audit report"_s},
        {u"evidenceCategory/creditReport"_s, u"Credit China report"_s},
        {u"evidenceCategory/qualification"_s, u"Qualification"_s},
        {u"evidenceCategory/ip"_s, u"Intellectual property"_s},
        {u"evidenceCategory/case"_s, u"Case"_s},
        {u"evidenceCategory/project"_s, u"Project undertaken"_s},
        {u"evidenceCategory/other"_s, u"Other"_s},
        {u"rdInstitution/established"_s, u"R&D institution established"_s},
        {u"rdInstitution/building"_s, u"R&D institution being built"_s},
        {u"rdInstitution/none"_s, u"No R&D institution"_s},
        {u"patentKind/invention"_s, u"Invention patent"_s},
        {u"patentKind/utilityModel"_s, u"Utility model"_s},
        {u"patentKind/design"_s, u"Design patent"_s},
        {u"route/review"_s, u"Selection by review"_s},
        {u"route/direct"_s, u"Direct recognition (re-examined)"_s},
        {u"state/met"_s, u"met"_s},
        {u"state/notMet"_s, u"not met"_s},
        {u"state/incomplete"_s, u"to complete"_s},
    };
    return names.value(group + u'/' + key);
}

QString ChoiceText::name(const CallDefinition &call, const QString &group, const QString &key)
{
    if (LanguageManager::current() == QLatin1StringView("en")) {
        const QString e = english(group, key);
        if (!e.isEmpty())
            return e;
    }
    return call.name(group, key);
}

} // namespace shenbao

namespace shenbao {

void ChoiceText::retranslate(QComboBox *combo, const CallDefinition &call, const char *group)
{
    for (int i = 0; i < combo->count(); ++i) {
        const QString key = combo->itemData(i).toString();
        if (!key.isEmpty())
            combo->setItemText(i, name(call, QString::fromLatin1(group), key));
    }
}

} // namespace shenbao
