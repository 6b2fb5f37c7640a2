// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/EvidenceLinkButton.h"

#include "applicant/EvidencePickerDialog.h"
#include "gui/FieldBinder.h"
#include "gui/ProjectDocument.h"

#include <QEvent>
#include <QStyle>

namespace shenbao {

EvidenceLinkButton::EvidenceLinkButton(QWidget *parent)
    : QPushButton(parent)
{
    connect(this, &QPushButton::clicked, this, &EvidenceLinkButton::choose);
}

void EvidenceLinkButton::bind(ProjectDocument *document, const QString &path, Find find,
                              Links links)
{
    m_document = document;
    m_path = path;
    m_find = std::move(find);
    m_links = std::move(links);
    setProperty("jsonPath", path);
    connect(document, &ProjectDocument::changed, this, &EvidenceLinkButton::refresh);
    refresh();
}

QString EvidenceLinkButton::itemName() const
{
    if (m_itemName)
        return m_itemName();
    const QString label = FieldBinder::fieldLabel(const_cast<EvidenceLinkButton *>(this));
    return label.isEmpty() ? tr("this item") : label;
}

void EvidenceLinkButton::refresh()
{
    if (!m_document)
        return;
    const Project &p = m_document->project();
    const QStringList *ids = m_find(p);
    const qsizetype n = ids ? ids->size() : 0;
    setText(EvidencePickerDialog::buttonText(n));
    QStringList titles;
    if (ids) {
        for (const QString &id : *ids) {
            const Evidence *e = p.evidenceById(id);
            titles << (e ? e->title.value_or(id) : id);
        }
    }
    const bool missing = n == 0 && isEnabled() && m_required && m_required(p);
    const QString severity = missing ? QStringLiteral("warning") : QString();
    if (property("problem").toString() != severity) {
        setProperty("problem", severity);
        style()->unpolish(this);
        style()->polish(this);
        update();
    }
    setToolTip(missing ? tr("Evidence required: link the file that proves this.")
                       : titles.join(QLatin1Char('\n')));
}

bool EvidenceLinkButton::link(const QStringList &ids)
{
    if (!m_document)
        return false;
    const QStringList *current = m_find(m_document->project());
    if ((current ? *current : QStringList()) == ids)
        return false;
    m_document->edit(tr("Link evidence to %1").arg(itemName()),
                     [&](Project &p) { m_links(p) = ids; });
    return true;
}

void EvidenceLinkButton::choose()
{
    if (!m_document)
        return;
    const QStringList *current = m_find(m_document->project());
    EvidencePickerDialog dialog(m_document->project(), m_document->call(), itemName(),
                                current ? *current : QStringList(), this);
    if (dialog.exec() == QDialog::Accepted)
        link(dialog.linked());
}

void EvidenceLinkButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::EnabledChange)
        refresh();
    QPushButton::changeEvent(event);
}

} // namespace shenbao
