// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QWidget>

namespace shenbao {

class FieldBinder;
class ProjectDocument;

// One step of the application. A page shows the document's data and turns the user's changes
// into document edits; it never keeps data of its own. Hidden pages refresh when shown.
class StepPage : public QWidget
{
    Q_OBJECT

public:
    StepPage(ProjectDocument *document, QWidget *parent);

    // Moves the keyboard focus to the widget for a JSON path (project-json.md); false if this
    // page has none.
    virtual bool focusPath(const QString &path);
    // Brings the widgets up to date with the document.
    void refreshNow();

protected:
    virtual void refresh() = 0;
    // Texts that are not in the .ui form (filled in code) are set here; called after
    // the form's retranslateUi() on a language change, and once at start.
    virtual void retranslate() {}
    virtual void retranslateForm() = 0;

    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

    ProjectDocument *m_document;
    FieldBinder *m_binder;

private:
    bool m_dirty = true;
};

} // namespace shenbao
