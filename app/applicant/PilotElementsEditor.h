// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

namespace shenbao {

class EvidenceLinkButton;
class FieldBinder;
class ProjectDocument;

// The element conditions (要素条件) of the chosen pilot table, each quoted verbatim from the
// notice, with 「是否符合」, a description of how the project meets it and the files that prove it.
class PilotElementsEditor : public QWidget
{
    Q_OBJECT

public:
    PilotElementsEditor(ProjectDocument *document, QWidget *parent = nullptr);

    // Rebuilds the rows when the table (and so the element texts) changed.
    void setElements(const QStringList &elements, bool force = false);
    void refresh();
    bool focusPath(const QString &path);

private:
    void bindEvidence(EvidenceLinkButton *button, int index);

    ProjectDocument *m_document;
    FieldBinder *m_binder = nullptr;
    QStringList m_elements;
    QWidget *m_rows = nullptr;
};

} // namespace shenbao
