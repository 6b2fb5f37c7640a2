// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/PilotElementsEditor.h"

#include "applicant/EvidenceLinkButton.h"
#include "gui/FieldBinder.h"
#include "gui/ProjectDocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace shenbao {

namespace {

PilotElement &elementFor(Project &p, int index)
{
    auto &project = p.domainDetail.project;
    if (!project)
        project = PilotProject{};
    while (project->elements.size() <= index)
        project->elements.append(PilotElement{});
    return project->elements[index];
}

const PilotElement *findElement(const Project &p, int index)
{
    const auto &project = p.domainDetail.project;
    if (!project || index >= project->elements.size())
        return nullptr;
    return &project->elements[index];
}

} // namespace

PilotElementsEditor::PilotElementsEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void PilotElementsEditor::setElements(const QStringList &elements, bool force)
{
    if (elements == m_elements && m_rows && !force)
        return;
    m_elements = elements;
    delete m_rows; // and with it the binder of its widgets
    m_rows = new QWidget(this);
    m_binder = new FieldBinder(m_document, m_rows);
    layout()->addWidget(m_rows);
    auto *rows = new QVBoxLayout(m_rows);
    rows->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < elements.size(); ++i) {
        auto *box = new QGroupBox(tr("Element %1").arg(i + 1), m_rows);
        auto *form = new QFormLayout(box);
        auto *text = new QLabel(elements[i], box);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(text);
        auto *met = new QComboBox(box);
        auto *metLabel = new QLabel(tr("Met:"), box);
        metLabel->setBuddy(met);
        form->addRow(metLabel, met);
        auto *description = new QPlainTextEdit(box);
        description->setTabChangesFocus(true);
        description->setFixedHeight(70);
        auto *descriptionLabel = new QLabel(tr("How the project meets it:"), box);
        descriptionLabel->setBuddy(description);
        form->addRow(descriptionLabel, description);
        // PIL-1: each element marked met needs its proof (screenshots, the system's acceptance).
        auto *evidence = new EvidenceLinkButton(box);
        evidence->setObjectName(QStringLiteral("elementEvidenceButton%1").arg(i));
        evidence->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        auto *evidenceLabel = new QLabel(tr("Evidence (佐证):"), box);
        evidenceLabel->setBuddy(evidence);
        form->addRow(evidenceLabel, evidence);
        rows->addWidget(box);
        bindEvidence(evidence, i);

        const QString path = QStringLiteral("domainDetail.project.elements[%1]").arg(i);
        m_binder->boolean(
            met, path + QStringLiteral(".met"),
            FieldBinder::nested<bool>(
                [i](const Project &p) -> const std::optional<bool> * {
                    const PilotElement *e = findElement(p, i);
                    return e ? &e->met : nullptr;
                },
                [i](Project &p) -> std::optional<bool> & { return elementFor(p, i).met; }));
        m_binder->plainText(description, path + QStringLiteral(".description"),
                            FieldBinder::nested<QString>(
                                [i](const Project &p) -> const std::optional<QString> * {
                                    const PilotElement *e = findElement(p, i);
                                    return e ? &e->description : nullptr;
                                },
                                [i](Project &p) -> std::optional<QString> & {
                                    return elementFor(p, i).description;
                                }));
    }
    m_binder->refresh();
}

void PilotElementsEditor::bindEvidence(EvidenceLinkButton *button, int i)
{
    button->bind(
        m_document, QStringLiteral("domainDetail.project.elements[%1].evidence").arg(i),
        [i](const Project &p) -> const QStringList * {
            const PilotElement *e = findElement(p, i);
            return e ? &e->evidence : nullptr;
        },
        [i](Project &p) -> QStringList & { return elementFor(p, i).evidence; });
    button->setItemName([i] { return tr("Element %1").arg(i + 1); });
    button->setRequired([i](const Project &p) {
        const PilotElement *e = findElement(p, i);
        return e && e->met == true;
    });
}

void PilotElementsEditor::refresh()
{
    if (m_binder)
        m_binder->refresh();
}

bool PilotElementsEditor::focusPath(const QString &path)
{
    if (m_rows && path.endsWith(QLatin1StringView(".evidence"))) {
        for (auto *button : m_rows->findChildren<EvidenceLinkButton *>()) {
            if (button->path() == path) {
                button->setFocus();
                return true;
            }
        }
    }
    return m_binder && m_binder->focus(path);
}

} // namespace shenbao
