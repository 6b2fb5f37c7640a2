// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Problem.h"
#include "model/Project.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace shenbao {

namespace store {
class DeferredSha256Checks;
}

enum class MediaType
{
    Unknown,
    Pdf,
    Jpeg,
    Png,
    Tiff
};

template <> struct KeyTable<MediaType>
{
    static constexpr std::array<std::pair<MediaType, const char *>, 5> keys{
        {{MediaType::Unknown, "unknown"},
         {MediaType::Pdf, "application/pdf"},
         {MediaType::Jpeg, "image/jpeg"},
         {MediaType::Png, "image/png"},
         {MediaType::Tiff, "image/tiff"}}};
};

// What the project file knows about one stored evidence file, without reading its bytes.
struct StoredFile
{
    QString evidenceId;
    QString originalName; // file name as the user attached it
    MediaType mediaType = MediaType::Unknown;
    QString sha256; // hex, lower case
    qint64 size = 0;
    int pages = 0; // 0 when unknown (e.g. encrypted without password)
    bool operator==(const StoredFile &) const = default;
};

// The project file `*.shenbao`: one SQLite database with the project data and the evidence
// files themselves as blobs (architecture.md). Every mutating call is one transaction, so a
// crash loses at most the edit in flight, never the file. Opening and loading read no blobs.
class ProjectFile
{
public:
    // 2: page_text (OCR cache); 3: the data in parts (project_part, project_item)
    static constexpr int kSchemaVersion = 3;
    static constexpr qint32 kApplicationId = 0x53484250; // "SHBP"

    ~ProjectFile();
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    // Creates a new, empty project file; fails if `path` exists.
    static std::unique_ptr<ProjectFile> create(const QString &path, QString *error);
    // Opens an existing project file; refuses files that are not Shenbao projects or carry a
    // schema version this build cannot read (the message says which version and what to do).
    static std::unique_ptr<ProjectFile> open(const QString &path, QString *error);

    // Creates `path` from a project whose evidence entries name files (`Evidence::file`,
    // relative paths resolved against `baseDir`). All or nothing: on any problem (missing,
    // empty or unsupported evidence file, named in the problem) no file is left at `path`.
    static std::unique_ptr<ProjectFile> createFrom(const QString &path, const Project &project,
                                                   const QString &baseDir, Problems *problems);

    QString path() const;
    // When the data or the evidence last changed (UTC); the dossier's 填报日期 comes from it.
    QDateTime lastModified() const;

    // The data, with each evidence entry's sha256 and pages filled from the stored files.
    Project load() const;
    // Replaces the data in one transaction; evidence blobs are untouched. Evidence entries
    // whose id has no stored file keep their metadata as given.
    bool save(const Project &project, QString *error);

    // Stores (or replaces) the bytes of evidence `evidenceId` from `filePath`, streaming; the
    // type is detected by content, never by extension.
    std::optional<StoredFile> storeEvidenceFile(const QString &evidenceId, const QString &filePath,
                                                Problems *problems);
    bool removeEvidenceFile(const QString &evidenceId, QString *error);
    QList<StoredFile> storedFiles() const;
    std::optional<StoredFile> storedFile(const QString &evidenceId) const;
    // Streams the stored bytes to `out` in chunks (memory does not grow with the file size),
    // checking them against their SHA-256, or leaving that to `deferred` (copyEvidenceBlob).
    bool copyEvidenceTo(const QString &evidenceId, QIODevice &out, QString *error,
                        store::DeferredSha256Checks *deferred = nullptr) const;
    QByteArray readEvidence(const QString &evidenceId) const; // small files / tests only

    // What `integrityProblems` checks. The evidence bytes are by far the largest part of a
    // project (hundreds of MB); a reader that verifies every blob it uses against its stored
    // SHA-256 (the binder does, while copying) only needs the structure checked.
    enum class IntegrityScope
    {
        Everything,          // `PRAGMA integrity_check`: every page, blobs included
        ExceptEvidenceBytes, // every table and index but `evidence_file` (its rows and blobs)
    };
    // SQLite's own integrity check (first few findings); empty when the file is sound.
    QStringList integrityProblems(IntegrityScope scope = IntegrityScope::Everything) const;
    // Reads at most `maxBytes` from the start of a stored file, not verified against its
    // SHA-256 (for headers: the binder verifies the whole file when it copies it).
    QByteArray readEvidenceHead(const QString &evidenceId, qint64 maxBytes, QString *error) const;
    // Reads every stored file once and reports, per evidence id, the damaged ones: SHA-256 or
    // size differing from the record, a truncated JPEG, a PDF that no longer opens or whose
    // page count changed. Memory stays at one chunk; PDFs are checked from a temporary copy.
    Problems verifyStoredEvidence() const;

    // A consistent snapshot: between begin and end every read of this handle (data, metadata,
    // blobs) sees the file as it was at the first read, even if another program writes it
    // (that writer waits). Used by the binder so the dossier's data, hashes and pages agree.
    bool beginReadSnapshot(QString *error);
    void endReadSnapshot();

    // Text read from an evidence page by OCR, by the page image's SHA-256 and the engine's id
    // (docs/cross-check.md). A cache: not project data, so `modified` is left alone.
    std::optional<QString> cachedPageText(const QString &pageSha256, const QString &engine) const;
    bool cachePageText(const QString &pageSha256, const QString &engine, const QString &text,
                       QString *error);

private:
    struct Impl;
    explicit ProjectFile(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// Type by magic bytes (PDF, JPEG, PNG, TIFF), never by extension.
MediaType sniffMediaType(QByteArrayView head);

} // namespace shenbao
