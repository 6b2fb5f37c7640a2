// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Project.h"

#include <QUndoCommand>

namespace shenbao {

class ProjectDocument;

// One edit: the project before and after. The model is a small value type (evidence bytes
// live in the project file, not here), so whole snapshots are cheaper and safer than
// per-field inverse operations.
class ProjectEditCommand : public QUndoCommand
{
public:
    ProjectEditCommand(ProjectDocument *document, const QString &text, Project before,
                       Project after, QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    Project m_before;
    Project m_after;
    QString m_mergeKey;
};

} // namespace shenbao
