// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/Steps.h"

#include <QWidget>

#include <array>
#include <memory>

namespace Ui {
class ApplicationEditor;
}

namespace shenbao {

class ProjectDocument;
class StepPage;
class DomainPage;
class BasicInfoPage;
class FinancePage;
class PatentsPage;
class CasesPage;
class DomainDetailPage;
class NarrativePage;
class EvidencePage;
class ReviewPage;
class ExportPage;

// The step list on the left (always navigable, each step marked with the worst state of the
// conditions and fields it holds) and the current step's page on the right.
class ApplicationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicationEditor(ProjectDocument *document, QWidget *parent = nullptr);
    ~ApplicationEditor() override;

    Step currentStep() const;
    void setStep(Step step);
    // Opens the step that holds `path` and puts the focus on its field or item.
    void jumpTo(const QString &path);
    StepPage *page(Step step) const { return m_pages[std::size_t(step)]; }
    static QString stepTitle(Step step);

    DomainPage *domainPage() const;
    BasicInfoPage *basicInfoPage() const;
    PatentsPage *patentsPage() const;
    EvidencePage *evidencePage() const;
    ReviewPage *reviewPage() const;
    ExportPage *exportPage() const;

signals:
    void stepChanged(Step step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStepMarks();
    void retranslate();

    std::unique_ptr<Ui::ApplicationEditor> ui;
    ProjectDocument *m_document;
    std::array<StepPage *, kStepCount> m_pages{};
    std::array<int, kStepCount> m_shownMarks{}; // the mark each step's item shows (-1 none)
};

} // namespace shenbao
