// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/ReviewPage.h"

#include "gui/ChecksView.h"
#include "gui/EvaluationText.h"
#include "gui/ProjectDocument.h"
#include "ui_ReviewPage.h"

namespace shenbao {

ReviewPage::ReviewPage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , ui(std::make_unique<Ui::ReviewPage>())
    , m_checks(new ChecksView(this))
{
    ui->setupUi(this);
    m_checks->setMinimumHeight(420);
    ui->checksBox->layout()->addWidget(m_checks);
    connect(m_checks, &ChecksView::jumpTo, this, &ReviewPage::jumpTo);
    connect(ui->exportButton, &QPushButton::clicked, this, &ReviewPage::exportRequested);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::retranslateForm()
{
    ui->retranslateUi(this);
}

void ReviewPage::refresh()
{
    m_checks->setEvaluation(m_document->evaluation(), m_document->problems(), m_document->call());
    ui->adviceLabel->setText(EvaluationText::advice(m_document->evaluation()));
}

} // namespace shenbao
