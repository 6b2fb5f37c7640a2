// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "officer/OfficerWindow.h"
#include "gui/WindowFit.h"

#include "gui/DossierPrinter.h"
#include "gui/PrintService.h"
#include "officer/DossierPane.h"
#include "officer/WorkspaceModel.h"

#include "summary/XlsxSummaryWriter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPdfWriter>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolBar>
#include <QMenuBar>
#include <QMenu>
#include <QVBoxLayout>

namespace shenbao {

namespace {

const QString kRecommenderKey = QStringLiteral("officer/recommender");
const QString kLastDirKey = QStringLiteral("officer/lastDirectory");

QString lastDirectory()
{
    return QSettings().value(kLastDirKey, QDir::homePath()).toString();
}

void rememberDirectory(const QString &dir)
{
    QSettings().setValue(kLastDirKey, dir);
}

} // namespace

OfficerWindow::OfficerWindow(const QString &workspacePath, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(workspacePath, this))
    , m_model(new WorkspaceModel(m_workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_recommender(new QLineEdit(this))
    , m_pane(new DossierPane(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("officerWindow"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Export Attachment 3"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    setWindowTitle(tr("Shenbao — review and summary (officers)"));
    setAcceptDrops(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkspaceModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_table->setObjectName(QStringLiteral("dossierTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkspaceModel::Order, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    connect(m_model, &WorkspaceModel::rowDropped, this, &OfficerWindow::selectRow);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The Attachment 3 headers are long: wrapped, so that the figures' columns stay narrow.
    m_table->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->horizontalHeader()->setMinimumHeight(m_table->fontMetrics().height() * 3 + 8);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter: name, code, district, domain, remarks…"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_recommender->setObjectName(QStringLiteral("recommenderEdit"));
    m_recommender->setPlaceholderText(tr("Recommending authority"));
    m_recommender->setMinimumWidth(220);
    m_recommender->setText(QSettings().value(kRecommenderKey).toString());
    connect(m_recommender, &QLineEdit::textChanged, this,
            [](const QString &text) { QSettings().setValue(kRecommenderKey, text.trimmed()); });

    buildActions();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(4, 4, 4, 0);
    // The 推荐单位 sits next to the filter rather than in the toolbar, so that the toolbar's
    // labels fit a 1366-pixel-wide screen.
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    auto *recommenderLabel = new QLabel(tr("&Recommending authority:"), top);
    recommenderLabel->setBuddy(m_recommender);
    filterRow->addWidget(recommenderLabel);
    filterRow->addWidget(m_recommender);
    topLayout->addLayout(filterRow);
    // A few dossiers stay visible on a 1366×768 screen: without a floor the viewer's size hint
    // squeezes the list to half a row.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              4 * m_table->verticalHeader()->defaultSectionSize());
    topLayout->addWidget(m_table);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, m_workspace, &Workspace::cancelLoading);
    statusBar()->addPermanentWidget(m_count);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    connect(m_workspace, &Workspace::loadProgress, this, &OfficerWindow::onProgress);
    connect(m_workspace, &Workspace::loadingFinished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        fitColumns();
        statusBar()->showMessage(tr("All dossiers read."), 5000);
    });
    connect(m_workspace, &Workspace::entryChanged, this, [this](int row) {
        const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
        if (current.isValid() && current.row() == row)
            showCurrent();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OfficerWindow::updateActions);
    // A dossier read turns out to be one, or not: the count follows.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OfficerWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OfficerWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OfficerWindow::showCurrent);
    connect(m_pane, &DossierPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    if (!m_workspace->isOpen())
        statusBar()->showMessage(
            tr("Cannot open the workspace: %1").arg(m_workspace->errorString()));
    fitColumns();
    updateActions();
    WindowFit::place(this, QSize(1400, 900)); // within a 1366×768 laptop's screen too
    // Files changed since the last session are read again.
    m_workspace->refresh();
}

OfficerWindow::~OfficerWindow() = default;

void OfficerWindow::buildActions()
{
    QToolBar *bar = addToolBar(tr("Workspace"));
    bar->setObjectName(QStringLiteral("officerToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto add = [this, bar](QStyle::StandardPixmap icon, const QString &text, auto slot) {
        QAction *a = bar->addAction(style()->standardIcon(icon), text);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addFiles = add(QStyle::SP_FileIcon, tr("Add dossiers…"), &OfficerWindow::chooseFiles);
    m_addFolder = add(QStyle::SP_DirIcon, tr("Add folder…"), &OfficerWindow::chooseFolder);
    m_remove = add(QStyle::SP_TrashIcon, tr("Remove"), &OfficerWindow::removeSelected);
    bar->addSeparator();
    m_up = add(QStyle::SP_ArrowUp, tr("Move up"), [this] { moveSelected(-1); });
    m_down = add(QStyle::SP_ArrowDown, tr("Move down"), [this] { moveSelected(1); });
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    bar->addSeparator();
    m_exportAll = add(QStyle::SP_DialogSaveButton, tr("Export Attachment 3…"),
                      [this] { exportInteractive(false); });
    m_exportSelected = add(QStyle::SP_DialogSaveButton, tr("Export selected…"),
                           [this] { exportInteractive(true); });
    m_printTable = add(QStyle::SP_FileDialogDetailedView, tr("Print table…"),
                       &OfficerWindow::printTableInteractive);
    m_printDossier = add(QStyle::SP_FileDialogContentsView, tr("Print dossier…"),
                         &OfficerWindow::printDossierInteractive);
    // The same actions in a menu bar, where their names are never cut and the keyboard
    // reaches them (Alt+letter).
    QMenu *file = menuBar()->addMenu(tr("&Dossiers"));
    file->addActions({m_addFiles, m_addFolder, m_remove});
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QMenu *order = menuBar()->addMenu(tr("&Order"));
    order->addActions({m_up, m_down});
    QMenu *output = menuBar()->addMenu(tr("&Export and print"));
    output->addActions({m_exportAll, m_exportSelected});
    output->addSeparator();
    output->addActions({m_printTable, m_printDossier});
    m_addFiles->setToolTip(
        tr("Add received dossiers (PDF). You can also drop files or whole folders on the window."));
    m_exportAll->setToolTip(tr("Write Attachment 3 for all dossiers, in recommendation order."));
}

void OfficerWindow::fitColumns()
{
    m_table->resizeColumnsToContents();
    // Figures need little room; names and codes as much as they take, within reason.
    for (int c = 0; c < WorkspaceModel::ColumnCount; ++c) {
        const bool figure = c == WorkspaceModel::Order ||
                            (c >= WorkspaceModel::Pages && c <= WorkspaceModel::GdCases);
        const int limit = figure ? 96 : 240;
        if (m_table->columnWidth(c) > limit)
            m_table->setColumnWidth(c, limit);
        else if (c == WorkspaceModel::Order)
            m_table->setColumnWidth(c,
                                    std::max(m_table->columnWidth(c),
                                             m_table->fontMetrics().horizontalAdvance(u'0') * 12));
    }
}

void OfficerWindow::addPaths(const QStringList &paths)
{
    const int queued = m_workspace->addPaths(paths);
    if (queued == 0)
        statusBar()->showMessage(tr("No new or changed dossiers found."), 5000);
    fitColumns();
}

void OfficerWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add dossiers"), lastDirectory(), tr("PDF dossiers (*.pdf *.PDF)"));
    if (files.isEmpty())
        return;
    rememberDirectory(QFileInfo(files.first()).absolutePath());
    addPaths(files);
}

void OfficerWindow::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Add a folder of dossiers"), lastDirectory());
    if (dir.isEmpty())
        return;
    rememberDirectory(dir);
    addPaths({dir});
}

void OfficerWindow::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Remove dossiers"),
            tr("Remove %n dossier(s) from the workspace? The files themselves are kept.", "",
               int(rows.size()))) != QMessageBox::Yes)
        return;
    m_pane->clear();
    m_workspace->remove(rows);
}

QList<int> OfficerWindow::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << m_proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void OfficerWindow::selectRow(int row)
{
    if (row < 0 || row >= m_workspace->count())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, WorkspaceModel::Name));
    if (!index.isValid())
        return; // filtered out
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void OfficerWindow::moveSelected(int delta)
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    const int from = current.row();
    const int to = std::clamp(from + delta, 0, m_workspace->count() - 1);
    if (from == to)
        return;
    const QString path = m_workspace->entry(from).path;
    m_workspace->move(from, to);
    selectRow(m_workspace->indexOf(path));
}

QString OfficerWindow::recommender() const
{
    return m_recommender->text().trimmed();
}

void OfficerWindow::setRecommender(const QString &text)
{
    m_recommender->setText(text);
}

QList<int> OfficerWindow::summaryCandidates(const QList<int> &rows) const
{
    if (!rows.isEmpty())
        return rows;
    QList<int> all;
    for (int i = 0; i < m_workspace->count(); ++i) {
        if (WorkspaceModel::isDossier(m_workspace->entry(i)))
            all << i;
    }
    return all;
}

bool OfficerWindow::confirmSummary(const QList<int> &rows)
{
    QStringList doubtful;
    for (const int i : summaryCandidates(rows)) {
        const WorkspaceEntry &e = m_workspace->entry(i);
        const QString name = e.row.name.isEmpty() ? QFileInfo(e.path).fileName() : e.row.name;
        if (e.loaded && e.state == DossierReadResult::State::Mismatch)
            doubtful << tr("%1: the data do not agree (不一致)").arg(name);
        else if (e.verdict && *e.verdict != Verdict::Eligible)
            doubtful << tr("%1: %2").arg(name, e.row.conditionState);
    }
    if (doubtful.isEmpty())
        return true;
    return m_confirm(tr("These dossiers do not meet every condition, or their data do not agree:\n\n%1\n\n"
                        "Put them into Attachment 3 anyway?")
                         .arg(doubtful.join(QLatin1Char('\n'))));
}

bool OfficerWindow::exportSummary(const QString &xlsxPath, const QList<int> &rows, QString *error)
{
    const QList<int> chosen = summaryCandidates(rows);
    const auto summary = m_workspace->summaryRows(chosen, error);
    if (!summary)
        return false;
    return writeSummaryXlsx(xlsxPath, *summary, SummaryHeader{recommender(), QDate::currentDate()},
                            CallDefinition::bundled(), error);
}

void OfficerWindow::exportInteractive(bool selectedOnly)
{
    const QList<int> rows = selectedOnly ? selectedRows() : QList<int>{};
    if (selectedOnly && rows.isEmpty())
        return;
    if (!confirmSummary(rows))
        return;
    if (recommender().isEmpty() &&
        QMessageBox::question(this, tr("Export Attachment 3"),
                              tr("The recommending authority is empty; the table will have a blank "
                                 "line to fill in by hand. Export anyway?")) != QMessageBox::Yes)
        return;
    const QString suggested =
        QDir(lastDirectory()).filePath(tr("Attachment 3 summary") + QStringLiteral(".xlsx"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Attachment 3"), suggested,
                                                tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1StringView(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    rememberDirectory(QFileInfo(path).absolutePath());
    QString error;
    if (!exportSummary(path, rows, &error)) {
        QMessageBox::warning(this, tr("Export Attachment 3"), error);
        return;
    }
    statusBar()->showMessage(tr("Attachment 3 written to %1.").arg(QDir::toNativeSeparators(path)),
                             8000);
}

QString OfficerWindow::tableHtml() const
{
    QString html =
        QStringLiteral(
            "<html><body><h3 align=\"center\">%1</h3><p>%2</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><tr>")
            .arg(tr("Summary of recommended applicants").toHtmlEscaped(),
                 summaryHeaderLine(SummaryHeader{recommender(), QDate::currentDate()})
                     .toHtmlEscaped());
    for (int c = 0; c < WorkspaceModel::ColumnCount; ++c)
        html += QStringLiteral("<th>%1</th>")
                    .arg(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole)
                             .toString()
                             .toHtmlEscaped());
    html += QStringLiteral("</tr>");
    // As shown: the officer's current sort and filter.
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int row = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        html += QStringLiteral("<tr>");
        for (int c = 0; c < WorkspaceModel::ColumnCount; ++c) {
            // Codes and figures are read whole: never broken across lines.
            const bool figure = c == WorkspaceModel::Order ||
                                (c >= WorkspaceModel::Pages && c <= WorkspaceModel::GdCases);
            const QString attributes = c == WorkspaceModel::Uscc ? QStringLiteral(" nowrap")
                                       : figure ? QStringLiteral(" nowrap align=\"right\"")
                                                : QString();
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(attributes, m_model->displayText(row, c).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table></body></html>");
}

namespace {

// The table as a text document: small type, so that all columns fit an A4 landscape page.
void layOutTable(QTextDocument &doc, const QString &html)
{
    QFont font = doc.defaultFont();
    font.setPointSizeF(8);
    doc.setDefaultFont(font);
    doc.setHtml(html);
}

} // namespace

void OfficerWindow::printTable(QPrinter &printer) const
{
    QTextDocument doc;
    layOutTable(doc, tableHtml());
    doc.print(&printer);
}

bool OfficerWindow::writeTablePdf(const QString &html, const QString &pdfPath, QString *error)
{
    QPdfWriter writer(pdfPath);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    writer.setTitle(tr("Summary of recommended applicants"));
    QTextDocument doc;
    layOutTable(doc, html);
    doc.print(&writer);
    if (!QFileInfo(pdfPath).size()) {
        if (error)
            *error = tr("%1: the table cannot be written").arg(pdfPath);
        return false;
    }
    return true;
}

void OfficerWindow::printTableInteractive()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Landscape);
    printer->setDocName(tr("Summary of recommended applicants"));
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The table becomes a PDF on the worker thread and is printed like a dossier: one path,
    // the print system's when it can.
    auto dir = std::make_shared<QTemporaryDir>();
    PrintTask::start(this, tr("Print table"), printer, [html = tableHtml(), dir](QString *error) -> QString {
        const QString pdf = dir->filePath(QStringLiteral("attachment3.pdf"));
        if (!dir->isValid() || !writeTablePdf(html, pdf, error))
            return {};
        return pdf;
    });
}

void OfficerWindow::presetDossierPrinter(QPrinter &printer, int row) const
{
    DossierPrinter::preset(printer, QFileInfo(m_workspace->entry(row).path).completeBaseName());
    printer.setCopyCount(kDossierCopies);
}

bool OfficerWindow::printDossier(int row, QPrinter &printer, const ProgressFn &progress,
                                 QString *error) const
{
    const PrintOutcome outcome = PrintService::print(m_workspace->entry(row).path, printer, progress);
    if (!outcome.ok && error)
        *error = outcome.error;
    return outcome.ok;
}

void OfficerWindow::printDossierInteractive()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    const int row = current.row();
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    presetDossierPrinter(*printer, row);
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = QFileInfo(m_workspace->entry(row).path).fileName();
    PrintTask::start(this, tr("Printing %1…").arg(name), printer, m_workspace->entry(row).path);
}

void OfficerWindow::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_pane->clear();
        return;
    }
    const WorkspaceEntry &e = m_workspace->entry(current.row());
    if (!e.loaded) {
        m_pane->setDossier(e.path, nullptr);
        return;
    }
    // After a reopen the full result is read again on a worker; the pane shows the PDF at once
    // and its rules when entryChanged brings the result back here.
    m_pane->setDossier(e.path, m_workspace->requestResult(current.row()));
}

void OfficerWindow::updateActions()
{
    const bool any = m_workspace->count() > 0;
    const bool selected = m_table->selectionModel()->hasSelection();
    const bool open = m_workspace->isOpen();
    m_addFiles->setEnabled(open);
    m_addFolder->setEnabled(open);
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected);
    m_down->setEnabled(selected);
    m_exportAll->setEnabled(any);
    m_exportSelected->setEnabled(selected);
    m_printTable->setEnabled(any);
    m_printDossier->setEnabled(selected);
    // Files that are not dossiers are not counted as dossiers; they are named apart.
    const int dossiers = m_model->dossierCount();
    const int others = m_workspace->count() - dossiers;
    QString count = tr("%n dossier(s)", "", dossiers);
    if (others > 0)
        count += QStringLiteral(" · ") + tr("%n other file(s), not dossiers", "", others);
    m_count->setText(count);
}

void OfficerWindow::onProgress(int done, int total)
{
    const bool busy = done < total;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (busy)
        statusBar()->showMessage(tr("Reading dossiers: %1 of %2").arg(done).arg(total));
}

void OfficerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void OfficerWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addPaths(paths);
}

void OfficerWindow::closeEvent(QCloseEvent *event)
{
    QString error;
    if (!m_workspace->save(&error) && m_workspace->isOpen())
        QMessageBox::warning(this, tr("Workspace"),
                             tr("The workspace could not be saved: %1").arg(error));
    QMainWindow::closeEvent(event);
}

} // namespace shenbao
