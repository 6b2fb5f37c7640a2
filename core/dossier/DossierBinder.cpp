// SPDX-FileCopyrightText: 2026 The Shenbao authors
#include "dossier/DossierBinder.h"

#include "call/CallDefinition.h"
#include "dossier/DossierAssembly.h"
#include "dossier/DossierCatalog.h"
#include "dossier/DossierIntegrityDigest.h"
#include "dossier/DossierJson.h"
#include "dossier/DossierPages.h"
#include "dossier/DossierPlan.h"
#include "dossier/DossierReader.h"
#include "dossier/EvidenceImport.h"
#include "dossier/PageStyle.h"
#include "dossier/StreamSplicingPipeline.h"
#include "dossier/StreamsWrittenAhead.h"
#include "dossier/ThreadedFilePipeline.h"
#include "rules/RulesEngine.h"
#include "store/AtomicOutput.h"
#include "store/DeferredSha256Checks.h"
#include "store/EvidenceBlobs.h"
#include "store/OutputGuard.h"
#include "store/ProjectFile.h"
#include "store/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QTimeZone>

#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QUtil.hh>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <future>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

// The binder in order: load and evaluate the project; refuse (unless forced) when not
// eligible; stream each evidence file out of the project into a temporary file and open it;
// render Shenbao's pages once to learn their page counts, plan, compute the embedded data and
// fingerprint from the plan, render again with the real numbers (repeating while a count
// changes); assemble with qpdf; write to a temporary file beside OUT, reopen it to check the
// page count, and rename (store/AtomicOutput). Memory stays at one evidence item: qpdf reads
// evidence streams from the temporary files only while writing. All reads of the project
// happen inside one read transaction, so data, hashes and blobs come from one state of the
// file; every blob is hashed as it is copied and must match its stored SHA-256.

namespace shenbao {

namespace {

struct BoundItem
{
    const Evidence *evidence = nullptr;
    StoredFile stored;
    EvidenceFile file;
    std::unique_ptr<EvidenceSource> source;
};

// The page count the plan uses: the one the project recorded when the file was added (so the
// plan can be laid out before the file is opened), which openItem checks against the file; a
// source's own for the few files added before counts were recorded.
int pageCountOf(const BoundItem &item)
{
    return item.stored.pages > 0 ? item.stored.pages : item.source->pageCount();
}

struct Cancelled
{
};

// Why writing a scratch file failed, in the UI language; Qt often only says "Unknown error"
// when the disk is full, so the free space is looked at too.
QString writeFailureReason(const QFile &file)
{
    const QString qt = file.errorString();
    if (qt.contains(QLatin1StringView("No space left")) ||
        QStorageInfo(QFileInfo(file.fileName()).absolutePath()).bytesAvailable() < 64 * 1024)
        return systemReason(ENOSPC);
    if (qt.contains(QLatin1StringView("Permission denied")))
        return systemReason(EACCES);
    return qt;
}

// The dossier's /ID (first word), derived from what the bytes are made of instead of hashing
// the written output again (qpdf's deterministic ID is an MD5 pass over the whole file, 12 %
// of an export): the fingerprint covers the data, every page's digest and every evidence
// file's SHA-256; the Shenbao and qpdf versions (the document info's producer) stand for how
// the bytes were written; the date and the embedding option are the other inputs. The second
// word is qpdf's static one, which DossierPdfScan accepts (docs/decisions.md).
std::string documentId(const QString &fingerprint, const QDateTime &modified,
                       bool embedSignedOriginals)
{
    store::Sha256 h;
    h.add(QByteArrayView("shenbao-dossier-id/1\n"));
    const QByteArray seed = fingerprint.toUtf8() + '\n' + QByteArray(SHENBAO_VERSION) + '\n' +
                            QByteArray::fromStdString(QPDF::QPDFVersion()) + '\n' +
                            modified.toString(Qt::ISODateWithMs).toUtf8() + '\n' +
                            (embedSignedOriginals ? "originals" : "-");
    h.add(seed);
    return h.result().left(16).toStdString();
}

QString evidenceTitle(const Evidence &e, const StoredFile &stored, const CallDefinition &call)
{
    if (e.title && !e.title->trimmed().isEmpty())
        return e.title->trimmed();
    if (!stored.originalName.isEmpty())
        return stored.originalName;
    return call.nameOf(e.category.value_or(EvidenceCategory::Other), "evidenceCategory");
}

// Binding order (dossier-layout.md, part 6): category in enum order, audit reports by year,
// otherwise the order the applicant gave.
QList<const Evidence *> bindingOrder(const Project &project)
{
    QList<const Evidence *> order;
    for (const auto &e : project.evidence)
        order << &e;
    std::stable_sort(order.begin(), order.end(), [](const Evidence *a, const Evidence *b) {
        const int ca = int(a->category.value_or(EvidenceCategory::Other));
        const int cb = int(b->category.value_or(EvidenceCategory::Other));
        if (ca != cb)
            return ca < cb;
        if (a->category == EvidenceCategory::AuditReport)
            return a->year.value_or(9999) < b->year.value_or(9999);
        return false;
    });
    return order;
}

class BindSession
{
public:
    BindSession(const ProjectFile &file, const BindOptions &options, const ProgressFn &progress,
                const CallDefinition &call, BindResult &result)
        : m_file(file)
        , m_options(options)
        , m_progress(progress)
        , m_call(call)
        , m_result(result)
    {
    }
    ~BindSession()
    {
        // It uses the sources and the output document; told to stop at its next item.
        stopWorkAhead();
        if (m_disposer.joinable())
            m_disposer.join();
        if (m_snapshot && m_ownFile)
            m_ownFile->endReadSnapshot();
    }

    void run(const QString &outPdf);

private:
    bool prepare();
    // Every evidence item in binding order, with what the project records of its file (no
    // file is read yet); false when one has none (each named in the problems).
    bool listEvidence();
    bool storedPageCountsKnown() const;
    // Opens every item's source (PDFs copied to the scratch folder, JPEGs read at their
    // header); false when one is refused (each named) or the scratch folder fails.
    // One evidence item: bound, refused (named in the problems; the bind goes on to name the
    // others), or a failure that stops the whole bind (the scratch folder cannot be written).
    enum class ItemOutcome
    {
        Bound,
        Refused,
        Stop
    };
    bool openSources();
    ItemOutcome openItem(int index, BoundItem &item, int count, bool keepOpen);
    // A JPEG's bytes: read from the project as they are written (EvidenceFile::streamBytes).
    void streamFromProject(BoundItem &item);
    ItemOutcome copyToScratch(int index, BoundItem &item);
    // `openWhileLayingOut`, when given, runs on another thread while round 0 is laid out on
    // this one (the plan then uses the page counts the project recorded); false stops.
    bool planAndRender(const std::function<bool()> &openWhileLayingOut = {});
    // The generated parts for `plan`; `countOnly` lays them out for their page counts without
    // drawing a PDF; drawn parts include the blank page, in the same document.
    RenderedParts render(const DossierPlan &plan, const DossierPageInput &base,
                         bool countOnly) const;
    void describePlan(const DossierPlan &plan, DossierPageInput &input,
                      QList<OutlineEntry> &outline);
    bool assembleAndWrite();
    // The output document, and the evidence pages appended to it on another thread while the
    // generated parts are laid out and drawn (DossierAssembler::prepareEvidence).
    void newOutput();
    std::future<bool> startEvidenceAhead(const DossierPlan &plan,
                                         const std::function<bool()> &openSourcesFirst);
    // Draws the footers' number strips for m_plan on another thread (m_numberStrips).
    void startNumberStrips();
    // Opens the output and writes the scans' bytes to its start on another thread (m_writeAhead)
    // while the sources are opened and the pages put together (see StreamsWrittenAhead). Once
    // the evidence is listed.
    void startWritingAhead();
    // Stops what runs on other threads at its next item and waits for it.
    void stopWorkAhead();
    void discardEvidenceAhead(); // once joined
    AssemblyInput assemblyInput();
    bool assemblePages(DossierAssembler &assembler, const AssemblyInput &in);
    // Records the page digests, computes the fingerprint and draws what prints it: every
    // copy's cover (m_parts.covers) and the footers' fingerprint strip (in.footerFingerprint),
    // placing the footers from `numberStrips` meanwhile; false with the reason in the result's
    // problems.
    bool fingerprintCovers(DossierAssembler &assembler, AssemblyInput &in,
                           std::future<ParsedFooterStrips> &numberStrips);
    void writeDocumentParts(QPDF &out);
    bool checkAfterWrite(QPDF &out);
    void disposeLater(std::unique_ptr<DossierAssembler> assembler, std::unique_ptr<QPDF> out);
    // Fails with each evidence file whose blob was found damaged while streamed; true if any.
    bool reportStreamErrors();
    // Waits for the blob checks still running and adds each mismatch to the stream errors.
    void collectBlobChecks();
    QJsonObject bindingRecord(const QStringList &digests) const;
    void step(double fraction, const QString &what)
    {
        if (m_progress && !m_progress(std::clamp(fraction, 0.0, 1.0), what))
            throw Cancelled{};
    }
    bool fail(const QString &where, const QString &message,
              ProblemCode code = ProblemCode::Unspecified, const QStringList &args = {})
    {
        m_result.problems.append(Problem{Problem::Severity::Error, where, message, code, args});
        return false;
    }
    // qpdf names files by their path: say which evidence item a temporary file is.
    QString humanise(QString message) const
    {
        for (const auto &item : m_items) {
            // Streamed JPEGs have no path: replacing "" would splice the title everywhere.
            if (!item.file.path.isEmpty())
                message.replace(item.file.path, describeEvidence(item.file));
        }
        return message;
    }

    const ProjectFile &m_file;
    const BindOptions &m_options;
    const ProgressFn &m_progress;
    const CallDefinition &m_call;
    BindResult &m_result;

    std::unique_ptr<ProjectFile> m_ownFile; // a handle of our own: we may run on a worker thread
    const ProjectFile *m_store = nullptr;
    Project m_project;
    Evaluation m_evaluation;
    QDateTime m_modified;
    QDate m_fillDate;
    int m_copies = 1;
    QString m_outPdf;
    std::unique_ptr<ScratchFolder> m_tmp;
    bool m_snapshot = false;
    // Failures met while qpdf streams JPEG blobs (a damaged blob): checked after writing.
    std::shared_ptr<QStringList> m_streamErrors = std::make_shared<QStringList>();
    // The streamed blobs' SHA-256 checks, made behind the writer and awaited before the
    // written file is accepted (collectBlobChecks).
    std::shared_ptr<store::DeferredSha256Checks> m_blobChecks =
        std::make_shared<store::DeferredSha256Checks>();
    std::vector<BoundItem> m_items;

    DossierPlan m_plan;
    RenderedParts m_parts;
    DossierPageInput m_input;
    QList<OutlineEntry> m_outline;
    Project m_dossierProject;
    QJsonObject m_json;
    // Declared after m_items: destroyed before the sources their pages come from.
    std::unique_ptr<QPDF> m_out;
    std::unique_ptr<DossierAssembler> m_assembler;
    DossierPlan m_aheadPlan;  // startEvidenceAhead's own: m_plan is replanned meanwhile
    DossierPlan m_stripsPlan; // startNumberStrips's own
    std::future<ParsedFooterStrips> m_numberStrips; // the footers' number strips (m_stripsPlan)
    Problems m_aheadProblems;
    std::future<bool> m_evidenceAhead;
    std::atomic<bool> m_stopAhead = false;
    std::thread m_disposer; // see disposeLater
    // The output file, opened once the evidence is listed, and the scans written to it ahead.
    QString m_partPath;
    std::unique_ptr<StreamsWrittenAhead> m_ahead;
    std::future<void> m_writeAhead;
};

bool BindSession::prepare()
{
    QString error;
    m_ownFile = ProjectFile::open(m_file.path(), &error);
    if (!m_ownFile)
        return fail(QString(), error);
    m_store = m_ownFile.get();
    // One consistent state of the project for the whole bind (another program may be saving).
    if (!m_ownFile->beginReadSnapshot(&error))
        return fail(QString(), error);
    m_snapshot = true;
    // The structure only: every evidence blob is verified against its SHA-256 while it is
    // copied, so reading all of them once more here would only double the export's reads.
    if (const QStringList damage =
            m_store->integrityProblems(ProjectFile::IntegrityScope::ExceptEvidenceBytes);
        !damage.isEmpty()) {
        return fail(QStringLiteral("integrity_check"),
                    QStringLiteral("项目文件已损坏（SQLite 完整性检查未通过：%1）；请使用备份，"
                                   "或重新创建项目")
                        .arg(damage.first()));
    }
    m_project = m_store->load();
    m_evaluation = RulesEngine(m_call).evaluate(m_project);

    if (m_evaluation.verdict != Verdict::Eligible && !m_options.force) {
        QStringList failing;
        for (const auto &r : m_evaluation.rules) {
            if (!r.informational && r.state != RuleState::Met)
                failing << r.id;
        }
        for (const auto &p : m_evaluation.problems) {
            if (p.isError())
                failing << (p.where.isEmpty() ? p.message : p.where);
        }
        if (failing.isEmpty())
            failing << toKey(m_evaluation.verdict);
        const QString list = failing.join(QStringLiteral("、"));
        return fail(QString(),
                    QStringLiteral("申报条件未全部符合：%1。请先补充或修改后再导出，"
                                   "或选择强制导出（封面将注明「条件未全部符合」）")
                        .arg(list),
                    ProblemCode::ExportConditionsNotMet, {list});
    }

    // Dates come from the project, never from the clock: the same project gives the same bytes.
    m_modified = m_store->lastModified();
    if (!m_modified.isValid() && !m_options.fillDate) {
        // Never a silent substitute for the 填报日期: a project without it is damaged.
        return fail(QStringLiteral("meta.modified"),
                    QStringLiteral("项目文件已损坏（没有修改时间，无法确定填报日期）；"
                                   "请在程序中打开并保存一次项目，或使用备份"));
    }
    if (!m_modified.isValid())
        m_modified = QDateTime(*m_options.fillDate, QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600);
    m_fillDate = m_options.fillDate.value_or(fillDateOf(m_project, m_modified));
    m_copies = m_options.copyMarks ? std::clamp(*m_options.copyMarks, 1, 100) : 1;
    return true;
}

bool BindSession::listEvidence()
{
    // Beside the output, not in TMPDIR: a full TMPDIR must not stop (or be blamed for) a bind
    // whose target has room, and the signal handler removes it on Ctrl-C.
    m_tmp = std::make_unique<ScratchFolder>(m_outPdf);
    if (!m_tmp->isValid())
        return fail(m_outPdf, m_tmp->errorString(), ProblemCode::ExportScratchNotWritable,
                    {QString()});
    const QList<const Evidence *> order = bindingOrder(m_project);
    bool ok = true;
    for (const Evidence *e : order) {
        BoundItem item;
        item.evidence = e;
        const auto stored = m_store->storedFile(e->id);
        item.file.evidenceId = e->id;
        item.file.title = evidenceTitle(*e, stored.value_or(StoredFile{}), m_call);
        if (!stored) {
            fail(QStringLiteral("evidence[%1]").arg(e->id),
                 QStringLiteral("佐证材料「%1」没有文件：请重新添加文件或删除该条目")
                     .arg(item.file.title),
                 ProblemCode::ExportEvidenceNoFile, {item.file.title});
            ok = false;
            continue;
        }
        item.stored = *stored;
        item.file.originalName = stored->originalName;
        item.file.mediaType = stored->mediaType;
        item.file.storedPages = stored->pages;
        if (stored->mediaType == MediaType::Jpeg)
            streamFromProject(item);
        m_items.push_back(std::move(item));
    }
    return ok;
}

void BindSession::streamFromProject(BoundItem &item)
{
    // Embedded unchanged: streamed straight from the project (written ahead, see
    // startWritingAhead), checked against its SHA-256 as it goes.
    const StoredFile &stored = item.stored;
    const ProjectFile *store = m_store;
    const QString id = item.file.evidenceId;
    const QString name = stored.originalName;
    item.file.size = stored.size;
    item.file.streamBytes = [store, id, name, errors = m_streamErrors,
                             checks = m_blobChecks](QIODevice &out) {
        QString error;
        if (store->copyEvidenceTo(id, out, &error, checks.get()))
            return true;
        if (error.contains(QStringLiteral("已损坏")))
            errors->append(name + QStringLiteral(": ") + error.section(QStringLiteral(": "), 1));
        return false;
    };
    item.file.readHead = [store, id](qint64 maxBytes, QString *error) {
        QString why;
        const QByteArray head = store->readEvidenceHead(id, maxBytes, &why);
        if (error && !why.isEmpty())
            *error = why.section(QStringLiteral(": "), 1); // as copyToScratch: no path
        return head;
    };
    item.file.sha256 = stored.sha256;
}

bool BindSession::storedPageCountsKnown() const
{
    return std::all_of(m_items.begin(), m_items.end(),
                       [](const BoundItem &item) { return item.stored.pages > 0; });
}

bool BindSession::openSources()
{
    // qpdf keeps every source PDF open until the output is written; past this many, each
    // is closed between reads (like `qpdf --pages`) so that file handles do not run out.
    constexpr int kKeepOpenLimit = 200;
    int pdfs = 0;
    for (const auto &item : m_items)
        pdfs += item.stored.mediaType == MediaType::Pdf ? 1 : 0;
    bool ok = true;
    const int count = int(m_items.size());
    for (int i = 0; i < count; ++i) {
        const ItemOutcome outcome =
            openItem(i, m_items.at(size_t(i)), count, pdfs <= kKeepOpenLimit);
        if (outcome == ItemOutcome::Stop)
            return false;
        ok = ok && outcome == ItemOutcome::Bound;
    }
    return ok;
}

BindSession::ItemOutcome BindSession::openItem(int i, BoundItem &item, int count, bool keepOpen)
{
    const StoredFile &stored = item.stored;
    step(0.4 * i / std::max(1, count),
         QStringLiteral("读取佐证材料 %1/%2：%3").arg(i + 1).arg(count).arg(item.file.title));
    item.file.keepOpen = keepOpen;
    // JPEGs are streamed from the project (set up by listEvidence); the others copied out.
    if (stored.mediaType != MediaType::Jpeg) {
        if (const ItemOutcome copied = copyToScratch(i, item); copied != ItemOutcome::Bound)
            return copied;
    }
    // Only PNG and TIFF pages are decoded to files (a folder per item: 2 % of a large
    // export went into making empty ones).
    const QString work = m_tmp->filePath(QStringLiteral("decoded-%1").arg(i));
    if (stored.mediaType == MediaType::Png || stored.mediaType == MediaType::Tiff)
        QDir().mkpath(work);
    item.source = EvidenceSource::open(item.file, m_options.passwords.value(item.file.evidenceId),
                                       work, &m_result.problems);
    if (!item.source)
        return ItemOutcome::Refused;
    // The project counted the pages when the file was added; reading it now must agree (the
    // plan may already have been laid out with that count).
    if (stored.pages > 0 && stored.pages != item.source->pageCount()) {
        fail(stored.originalName,
             describeEvidence(item.file) +
                 QStringLiteral("的页数不一致：添加时为 %1 页，现在读取到 %2 页；请重新添加该文件")
                     .arg(stored.pages)
                     .arg(item.source->pageCount()),
             ProblemCode::ExportEvidencePagesChanged,
             {item.file.title, QString::number(stored.pages),
              QString::number(item.source->pageCount())});
        return ItemOutcome::Refused;
    }
    return ItemOutcome::Bound;
}

BindSession::ItemOutcome BindSession::copyToScratch(int i, BoundItem &item)
{
    item.file.path = m_tmp->filePath(QStringLiteral("evidence-%1").arg(i));
    QFile out(item.file.path);
    QString error;
    const bool opened = out.open(QIODevice::WriteOnly);
    const bool copied =
        opened && m_store->copyEvidenceTo(item.file.evidenceId, out, &error) && out.flush();
    if (!copied && (!opened || out.error() != QFileDevice::NoError ||
                    error.contains(QStringLiteral("无法写出")))) {
        // The scratch folder beside the output cannot take it (full disk, quota): say
        // so once, about the output, not about the project or the evidence.
        const QString reason = writeFailureReason(out);
        fail(m_outPdf, QStringLiteral("无法写入临时文件（输出文件所在的文件夹）：%1").arg(reason),
             ProblemCode::ExportScratchNotWritable, {reason});
        return ItemOutcome::Stop;
    }
    if (!copied) {
        const QString reason = error.section(QStringLiteral(": "), 1);
        fail(item.file.originalName,
             describeEvidence(item.file) + QStringLiteral("无法从项目文件中读出：%1").arg(reason),
             ProblemCode::ExportEvidenceUnreadable, {item.file.title, reason});
        return ItemOutcome::Refused;
    }
    return ItemOutcome::Bound;
}

void BindSession::describePlan(const DossierPlan &plan, DossierPageInput &input,
                               QList<OutlineEntry> &outline)
{
    const auto label = [&](int physical) {
        return plan.pages.at(physical).label;
    };
    const auto number = [&](int physical) {
        return plan.numberAt(physical);
    };

    input.evidence.clear();
    input.toc.clear();
    m_dossierProject = m_project;
    // The embedded data names the date the cover prints, so an officer's summary row built
    // from the dossier carries the same 填报日期.
    m_dossierProject.fillDate = m_fillDate;
    for (int i = 0; i < int(m_items.size()); ++i) {
        const BoundItem &item = m_items.at(size_t(i));
        const DossierPlan::Item &span = plan.items.at(i);
        EvidenceListing l;
        l.number = i + 1;
        l.evidenceId = item.file.evidenceId;
        l.category = item.evidence->category.value_or(EvidenceCategory::Other);
        l.title = item.file.title;
        l.separatorPage = number(span.separator.first);
        l.firstPage = number(span.pages.first);
        l.lastPage = number(span.pages.last());
        input.evidence.append(l);
        for (auto &e : m_dossierProject.evidence) {
            if (e.id == item.file.evidenceId) {
                e.sha256 = item.stored.sha256;
                e.pages = pageCountOf(item);
                e.firstPage = l.firstPage;
                e.file.reset();
            }
        }
    }

    // The TOC lists what follows it; the outline adds the cover and the TOC itself.
    const QString formTitle = QStringLiteral("申报书");
    const QString pledgeTitle = QStringLiteral("申报单位承诺书");
    const QString indexTitle = QStringLiteral("佐证材料目录");
    const QString evidenceTitle = QStringLiteral("佐证材料");
    outline = {OutlineEntry{QStringLiteral("封面"), plan.cover.first, {}},
               OutlineEntry{QStringLiteral("目录"), plan.toc.first, {}},
               OutlineEntry{formTitle, plan.form.first, {}},
               OutlineEntry{pledgeTitle, plan.pledge.first, {}},
               OutlineEntry{indexTitle, plan.evidenceIndex.first, {}}};
    input.toc = {TocLine{0, formTitle, label(plan.form.first)},
                 TocLine{0, pledgeTitle, label(plan.pledge.first)},
                 TocLine{0, indexTitle, label(plan.evidenceIndex.first)}};
    if (input.evidence.isEmpty())
        return;
    const int firstSeparator = plan.items.first().separator.first;
    OutlineEntry evidence{evidenceTitle, firstSeparator, {}};
    input.toc.append(TocLine{0, evidenceTitle, label(firstSeparator)});
    for (int i = 0; i < input.evidence.size(); ++i) {
        const EvidenceListing &l = input.evidence.at(i);
        const int separator = plan.items.at(i).separator.first;
        if (i == 0 || input.evidence.at(i - 1).category != l.category) {
            const QString category = evidenceCategoryName(m_call, l.category, m_project);
            evidence.children.append(OutlineEntry{category, separator, {}});
            input.toc.append(TocLine{1, category, label(separator)});
        }
        // An item is found at its first content page everywhere (TOC, bookmark, evidence
        // index, 佐证页码): the page numbers name the proof, not the divider before it.
        const int content = plan.items.at(i).pages.first;
        const QString text = QStringLiteral("佐证材料 %1：%2").arg(l.number).arg(l.title);
        evidence.children.last().children.append(OutlineEntry{text, content, {}});
        input.toc.append(TocLine{2, text, label(content)});
    }
    outline.append(evidence);
}

RenderedParts BindSession::render(const DossierPlan &plan, const DossierPageInput &base,
                                  bool countOnly) const
{
    RenderedParts parts;
    auto at = [&](const PlanSpan &span) {
        DossierPageInput in = base;
        in.firstPhysicalPage = span.first + 1;
        return in;
    };
    // Planning needs the cover's page count, nothing more: the cover prints the fingerprint,
    // which is known only once every other page is final, so fingerprintCovers draws every
    // copy's cover at the end and the assembler holds its place with blank pages until then.
    // A drawn round leaves it out: it is the only part drawn in the monospaced font, and every
    // font a document uses is embedded anew (Qt maps all 65,536 BMP code points per font and
    // document), the largest fixed cost of an export. Its count comes from the layout round;
    // nothing in it depends on page numbers, and the drawn covers are checked against it.
    DossierPageInput cover = at(plan.cover);
    if (m_options.copyMarks) {
        cover.copyNumber = 1;
        cover.copyCount = m_copies;
    }
    // Every part of this round in one document: one font embedding instead of one per part
    // and per separator.
    QList<PartRequest> requests;
    if (countOnly)
        requests.append({DossierPart::Cover, nullptr, cover});
    requests.append({{DossierPart::Toc, nullptr, at(plan.toc)},
                     {DossierPart::Form, nullptr, at(plan.form)},
                     {DossierPart::Pledge, nullptr, at(plan.pledge)},
                     {DossierPart::EvidenceIndex, nullptr, at(plan.evidenceIndex)}});
    for (int i = 0; i < base.evidence.size(); ++i)
        requests.append({DossierPart::Cover, &base.evidence.at(i), at(plan.items.at(i).separator)});
    // The same blank page wherever one is needed (its position does not matter).
    if (!countOnly)
        requests.append({DossierPart::Blank, nullptr, base});
    const QList<RenderedPart> rendered = renderInOneDocument(requests, countOnly);
    qsizetype at0 = 0;
    if (countOnly)
        parts.covers.append(rendered.at(at0++));
    parts.toc = rendered.at(at0);
    parts.form = rendered.at(at0 + 1);
    parts.pledge = rendered.at(at0 + 2);
    parts.evidenceIndex = rendered.at(at0 + 3);
    parts.separators = rendered.mid(at0 + 4, base.evidence.size());
    if (!countOnly)
        parts.blank = rendered.last();
    return parts;
}

bool BindSession::planAndRender(const std::function<bool()> &openWhileLayingOut)
{
    const bool padToEven = m_copies > 1 && m_options.duplex;
    PlanCounts counts;
    for (const auto &item : m_items) {
        counts.evidence.append(pageCountOf(item));
        counts.separators.append(1);
    }
    m_input = DossierPageInput{};
    m_input.project = &m_dossierProject;
    m_input.evaluation = &m_evaluation;
    m_input.call = &m_call;
    m_input.fillDate = m_fillDate;
    // The stamp is about the notice's conditions only: a forced export over a problem in the
    // form (a text too long, a missing document) leaves the cover unstamped.
    m_input.notAllMet = false;
    for (const auto &r : m_evaluation.rules)
        m_input.notAllMet = m_input.notAllMet || (!r.informational && r.state != RuleState::Met);
    m_input.duplex = m_options.duplex;
    m_input.copyCount = m_copies;

    // Round 0 lays the parts out with provisional numbers, without drawing them, to learn the
    // page counts (a TOC's length depends on its number of lines, not on the numbers); later
    // rounds draw with the plan of the previous counts, until drawing confirms them. Only a
    // drawn round is accepted, so a count the layout-only round got wrong costs a round, never
    // a wrong page number.
    int coverPages = 0; // laid out in round 0 (see render)
    for (int round = 0; round < 5; ++round) {
        const bool countOnly = round == 0;
        const bool opening = countOnly && openWhileLayingOut;
        if (!opening) // its own progress (0 … 0.4) comes first then
            step(0.4 + 0.02 * round, QStringLiteral("排版申报书页面"));
        m_plan = planDossier(counts, m_options.duplex, padToEven);
        describePlan(m_plan, m_input, m_outline);
        m_input.numberedPages = m_plan.numberedCount;
        m_json = withFingerprint(dossierJsonObject(m_dossierProject, m_evaluation));
        m_input.fingerprint = m_json.value(QStringLiteral("fingerprint")).toString();
        if (opening) {
            // Opening is qpdf's work and the disk's, layout is Qt's: on two cores at once. Qt
            // stays on this thread, whose font engines the drawn rounds then reuse (each thread
            // loads its own); opening touches neither the plan nor m_input, and nothing here
            // touches the items, the store or the problems while it runs. Once open, the
            // evidence pages are prepared on the same thread (startEvidenceAhead).
            std::future<bool> opened = startEvidenceAhead(m_plan, openWhileLayingOut);
            m_parts = render(m_plan, m_input, true);
            if (!opened.get())
                return false;
            step(0.4, QStringLiteral("排版申报书页面"));
        } else {
            if (countOnly)
                startEvidenceAhead(m_plan, [] { return true; }); // the sources are open
            else if (!m_numberStrips.valid())
                startNumberStrips(); // for this plan, which drawing usually confirms
            m_parts = render(m_plan, m_input, countOnly);
        }

        PlanCounts rendered = counts;
        if (countOnly)
            coverPages = m_parts.covers.value(0).pageCount;
        rendered.cover = coverPages;
        rendered.toc = m_parts.toc.pageCount;
        rendered.form = m_parts.form.pageCount;
        rendered.pledge = m_parts.pledge.pageCount;
        rendered.evidenceIndex = m_parts.evidenceIndex.pageCount;
        for (int i = 0; i < m_parts.separators.size(); ++i)
            rendered.separators[i] = m_parts.separators.at(i).pageCount;
        const bool same = !countOnly && rendered.cover == counts.cover &&
                          rendered.toc == counts.toc && rendered.form == counts.form &&
                          rendered.pledge == counts.pledge &&
                          rendered.evidenceIndex == counts.evidenceIndex &&
                          rendered.separators == counts.separators;
        if (same) {
            if (m_parts.blank.pageCount != 1)
                return fail(
                    QString(),
                    QStringLiteral("空白页排版为 %1 页（应为 1 页）").arg(m_parts.blank.pageCount));
            return true;
        }
        counts = rendered;
    }
    return fail(QString(),
                QStringLiteral("页码排版无法收敛（生成页面的页数随页码变化）；请报告此问题"));
}

// What the reader needs to verify the pages (spec/dossier-layout.md, "integrity"): per
// physical page of one copy its label, its number in the footer, its shenbao-page/1 digest
// (none for the cover, which prints the fingerprint) and, for evidence pages, the evidence it
// comes from with that file's SHA-256.
QJsonObject BindSession::bindingRecord(const QStringList &digests) const
{
    QJsonArray pages;
    for (int k = 0; k < m_plan.physicalCount(); ++k) {
        const PlannedPage &p = m_plan.pages.at(k);
        QJsonObject page{{QStringLiteral("label"), p.label}};
        if (p.part == PlanPart::Cover)
            page.insert(QStringLiteral("cover"), true);
        else
            page.insert(QStringLiteral("sha256"), digests.value(k));
        if (p.number > 0)
            page.insert(QStringLiteral("number"), p.number);
        if (p.part == PlanPart::Evidence) {
            const BoundItem &item = m_items.at(size_t(p.item));
            page.insert(QStringLiteral("evidence"), item.file.evidenceId);
            page.insert(QStringLiteral("file"), item.stored.sha256);
        }
        pages.append(page);
    }
    return QJsonObject{{QStringLiteral("method"), QString::fromLatin1(kPageDigestMethod)},
                       {QStringLiteral("copies"), m_copies},
                       {QStringLiteral("numberedPages"), m_plan.numberedCount},
                       {QStringLiteral("pages"), pages}};
}

bool BindSession::assembleAndWrite()
{
    // Drawn for the first drawn round's plan (planAndRender); again when the final plan numbers
    // the pages differently.
    if (!m_numberStrips.valid() || m_stripsPlan.numberedCount != m_plan.numberedCount ||
        m_stripsPlan.firstNumbered != m_plan.firstNumbered)
        startNumberStrips();
    AssemblyInput in = assemblyInput();
    if (m_evidenceAhead.valid()) {
        const bool prepared = m_evidenceAhead.get(); // rethrows what stopped it
        m_result.problems.append(m_aheadProblems);
        if (!prepared)
            return false;
        if (!m_assembler->preparedEvidenceFits(m_plan, m_options.duplex))
            discardEvidenceAhead(); // prepared again below, for this plan
    }
    if (!m_out)
        newOutput();
    // On the heap: once written they are torn down on a thread of their own (disposeLater).
    std::unique_ptr<QPDF> out = std::move(m_out);
    std::unique_ptr<DossierAssembler> assembler = std::move(m_assembler);

    if (!assemblePages(*assembler, in))
        return false;
    if (!fingerprintCovers(*assembler, in, m_numberStrips))
        return false;
    if (!assembler->finish(in, &m_result.problems))
        return false;
    writeDocumentParts(*out);

    PDFVersion version14(1, 4);
    PDFVersion minimum = version14;
    for (const auto &item : m_items)
        minimum = std::max(minimum, item.source->pdfVersion());

    step(0.6, QStringLiteral("写入 PDF"));
    // qpdf keeps the first /ID word of the trailer it is given; with a static ID the second is
    // its fixed constant, so nothing hashes the output (see documentId).
    const std::string id =
        documentId(m_input.fingerprint, m_modified, m_options.embedSignedOriginals);
    out->getTrailer().replaceKey("/ID",
                                 QPDFObjectHandle::newArray({QPDFObjectHandle::newString(id),
                                                             QPDFObjectHandle::newString(id)}));
    // The file was opened once the evidence was listed, and the scans are being written to its
    // start (startWritingAhead); qpdf's part goes after them, at the same time.
    if (!m_ahead) // the bind was stopped before
        throw Cancelled{};
    if (!m_ahead->isOpen())
        return fail(m_outPdf, QStringLiteral("无法写入：%1").arg(m_ahead->errorString()),
                    ProblemCode::ExportOutputNotWritable, {m_ahead->errorString()});
    // The file's write() calls run on a thread of their own (see ThreadedFilePipeline).
    ThreadedFilePipeline file(m_partPath, m_ahead->end());
    if (!file.isOpen())
        return fail(m_outPdf, QStringLiteral("无法写入：%1").arg(file.errorString()),
                    ProblemCode::ExportOutputNotWritable, {file.errorString()});
    StreamSplicingPipeline spliced(&file, *m_ahead,
                                   StreamSplicingPipeline::holdBackFor(out->getObjectCount()));
    // Each scan written ahead is a placeholder to qpdf, in the order they were written.
    int ahead = 0;
    for (const auto &item : m_items) {
        for (const auto &s : item.source->streamedBytes()) {
            QPDFObjectHandle stream = out->getObjectByObjGen(s.stream);
            stream.replaceStreamData(spliced.placeholder(ahead++, s.size),
                                     QPDFObjectHandle::newName("/DCTDecode"),
                                     QPDFObjectHandle::newNull());
            stream.setFilterOnWrite(false);
        }
    }
    {
        QPDFWriter writer(*out);
        writer.setOutputPipeline(&spliced);
        writer.setStaticID(true);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
        // Evidence streams go through untouched: JPEG bytes stay the original bytes.
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setMinimumPDFVersion(minimum);
        if (m_progress) {
            writer.registerProgressReporter(
                std::make_shared<QPDFWriter::FunctionProgressReporter>([this](int percent) {
                    // Cancelling stops the write too (qpdf lets the exception through).
                    step(0.6 + 0.4 * percent / 100.0, QStringLiteral("写入 PDF"));
                }));
        }
        writer.write();
        spliced.complete();
    }
    // A scan that could not be written ahead (a blob that cannot be read) is rethrown here.
    if (m_writeAhead.valid())
        m_writeAhead.get();
    m_ahead->finish();
    // Everything is in the file's queue: what is learnt from the objects is taken now, and
    // their teardown overlaps the last writes and the verification of the written file.
    const bool checked = checkAfterWrite(*out);
    disposeLater(std::move(assembler), std::move(out));
    file.close();
    return checked;
}

void BindSession::newOutput()
{
    m_out = std::make_unique<QPDF>();
    m_out->setSuppressWarnings(true);
    m_out->emptyPDF();
    m_assembler = std::make_unique<DossierAssembler>(*m_out);
}

std::future<bool> BindSession::startEvidenceAhead(const DossierPlan &plan,
                                                  const std::function<bool()> &openSourcesFirst)
{
    // Appending the evidence pages, reserving their footer bands and taking their digests needs
    // the open sources and nothing the generated parts make: where each item's pages go depends
    // on the parts' page counts, but what is on them only on the side of the sheet and the
    // numbering (DossierAssembler::preparedEvidenceFits), which round 0's provisional `plan`
    // already has right unless a separator takes two pages. Laying out and drawing (Qt only)
    // touches neither the sources nor the output document, so the two share the machine's
    // cores. assembleAndWrite checks the fit against the final plan and prepares again if not.
    // The returned future tells when the sources are open (openSourcesFirst's result).
    newOutput();
    m_aheadPlan = plan;
    auto opened = std::make_shared<std::promise<bool>>();
    std::future<bool> openedFuture = opened->get_future();
    m_evidenceAhead = std::async(std::launch::async, [this, openSourcesFirst, opened] {
        bool open = false;
        try {
            open = openSourcesFirst();
        } catch (...) {
            opened->set_exception(std::current_exception());
            return false;
        }
        opened->set_value(open);
        if (!open)
            return false;
        std::vector<EvidenceSource *> sources;
        for (auto &item : m_items)
            sources.push_back(item.source.get());
        bool cancelled = false;
        // No progress from here: the layout reports it. Stopped when the bind ends early.
        return m_assembler->prepareEvidence(
            m_aheadPlan, sources, m_options.duplex, [this](int) { return !m_stopAhead; },
            &m_aheadProblems, &cancelled);
    });
    return openedFuture;
}

void BindSession::startWritingAhead()
{
    // Once the pages are final, qpdf writes what is not a scan (a few MB for a 258 MB dossier);
    // the scans' bytes, known from the start, go to the file now, while the disk has nothing
    // else to do, and are checked against their SHA-256 as they go (m_blobChecks).
    if (m_stopAhead)
        return; // the bind has ended: the output must not be created again
    std::vector<EvidenceSource::StreamedBytes> streams;
    std::vector<qint64> sizes;
    for (const auto &item : m_items) {
        for (auto &s : bytesStreamedFrom(item.file)) {
            sizes.push_back(s.size);
            streams.push_back(std::move(s));
        }
    }
    m_ahead = std::make_unique<StreamsWrittenAhead>(m_partPath, sizes);
    if (!m_ahead->isOpen() || streams.empty())
        return; // an output that cannot be written is said by assembleAndWrite
    m_writeAhead = std::async(std::launch::async, [this, streams = std::move(streams)] {
        for (size_t i = 0; i < streams.size(); ++i) {
            if (m_stopAhead)
                return;
            m_ahead->write(int(i), streams[i].write);
        }
    });
}

void BindSession::stopWorkAhead()
{
    m_stopAhead = true;
    if (m_evidenceAhead.valid())
        m_evidenceAhead.wait();
    if (m_writeAhead.valid())
        m_writeAhead.wait();
    m_ahead.reset(); // its file and its writing thread: closed before the file is removed
}

void BindSession::startNumberStrips()
{
    // The footers' number strips depend on the plan only through how many pages are numbered
    // and from where (the binding side of each), and touch neither the output nor the sources:
    // they are drawn (Qt) and read back (their own qpdf document, parseFooterStrips) on another
    // thread while this one draws the parts and puts the pages together. That thread yields to
    // every other (nice 19): started with the first drawn round, it would otherwise share the
    // second core with the evidence being prepared and take time from the drawing here, which the
    // strips are not needed before (placeFooters, after the page digests). Prepared evidence
    // leaves the second core idle long before then.
    if (m_numberStrips.valid())
        m_numberStrips.wait(); // it reads m_stripsPlan
    m_stripsPlan = m_plan;
    AssemblyInput strips = assemblyInput();
    strips.plan = &m_stripsPlan;
    m_numberStrips = std::async(std::launch::async, [strips] {
#ifdef Q_OS_LINUX
        setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 19); // this thread only
#endif
        return parseFooterStrips(DossierAssembler::renderFooterNumberStripsFor(strips));
    });
}

void BindSession::discardEvidenceAhead()
{
    // The pages are appended again (the sources can give them twice) into a new document.
    m_assembler.reset();
    m_out.reset();
}

void BindSession::disposeLater(std::unique_ptr<DossierAssembler> assembler,
                               std::unique_ptr<QPDF> out)
{
    // Freeing the object graphs of a 500-page dossier and of every evidence file takes tens of
    // milliseconds (qpdf frees object by object). Nothing reads them once the file is written,
    // and they share nothing with what the caller does next (closing, reopening and renaming
    // the file), so a thread of their own frees them; the session joins it when it ends. The
    // order matters: the assembler refers to `out`, whose copied pages refer to the sources.
    std::vector<std::unique_ptr<EvidenceSource>> sources;
    for (auto &item : m_items)
        sources.push_back(std::move(item.source));
    if (m_options.processEndsAfterwards) { // see BindOptions: taken back by the process's end
        (void)assembler.release();
        (void)out.release();
        for (auto &source : sources)
            (void)source.release();
        return;
    }
    m_disposer = std::thread([assembler = std::move(assembler), out = std::move(out),
                              sources = std::move(sources)]() mutable {
        assembler.reset();
        out.reset();
        sources.clear();
    });
}

AssemblyInput BindSession::assemblyInput()
{
    AssemblyInput in;
    in.plan = &m_plan;
    in.parts = &m_parts;
    for (auto &item : m_items)
        in.sources.push_back(item.source.get());
    in.duplex = m_options.duplex;
    in.footer.applicant = m_project.applicant.name.value_or(QString());
    in.footer.fingerprintHex = m_input.fingerprint;
    in.outline = m_outline;
    in.copies = m_copies;
    return in;
}

bool BindSession::assemblePages(DossierAssembler &assembler, const AssemblyInput &in)
{
    bool cancelled = false;
    const int count = int(m_items.size());
    return assembler.assemble(
        in,
        [&](int item) {
            step(0.5 + 0.1 * item / std::max(1, count),
                 QStringLiteral("装订佐证材料 %1/%2：%3")
                     .arg(item + 1)
                     .arg(count)
                     .arg(m_items.at(size_t(item)).file.title));
            return true;
        },
        &m_result.problems, &cancelled);
}

bool BindSession::fingerprintCovers(DossierAssembler &assembler, AssemblyInput &in,
                                    std::future<ParsedFooterStrips> &numberStrips)
{
    // The pages are final except for the layers that print the fingerprint (cover, footers):
    // record their digests in the data, so that the fingerprint covers them, then print it.
    step(0.6, QStringLiteral("计算页面摘要"));
    QJsonObject data = dossierJsonObject(m_dossierProject, m_evaluation);
    data.insert(QStringLiteral("binding"), bindingRecord(assembler.pageDigests(m_plan)));
    m_json = withFingerprint(data);
    m_input.fingerprint = m_json.value(QStringLiteral("fingerprint")).toString();
    in.footer.fingerprintHex = m_input.fingerprint;
    // While the covers and the footers' fingerprint strips are drawn here (Qt only), a second
    // core places the footers on the pages (qpdf, the output document only), all but the
    // fingerprint, which finish() then fills in. Nothing here touches the assembler meanwhile.
    Problems placing;
    std::future<bool> placed =
        std::async(std::launch::async, [&assembler, &in, &numberStrips, &placing] {
            return assembler.placeFooters(in, numberStrips.get(), &placing);
        });
    // Every copy's cover in one document: each font is embedded (and its 65,536 code points
    // looked up) once instead of once per copy, and the copies share it in the output.
    QList<PartRequest> covers;
    for (int copy = 1; copy <= m_copies; ++copy) {
        DossierPageInput cover = m_input;
        cover.firstPhysicalPage = m_plan.cover.first + 1;
        if (m_options.copyMarks) {
            cover.copyNumber = copy;
            cover.copyCount = m_copies;
        }
        covers.append(PartRequest{DossierPart::Cover, nullptr, cover});
    }
    m_parts.covers = renderInOneDocument(covers);
    const QByteArray fingerprint =
        m_plan.numberedCount > 0 ? renderFooterFingerprint(m_input.fingerprint) : QByteArray();
    const bool ok = placed.get(); // rethrows what stopped it
    m_result.problems.append(placing);
    in.footerFingerprint = fingerprint; // only now: the placing thread reads `in`
    return ok;
}

void BindSession::writeDocumentParts(QPDF &out)
{
    // Document info, embedded data, catalog.
    const QString name = m_project.applicant.name.value_or(QString());
    const QString domain =
        m_call.domainDisplayName(m_project.domain, m_project.talentKind, m_project.pilotCategory,
                                 m_project.pilotSubcategory);
    const QString version = QStringLiteral(SHENBAO_VERSION);
    DocumentInfo info;
    info.title = (m_call.formTitle.isEmpty() ? QStringLiteral("广东省智能制造生态合作伙伴申报书")
                                             : m_call.formTitle) +
                 QStringLiteral(" — ") + name;
    info.author = name;
    info.subject = domain;
    QStringList keywords;
    if (const auto uscc = m_project.applicant.uscc; uscc && !uscc->isEmpty())
        keywords << *uscc;
    keywords << m_call.title << domain << name;
    keywords.removeAll(QString());
    info.keywords = keywords.join(QStringLiteral(", "));
    info.creator = QStringLiteral("Shenbao ") + version;
    info.producer = QStringLiteral("Shenbao %1 (qpdf %2)")
                        .arg(version, QString::fromStdString(QPDF::QPDFVersion()));
    info.fingerprint = m_input.fingerprint;
    info.date = m_modified;
    writeDocumentInfo(out, info);
    embedFile(out, QString::fromLatin1(kDossierAttachmentName), dossierJsonBytes(m_json),
              QStringLiteral("application/json"), QStringLiteral("申报数据（shenbao/1）及数据指纹"),
              m_modified);
    if (m_options.embedSignedOriginals) {
        for (int i = 0; i < int(m_items.size()); ++i) {
            const BoundItem &item = m_items.at(size_t(i));
            if (!item.source->isSigned())
                continue;
            const QString fileName =
                QStringLiteral("佐证材料%1-原始签名文件-%2").arg(i + 1).arg(item.file.originalName);
            embedFile(out, fileName,
                      QUtil::file_provider(QFile::encodeName(item.file.path).toStdString()),
                      QStringLiteral("application/pdf"),
                      QStringLiteral("佐证材料 %1「%2」的原始文件（带数字签名）")
                          .arg(i + 1)
                          .arg(item.file.title),
                      m_modified);
        }
    }
    QPDFObjectHandle root = out.getRoot();
    root.replaceKey("/Lang", QPDFObjectHandle::newString("zh-CN"));
    QPDFObjectHandle prefs = QPDFObjectHandle::newDictionary();
    prefs.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    root.replaceKey("/ViewerPreferences", prefs);
}

bool BindSession::reportStreamErrors()
{
    // A blob whose bytes no longer match its stored SHA-256 (found while streaming it): the
    // evidence named, rather than the qpdf object whose data could not be had.
    for (const QString &e : std::as_const(*m_streamErrors)) {
        const QString file = e.section(QStringLiteral(": "), 0, 0);
        const QString reason = e.section(QStringLiteral(": "), 1);
        fail(file, reason, ProblemCode::ExportEvidenceUnreadable, {file, reason});
    }
    return !m_streamErrors->isEmpty();
}

void BindSession::collectBlobChecks()
{
    for (const auto &m : m_blobChecks->finish()) {
        QString name = m.what;
        for (const auto &item : m_items)
            if (item.file.evidenceId == m.what)
                name = item.stored.originalName;
        m_streamErrors->append(
            name + QStringLiteral(": ") +
            store::evidenceHashMismatchMessage(m.what, m.expectedHex, m.actualHex));
    }
}

bool BindSession::checkAfterWrite(QPDF &out)
{
    collectBlobChecks();
    if (reportStreamErrors())
        return false;

    // Damage qpdf only met while copying stream data.
    for (const auto &item : m_items) {
        const QStringList later = item.source->takeWarnings();
        if (!later.isEmpty()) {
            m_result.problems.append(
                Problem{Problem::Severity::Warning, item.file.originalName,
                        describeEvidence(item.file) +
                            QStringLiteral("有损坏，已尽可能修复（%1）；请核对装订后的页面")
                                .arg(later.first())});
        }
    }
    m_result.pageCount = int(out.getAllPages().size());
    return true;
}

void BindSession::run(const QString &outPdf)
{
    m_outPdf = outPdf;
    // The CLI checks this before it starts; the app's save dialog lets any file be chosen, and
    // renaming the dossier over the project would destroy the project.
    // Other refusals (no folder, not writable) are AtomicOutput's to name below.
    if (QFileInfo::exists(outPdf) && isShenbaoProjectFile(outPdf)) {
        const QString why =
            checkOutputPaths({NamedPath{outPdf, QStringLiteral("输出 PDF")}},
                             {NamedPath{m_file.path(), QStringLiteral("项目文件")}});
        fail(outPdf, why.mid(why.indexOf(QStringLiteral(": ")) + 2),
             ProblemCode::ExportOutputIsProject);
        return;
    }
    AtomicOutput output(outPdf);
    QString error;
    if (!output.open(&error)) {
        fail(outPdf, error.mid(outPdf.size() + 2), ProblemCode::ExportOutputNotWritable,
             {error.mid(outPdf.size() + 2)});
        return;
    }
    m_partPath = output.tempPath();
    // After `output`, so before it goes: nothing written ahead outlives the temporary file.
    const auto stopFirst = qScopeGuard([this] { stopWorkAhead(); });
    try {
        if (!prepare())
            return;
        if (!listEvidence()) {
            openSources(); // to name every other file that cannot be bound as well
            return;
        }
        startWritingAhead();
        if (storedPageCountsKnown()) {
            if (!planAndRender([this] { return openSources(); }))
                return;
        } else if (!openSources() || !planAndRender()) {
            return;
        }
        if (!assembleAndWrite())
            return;
        step(1.0, QStringLiteral("完成"));
    } catch (const Cancelled &) {
        stopWorkAhead();
        fail(QString(), QStringLiteral("已取消导出"), ProblemCode::ExportCancelled);
        return;
    } catch (const QPDFExc &e) {
        stopWorkAhead();
        const QString what = humanise(QString::fromStdString(e.getMessageDetail()));
        fail(QString(), QStringLiteral("装订失败：%1").arg(what), ProblemCode::ExportBindFailed,
             {what});
        return;
    } catch (const std::exception &e) {
        // What the scans' thread found (m_streamErrors) is read once it has stopped. The writer
        // stops at the first blob it cannot stream; say which evidence it was.
        stopWorkAhead();
        if (reportStreamErrors())
            return;
        QString what = humanise(QString::fromLocal8Bit(e.what()));
        what.replace(output.tempPath(), outPdf);
        // qpdf's write errors carry the C library's wording: the common ones in the UI language.
        if (what.contains(QLatin1StringView("No space left")))
            what = systemReason(ENOSPC);
        else if (what.contains(QLatin1StringView("Disk quota")))
            what = systemReason(EDQUOT);
        else if (what.contains(QLatin1StringView("Input/output error")))
            what = systemReason(EIO);
        what = what.simplified().left(300);
        fail(outPdf, QStringLiteral("装订失败：%1").arg(what), ProblemCode::ExportBindFailed,
             {what});
        return;
    }
    // Success is claimed only for a file that reopens with the page count just written.
    const int expected = m_result.pageCount;
    const auto verify = [expected](const QString &written) {
        try {
            QPDF check;
            check.setSuppressWarnings(true);
            check.processFile(QFile::encodeName(written).constData());
            if (check.anyWarnings())
                return QStringLiteral("PDF 需要修复才能打开");
            const int pages = int(check.getAllPages().size());
            if (pages != expected)
                return QStringLiteral("重新打开后为 %1 页，应为 %2 页").arg(pages).arg(expected);
        } catch (const std::exception &) {
            return QStringLiteral("PDF 无法重新打开，文件不完整");
        }
        return QString();
    };
    // On a thread of its own: its allocations then do not share malloc's arena with the
    // freeing of qpdf's objects going on meanwhile (disposeLater), which slowed it by a third
    // (19 against 15 ms for 270 pages, 40 against 29 ms for 506; 6-10 runs, interleaved).
    const auto verifyApart = [&verify](const QString &written) {
        return std::async(std::launch::async, verify, written).get();
    };
    if (!output.commit(verifyApart, &error)) {
        fail(outPdf, error.mid(outPdf.size() + 2), ProblemCode::ExportOutputNotWritable,
             {error.mid(outPdf.size() + 2)});
        return;
    }
    m_result.fingerprint = m_input.fingerprint;
    m_result.ok = true;
}

} // namespace

std::future<void> preloadDossierFonts()
{
    return std::async(std::launch::async, [] {
        (void)pages::pageFontFamilies();
        // QPdfEngine::drawImage asks which formats QImageWriter has (for JPEG compression),
        // which loads every image plugin (dlopen): 3-5 ms, on the footers' thread otherwise.
        (void)QImageWriter::supportedImageFormats();
    });
}

BindResult bindDossier(const ProjectFile &project, const QString &outPdf,
                       const BindOptions &options, const ProgressFn &progress,
                       const CallDefinition *call)
{
    BindResult result;
    {
        BindSession session(project, options, progress, call ? *call : CallDefinition::bundled(),
                            result);
        session.run(outPdf);
    }
    if (!result.ok) {
        result.pageCount = 0;
        result.fingerprint.clear();
    }
    return result;
}

} // namespace shenbao
