// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/CrossCheckPanel.h"

#include "crosscheck/CrossCheckJson.h"

#include <QApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace shenbao {

using namespace crosscheck;

namespace {

QString stateText(MatchState state)
{
    switch (state) {
    case MatchState::Matched:
        return CrossCheckPanel::tr("matched");
    case MatchState::Likely:
        return CrossCheckPanel::tr("likely (OCR slip?)");
    case MatchState::NotFound:
        return CrossCheckPanel::tr("not found");
    case MatchState::Differs:
        return CrossCheckPanel::tr("differs");
    }
    return {};
}

QColor stateColour(MatchState state)
{
    switch (state) {
    case MatchState::Matched:
        return QColor(0x1b, 0x7f, 0x3b);
    case MatchState::Likely:
        return QColor(0x9a, 0x6b, 0x00);
    case MatchState::NotFound:
        return QColor(0x60, 0x60, 0x60);
    case MatchState::Differs:
        return QColor(0xb0, 0x20, 0x20);
    }
    return {};
}

} // namespace

CrossCheckPanel::CrossCheckPanel(QWidget *parent)
    : QWidget(parent)
    , m_start(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_start);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    m_summary->setWordWrap(true);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_tree->setColumnCount(5);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    connect(m_start, &QPushButton::clicked, this, &CrossCheckPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &CrossCheckPanel::cancel);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = m_tree->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_results.size() && m_results.at(row).page > 0)
            emit showEvidencePage(m_results.at(row).evidence, m_results.at(row).page);
    });
    retranslate();
    setJob({});
}

CrossCheckPanel::~CrossCheckPanel()
{
    cancel(); // the worker stops at its next page; its result is dropped
}

void CrossCheckPanel::setJob(Job job)
{
    cancel();
    m_job = std::move(job);
    m_results.clear();
    m_start->setEnabled(bool(m_job) && !m_running);
    fill();
}

void CrossCheckPanel::start()
{
    if (!m_job || m_running)
        return;
    m_running = true;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_start->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_summary->setText(tr("Reading the evidence pages…"));

    const auto flag = m_cancelFlag;
    QPointer<QProgressBar> progress = m_progress;
    CrossCheckOptions options;
    options.progress = [flag, progress](int done, int total) {
        // qApp as the context: the panel may be gone by the time the GUI thread runs this.
        QMetaObject::invokeMethod(qApp, [progress, done, total] {
            if (progress) {
                progress->setRange(0, total);
                progress->setValue(done);
            }
        });
        return !flag->load();
    };
    auto *watcher = new QFutureWatcher<CrossCheckRun>(this);
    connect(watcher, &QFutureWatcher<CrossCheckRun>::finished, this, [this, watcher, flag] {
        const CrossCheckRun run = watcher->result();
        watcher->deleteLater();
        if (flag != m_cancelFlag)
            return; // a cancelled run of data no longer shown
        m_running = false;
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_start->setEnabled(bool(m_job));
        m_results = run.cancelled ? QList<CrossCheckResult>() : run.results;
        fill();
        if (run.cancelled)
            m_summary->setText(tr("Cancelled."));
        else if (!run.readerError.isEmpty())
            m_summary->setText(run.readerError);
        else if (!run.ocrError.isEmpty())
            m_summary->setText(m_summary->text() + u'\n' + run.ocrError);
        emit finished();
    });
    const Job job = m_job;
    watcher->setFuture(QtConcurrent::run([job, options] { return job(options); }));
}

void CrossCheckPanel::cancel()
{
    if (!m_running)
        return;
    m_cancelFlag->store(true);
    // Forget the run at once: its watcher sees a stale flag and drops the result.
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_running = false;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_start->setEnabled(bool(m_job));
    m_summary->setText(tr("Cancelled."));
}

void CrossCheckPanel::fill()
{
    m_tree->clear();
    int differs = 0, likely = 0, notFound = 0;
    for (const auto &r : m_results) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, r.item + u' ' + fieldLabel(r.field));
        item->setText(1, stateText(r.state));
        item->setForeground(1, stateColour(r.state));
        item->setText(2, r.claimed);
        item->setText(3, r.found);
        item->setText(4, r.page > 0 ? tr("%1, page %2").arg(r.evidence).arg(r.page) : r.evidence);
        item->setToolTip(0, describeResult(r));
        differs += r.state == MatchState::Differs;
        likely += r.state == MatchState::Likely;
        notFound += r.state == MatchState::NotFound;
    }
    if (!m_running) {
        m_summary->setText(
            m_results.isEmpty()
                ? tr("Compares the form with the linked evidence pages (text layer or "
                     "OCR). The results are warnings; they do not change the verdict.")
                : tr("%1 fields checked: %2 differ, %3 likely OCR slips, %4 not found.")
                      .arg(m_results.size())
                      .arg(differs)
                      .arg(likely)
                      .arg(notFound));
    }
}

void CrossCheckPanel::retranslate()
{
    m_start->setText(tr("Cross-check evidence"));
    m_cancel->setText(tr("Cancel"));
    m_tree->setHeaderLabels(
        {tr("Item"), tr("State"), tr("In the form"), tr("On the page"), tr("Evidence")});
    fill();
}

void CrossCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace shenbao
