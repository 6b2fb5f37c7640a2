// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/PageThumbnails.h"

#include <QPdfDocument>

namespace shenbao {

namespace {

// One page per turn of the event loop: a 300-dpi scan can take tens of milliseconds to draw.
constexpr int kPagesPerTick = 1;
const QSize kThumbSize(96, 136); // A4 proportions

} // namespace

PageThumbnails::PageThumbnails(QWidget *parent)
    : QListWidget(parent)
{
    setViewMode(QListView::IconMode);
    setIconSize(kThumbSize);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setSpacing(6);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PageThumbnails::drawSome);
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit pageActivated(row(item)); });
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit pageActivated(row(item)); });
}

void PageThumbnails::setDocument(QPdfDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &QPdfDocument::statusChanged, this, &PageThumbnails::reload);
    reload();
}

void PageThumbnails::reload()
{
    m_timer.stop();
    clear();
    m_next = 0;
    if (!m_document || m_document->status() != QPdfDocument::Status::Ready)
        return;
    for (int i = 0; i < m_document->pageCount(); ++i) {
        const QString label = m_document->pageLabel(i);
        auto *item = new QListWidgetItem(label.isEmpty() ? QString::number(i + 1) : label, this);
        item->setTextAlignment(Qt::AlignHCenter);
    }
    m_timer.start();
}

void PageThumbnails::drawSome()
{
    if (!m_document || m_next >= count()) {
        m_timer.stop();
        return;
    }
    for (int n = 0; n < kPagesPerTick && m_next < count(); ++n, ++m_next) {
        const QSizeF points = m_document->pagePointSize(m_next);
        QSize size = points.toSize().scaled(kThumbSize, Qt::KeepAspectRatio);
        const QImage image = m_document->render(m_next, size.isEmpty() ? kThumbSize : size);
        item(m_next)->setIcon(QIcon(QPixmap::fromImage(image)));
    }
}

} // namespace shenbao
