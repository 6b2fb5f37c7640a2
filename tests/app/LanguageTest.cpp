// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/MainWindow.h"
#include "gui/EvaluationText.h"
#include "gui/LanguageManager.h"
#include "gui/ProjectDocument.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>

#include <catch2/catch.hpp>

using namespace shenbao;

TEST_CASE("Language: Chinese by default, English on request, kept in the settings", "[language]")
{
    QTemporaryDir dir;
    LanguageManager::apply(QStringLiteral("zh_CN"));
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    auto *steps = w.findChild<QListWidget *>(QStringLiteral("stepList"));
    REQUIRE(steps);
    CHECK(steps->item(0)->text() == QStringLiteral("① 申报领域"));
    CHECK(w.menuBar()->actions().first()->text().contains(QStringLiteral("文件")));
    auto *title = w.editor()->findChild<QLabel *>(QStringLiteral("titleLabel"));
    REQUIRE(title);

    w.setLanguage(QStringLiteral("en"));
    CHECK(steps->item(0)->text() == QStringLiteral("① Domain"));
    CHECK(w.menuBar()->actions().first()->text() == QStringLiteral("&File"));
    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("en"));
    // Plurals come from shenbao_en.ts.
    w.document()->edit(QStringLiteral("test"), [](Project &p) { p.applicant.rdStaff = 19; });
    CHECK(EvaluationText::verdict(w.document()->evaluation()) ==
          QStringLiteral("Not eligible: 1 condition not met (EQ-3)"));
    // The call file keeps the notice's terms (the dossier prints them) …
    CHECK(w.document()->call().nameOf(Domain::Equipment, "domain") ==
          QStringLiteral("智能制造装备领域"));
    // … while the English UI shows choice values in English.
    w.editor()->setStep(Step::BasicInfo);
    auto *orgType = w.findChild<QComboBox *>(QStringLiteral("orgTypeCombo"));
    REQUIRE(orgType);
    CHECK(orgType->findText(QStringLiteral("Enterprise")) > 0);
    CHECK(orgType->findText(QStringLiteral("企业")) < 0);
    auto *rdInstitution = w.findChild<QComboBox *>(QStringLiteral("rdInstitutionCombo"));
    REQUIRE(rdInstitution);
    CHECK(rdInstitution->findText(QStringLiteral("R&D institution established")) > 0);
    CHECK(EvaluationText::route(Route::Review, w.document()->call()) ==
          QStringLiteral("Selection by review"));

    w.setLanguage(QStringLiteral("zh_CN"));
    CHECK(steps->item(0)->text() == QStringLiteral("① 申报领域"));
    CHECK(orgType->findText(QStringLiteral("企业")) > 0);
    CHECK(EvaluationText::route(Route::Review, w.document()->call()) == QStringLiteral("评审遴选"));
    CHECK(LanguageManager::saved() == QStringLiteral("zh_CN"));
}
