// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/ReviewPage.h"

#include "gui/ChecksView.h"
#include "gui/CrossCheckPanel.h"
#include "gui/EvaluationText.h"
#include "gui/ProjectDocument.h"
#include "ui_ReviewPage.h"

#include "crosscheck/ProjectEvidencePages.h"
#include "crosscheck/ProjectTextCache.h"

namespace shenbao {

ReviewPage::ReviewPage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , ui(std::make_unique<Ui::ReviewPage>())
    , m_checks(new ChecksView(this))
    , m_crossCheck(new CrossCheckPanel(this))
{
    ui->setupUi(this);
    m_checks->setMinimumHeight(420);
    ui->checksBox->layout()->addWidget(m_checks);
    // A section of its own under the checks: evidence against the form, warnings only.
    m_crossCheck->setObjectName(QStringLiteral("crossCheckPanel"));
    m_crossCheck->setMinimumHeight(220);
    ui->checksBox->layout()->addWidget(m_crossCheck);
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
    if (!m_crossCheckProject || *m_crossCheckProject != m_document->project()) {
        m_crossCheckProject = m_document->project();
        // The worker reads evidence through the project file (its connection is serialised)
        // and keeps OCR text in its page_text table.
        ProjectFile *file = &m_document->file();
        const Project project = m_document->project();
        m_crossCheck->setJob([file, project](const crosscheck::CrossCheckOptions &given) {
            crosscheck::ProjectEvidencePages pages(*file);
            crosscheck::ProjectTextCache cache(*file);
            crosscheck::CrossCheckOptions options = given;
            options.cache = &cache;
            return crosscheck::runCrossCheck(project, pages, options);
        });
    }
}

} // namespace shenbao
