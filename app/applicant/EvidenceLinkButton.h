// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Project.h"

#include <QPushButton>

#include <functional>

namespace shenbao {

class ProjectDocument;

// A button that says how many evidence files prove one item and opens EvidencePickerDialog to
// change that; the change is one undo step named after the button's visible label. Used for
// the evidence lists the form has no table column for (R&D institution and team, mentors,
// a partner's agreement, the pilot's completion, a pilot element).
class EvidenceLinkButton : public QPushButton
{
    Q_OBJECT

public:
    // `links` returns the item's list of evidence ids for writing (creating the item if
    // needed), `find` for reading (nullptr while the item does not exist).
    using Find = std::function<const QStringList *(const Project &)>;
    using Links = std::function<QStringList &(Project &)>;
    // Whether the item needs evidence now (the rule asks for it); an empty list is then framed.
    using Required = std::function<bool(const Project &)>;

    // Placed in .ui forms (a promoted QPushButton), then bound once by the page.
    explicit EvidenceLinkButton(QWidget *parent = nullptr);
    void bind(ProjectDocument *document, const QString &path, Find find, Links links);

    void setRequired(Required required) { m_required = std::move(required); }
    // The JSON path of the list (project-json.md), also the button's object name's source.
    QString path() const { return m_path; }
    // The item's name in the dialog and the undo text; the visible label when not set.
    void setItemName(std::function<QString()> name) { m_itemName = std::move(name); }
    void refresh();
    // Replaces the linked files as the dialog would: one undo step. Returns whether it changed.
    bool link(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose();
    QString itemName() const;

    ProjectDocument *m_document = nullptr;
    QString m_path;
    Find m_find;
    Links m_links;
    Required m_required;
    std::function<QString()> m_itemName;
};

} // namespace shenbao
