// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/ProjectEditCommand.h"

#include "gui/ProjectDocument.h"

namespace shenbao {

namespace {
// All mergeable edits share one id; whether two of them merge is decided by their keys.
constexpr int kMergeableId = 0x5342;
} // namespace

ProjectEditCommand::ProjectEditCommand(ProjectDocument *document, const QString &text,
                                       Project before, Project after, QString mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
{
}

void ProjectEditCommand::undo()
{
    m_document->setProject(m_before);
}

void ProjectEditCommand::redo()
{
    m_document->setProject(m_after);
}

int ProjectEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMergeableId;
}

bool ProjectEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ProjectEditCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // Typing a value and deleting it again leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace shenbao
