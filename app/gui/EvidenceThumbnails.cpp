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
}

QIcon EvidenceThumbnails::icon(const ProjectFile &file, const QString &evidenceId, const QString &sha256)
{
    if (sha256.isEmpty())
        return {};
    if (auto it = m_icons.find(sha256); it != m_icons.end())
        return *it;
    if (m_pending.contains(sha256))
        return {};
    m_pending.insert(sha256);
    // The bytes come from the project's database connection, which belongs to this thread;
    // only the drawing moves to the worker.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    if (!file.copyEvidenceTo(evidenceId, out, &error)) {
        m_icons.insert(sha256, QIcon());
        return {};
    }
    const QByteArray bytes = out.data();
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
    watcher->setFuture(QtConcurrent::run([bytes, size] { return EvidencePreview::thumbnail(bytes, size); }));
    return {};
}

} // namespace shenbao
