// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/DossierViewer.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace shenbao {

DossierViewer::DossierViewer(const QString &pdfPath, QWidget *parent)
    : QDialog(parent)
    , m_pdf(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_bookmarks(new QPdfBookmarkModel(this))
    , m_outline(new QTreeView(this))
    , m_pageLabel(new QLabel(this))
{
    setWindowTitle(tr("Dossier — %1").arg(QFileInfo(pdfPath).fileName()));
    resize(1100, 800);
    m_pdf->load(pdfPath);
    m_view->setDocument(m_pdf);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_bookmarks->setDocument(m_pdf);
    m_outline->setModel(m_bookmarks);
    m_outline->setHeaderHidden(true);
    m_outline->expandAll();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_outline);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 840});

    auto *previous = new QPushButton(tr("&Previous page"), this);
    auto *next = new QPushButton(tr("&Next page"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(m_pageLabel);
    bar->addStretch();
    bar->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bar);

    auto *nav = m_view->pageNavigator();
    connect(m_outline, &QTreeView::activated, this, [this, nav](const QModelIndex &index) {
        nav->jump(index.data(int(QPdfBookmarkModel::Role::Page)).toInt(), {}, nav->currentZoom());
    });
    connect(m_outline, &QTreeView::clicked, this, [this, nav](const QModelIndex &index) {
        nav->jump(index.data(int(QPdfBookmarkModel::Role::Page)).toInt(), {}, nav->currentZoom());
    });
    connect(previous, &QPushButton::clicked, this, [this, nav] {
        nav->jump(std::max(0, nav->currentPage() - 1), {}, nav->currentZoom());
    });
    connect(next, &QPushButton::clicked, this, [this, nav] {
        nav->jump(std::min(m_pdf->pageCount() - 1, nav->currentPage() + 1), {}, nav->currentZoom());
    });
    connect(nav, &QPdfPageNavigator::currentPageChanged, this, &DossierViewer::updatePageLabel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePageLabel();
}

int DossierViewer::pageCount() const
{
    return m_pdf->pageCount();
}

void DossierViewer::updatePageLabel()
{
    const int page = m_view->pageNavigator()->currentPage();
    m_pageLabel->setText(tr("Page %1 of %2 (label %3)")
                             .arg(page + 1)
                             .arg(m_pdf->pageCount())
                             .arg(m_pdf->pageLabel(page)));
}

} // namespace shenbao
