// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPair>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace shenbao {

class ApplicationEditor;
class HelpDialog;
class ChecksView;
class ProjectDocument;
class StartPage;

// The applicant's window: the start page, or one open application with its step list, the
// current step and the checks panel docked on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; shows why not and returns false if it cannot.
    bool openProject(const QString &path);
    bool newProject(const QString &path);
    bool openDemo();
    void closeProject();
    void setLanguage(const QString &language);

    ProjectDocument *document() const { return m_document.get(); }
    ApplicationEditor *editor() const { return m_editor.get(); }
    ChecksView *checks() const { return m_checks; }
    StartPage *startPage() const { return m_start; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // Opens 帮助 at `page` (HelpDialog::Page); the dialog deletes itself when closed.
    HelpDialog *showHelp(int page);
    QMenu *helpMenu() const { return m_helpMenu; }

signals:
    // The start page's "officers" button: the officers' workspace is another room, which the
    // entry point (app/main.cpp) opens in a window of its own; `dossiers` are added to it.
    void officerWorkspaceRequested(const QStringList &dossiers);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createFileActions();
    void createEditActions();
    void createStepActions();
    void createLanguageActions();
    void createHelpActions();
    void createMenus(); // the menu bar, from the actions above
    void retranslate();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    void updateTitle();
    void updateUndoActions();
    void documentChanged();
    void addRecent(const QString &path);
    QStringList recent() const;
    void updateRecentMenu();
    void chooseNew();
    void chooseOpen();
    void showError(const QString &title, const QString &message);
    QList<QPair<QString, QString>> shortcutList() const;

    std::unique_ptr<ProjectDocument> m_document;
    QStackedWidget *m_central;
    StartPage *m_start;
    // A child widget of m_central, owned here so that it is destroyed before m_document, to
    // which its pages refer (deleting a child QWidget removes it from its parent).
    std::unique_ptr<ApplicationEditor> m_editor;
    ChecksView *m_checks;
    QDockWidget *m_dock;
    QLabel *m_saved;
    bool m_dockWanted = true; // the panel's visibility outside the check step

    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_viewMenu = nullptr,
          *m_languageMenu = nullptr, *m_helpMenu = nullptr, *m_recentMenu = nullptr;
    QAction *m_new = nullptr, *m_open = nullptr, *m_demo = nullptr, *m_close = nullptr,
            *m_quit = nullptr;
    QAction *m_undo = nullptr, *m_redo = nullptr, *m_about = nullptr;
    QAction *m_noticeHelp = nullptr, *m_guideHelp = nullptr, *m_shortcutsHelp = nullptr;
    QAction *m_nextStep = nullptr, *m_previousStep = nullptr;
    QAction *m_chinese = nullptr, *m_english = nullptr;
    QActionGroup *m_languages = nullptr;
};

} // namespace shenbao
