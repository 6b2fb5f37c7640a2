// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "dossier/DossierReader.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPdfBookmarkModel;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QTabWidget;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class DossierPane;
}

namespace shenbao {

class CrossCheckPanel;
class PageThumbnails;

// The officer's view of one dossier: its pages, and beside them the recomputed conditions
// (clicking one jumps to the evidence pages that prove it), the bookmarks and a text search.
class DossierPane : public QWidget
{
    Q_OBJECT

public:
    explicit DossierPane(QWidget *parent = nullptr);
    ~DossierPane() override;

    // Shows `pdfPath`; `result` (may be empty) gives the rule list and the evidence pages.
    void setDossier(const QString &pdfPath, std::shared_ptr<const DossierReadResult> result);
    void clear();
    QString path() const { return m_path; }

    // Jumps to the first evidence page of rule `ruleId`; false when the rule names no
    // evidence that is bound in this dossier.
    bool showRuleEvidence(const QString &ruleId);
    // The physical (0-based) page shown.
    int currentPage() const;
    QPdfDocument *document() const { return m_pdf; }
    int ruleCount() const;
    CrossCheckPanel *crossCheck() const { return m_crossCheck; }

signals:
    void message(const QString &text);

private:
    void fillRules();
    void checkCover();
    void updateSearchResults();
    void updatePageLabel();
    int firstEvidencePage(const RuleResult &rule) const;

    // ::Ui: the officer window's form lives in shenbao::Ui (its translation context).
    std::unique_ptr<::Ui::DossierPane> ui;
    QString m_path;
    std::shared_ptr<const DossierReadResult> m_result;
    QPdfDocument *m_pdf;
    QPdfView *m_view;
    QPdfBookmarkModel *m_bookmarks;
    QPdfSearchModel *m_search;
    QTabWidget *m_tabs;
    QTreeWidget *m_rules;
    QTreeView *m_outline;
    QLineEdit *m_searchEdit;
    QListWidget *m_searchResults;
    QLabel *m_coverLabel;
    QLabel *m_pageLabel;
    PageThumbnails *m_thumbnails;
    CrossCheckPanel *m_crossCheck;
};

} // namespace shenbao
