// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "officer/OfficerWindow.h"
#include "gui/WindowFit.h"

#include "gui/DossierPrinter.h"
#include "gui/PrintService.h"
#include "officer/DossierPane.h"
#include "officer/WorkspaceModel.h"
#include "ui_OfficerWindow.h"

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
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPdfWriter>
#include <QPrintDialog>
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
    , ui(std::make_unique<Ui::OfficerWindow>())
    , m_workspace(new Workspace(workspacePath, this))
    , m_model(new WorkspaceModel(m_workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_count(new QLabel(this))
{
    ui->setupUi(this);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Export Attachment 3"), question,
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    setUpTable();
    setUpFields();
    connectActions();
    ui->splitter->setStretchFactor(0, 2);
    ui->splitter->setStretchFactor(1, 3);
    setUpStatusBar();
    connectWorkspace();

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

QTableView *OfficerWindow::table() const
{
    return ui->dossierTable;
}

DossierPane *OfficerWindow::dossierPane() const
{
    return ui->dossierPane;
}

void OfficerWindow::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkspaceModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    QTableView *table = ui->dossierTable;
    table->setModel(m_proxy);
    table->sortByColumn(WorkspaceModel::Order, Qt::AscendingOrder);
    connect(m_model, &WorkspaceModel::rowDropped, this, &OfficerWindow::selectRow);
    // The Attachment 3 headers are long: wrapped, so that the figures' columns stay narrow.
    table->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    table->horizontalHeader()->setMinimumHeight(table->fontMetrics().height() * 3 + 8);
    // A few dossiers stay visible on a 1366×768 screen: without a floor the viewer's size hint
    // squeezes the list to half a row.
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                            4 * table->verticalHeader()->defaultSectionSize());
}

void OfficerWindow::setUpFields()
{
    connect(ui->filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    ui->recommenderEdit->setText(QSettings().value(kRecommenderKey).toString());
    connect(ui->recommenderEdit, &QLineEdit::textChanged, this,
            [](const QString &text) { QSettings().setValue(kRecommenderKey, text.trimmed()); });
}

void OfficerWindow::connectActions()
{
    // The form names the actions and places them in the toolbar and the menus (where their
    // names are never cut and the keyboard reaches them); the style gives the icons.
    const auto wire = [this](QAction *action, QStyle::StandardPixmap icon, auto slot) {
        action->setIcon(style()->standardIcon(icon));
        connect(action, &QAction::triggered, this, slot);
    };
    wire(ui->addFilesAction, QStyle::SP_FileIcon, &OfficerWindow::chooseFiles);
    wire(ui->addFolderAction, QStyle::SP_DirIcon, &OfficerWindow::chooseFolder);
    wire(ui->removeAction, QStyle::SP_TrashIcon, &OfficerWindow::removeSelected);
    wire(ui->moveUpAction, QStyle::SP_ArrowUp, [this] { moveSelected(-1); });
    wire(ui->moveDownAction, QStyle::SP_ArrowDown, [this] { moveSelected(1); });
    wire(ui->exportAllAction, QStyle::SP_DialogSaveButton, [this] { exportInteractive(false); });
    wire(ui->exportSelectedAction, QStyle::SP_DialogSaveButton,
         [this] { exportInteractive(true); });
    wire(ui->printTableAction, QStyle::SP_FileDialogDetailedView,
         &OfficerWindow::printTableInteractive);
    wire(ui->printDossierAction, QStyle::SP_FileDialogContentsView,
         &OfficerWindow::printDossierInteractive);
    ui->closeAction->setShortcut(QKeySequence::Close);
    connect(ui->closeAction, &QAction::triggered, this, &QWidget::close);
}

void OfficerWindow::setUpStatusBar()
{
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, m_workspace, &Workspace::cancelLoading);
    statusBar()->addPermanentWidget(m_count);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
}

void OfficerWindow::connectWorkspace()
{
    connect(m_workspace, &Workspace::loadProgress, this, &OfficerWindow::onProgress);
    connect(m_workspace, &Workspace::loadingFinished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        fitColumns();
        statusBar()->showMessage(tr("All dossiers read."), 5000);
    });
    connect(m_workspace, &Workspace::entryChanged, this, [this](int row) {
        const QModelIndex current = m_proxy->mapToSource(ui->dossierTable->currentIndex());
        if (current.isValid() && current.row() == row)
            showCurrent();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OfficerWindow::updateActions);
    // A dossier read turns out to be one, or not: the count follows.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OfficerWindow::updateActions);
    connect(ui->dossierTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OfficerWindow::updateActions);
    connect(ui->dossierTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OfficerWindow::showCurrent);
    connect(ui->dossierPane, &DossierPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void OfficerWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_cancel->setText(tr("Cancel"));
        updateActions(); // the count's words
    }
    QMainWindow::changeEvent(event);
}

void OfficerWindow::fitColumns()
{
    ui->dossierTable->resizeColumnsToContents();
    // Figures need little room; names and codes as much as they take, within reason.
    for (int c = 0; c < WorkspaceModel::ColumnCount; ++c) {
        const bool figure = c == WorkspaceModel::Order ||
                            (c >= WorkspaceModel::Pages && c <= WorkspaceModel::GdCases);
        const int limit = figure ? 96 : 240;
        if (ui->dossierTable->columnWidth(c) > limit)
            ui->dossierTable->setColumnWidth(c, limit);
        else if (c == WorkspaceModel::Order)
            ui->dossierTable->setColumnWidth(
                c, std::max(ui->dossierTable->columnWidth(c),
                            ui->dossierTable->fontMetrics().horizontalAdvance(u'0') * 12));
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
    ui->dossierPane->clear();
    m_workspace->remove(rows);
}

QList<int> OfficerWindow::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = ui->dossierTable->selectionModel()->selectedRows();
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
    ui->dossierTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
    ui->dossierTable->scrollTo(index);
}

void OfficerWindow::moveSelected(int delta)
{
    const QModelIndex current = m_proxy->mapToSource(ui->dossierTable->currentIndex());
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
    return ui->recommenderEdit->text().trimmed();
}

void OfficerWindow::setRecommender(const QString &text)
{
    ui->recommenderEdit->setText(text);
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
    return m_confirm(
        tr("These dossiers do not meet every condition, or their data do not agree:\n\n%1\n\n"
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
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
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
    PrintTask::start(this, tr("Print table"), printer,
                     [html = tableHtml(), dir](QString *error) -> QString {
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
    const PrintOutcome outcome =
        PrintService::print(m_workspace->entry(row).path, printer, progress);
    if (!outcome.ok && error)
        *error = outcome.error;
    return outcome.ok;
}

void OfficerWindow::printDossierInteractive()
{
    const QModelIndex current = m_proxy->mapToSource(ui->dossierTable->currentIndex());
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
    const QModelIndex current = m_proxy->mapToSource(ui->dossierTable->currentIndex());
    if (!current.isValid()) {
        ui->dossierPane->clear();
        return;
    }
    const WorkspaceEntry &e = m_workspace->entry(current.row());
    if (!e.loaded) {
        ui->dossierPane->setDossier(e.path, nullptr);
        return;
    }
    // After a reopen the full result is read again on a worker; the pane shows the PDF at once
    // and its rules when entryChanged brings the result back here.
    ui->dossierPane->setDossier(e.path, m_workspace->requestResult(current.row()));
}

void OfficerWindow::updateActions()
{
    const bool any = m_workspace->count() > 0;
    const bool selected = ui->dossierTable->selectionModel()->hasSelection();
    const bool open = m_workspace->isOpen();
    ui->addFilesAction->setEnabled(open);
    ui->addFolderAction->setEnabled(open);
    ui->removeAction->setEnabled(selected);
    ui->moveUpAction->setEnabled(selected);
    ui->moveDownAction->setEnabled(selected);
    ui->exportAllAction->setEnabled(any);
    ui->exportSelectedAction->setEnabled(selected);
    ui->printTableAction->setEnabled(any);
    ui->printDossierAction->setEnabled(selected);
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
