// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QListWidget>
#include <QPointer>
#include <QTimer>

class QPdfDocument;

namespace shenbao {

// A strip of page thumbnails with their page labels. Pages are drawn a few at a time from the
// event loop, so a 300-page dossier never freezes the window; activating one asks to jump there.
class PageThumbnails : public QListWidget
{
    Q_OBJECT

public:
    explicit PageThumbnails(QWidget *parent = nullptr);
    void setDocument(QPdfDocument *document);

signals:
    void pageActivated(int page);

private:
    void reload(); // not reset(): that would override QAbstractItemView::reset
    void drawSome();

    QPointer<QPdfDocument> m_document;
    QTimer m_timer;
    int m_next = 0;
};

} // namespace shenbao
