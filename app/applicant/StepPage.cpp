// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/StepPage.h"

#include "applicant/EvidenceLinkButton.h"
#include "gui/FieldBinder.h"
#include "gui/ProjectDocument.h"

#include <QEvent>

namespace shenbao {

StepPage::StepPage(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_binder(new FieldBinder(document, this))
{
    connect(document, &ProjectDocument::changed, this, [this] {
        if (isVisible())
            refreshNow();
        else
            m_dirty = true;
    });
}

bool StepPage::focusPath(const QString &path)
{
    // Evidence lists are set with buttons, not bound fields: a check naming one opens it.
    for (EvidenceLinkButton *button : findChildren<EvidenceLinkButton *>()) {
        if (button->path() == path && button->isEnabled()) {
            button->setFocus();
            return true;
        }
    }
    return m_binder->focus(path);
}

void StepPage::refreshNow()
{
    m_dirty = false;
    refresh();
    m_binder->refresh();
}

void StepPage::showEvent(QShowEvent *event)
{
    if (m_dirty)
        refreshNow();
    QWidget::showEvent(event);
}

void StepPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateForm();
        retranslate();
        refreshNow();
    }
    QWidget::changeEvent(event);
}

} // namespace shenbao
