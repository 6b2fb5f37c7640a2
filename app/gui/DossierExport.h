// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "dossier/DossierBinder.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace shenbao {

// Binds a dossier on a worker thread (bindDossier), reporting progress and honouring cancel.
// The worker opens the project file with a connection of its own, so the window stays usable
// and the binder never shares a database handle across threads.
class DossierExport : public QObject
{
    Q_OBJECT

public:
    explicit DossierExport(QObject *parent = nullptr);
    ~DossierExport() override;

    void start(const QString &projectPath, const QString &outPdf, const BindOptions &options);
    void cancel();
    bool isRunning() const;
    const BindResult &result() const { return m_result; }
    QString outputPath() const { return m_outPdf; }
    // Blocks until the running export is done (tests, and closing the window).
    void wait();

signals:
    void progress(int percent, const QString &what);
    void finished(bool ok);

private:
    QFutureWatcher<BindResult> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    BindResult m_result;
    QString m_outPdf;
};

} // namespace shenbao
