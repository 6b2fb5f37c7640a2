// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/ApplicationEditor.h"

#include "applicant/BasicInfoPage.h"
#include "applicant/CasesPage.h"
#include "applicant/DomainDetailPage.h"
#include "applicant/DomainPage.h"
#include "applicant/EvidencePage.h"
#include "applicant/ExportPage.h"
#include "applicant/FinancePage.h"
#include "applicant/NarrativePage.h"
#include "applicant/PatentsPage.h"
#include "applicant/ProjectsQualificationsPage.h"
#include "applicant/ReviewPage.h"
#include "gui/EvaluationText.h"
#include "gui/ProblemText.h"
#include "gui/ProjectDocument.h"
#include "gui/StateIcons.h"
#include "ui_ApplicationEditor.h"

#include <QEvent>
#include <QScrollArea>

namespace shenbao {

ApplicationEditor::ApplicationEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ApplicationEditor>())
    , m_document(document)
{
    ui->setupUi(this);
    m_pages = {new DomainPage(document),       new BasicInfoPage(document),
               new FinancePage(document),      new PatentsPage(document),
               new CasesPage(document),        new ProjectsQualificationsPage(document),
               new DomainDetailPage(document), new NarrativePage(document),
               new EvidencePage(document),     new ReviewPage(document),
               new ExportPage(document)};
    for (StepPage *page : m_pages) {
        // Long pages scroll; short ones fill the space.
        auto *scroll = new QScrollArea(ui->pageStack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        ui->pageStack->addWidget(scroll);
        new QListWidgetItem(ui->stepList);
    }
    ui->stepList->setIconSize(QSize(16, 16));
    ui->stepList->setSpacing(3);
    connect(ui->stepList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            ui->pageStack->setCurrentIndex(row);
            emit stepChanged(Step(row));
        }
        ui->previousButton->setEnabled(row > 0);
        ui->nextButton->setEnabled(row + 1 < kStepCount);
    });
    connect(ui->previousButton, &QPushButton::clicked, this,
            [this] { ui->stepList->setCurrentRow(std::max(0, ui->stepList->currentRow() - 1)); });
    connect(ui->nextButton, &QPushButton::clicked, this, [this] {
        ui->stepList->setCurrentRow(std::min(kStepCount - 1, ui->stepList->currentRow() + 1));
    });
    connect(reviewPage(), &ReviewPage::jumpTo, this, &ApplicationEditor::jumpTo);
    connect(reviewPage(), &ReviewPage::exportRequested, this, [this] { setStep(Step::Export); });
    connect(document, &ProjectDocument::changed, this, &ApplicationEditor::updateStepMarks);
    retranslate();
    updateStepMarks();
    ui->stepList->setCurrentRow(0);
}

ApplicationEditor::~ApplicationEditor() = default;

QString ApplicationEditor::stepTitle(Step step)
{
    switch (step) {
    case Step::Domain:
        return tr("① Domain");
    case Step::BasicInfo:
        return tr("② Basic information");
    case Step::Finance:
        return tr("③ Operations");
    case Step::Patents:
        return tr("④ Intellectual property");
    case Step::Cases:
        return tr("⑤ Typical cases");
    case Step::ProjectsQualifications:
        return tr("⑥ Projects and qualifications");
    case Step::DomainDetail:
        return tr("⑦ Domain-specific information");
    case Step::Narrative:
        return tr("⑧ Profile and plan");
    case Step::Evidence:
        return tr("⑨ Evidence");
    case Step::Review:
        return tr("⑩ Check");
    case Step::Export:
        return tr("⑪ Export and print");
    }
    return {};
}

void ApplicationEditor::retranslate()
{
    ui->retranslateUi(this);
    for (int i = 0; i < kStepCount; ++i)
        ui->stepList->item(i)->setText(stepTitle(Step(i)));
    updateStepMarks();
}

void ApplicationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApplicationEditor::updateStepMarks()
{
    // Worst first: a step with a condition not met or an error shows a cross, one with
    // something to fill in shows dots; otherwise a tick.
    std::array<int, kStepCount> worst{}; // 0 ok, 1 incomplete/warning, 2 not met/error
    std::array<QStringList, kStepCount> notes;
    auto note = [&](const QString &path, int level, const QString &text) {
        const auto s = std::size_t(stepForPath(path));
        worst[s] = std::max(worst[s], level);
        notes[s] << text;
    };
    const Evaluation &e = m_document->evaluation();
    const bool listsShort = EvaluationText::listsStillShort(e); // amber while lists are entered
    for (const auto &r : e.rules) {
        if (r.informational || r.state == RuleState::Met)
            continue;
        note(r.field, r.state == RuleState::NotMet && !(listsShort && r.shortBy > 0) ? 2 : 1,
             r.id + QLatin1Char(' ') + ProblemText::ruleTitle(r));
    }
    for (const auto &p : m_document->problems())
        note(p.where, p.isError() ? 2 : 1, ProblemText::problem(p));
    // A tick says "done", so a step nobody has filled in yet shows none, even when no
    // condition of the chosen domain needs it.
    const Project &p = m_document->project();
    const Applicant &a = p.applicant;
    const std::array<bool, kStepCount> filled{
        p.domain.has_value(),
        a.name || a.uscc || a.employees || a.rdStaff,
        !p.finance.isEmpty(),
        !p.patents.isEmpty() || p.softwareCopyrights,
        !p.cases.isEmpty(),
        !p.undertakenProjects.isEmpty() || !p.otherQualifications.isEmpty(),
        !(p.domainDetail == DomainDetail{}),
        p.narrative.profile || p.narrative.offering || p.narrative.plan,
        !p.evidence.isEmpty(),
        true,
        true,
    };
    // Each item is set only when its mark or note changed: setting an icon relaid out and
    // repainted the list on every key typed anywhere (issue 15).
    constexpr int kBlank = -1;
    for (int i = 0; i < kStepCount; ++i) {
        auto *item = ui->stepList->item(i);
        const Step step = Step(i);
        int mark = kBlank;
        QString tip = notes[i].join(QLatin1Char('\n'));
        if (step == Step::Review) {
            mark = int(EvaluationText::statusMark(e));
            tip.clear();
        } else if (step == Step::Export) {
            tip = item->toolTip(); // as it is
        } else if (worst[i] != 0 || filled[std::size_t(i)]) {
            mark = int(worst[i] == 2 ? Mark::NotMet : worst[i] == 1 ? Mark::Incomplete : Mark::Met);
        }
        if (m_shownMarks[std::size_t(i)] != mark || item->icon().isNull()) {
            m_shownMarks[std::size_t(i)] = mark;
            if (mark == kBlank) {
                QPixmap blank(16, 16);
                blank.fill(Qt::transparent);
                item->setIcon(QIcon(blank));
            } else {
                item->setIcon(markIcon(Mark(mark)));
            }
        }
        if (item->toolTip() != tip)
            item->setToolTip(tip);
    }
}

Step ApplicationEditor::currentStep() const
{
    return Step(std::max(0, ui->stepList->currentRow()));
}

void ApplicationEditor::setStep(Step step)
{
    ui->stepList->setCurrentRow(int(step));
}

void ApplicationEditor::jumpTo(const QString &path)
{
    const Step step = stepForPath(path);
    setStep(step);
    page(step)->refreshNow();
    page(step)->focusPath(path);
}

DomainPage *ApplicationEditor::domainPage() const
{
    return static_cast<DomainPage *>(page(Step::Domain));
}

BasicInfoPage *ApplicationEditor::basicInfoPage() const
{
    return static_cast<BasicInfoPage *>(page(Step::BasicInfo));
}

PatentsPage *ApplicationEditor::patentsPage() const
{
    return static_cast<PatentsPage *>(page(Step::Patents));
}

EvidencePage *ApplicationEditor::evidencePage() const
{
    return static_cast<EvidencePage *>(page(Step::Evidence));
}

ReviewPage *ApplicationEditor::reviewPage() const
{
    return static_cast<ReviewPage *>(page(Step::Review));
}

ExportPage *ApplicationEditor::exportPage() const
{
    return static_cast<ExportPage *>(page(Step::Export));
}

} // namespace shenbao
