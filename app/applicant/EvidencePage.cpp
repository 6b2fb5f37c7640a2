// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/EvidencePage.h"
#include "gui/ChoiceText.h"

#include "applicant/RowTableModel.h"
#include "gui/EvidencePreview.h"
#include "gui/EvidenceThumbnails.h"
#include "gui/FieldBinder.h"
#include "gui/ProblemText.h"
#include "gui/ProjectDocument.h"
#include "gui/StateIcons.h"
#include "store/EvidenceGuess.h"
#include "ui_EvidencePage.h"

#include <QProgressBar>

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QIntValidator>
#include <QLocale>
#include <QMimeData>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QScrollArea>

#include <algorithm>
#include <climits>
#include <utility>

namespace shenbao {

namespace {

enum Column
{
    TitleColumn,
    CategoryColumn,
    PagesColumn,
    ProvesColumn,
    ColumnCount
};

// Beyond this many changed rows the whole table is announced as changed (one repaint of the
// rows in view instead of one per row).
constexpr int kRowsRepaintedOneByOne = 8;

QString itemName(const Project &p, const QString &path, const CallDefinition &call)
{
    // 「patents[3]」: parsed by hand, not with a regular expression, because the table and the
    // proves list name every item on each refresh (thousands with a large project).
    const qsizetype open = path.indexOf(u'[');
    if (open <= 0 || !path.endsWith(u']'))
        return {};
    bool isNumber = false;
    const int i = QStringView(path).sliced(open + 1, path.size() - open - 2).toInt(&isNumber);
    if (!isNumber || i < 0)
        return {};
    const QStringView kind = QStringView(path).first(open);
    if (kind == u"patents" && i < p.patents.size())
        return EvidencePage::tr("Patent %1 %2")
            .arg(p.patents[i].number.value_or(QString()), p.patents[i].title.value_or(QString()));
    if (kind == u"cases" && i < p.cases.size())
        return EvidencePage::tr("Case %1").arg(p.cases[i].title.value_or(QString()));
    if (kind == u"qualifications" && i < p.qualifications.size()) {
        const auto &q = p.qualifications[i];
        return EvidencePage::tr("Qualification %1")
            .arg(q.kind ? ChoiceText::nameOf(call, *q.kind, "qualification") : QString());
    }
    return {};
}

// Evidence id → the item it is linked to (as linkedItem() finds it: patents, then cases,
// then qualifications, first match), for all entries at once instead of a scan per row.
QHash<QString, QString> linkedItems(const Project &p)
{
    QHash<QString, QString> out;
    const auto add = [&out](const QStringList &ids, const QString &path) {
        for (const QString &id : ids) {
            if (!out.contains(id))
                out.insert(id, path);
        }
    };
    for (qsizetype i = 0; i < p.patents.size(); ++i)
        add(p.patents[i].evidence, QStringLiteral("patents[%1]").arg(i));
    for (qsizetype i = 0; i < p.cases.size(); ++i)
        add(p.cases[i].evidence, QStringLiteral("cases[%1]").arg(i));
    for (qsizetype i = 0; i < p.qualifications.size(); ++i)
        add(p.qualifications[i].evidence, QStringLiteral("qualifications[%1]").arg(i));
    return out;
}

} // namespace

EvidencePage::EvidencePage(ProjectDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , ui(std::make_unique<Ui::EvidencePage>())
    , m_preview(new EvidencePreview(this))
    , m_thumbnails(new EvidenceThumbnails(this))
    , m_attach(new EvidenceAttach(this))
    , m_model(new RowTableModel(
          ColumnCount, [this](int row, int column, int role) { return cell(row, column, role); },
          this))
{
    ui->setupUi(this);
    setAcceptDrops(true);
    ui->previewBox->layout()->addWidget(m_preview);
    ui->splitter->setStretchFactor(0, 1);
    ui->splitter->setStretchFactor(1, 1);
    ui->splitter->setSizes({560, 440});
    ui->problemsLabel->hide();
    ui->addProgress->hide();
    ui->cancelAddButton->hide();
    // On a 1366×768 screen the list of what is missing must not push the table and 「添加文件」
    // out of view: it scrolls inside a box a few lines high.
    auto *missingScroll = new QScrollArea(this);
    missingScroll->setObjectName(QStringLiteral("missingScroll"));
    missingScroll->setWidgetResizable(true);
    missingScroll->setFrameShape(QFrame::NoFrame);
    missingScroll->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 8);
    missingScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    ui->pageLayout->replaceWidget(ui->missingLabel, missingScroll);
    missingScroll->setWidget(ui->missingLabel);
    ui->evidenceTable->setMinimumSize(300, 160);
    ui->previewBox->setMinimumHeight(120);
    setUpTable();

    connect(ui->addButton, &QPushButton::clicked, this, &EvidencePage::chooseFiles);
    connect(ui->replaceButton, &QPushButton::clicked, this, &EvidencePage::replaceFile);
    connect(ui->removeButton, &QPushButton::clicked, this, &EvidencePage::removeSelected);
    connect(ui->upButton, &QPushButton::clicked, this, [this] { move(-1); });
    connect(ui->downButton, &QPushButton::clicked, this, [this] { move(+1); });
    connect(ui->cancelAddButton, &QPushButton::clicked, this, &EvidencePage::cancelAdding);
    connect(m_preview, &EvidencePreview::passwordNeeded, this, [this] {
        if (m_promptPasswords && !m_selectedId.isEmpty())
            askPassword(m_selectedId);
    });
    connect(m_attach, &EvidenceAttach::fileDone, this, &EvidencePage::applyStored);
    connect(m_attach, &EvidenceAttach::progress, this, &EvidencePage::showAddProgress);
    connect(m_attach, &EvidenceAttach::finished, this, &EvidencePage::finishBatch);
    bindDetails();
    retranslate();
}

void EvidencePage::setUpTable()
{
    auto *t = ui->evidenceTable;
    // A model whose cells are computed when shown: with a thousand files, items for every cell
    // rebuilt or compared on each key cost 15-20 ms (issue 15); now a key costs the rows in view.
    t->setModel(m_model);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setIconSize(EvidenceThumbnails::size());
    t->setWordWrap(true);
    // Not ResizeToContents: that header measures every row of its columns again on each
    // change of any cell (a title typed, a thumbnail arriving), seconds per key with a
    // thousand files. The narrow columns are fitted in refresh() when rows come or go.
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(ProvesColumn, QHeaderView::Interactive);
    t->verticalHeader()->setDefaultSectionSize(EvidenceThumbnails::size().height() + 8);
    connect(t->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_updating)
            return;
        const auto rows = ui->evidenceTable->selectionModel()->selectedRows();
        m_selectedId = rows.isEmpty() ? QString() : idAt(rows.first().row());
        showSelected();
    });
    connect(m_thumbnails, &EvidenceThumbnails::ready, this, &EvidencePage::updateThumbnail);
}

// The detail fields edit the selected entry.
void EvidencePage::bindDetails()
{
    const CallDefinition &call = m_document->call();
    ui->categoryCombo->addItem(QString(), QVariant());
    for (const EvidenceCategory c : allValues<EvidenceCategory>())
        ui->categoryCombo->addItem(ChoiceText::nameOf(call, c, "evidenceCategory"), toKey(c));
    auto selected = [this](Project &p) -> Evidence * {
        for (auto &e : p.evidence) {
            if (e.id == m_selectedId)
                return &e;
        }
        return nullptr;
    };
    auto selectedConst = [this](const Project &p) {
        return p.evidenceById(m_selectedId);
    };
    m_binder->choice(ui->categoryCombo, QStringLiteral("evidence.category"),
                     {[selectedConst](const Project &p) {
                          const Evidence *e = selectedConst(p);
                          return e && e->category ? QVariant(toKey(*e->category)) : QVariant();
                      },
                      [selected](Project &p, const QVariant &v) {
                          if (Evidence *e = selected(p))
                              e->category = v.isNull() ? std::nullopt
                                                       : fromKey<EvidenceCategory>(v.toString());
                      }});
    ui->yearEdit->setMaxLength(12); // 「２０２１ 年度」 is typed too; the binder reads the year
    m_binder->integer(
        ui->yearEdit, QStringLiteral("evidence.year"),
        FieldBinder::nested<int>(
            [selectedConst](const Project &p) {
                const Evidence *e = selectedConst(p);
                return e ? &e->year : nullptr;
            },
            [selected](Project &p) -> std::optional<int> & {
                static std::optional<int> none; // no entry selected: writes go nowhere
                Evidence *e = selected(p);
                return e ? e->year : (none = std::nullopt, none);
            }));
    m_binder->text(ui->titleEdit, QStringLiteral("evidence.title"),
                   FieldBinder::nested<QString>(
                       [selectedConst](const Project &p) {
                           const Evidence *e = selectedConst(p);
                           return e ? &e->title : nullptr;
                       },
                       [selected](Project &p) -> std::optional<QString> & {
                           static std::optional<QString> none;
                           Evidence *e = selected(p);
                           return e ? e->title : (none = std::nullopt, none);
                       }));
    connect(ui->provesCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating || m_selectedId.isEmpty())
            return;
        const QString path = ui->provesCombo->currentData().toString();
        m_document->edit(tr("Link evidence"),
                         [&](Project &p) { linkEvidence(p, m_selectedId, path); });
    });
}

EvidencePage::~EvidencePage()
{
    // Cancels and waits for the worker while the page is still whole: no stored file can come
    // back to a page half torn down.
    delete m_attach;
}

void EvidencePage::retranslateForm()
{
    ui->retranslateUi(this);
}

void EvidencePage::retranslate()
{
    ui->categoryCombo->setItemText(0, tr("— choose —"));
    ChoiceText::retranslate(ui->categoryCombo, m_document->call(), "evidenceCategory");
    m_model->setHeaders({tr("File"), tr("Category"), tr("Pages"), tr("Proves")});
    m_fitted = false;
    m_links.reset(); // the items' names are in the language shown
    m_comboItems.reset();
    m_shownItems.reset();
}

QList<int> EvidencePage::bindingOrder() const
{
    // The dossier's order (dossier-layout.md part 6): by category, audit reports by year,
    // otherwise as listed. Entries without a category come last until one is chosen.
    const auto &ev = m_document->project().evidence;
    QList<int> order;
    for (int i = 0; i < ev.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ca = ev[a].category ? int(*ev[a].category) : 1000;
        const int cb = ev[b].category ? int(*ev[b].category) : 1000;
        if (ca != cb)
            return ca < cb;
        if (ev[a].category == EvidenceCategory::AuditReport)
            return ev[a].year.value_or(INT_MAX) < ev[b].year.value_or(INT_MAX); // no year: last
        return false;
    });
    return order;
}

void EvidencePage::refresh()
{
    fillTable();
    showMissing();
    showSelected();
}

void EvidencePage::fillTable()
{
    const Project &p = m_document->project();
    m_updating = true;
    auto *t = ui->evidenceTable;
    const QList<int> order = bindingOrder();
    const bool rowsChanged = m_model->rowCount() != order.size();
    // The rows whose cells may differ from those shown: a key typed in a title changes one,
    // and repainting only that row is what keeps the key within a frame (issue 15).
    QList<int> changed;
    const bool all =
        rowsChanged || !m_shownItems || !m_shownItems->same(p) || m_shownAdding != m_adding;
    if (!all) {
        for (int row = 0; row < order.size() && changed.size() <= kRowsRepaintedOneByOne; ++row) {
            if (order[row] != m_order[row] || m_shownEvidence.size() <= m_order[row] ||
                !(p.evidence[order[row]] == m_shownEvidence[m_order[row]]))
                changed << row;
        }
    }
    m_order = order;
    m_shownEvidence = p.evidence;
    m_shownItems = ItemLists(p);
    m_shownAdding = m_adding;
    // Something is always selected, so the details and preview are never an empty frame.
    if (!p.evidenceById(m_selectedId) && !m_order.isEmpty())
        m_selectedId = p.evidence[m_order.first()].id;
    int selectedRow = -1;
    for (int row = 0; row < m_order.size() && selectedRow < 0; ++row) {
        if (p.evidence[m_order[row]].id == m_selectedId)
            selectedRow = row;
    }
    if (all || changed.size() > kRowsRepaintedOneByOne) {
        m_model->refresh(int(m_order.size()));
    } else {
        for (const int row : std::as_const(changed))
            m_model->refreshRow(row);
    }
    if ((rowsChanged || !m_fitted) && t->isVisible()) {
        fitColumnsToRowsInView(t, {CategoryColumn, PagesColumn}, 12);
        m_fitted = true;
    }
    if (selectedRow < 0)
        m_selectedId.clear();
    const auto shown = t->selectionModel()->selectedRows();
    if (selectedRow >= 0 && (shown.size() != 1 || shown.first().row() != selectedRow))
        t->selectRow(selectedRow);
    else if (selectedRow < 0)
        t->clearSelection();
    m_updating = false;
}

QString EvidencePage::idAt(int row) const
{
    return row >= 0 && row < m_order.size() ? m_document->project().evidence[m_order[row]].id
                                            : QString();
}

QVariant EvidencePage::cell(int row, int column, int role) const
{
    const Project &p = m_document->project();
    if (row >= m_order.size() || m_order[row] >= p.evidence.size())
        return {};
    const Evidence &e = p.evidence[m_order[row]];
    const CallDefinition &call = m_document->call();
    if (role == Qt::UserRole && column == TitleColumn)
        return e.id;
    if (role == Qt::DecorationRole && column == TitleColumn) {
        // Drawn when an add is over: a thumbnail read now would hold the project file (a whole
        // blob copied) just when the next stored file is to be taken in. Otherwise a null
        // icon while the worker draws it; updateThumbnail() repaints when it is ready. Only
        // rows in view ask, so only their files are read.
        if (m_adding)
            return {};
        const QIcon icon =
            m_thumbnails->icon(m_document->file(), e.id, e.sha256.value_or(QString()));
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TitleColumn:
        return tr("%1. %2").arg(row + 1).arg(e.title.value_or(e.id));
    case CategoryColumn: {
        QString category = e.category ? ChoiceText::nameOf(call, *e.category, "evidenceCategory")
                                      : tr("(no category)");
        if (e.category == EvidenceCategory::AuditReport && e.year)
            category += QStringLiteral(" %1").arg(*e.year);
        return category;
    }
    case PagesColumn:
        return e.pages ? QString::number(*e.pages) : QStringLiteral("?");
    case ProvesColumn:
        if (!m_links || !m_items.same(p)) {
            m_links = linkedItems(p);
            m_items = ItemLists(p);
        }
        return itemName(p, m_links->value(e.id), call);
    }
    return {};
}

void EvidencePage::showMissing()
{
    // What the dossier still needs, so the user need not read the checks to find out. A
    // document named by a rule and again by a problem that says how to supply it (「营业执照」,
    // 「缺少营业执照：请上传…」) is listed once, with the instructions.
    QStringList missing;
    QStringList instructions; // the core's messages, to compare with the rules' item names
    for (const auto &problem : m_document->problems()) {
        if (problem.where.startsWith(QLatin1StringView("evidence")) &&
            !instructions.contains(problem.message)) {
            instructions << problem.message;
            missing << ProblemText::problem(problem);
        }
    }
    for (const auto &r : m_document->evaluation().rules) {
        const QStringList shown = ProblemText::missingEvidence(r); // in the UI language
        for (qsizetype i = 0; i < r.missingEvidence.size(); ++i) {
            const QString &m = r.missingEvidence.at(i);
            const bool named = std::any_of(instructions.begin(), instructions.end(),
                                           [&m](const QString &text) { return text.contains(m); });
            if (!named && !missing.contains(shown.at(i)))
                missing << shown.at(i);
        }
    }
    if (missing.isEmpty()) {
        ui->missingLabel->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(markColor(Mark::Met).name(),
                     tr("All required evidence is attached.").toHtmlEscaped()));
    } else {
        QString html =
            QStringLiteral("<b style=\"color:%1\">%2</b><ul style=\"margin:0\">")
                .arg(markColor(Mark::Incomplete).name(), tr("Still missing:").toHtmlEscaped());
        for (const QString &m : missing)
            html += QStringLiteral("<li>%1</li>").arg(m.toHtmlEscaped());
        ui->missingLabel->setText(html + QStringLiteral("</ul>"));
    }
}

bool EvidencePage::ItemLists::same(const Project &p) const
{
    // A held copy keeps its buffer alive, so equal data pointers mean the very same items.
    return patents.constData() == p.patents.constData() && patents.size() == p.patents.size() &&
           cases.constData() == p.cases.constData() && cases.size() == p.cases.size() &&
           qualifications.constData() == p.qualifications.constData() &&
           qualifications.size() == p.qualifications.size();
}

void EvidencePage::fillProvesCombo()
{
    const Project &p = m_document->project();
    const CallDefinition &call = m_document->call();
    auto *combo = ui->provesCombo;
    // An edit that left the items alone (a title typed here, a category chosen) keeps the list:
    // naming a thousand patents and cases again on each key cost more than the rest of it.
    if (m_comboItems && m_comboItems->same(p)) {
        combo->setCurrentIndex(m_provesIndex.value(linkedItem(p, m_selectedId), 0));
        return;
    }
    QList<std::pair<QString, QString>> entries; // label, item path
    entries.reserve(p.patents.size() + p.cases.size() + p.qualifications.size() + 1);
    entries.append({tr("— nothing in particular —"), QString()});
    const auto add = [&](const QString &path) {
        entries.append({itemName(p, path, call), path});
    };
    for (int i = 0; i < p.patents.size(); ++i)
        add(QStringLiteral("patents[%1]").arg(i));
    for (int i = 0; i < p.cases.size(); ++i)
        add(QStringLiteral("cases[%1]").arg(i));
    for (int i = 0; i < p.qualifications.size(); ++i)
        add(QStringLiteral("qualifications[%1]").arg(i));
    // Rebuilt only when the items changed: with thousands of patents and cases, refilling
    // the list on every key cost more than everything else on this page.
    bool same = combo->count() == entries.size();
    for (int i = 0; same && i < entries.size(); ++i)
        same = combo->itemText(i) == entries[i].first &&
               combo->itemData(i).toString() == entries[i].second;
    if (!same) {
        combo->clear();
        for (const auto &[label, path] : std::as_const(entries))
            combo->addItem(label, path);
    }
    m_provesIndex.clear();
    for (int i = int(entries.size()) - 1; i >= 0; --i)
        m_provesIndex.insert(entries[i].second, i);
    m_comboItems = ItemLists(p);
    combo->setCurrentIndex(m_provesIndex.value(linkedItem(p, m_selectedId), 0));
}

void EvidencePage::showSelected()
{
    const Evidence *e = m_document->project().evidenceById(m_selectedId);
    const bool has = e != nullptr;
    for (QWidget *w :
         {static_cast<QWidget *>(ui->detailGroup), static_cast<QWidget *>(ui->replaceButton),
          static_cast<QWidget *>(ui->removeButton), static_cast<QWidget *>(ui->upButton),
          static_cast<QWidget *>(ui->downButton)})
        w->setEnabled(has);
    m_updating = true;
    fillProvesCombo();
    m_updating = false;
    m_binder->refresh();
    const bool audit = e && e->category == EvidenceCategory::AuditReport;
    ui->yearEdit->setVisible(audit);
    ui->yearLabel->setVisible(audit);
    if (!e) {
        ui->fileInfoLabel->clear();
        m_previewedSha.clear();
        m_preview->showMessage(tr("Drop PDF, JPEG, PNG or TIFF files here."));
        return;
    }
    const auto stored = m_document->file().storedFile(e->id);
    if (!stored) {
        ui->fileInfoLabel->setText(tr("No file stored for this entry."));
        m_preview->showMessage(QString());
        m_previewedSha.clear();
        return;
    }
    const QLocale locale;
    ui->fileInfoLabel->setText(
        tr("%1 · %2 · %3 page(s) · SHA-256 %4…")
            .arg(stored->originalName, locale.formattedDataSize(stored->size))
            .arg(stored->pages)
            .arg(stored->sha256.left(12)));
    if (m_previewedSha == stored->sha256)
        return; // same bytes: keep the reader's place in the preview
    m_previewedSha = stored->sha256;
    m_preview->showStored(m_document->file(), e->id, m_document->passwords().value(e->id));
}

void EvidencePage::select(const QString &evidenceId)
{
    m_selectedId = evidenceId;
    refreshNow();
}

void EvidencePage::addFiles(const QStringList &paths)
{
    enqueue(paths, QString());
}

void EvidencePage::enqueue(const QStringList &paths, const QString &replaces)
{
    for (const QString &path : paths)
        m_queue.append({path, QString(), replaces});
    if (!m_adding)
        startNextBatch();
}

void EvidencePage::startNextBatch()
{
    if (m_queue.isEmpty())
        return;
    // Ids are given when the batch starts, after the previous one is stored, so that the
    // stored files the document knows of keep two batches from choosing the same id.
    const QStringList ids = m_document->newEvidenceIds(int(m_queue.size()));
    for (qsizetype i = 0; i < m_queue.size(); ++i)
        m_queue[i].evidenceId = ids[i];
    m_pending = std::exchange(m_queue, {});
    m_addProblems.clear();
    m_needPassword.clear();
    m_lastAttached.clear();
    m_adding = true;
    showAddProgress(0, int(m_pending.size()));
    m_attach->start(m_document->path(), m_pending);
}

void EvidencePage::applyStored(const AttachedFile &file)
{
    m_pending.removeIf(
        [&](const AttachRequest &r) { return r.evidenceId == file.request.evidenceId; });
    m_addProblems.append(file.problems);
    if (!file.stored)
        return;
    const QString &path = file.request.path;
    // The worker wrote through a connection of its own; the document must see the bytes
    // before an entry claims them (a metadata query, no bytes read).
    if (!m_document->file().storedFile(file.stored->evidenceId)) {
        m_addProblems.append(
            {Problem::Severity::Error, path,
             tr("the file was stored, but the open project does not show it; attach it again")});
        return;
    }
    if (!file.request.replaces.isEmpty()) {
        if (m_document->swapInStoredEvidence(file.request.replaces, *file.stored))
            m_lastAttached = file.stored->evidenceId;
        return;
    }
    const EvidenceGuess guess = EvidenceGuess::fromFileName(path, m_document->project());
    const QString link = guess.linkPath;
    m_document->attachStoredEvidence(
        *file.stored, path, guess.metadata, &m_addProblems,
        [link](Project &p, const QString &newId) { linkEvidence(p, newId, link); });
    m_lastAttached = file.stored->evidenceId;
    if (file.stored->mediaType == MediaType::Pdf && file.stored->pages == 0)
        m_needPassword << file.stored->evidenceId;
}

void EvidencePage::finishBatch()
{
    // Cancelled: what was not stored is named, one line a file, so nothing is dropped silently.
    for (const AttachRequest &skipped : std::as_const(m_pending))
        m_addProblems.append(
            {Problem::Severity::Warning, skipped.path, tr("not attached: adding was cancelled")});
    m_pending.clear();
    m_adding = false;
    ui->addProgress->hide();
    ui->cancelAddButton->hide();
    if (!m_lastAttached.isEmpty())
        m_selectedId = m_lastAttached;
    refreshNow(); // and the thumbnails held back during the add
    showProblems(m_addProblems);
    const Problems problems = m_addProblems;
    const QStringList needPassword = std::exchange(m_needPassword, {});
    emit filesAdded(problems);
    // Asked after the batch, not between its files: a dialog's event loop would otherwise apply
    // the next files underneath it.
    if (m_promptPasswords) {
        for (const QString &id : needPassword) {
            if (m_document->project().evidenceById(id))
                askPassword(id);
        }
    }
    startNextBatch();
}

void EvidencePage::showAddProgress(int done, int total)
{
    ui->addProgress->setRange(0, total);
    ui->addProgress->setValue(done);
    ui->addProgress->setFormat(tr("%1 of %2 file(s) stored").arg(done).arg(total));
    // One file needs no cancel button: it is done before the user could reach it.
    ui->addProgress->setVisible(total > 1);
    ui->cancelAddButton->setVisible(total > 1);
}

void EvidencePage::cancelAdding()
{
    m_queue.clear();
    m_attach->cancel();
}

void EvidencePage::showProblems(const Problems &problems)
{
    ui->problemsLabel->setVisible(!problems.isEmpty());
    if (problems.isEmpty()) {
        ui->problemsLabel->clear();
        return;
    }
    QString html;
    for (const auto &p : problems) {
        html += QStringLiteral("<div style=\"color:%1\">%2 %3</div>")
                    .arg(markColor(p.isError() ? Mark::NotMet : Mark::Warning).name(),
                         (p.isError() ? tr("Not attached:") : tr("Note:")).toHtmlEscaped(),
                         ProblemText::line(p).toHtmlEscaped());
    }
    ui->problemsLabel->setText(html);
}

void EvidencePage::askPassword(const QString &evidenceId)
{
    const Evidence *e = m_document->project().evidenceById(evidenceId);
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("Password"),
                              tr("\"%1\" is protected by a password. Enter it to view the file and "
                                 "bind it into the dossier "
                                 "(kept for this session only):")
                                  .arg(e ? e->title.value_or(evidenceId) : evidenceId),
                              QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return;
    m_document->setPassword(evidenceId, password);
    if (evidenceId == m_selectedId) {
        m_previewedSha.clear();
        showSelected();
    }
}

void EvidencePage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach evidence"), QString(),
        tr("Evidence files (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (!files.isEmpty())
        addFiles(files);
}

void EvidencePage::replaceFile()
{
    if (m_selectedId.isEmpty())
        return;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Replace file"), QString(),
        tr("Evidence files (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (file.isEmpty())
        return;
    enqueue({file}, m_selectedId);
}

void EvidencePage::removeSelected()
{
    if (!m_selectedId.isEmpty())
        m_document->removeEvidence(m_selectedId);
}

void EvidencePage::move(int direction)
{
    const QList<int> order = bindingOrder();
    const auto &ev = m_document->project().evidence;
    int pos = -1;
    for (int i = 0; i < order.size(); ++i) {
        if (ev[order[i]].id == m_selectedId)
            pos = i;
    }
    const int other = pos + direction;
    // Order only changes within a category; the categories' order is fixed by the dossier.
    if (pos < 0 || other < 0 || other >= order.size() ||
        ev[order[pos]].category != ev[order[other]].category)
        return;
    const int a = order[pos], b = order[other];
    m_document->edit(direction < 0 ? tr("Move evidence up") : tr("Move evidence down"),
                     [&](Project &p) { p.evidence.swapItemsAt(a, b); });
}

void EvidencePage::updateThumbnail(const QString &)
{
    // The view repaints the rows it shows (those that asked for a thumbnail); the others ask
    // when scrolled into view.
    m_model->refreshRows(0, m_model->rowCount() - 1, {Qt::DecorationRole});
}

void EvidencePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidencePage::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidencePage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

bool EvidencePage::focusPath(const QString &path)
{
    static const QRegularExpression indexed(QStringLiteral("^evidence\\[(\\d+)\\]"));
    const auto m = indexed.match(path);
    if (m.hasMatch() && m.captured(1).toInt() < m_document->project().evidence.size())
        select(m_document->project().evidence[m.captured(1).toInt()].id);
    ui->evidenceTable->setFocus();
    return path.startsWith(QLatin1StringView("evidence"));
}

} // namespace shenbao
