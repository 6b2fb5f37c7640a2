// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/MainWindow.h"

#include "about/LibraryVersions.h"

#include "applicant/ApplicationEditor.h"
#include "applicant/HelpDialog.h"
#include "applicant/StartPage.h"
#include "demo/DemoProject.h"
#include "gui/ChecksView.h"
#include "gui/EvaluationText.h"
#include "gui/LanguageManager.h"
#include "gui/ProjectDocument.h"
#include "gui/WindowFit.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace shenbao {

namespace {

constexpr int kMaxRecent = 8;
const char *const kRecentKey = "recentProjects";

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_central(new QStackedWidget(this))
    , m_start(new StartPage(this))
    , m_checks(new ChecksView(this))
    , m_dock(new QDockWidget(this))
    , m_saved(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_central->addWidget(m_start);
    setCentralWidget(m_central);
    m_dock->setObjectName(QStringLiteral("checksDock"));
    m_dock->setWidget(m_checks);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_dock->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    statusBar()->addPermanentWidget(m_saved);
    createActions();

    connect(m_start, &StartPage::newRequested, this, &MainWindow::chooseNew);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::chooseOpen);
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_start, &StartPage::recentRequested, this, &MainWindow::openProject);
    connect(m_start, &StartPage::officerRequested, this,
            [this] { emit officerWorkspaceRequested({}); });
    connect(m_checks, &ChecksView::jumpTo, this, [this](const QString &path) {
        if (m_editor)
            m_editor->jumpTo(path);
    });

    QSettings settings;
    // 1360×860 where there is room; on a 1366×768 laptop the window takes what the screen
    // offers, and a saved geometry from a larger screen is not restored.
    WindowFit::place(this, QSize(1360, 860),
                     settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_dock->hide(); // shown with a project, whatever the saved state says
    retranslate();
}

// The editor's pages refer to the document: m_editor is declared after m_document, so it goes
// first, before QWidget's own destructor would delete it as a child.
MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    createFileActions();
    createEditActions();
    createStepActions();
    createLanguageActions();
    createHelpActions();
    createMenus();
    updateRecentMenu();
    updateUndoActions();
}

void MainWindow::createFileActions()
{
    m_new = new QAction(this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::chooseNew);
    m_open = new QAction(this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::chooseOpen);
    m_demo = new QAction(this);
    connect(m_demo, &QAction::triggered, this, &MainWindow::openDemo);
    m_close = new QAction(this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeProject);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createEditActions()
{
    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    m_redo = new QAction(this);
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
}

// The step list is always there, but the keyboard need not go through it.
void MainWindow::createStepActions()
{
    m_nextStep = new QAction(this);
    m_nextStep->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextStep, &QAction::triggered, this, [this] {
        if (m_editor && int(m_editor->currentStep()) + 1 < kStepCount)
            m_editor->setStep(Step(int(m_editor->currentStep()) + 1));
    });
    m_previousStep = new QAction(this);
    m_previousStep->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousStep, &QAction::triggered, this, [this] {
        if (m_editor && m_editor->currentStep() != Step::Domain)
            m_editor->setStep(Step(int(m_editor->currentStep()) - 1));
    });
}

void MainWindow::createLanguageActions()
{
    m_languages = new QActionGroup(this);
    m_chinese = new QAction(QStringLiteral("简体中文"), m_languages);
    m_chinese->setData(QStringLiteral("zh_CN"));
    m_english = new QAction(QStringLiteral("English"), m_languages);
    m_english->setData(QStringLiteral("en"));
    for (QAction *a : m_languages->actions()) {
        a->setCheckable(true);
        a->setChecked(a->data().toString() == LanguageManager::current());
    }
    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction *a) { setLanguage(a->data().toString()); });
}

void MainWindow::createHelpActions()
{
    m_noticeHelp = new QAction(this);
    m_noticeHelp->setShortcut(QKeySequence::HelpContents);
    connect(m_noticeHelp, &QAction::triggered, this, [this] { showHelp(HelpDialog::Notice); });
    m_guideHelp = new QAction(this);
    connect(m_guideHelp, &QAction::triggered, this, [this] { showHelp(HelpDialog::Guide); });
    m_shortcutsHelp = new QAction(this);
    connect(m_shortcutsHelp, &QAction::triggered, this,
            [this] { showHelp(HelpDialog::Shortcuts); });

    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Shenbao"),
            tr("<h3>Shenbao %1</h3><p>Prepares applications for %2 offline: the form, the "
               "checks against the notice, the bound dossier and the summary row.</p>"
               "<p>Licensed under the GNU LGPL 3.0 or later.</p>")
                    .arg(QStringLiteral(SHENBAO_VERSION), CallDefinition::bundled().title) +
                QStringLiteral("<p><small>%1</small></p>").arg(libraryVersions()));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_demo);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_close);
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_previousStep);
    m_viewMenu->addAction(m_nextStep);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_dock->toggleViewAction());
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languages->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_noticeHelp);
    m_helpMenu->addAction(m_guideHelp);
    m_helpMenu->addAction(m_shortcutsHelp);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New application…"));
    m_open->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_demo->setText(tr("Open the &example"));
    m_close->setText(tr("&Close"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_previousStep->setText(tr("&Previous step"));
    m_nextStep->setText(tr("&Next step"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_noticeHelp->setText(tr("The &notice (申报通知)"));
    m_guideHelp->setText(tr("&Guide"));
    m_shortcutsHelp->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About Shenbao"));
    m_dock->setWindowTitle(tr("Checks"));
    m_dock->toggleViewAction()->setText(tr("&Checks panel"));
    updateUndoActions();
    updateTitle();
    documentChanged();
    m_nextStep->setEnabled(m_document != nullptr);
    m_previousStep->setEnabled(m_document != nullptr);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    LanguageManager::apply(language);
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == language);
}

void MainWindow::updateTitle()
{
    const QString app = tr("Shenbao — Intelligent Manufacturing Ecosystem Partners application");
    if (!m_document) {
        setWindowTitle(app);
        return;
    }
    setWindowTitle(tr("%1 — %2 — Shenbao")
                       .arg(m_document->displayName(),
                            EvaluationText::shortVerdict(m_document->evaluation().verdict)));
}

void MainWindow::updateUndoActions()
{
    QUndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                              : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                              : tr("&Redo"));
}

void MainWindow::documentChanged()
{
    if (!m_document)
        return;
    m_checks->setEvaluation(m_document->evaluation(), m_document->problems(), m_document->call());
    m_saved->setText(tr("All changes saved in %1").arg(QFileInfo(m_document->path()).fileName()));
    m_saved->setStyleSheet(QString());
    updateTitle();
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    if (m_editor) {
        m_central->removeWidget(m_editor.get());
        m_editor.reset();
    }
    m_document = std::move(document);
    if (!m_document) {
        m_central->setCurrentWidget(m_start);
        m_dock->hide();
        m_saved->clear();
        m_start->setRecent(recent());
        updateUndoActions();
        updateTitle();
        m_nextStep->setEnabled(false);
        m_previousStep->setEnabled(false);
        return;
    }
    connect(m_document.get(), &ProjectDocument::changed, this, &MainWindow::documentChanged);
    connect(m_document.get(), &ProjectDocument::saveFailed, this, [this](const QString &message) {
        m_saved->setText(tr("Not saved: %1").arg(message));
        m_saved->setStyleSheet(QStringLiteral("color: #c62828; font-weight: 600;"));
    });
    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    m_editor = std::make_unique<ApplicationEditor>(m_document.get(), m_central);
    connect(m_editor.get(), &ApplicationEditor::stepChanged, this, [this](Step step) {
        if (step == Step::Review) {
            m_dockWanted = m_dock->isVisible();
            m_dock->hide();
        } else if (m_dockWanted) {
            m_dock->show();
        }
    });
    m_central->addWidget(m_editor.get());
    m_central->setCurrentWidget(m_editor.get());
    m_dock->show();
    m_dockWanted = true;
    addRecent(m_document->path());
    documentChanged();
    updateUndoActions();
    m_nextStep->setEnabled(true);
    m_previousStep->setEnabled(true);
}

bool MainWindow::openProject(const QString &path)
{
    QString error;
    auto document = ProjectDocument::open(path, &error);
    if (!document) {
        showError(tr("Open application"), error);
        return false;
    }
    setDocument(std::move(document));
    return true;
}

bool MainWindow::newProject(const QString &path)
{
    QString error;
    auto document = ProjectDocument::create(path, &error);
    if (!document) {
        showError(tr("New application"), error);
        return false;
    }
    setDocument(std::move(document));
    return true;
}

bool MainWindow::openDemo()
{
    QString error;
    const QString path = demoProjectPath(&error);
    if (path.isEmpty()) {
        showError(tr("Open the example"), error);
        return false;
    }
    return openProject(path);
}

void MainWindow::closeProject()
{
    setDocument(nullptr);
}

void MainWindow::chooseNew()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New application"),
        QDir::home().filePath(tr("application") + QStringLiteral(".shenbao")),
        tr("Shenbao applications (*.shenbao)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1StringView(".shenbao")))
        path += QStringLiteral(".shenbao");
    // The dialog has asked whether to replace an existing file.
    if (QFileInfo::exists(path) && (!m_document || m_document->path() != path))
        QFile::remove(path);
    newProject(path);
}

void MainWindow::chooseOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open application"), QString(),
                                     tr("Shenbao applications (*.shenbao);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

QList<QPair<QString, QString>> MainWindow::shortcutList() const
{
    QList<HelpDialog::Shortcut> list;
    for (const QAction *a : {m_new, m_open, m_close, m_quit, m_undo, m_redo, m_previousStep,
                             m_nextStep, m_noticeHelp}) {
        if (a->shortcut().isEmpty())
            continue;
        QString text = a->text();
        text.remove(QLatin1Char('&'));
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        list << HelpDialog::Shortcut{text, keys.join(QStringLiteral(", "))};
    }
    list << HelpDialog::Shortcut{
        tr("Undo the typing in a field, then earlier edits"),
        QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)};
    list << HelpDialog::Shortcut{tr("Move to the next / previous field"), tr("Tab / Shift+Tab")};
    return list;
}

HelpDialog *MainWindow::showHelp(int page)
{
    auto *dialog = new HelpDialog(HelpDialog::Page(page), shortcutList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

QStringList MainWindow::recent() const
{
    return QSettings().value(QLatin1StringView(kRecentKey)).toStringList();
}

void MainWindow::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recent();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(QLatin1StringView(kRecentKey), list);
    updateRecentMenu();
    m_start->setRecent(list);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recent();
    for (const QString &path : list) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!list.isEmpty());
    m_start->setRecent(list);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    // Nothing to save: every edit is in the file already.
    event->accept();
}

} // namespace shenbao
