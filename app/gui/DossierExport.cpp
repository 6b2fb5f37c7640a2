// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/DossierExport.h"

#include "store/ProjectFile.h"

#include <QtConcurrent>

namespace shenbao {

DossierExport::DossierExport(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<BindResult>::finished, this, [this] {
        m_result = m_watcher.result();
        emit finished(m_result.ok);
    });
}

DossierExport::~DossierExport()
{
    cancel();
    m_watcher.waitForFinished();
}

void DossierExport::start(const QString &projectPath, const QString &outPdf,
                          const BindOptions &options)
{
    if (isRunning())
        return;
    m_result = {};
    m_outPdf = outPdf;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancelled = m_cancel;
    // `this` outlives the worker: the destructor cancels and waits. Queued progress calls die
    // with it, as calls to a deleted context object are dropped.
    DossierExport *self = this;
    m_watcher.setFuture(
        QtConcurrent::run([projectPath, outPdf, options, cancelled, self]() -> BindResult {
            QString error;
            auto file = ProjectFile::open(projectPath, &error);
            if (!file) {
                BindResult failed;
                failed.problems.append({Problem::Severity::Error, projectPath, error});
                return failed;
            }
            const ProgressFn progress = [cancelled, self](double fraction, const QString &what) {
                const int percent = int(fraction * 100.0 + 0.5);
                QMetaObject::invokeMethod(
                    self, [self, percent, what] { emit self->progress(percent, what); },
                    Qt::QueuedConnection);
                return !cancelled->load();
            };
            return bindDossier(*file, outPdf, options, progress);
        }));
}

void DossierExport::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool DossierExport::isRunning() const
{
    return m_watcher.isRunning();
}

void DossierExport::wait()
{
    m_watcher.waitForFinished();
}

} // namespace shenbao
