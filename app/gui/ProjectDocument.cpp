// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/ProjectDocument.h"

#include "gui/ProjectEditCommand.h"

#include "demo/DemoProject.h"
#include "rules/RulesEngine.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace shenbao {

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectFile> file, const CallDefinition &call)
    : m_file(std::move(file))
    , m_call(call)
{
    m_project = m_file->load();
    // Blobs without an entry are left over from undone additions of an earlier session.
    removeOrphanBlobs();
    reevaluate();
}

ProjectDocument::~ProjectDocument()
{
    // The undo history dies with the document, so blobs only it could bring back can go.
    m_undoStack.clear();
    removeOrphanBlobs();
}

std::unique_ptr<ProjectDocument> ProjectDocument::create(const QString &path, QString *error)
{
    auto file = ProjectFile::create(path, error);
    if (!file)
        return nullptr;
    return std::unique_ptr<ProjectDocument>(
        new ProjectDocument(std::move(file), CallDefinition::bundled()));
}

std::unique_ptr<ProjectDocument> ProjectDocument::open(const QString &path, QString *error)
{
    auto file = ProjectFile::open(path, error);
    if (!file)
        return nullptr;
    return std::unique_ptr<ProjectDocument>(
        new ProjectDocument(std::move(file), CallDefinition::bundled()));
}

std::unique_ptr<ProjectDocument> ProjectDocument::createDemo(const QString &path, QString *error)
{
    Problems problems;
    auto file = createDemoProject(path, &problems);
    if (!file) {
        if (error) {
            QStringList lines;
            for (const auto &p : problems)
                lines << p.toString();
            *error = lines.join(QLatin1Char('\n'));
        }
        return nullptr;
    }
    return std::unique_ptr<ProjectDocument>(
        new ProjectDocument(std::move(file), CallDefinition::bundled()));
}

QString ProjectDocument::path() const
{
    return m_file->path();
}

QString ProjectDocument::displayName() const
{
    const QString name = m_project.applicant.name.value_or(QString()).trimmed();
    return name.isEmpty() ? QFileInfo(path()).completeBaseName() : name;
}

void ProjectDocument::edit(const QString &text, const Edit &change, const QString &mergeKey)
{
    Project after = m_project;
    change(after);
    if (after == m_project)
        return;
    m_undoStack.push(new ProjectEditCommand(this, text, m_project, std::move(after), mergeKey));
}

void ProjectDocument::setProject(const Project &project)
{
    m_project = project;
    QString error;
    if (!m_file->save(m_project, &error))
        emit saveFailed(error);
    reevaluate();
    emit changed();
}

void ProjectDocument::reevaluate()
{
    // The engine's problems already include validateFields' (without duplicates); checking
    // them again here cost a second pass and a quadratic merge on every keystroke.
    m_evaluation = RulesEngine(m_call).evaluate(m_project);
    m_problems = m_evaluation.problems;
}

QString ProjectDocument::newEvidenceId() const
{
    return newEvidenceIds(1).constFirst();
}

QStringList ProjectDocument::newEvidenceIds(int count) const
{
    // Ids of blobs still held for undo are taken too: reusing one would let an undone removal
    // come back pointing at different bytes.
    static const QRegularExpression pattern(QStringLiteral("^ev-(\\d+)$"));
    int highest = 0;
    auto consider = [&](const QString &id) {
        const auto match = pattern.match(id);
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    };
    for (const auto &e : m_project.evidence)
        consider(e.id);
    for (const auto &f : m_file->storedFiles())
        consider(f.evidenceId);
    QStringList ids;
    for (int i = 1; i <= count; ++i)
        ids << QStringLiteral("ev-%1").arg(highest + i);
    return ids;
}

QString
ProjectDocument::addEvidenceFile(const QString &filePath, const Evidence &metadata,
                                 Problems *problems,
                                 const std::function<void(Project &, const QString &)> &link)
{
    const QString id = newEvidenceId();
    Problems found;
    const auto stored = m_file->storeEvidenceFile(id, filePath, &found);
    if (problems)
        problems->append(found);
    if (!stored)
        return {};
    attachStoredEvidence(*stored, filePath, metadata, problems, link);
    return id;
}

void ProjectDocument::attachStoredEvidence(
    const StoredFile &stored, const QString &filePath, const Evidence &metadata, Problems *problems,
    const std::function<void(Project &, const QString &)> &link)
{
    for (const auto &e : m_project.evidence) {
        if (e.sha256 && *e.sha256 == stored.sha256) {
            if (problems)
                problems->append({Problem::Severity::Warning, filePath,
                                  tr("The same file is already attached as \"%1\".")
                                      .arg(e.title.value_or(e.id))});
            break;
        }
    }
    Evidence entry = metadata;
    entry.id = stored.evidenceId;
    entry.file.reset();
    entry.sha256 = stored.sha256;
    entry.pages = stored.pages > 0 ? std::optional<int>(stored.pages) : std::nullopt;
    if (!entry.title || entry.title->isEmpty())
        entry.title = QFileInfo(filePath).completeBaseName();
    edit(tr("Attach %1").arg(QFileInfo(filePath).fileName()), [&](Project &p) {
        p.evidence.append(entry);
        if (link)
            link(p, entry.id);
    });
}

namespace {

void renameReferences(Project &p, const QString &from, const QString &to)
{
    auto fix = [&](QStringList &ids) {
        for (auto &id : ids) {
            if (id == from)
                id = to;
        }
        if (to.isEmpty())
            ids.removeAll(QString());
    };
    for (QStringList *ids : evidenceReferences(p))
        fix(*ids);
}

} // namespace

QString ProjectDocument::replaceEvidenceFile(const QString &evidenceId, const QString &filePath,
                                             Problems *problems)
{
    if (!m_project.evidenceById(evidenceId))
        return {};
    const QString id = newEvidenceId();
    const auto stored = m_file->storeEvidenceFile(id, filePath, problems);
    if (!stored)
        return {};
    return swapInStoredEvidence(evidenceId, *stored) ? id : QString();
}

bool ProjectDocument::swapInStoredEvidence(const QString &evidenceId, const StoredFile &stored)
{
    const Evidence *old = m_project.evidenceById(evidenceId);
    if (!old)
        return false;
    const QString id = stored.evidenceId;
    edit(tr("Replace file of %1").arg(old->title.value_or(evidenceId)), [&](Project &p) {
        for (auto &e : p.evidence) {
            if (e.id == evidenceId) {
                e.id = id;
                e.sha256 = stored.sha256;
                e.pages = stored.pages > 0 ? std::optional<int>(stored.pages) : std::nullopt;
            }
        }
        renameReferences(p, evidenceId, id);
    });
    if (m_passwords.contains(evidenceId))
        m_passwords.remove(evidenceId);
    return true;
}

void ProjectDocument::removeEvidence(const QString &evidenceId)
{
    const Evidence *e = m_project.evidenceById(evidenceId);
    if (!e)
        return;
    edit(tr("Remove %1").arg(e->title.value_or(evidenceId)), [&](Project &p) {
        p.evidence.removeIf([&](const Evidence &x) { return x.id == evidenceId; });
        renameReferences(p, evidenceId, QString());
    });
}

void ProjectDocument::setPassword(const QString &evidenceId, const QString &password)
{
    m_passwords.insert(evidenceId, password);
}

void ProjectDocument::removeOrphanBlobs()
{
    QSet<QString> used;
    for (const auto &e : m_project.evidence)
        used.insert(e.id);
    for (const auto &f : m_file->storedFiles()) {
        if (!used.contains(f.evidenceId)) {
            QString error;
            m_file->removeEvidenceFile(f.evidenceId, &error);
        }
    }
}

} // namespace shenbao
