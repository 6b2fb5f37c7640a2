// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <functional>

#include "officer/Workspace.h"

#include "dossier/DossierBinder.h"

#include <QMainWindow>

#include <memory>

class QPrinter;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace shenbao {

namespace Ui {
class OfficerWindow;
}

class DossierPane;
class WorkspaceModel;

// The district or city officer's workspace (issue 5): received dossiers in, a checked and
// ordered Attachment 3 out. Reading runs on worker threads, so the window stays usable while
// a folder of dossiers loads. Laid out by forms/OfficerWindow.ui.
class OfficerWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit OfficerWindow(const QString &workspacePath = Workspace::defaultPath(),
                           QWidget *parent = nullptr);
    ~OfficerWindow() override;

    Workspace *workspace() const { return m_workspace; }
    QTableView *table() const;
    DossierPane *dossierPane() const;

    // Files and folders, from the file dialogs and from drag and drop alike.
    void addPaths(const QStringList &paths);
    // Selects the dossier at `row` of the recommendation order (and shows it).
    void selectRow(int row);
    // Moves the selected dossier `delta` places in the recommendation order.
    void moveSelected(int delta);
    // The selected dossiers as rows of the recommendation order, ascending.
    QList<int> selectedRows() const;

    // Attachment 3 of `rows` (all when empty) in recommendation order, with the 推荐单位
    // and today's date. No dialog: the file dialog and any message are the caller's.
    // All means all dossiers: files that are not dossiers are listed apart and left out.
    bool exportSummary(const QString &xlsxPath, const QList<int> &rows, QString *error);
    // Asks before dossiers whose conditions are not all met (不符合 / 待补充) or whose data do not
    // agree (不一致) go into Attachment 3; true when there are none or the officer says yes.
    bool confirmSummary(const QList<int> &rows);
    // Replaces the yes/no question (tests answer it).
    void setConfirm(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    // The rows `rows` stands for: all dossiers when empty.
    QList<int> summaryCandidates(const QList<int> &rows) const;
    QString recommender() const;

    // Cities forward each dossier upward in two paper copies (一式两份).
    static constexpr int kDossierCopies = 2;
    // The table as shown (current sort and filter), with title and 推荐单位 line.
    void printTable(QPrinter &printer) const;
    // The table's HTML (tableHtml) as an A4 landscape PDF; safe on a worker thread.
    static bool writeTablePdf(const QString &html, const QString &pdfPath, QString *error);
    // Sets the printer up for the dossier at `row`: A4, duplex, kDossierCopies collated.
    void presetDossierPrinter(QPrinter &printer, int row) const;
    bool printDossier(int row, QPrinter &printer, const ProgressFn &progress, QString *error) const;
    void setRecommender(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpTable();
    void setUpFields();
    void setUpStatusBar();
    void connectActions();
    void connectWorkspace();
    void chooseFiles();
    void chooseFolder();
    void removeSelected();
    void exportInteractive(bool selectedOnly);
    void printTableInteractive();
    void printDossierInteractive();
    void showCurrent();
    void updateActions();
    void fitColumns();
    void onProgress(int done, int total);
    QString tableHtml() const;

    std::unique_ptr<Ui::OfficerWindow> ui;
    Workspace *m_workspace;
    WorkspaceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_count;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace shenbao
