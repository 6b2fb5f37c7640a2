// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "crosscheck/CrossCheck.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace shenbao {

// The evidence cross-check (docs/cross-check.md) as a panel: a button that starts it, a
// progress bar with Cancel while pages are read (OCR runs on a worker thread, never on the GUI
// thread), and one row per item and field with its state, the text found and the page. The
// states are warnings: nothing here changes the verdict. Used by the applicant's check step
// and beside the rules in the officer's dossier pane.
class CrossCheckPanel : public QWidget
{
    Q_OBJECT

public:
    // Runs on the worker thread: builds the page source and runs the check. It must not touch
    // widgets; `options` carries the progress/cancel callback the panel installs.
    using Job =
        std::function<crosscheck::CrossCheckRun(const crosscheck::CrossCheckOptions &options)>;

    explicit CrossCheckPanel(QWidget *parent = nullptr);
    ~CrossCheckPanel() override;

    // What to check; clears the shown results (they belonged to other data).
    void setJob(Job job);
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<crosscheck::CrossCheckResult> &results() const { return m_results; }
    QTreeWidget *tree() const { return m_tree; }

signals:
    void finished();
    // The user activated a row: show this evidence page.
    void showEvidencePage(const QString &evidenceId, int page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    Job m_job;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QList<crosscheck::CrossCheckResult> m_results;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    bool m_running = false;
};

} // namespace shenbao
