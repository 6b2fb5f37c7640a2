// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "officer/DossierPane.h"

#include "gui/StateIcons.h"
#include "ui_DossierPane.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfView>

#include "gui/CrossCheckPanel.h"
#include "gui/PageThumbnails.h"
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "crosscheck/DossierEvidencePages.h"

#include <QFile>

namespace shenbao {

namespace {

constexpr int kRuleIdRole = Qt::UserRole;
constexpr int kMaxSearchResults = 500;

} // namespace

DossierPane::DossierPane(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<::Ui::DossierPane>())
    , m_pdf(new QPdfDocument(this))
    , m_bookmarks(new QPdfBookmarkModel(this))
    , m_search(new QPdfSearchModel(this))
{
    // The layout is forms/DossierPane.ui; the texts are set below, in this class's context.
    ui->setupUi(this);
    m_view = ui->dossierView;
    m_tabs = ui->tabs;
    m_rules = ui->ruleList;
    m_outline = ui->outline;
    m_searchEdit = ui->searchEdit;
    m_searchResults = ui->searchResults;
    m_coverLabel = ui->coverLabel;
    m_pageLabel = ui->pageLabel;
    m_thumbnails = ui->pageThumbnails;
    m_crossCheck = ui->crossCheckPanel;
    m_view->setDocument(m_pdf);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_bookmarks->setDocument(m_pdf);
    m_search->setDocument(m_pdf);

    m_rules->setColumnCount(2);
    // Beside the rules: the evidence pages against the embedded claims, recomputed here.
    connect(
        m_crossCheck, &CrossCheckPanel::showEvidencePage, this, [this](const QString &, int page) {
            // `page` is the printed page number (label); its physical index is where it is
            // labelled.
            int index = m_result ? int(m_result->pageLabels.indexOf(QString::number(page))) : -1;
            if (index < 0)
                index = page - 1;
            if (index >= 0 && index < m_pdf->pageCount())
                m_view->pageNavigator()->jump(index, {}, m_view->pageNavigator()->currentZoom());
        });

    m_outline->setModel(m_bookmarks);
    m_thumbnails->setDocument(m_pdf);
    ui->splitter->setStretchFactor(0, 2);
    ui->splitter->setStretchFactor(1, 3);

    m_tabs->setTabText(0, tr("Conditions"));
    m_tabs->setTabText(1, tr("Bookmarks"));
    m_tabs->setTabText(2, tr("Search"));
    m_tabs->setTabText(3, tr("Pages"));
    m_rules->setHeaderLabels({tr("Condition (recomputed)"), tr("Figure")});
    m_searchEdit->setPlaceholderText(tr("Search the dossier's text"));

    connect(m_rules, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, kRuleIdRole).toString();
        if (!showRuleEvidence(id))
            emit message(tr("%1 names no evidence bound in this dossier.").arg(id));
    });
    connect(m_outline, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const int page = index.data(int(QPdfBookmarkModel::Role::Page)).toInt();
        m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
    });
    connect(m_thumbnails, &PageThumbnails::pageActivated, this, [this](int page) {
        m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this,
            [this] { m_search->setSearchString(m_searchEdit->text().trimmed()); });
    connect(m_search, &QAbstractItemModel::modelReset, this, &DossierPane::updateSearchResults);
    connect(m_search, &QAbstractItemModel::rowsInserted, this, &DossierPane::updateSearchResults);
    connect(m_searchResults, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_view->pageNavigator()->jump(m_search->resultAtIndex(m_searchResults->row(item)));
    });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &DossierPane::updatePageLabel);
    clear();
}

DossierPane::~DossierPane() = default;

void DossierPane::clear()
{
    m_path.clear();
    m_result.reset();
    m_pdf->close();
    m_rules->clear();
    m_searchResults->clear();
    m_coverLabel->setText(tr("Select a dossier in the table to see it here."));
    updatePageLabel();
}

void DossierPane::setDossier(const QString &pdfPath,
                             std::shared_ptr<const DossierReadResult> result)
{
    if (pdfPath == m_path && result == m_result)
        return;
    const bool samePdf = pdfPath == m_path;
    m_path = pdfPath;
    m_result = std::move(result);
    if (!samePdf) { // only the result arrived (read again on a worker): keep the reader's place
        m_searchResults->clear();
        m_search->setSearchString(QString());
        m_pdf->load(pdfPath);
    }
    fillRules();
    checkCover();
    if (m_result && m_result->project) {
        // Recomputed from the dossier's own pages on a worker; nothing embedded is trusted.
        const QString path = m_path;
        const auto read = m_result;
        m_crossCheck->setJob([path, read](const crosscheck::CrossCheckOptions &options) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return crosscheck::CrossCheckRun{};
            crosscheck::DossierEvidencePages pages(f.readAll(), *read);
            return crosscheck::runCrossCheck(*read->project, pages, options);
        });
    } else {
        m_crossCheck->setJob({});
    }
    updatePageLabel();
}

int DossierPane::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

int DossierPane::ruleCount() const
{
    return m_rules->topLevelItemCount();
}

void DossierPane::fillRules()
{
    m_rules->clear();
    if (!m_result || !m_result->project)
        return;
    for (const RuleResult &rule : m_result->recomputed.rules) {
        auto *item = new QTreeWidgetItem(m_rules);
        item->setText(0, rule.title.isEmpty() ? rule.id
                                              : QStringLiteral("%1  %2").arg(rule.id, rule.title));
        item->setText(1, rule.figure);
        // Routes are facts about the applicant, not conditions: never a red cross.
        const bool informational =
            rule.informational || rule.id.startsWith(QLatin1StringView("ROUTE-"));
        item->setIcon(0, markIcon(informational ? Mark::Info : markFor(rule.state)));
        item->setData(0, kRuleIdRole, rule.id);
        QString tip =
            rule.cite.isEmpty() ? rule.clauseText : rule.cite + QLatin1Char('\n') + rule.clauseText;
        if (firstEvidencePage(rule) >= 0)
            tip += QLatin1Char('\n') + tr("Click to show the evidence pages.");
        item->setToolTip(0, tip.trimmed());
        item->setToolTip(1, rule.figure);
    }
    m_rules->resizeColumnToContents(0);
}

void DossierPane::checkCover()
{
    if (!m_result || !m_result->project || m_pdf->status() != QPdfDocument::Status::Ready) {
        m_coverLabel->setText(m_result && m_result->state == DossierReadResult::State::NotShenbao
                                  ? tr("Not a Shenbao dossier: its data must be entered by hand.")
                                  : QString());
        return;
    }
    // The reader cannot see the cover's text (qpdf extracts none); QtPdf can.
    const auto problem = checkCoverText(m_pdf->getAllText(0).text(), m_result->fingerprint);
    if (problem) {
        m_coverLabel->setText(tr("Cover: %1").arg(problem->message));
        m_coverLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    } else {
        m_coverLabel->setText(tr("The cover shows the recomputed fingerprint %1.")
                                  .arg(m_result->fingerprint.left(16) + QStringLiteral("…")));
        m_coverLabel->setStyleSheet(QString());
    }
}

int DossierPane::firstEvidencePage(const RuleResult &rule) const
{
    if (!m_result)
        return -1;
    int best = -1;
    for (const QString &id : rule.evidenceIds) {
        int page = m_result->evidencePages.value(id).firstIndex;
        if (page < 0 && m_result->project) {
            // Fall back to the page labels: Evidence::firstPage is the printed page number.
            for (const Evidence &e : m_result->project->evidence) {
                if (e.id != id || !e.firstPage)
                    continue;
                for (int i = 0; i < m_pdf->pageCount(); ++i) {
                    if (m_pdf->pageLabel(i) == QString::number(*e.firstPage)) {
                        page = i;
                        break;
                    }
                }
            }
        }
        if (page >= 0 && (best < 0 || page < best))
            best = page;
    }
    return best;
}

bool DossierPane::showRuleEvidence(const QString &ruleId)
{
    if (!m_result)
        return false;
    const RuleResult *rule = m_result->recomputed.rule(ruleId);
    if (!rule)
        return false;
    const int page = firstEvidencePage(*rule);
    if (page < 0 || page >= m_pdf->pageCount())
        return false;
    m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
    updatePageLabel();
    return true;
}

void DossierPane::updateSearchResults()
{
    m_searchResults->clear();
    const int n = std::min(m_search->rowCount({}), kMaxSearchResults);
    for (int i = 0; i < n; ++i) {
        const QModelIndex index = m_search->index(i, 0);
        const int page = index.data(int(QPdfSearchModel::Role::Page)).toInt();
        const QString before = index.data(int(QPdfSearchModel::Role::ContextBefore)).toString();
        const QString after = index.data(int(QPdfSearchModel::Role::ContextAfter)).toString();
        const QString label = m_pdf->pageLabel(page);
        m_searchResults->addItem(
            tr("p. %1: %2")
                .arg(label.isEmpty() ? QString::number(page + 1) : label,
                     QString(before + m_search->searchString() + after).simplified()));
    }
}

void DossierPane::updatePageLabel()
{
    if (m_pdf->status() != QPdfDocument::Status::Ready) {
        m_pageLabel->setText(m_path.isEmpty() ? QString() : tr("Cannot show this file."));
        return;
    }
    const int page = currentPage();
    const QString label = m_pdf->pageLabel(page);
    m_pageLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(m_pdf->pageCount()) +
                         (label.isEmpty() ? QString() : tr(" (page label: %1)").arg(label)));
}

} // namespace shenbao
