// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPdfBookmarkModel;
class QPdfDocument;
class QPdfView;
class QTreeView;

namespace shenbao {

// Shows a bound dossier inside the app: the bookmarks (which mirror the table of contents)
// on the left, the pages on the right.
class DossierViewer : public QDialog
{
    Q_OBJECT

public:
    explicit DossierViewer(const QString &pdfPath, QWidget *parent = nullptr);

    int pageCount() const;

private:
    void updatePageLabel();

    QPdfDocument *m_pdf;
    QPdfView *m_view;
    QPdfBookmarkModel *m_bookmarks;
    QTreeView *m_outline;
    QLabel *m_pageLabel;
};

} // namespace shenbao
