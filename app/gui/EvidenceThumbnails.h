// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace shenbao {

class ProjectFile;

// Small pictures of evidence files for lists, keyed by content hash (the same file attached
// twice is drawn once). Reading and drawing happen on a worker thread, decoded at the
// thumbnail's size; `ready` says when one is done.
class EvidenceThumbnails : public QObject
{
    Q_OBJECT

public:
    explicit EvidenceThumbnails(QObject *parent = nullptr);
    ~EvidenceThumbnails() override;

    // The picture for a stored file, or a null icon while it is being drawn (or cannot be).
    QIcon icon(const ProjectFile &file, const QString &evidenceId, const QString &sha256);
    static QSize size() { return {48, 64}; }

signals:
    void ready(const QString &sha256);

private:
    QHash<QString, QIcon> m_icons;
    QSet<QString> m_pending;
    QThreadPool m_pool;
};

} // namespace shenbao
