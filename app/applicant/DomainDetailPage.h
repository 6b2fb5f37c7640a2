// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "applicant/StepPage.h"

#include <QList>
#include <QVariant>

#include <memory>

namespace Ui {
class DomainDetailPage;
}

namespace shenbao {

class PilotElementsEditor;
class RecordTable;

// ⑦ 领域专项: what only the chosen domain asks (domainDetail). Each domain's answers are kept
// when the domain changes; only the chosen one is shown, evaluated and printed.
class DomainDetailPage : public StepPage
{
    Q_OBJECT

public:
    DomainDetailPage(ProjectDocument *document, QWidget *parent = nullptr);
    ~DomainDetailPage() override;

    bool focusPath(const QString &path) override;

protected:
    void refresh() override;
    void retranslate() override;
    void retranslateForm() override;

private:
    // The field bindings, in the form's order: what several domains ask and the project,
    // equipment and solution, talent, the partner's agreement, the pilot project.
    void bindGeneralFields();
    void bindEquipmentAndSolutionFields();
    void bindTalentFields();
    void bindPartnerEvidence();
    void bindPilotFields();
    // The tables' edits, stored in the project as one undo step each.
    void storePartners(const QList<QVariantList> &rows);
    void storePrograms(const QList<QVariantList> &rows);
    void storeProducts(const QList<QVariantList> &rows);
    // The agreement button follows the partner selected in the table.
    void updatePartnerEvidence();

    std::unique_ptr<Ui::DomainDetailPage> ui;
    RecordTable *m_partners;
    RecordTable *m_programs;
    RecordTable *m_products;
    PilotElementsEditor *m_elements;
};

} // namespace shenbao
