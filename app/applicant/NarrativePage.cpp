// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/NarrativePage.h"

#include "gui/CharacterCounter.h"
#include "gui/FieldBinder.h"
#include "gui/ProjectDocument.h"
#include "ui_NarrativePage.h"

namespace shenbao {

NarrativePage::NarrativePage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , ui(std::make_unique<Ui::NarrativePage>())
{
    ui->setupUi(this);
    m_binder->plainText(
        ui->profileEdit, QStringLiteral("narrative.profile"),
        [](Project & p) -> auto & { return p.narrative.profile; });
    m_binder->plainText(
        ui->offeringEdit, QStringLiteral("narrative.offering"),
        [](Project & p) -> auto & { return p.narrative.offering; });
    m_binder->plainText(
        ui->planEdit, QStringLiteral("narrative.plan"),
        [](Project & p) -> auto & { return p.narrative.plan; });
    // The counters follow the text as typed, before the edit reaches the document.
    const auto &limits = document->call().formLimits;
    connect(ui->profileEdit, &QPlainTextEdit::textChanged, this,
            [this, limit = limits.value(QStringLiteral("profile"))] {
                CharacterCounter::show(ui->profileCounter, ui->profileEdit->toPlainText(), limit);
            });
    connect(ui->offeringEdit, &QPlainTextEdit::textChanged, this,
            [this, limit = limits.value(QStringLiteral("offering"))] {
                CharacterCounter::show(ui->offeringCounter, ui->offeringEdit->toPlainText(), limit);
            });
    connect(ui->planEdit, &QPlainTextEdit::textChanged, this,
            [this, limit = limits.value(QStringLiteral("plan"))] {
                CharacterCounter::show(ui->planCounter, ui->planEdit->toPlainText(), limit);
            });
}

NarrativePage::~NarrativePage() = default;

void NarrativePage::retranslateForm()
{
    ui->retranslateUi(this);
}

void NarrativePage::refresh()
{
    const auto &limits = m_document->call().formLimits;
    const Narrative &n = m_document->project().narrative;
    CharacterCounter::show(ui->profileCounter, n.profile.value_or(QString()),
                           limits.value(QStringLiteral("profile")));
    CharacterCounter::show(ui->offeringCounter, n.offering.value_or(QString()),
                           limits.value(QStringLiteral("offering")));
    CharacterCounter::show(ui->planCounter, n.plan.value_or(QString()),
                           limits.value(QStringLiteral("plan")));
}

} // namespace shenbao
