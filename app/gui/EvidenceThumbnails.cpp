// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/EvidenceThumbnails.h"

#include "gui/EvidencePreview.h"
#include "store/ProjectFile.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QPixmap>
#include <QtConcurrent>

namespace shenbao {

EvidenceThumbnails::EvidenceThumbnails(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

EvidenceThumbnails::~EvidenceThumbnails()
{
    // Pending drawings read from the project file, which may close right after this.
    m_pool.clear();
    m_pool.waitForDone();
}

QIcon EvidenceThumbnails::icon(const ProjectFile &file, const QString &evidenceId,
                               const QString &sha256)
{
    if (sha256.isEmpty())
        return {};
    if (auto it = m_icons.find(sha256); it != m_icons.end())
        return *it;
    if (m_pending.contains(sha256))
        return {};
    m_pending.insert(sha256);
    // Drawn at twice the list size for High-DPI screens.
    const QSize size = EvidenceThumbnails::size() * 2;
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, sha256] {
        const QImage image = watcher->result();
        watcher->deleteLater();
        QIcon icon;
        if (!image.isNull()) {
            QPixmap pm = QPixmap::fromImage(image);
            pm.setDevicePixelRatio(2.0);
            icon.addPixmap(pm);
        }
        m_icons.insert(sha256, icon);
        m_pending.remove(sha256);
        emit ready(sha256);
    });
    // Reading the bytes happens on the worker too (ProjectFile serialises its connection, so
    // reads from another thread are safe): opening a step with hundreds of scans must not read
    // hundreds of megabytes on the GUI thread. One worker: the bytes of one file in memory at
    // a time, and the GUI's own threads stay free.
    const ProjectFile *source = &file;
    watcher->setFuture(QtConcurrent::run(&m_pool, [source, evidenceId, size] {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        if (!source->copyEvidenceTo(evidenceId, out, &error))
            return QImage();
        return EvidencePreview::thumbnail(out.data(), size);
    }));
    return {};
}

} // namespace shenbao
