// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The cross-check: does each counted item's evidence say what the form claims? For every item
// and field (patents: number, title, holder = the applicant, grant date; the business licence:
// USCC, name; cases: customer, year; qualifications: title, holder) the linked evidence pages
// are read — the PDF text layer when it is usable, otherwise OCR — and the claimed value is
// looked for on them (TextMatching.h). The results are warnings for a person to follow up,
// never a change of the rules' verdict. docs/cross-check.md describes the whole.

#include "crosscheck/TextMatching.h"
#include "model/Project.h"

#include <QImage>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace shenbao::crosscheck {

// Where a page's text came from.
enum class TextOrigin
{
    None,
    TextLayer,
    Ocr
};
QString textOriginKey(TextOrigin origin); // "none", "textLayer", "ocr"

struct CrossCheckResult
{
    QString item;    // JSON path of the item: "patents[0]", "applicant", "cases[2]" …
    QString field;   // "number", "title", "holder", "granted", "uscc", "name", "customer", "year"
    QString claimed; // the form's value as the applicant wrote it (dates ISO 8601)
    QString found;   // what the page shows (empty for notFound)
    MatchState state = MatchState::NotFound;
    QString evidence; // evidence id of the page the result comes from
    int page = 0;     // that page's number (see EvidencePageSource::pageNumber); 0: none
    TextOrigin origin = TextOrigin::None;
    bool operator==(const CrossCheckResult &) const = default;
};

// The pages of the evidence, wherever they live (the project file, a bound dossier).
class EvidencePageSource
{
public:
    virtual ~EvidencePageSource() = default;
    virtual int pageCount(const QString &evidenceId) = 0; // 0 when the evidence has no pages
    // The page number a person looks for: the page of the evidence file (1-based) in a
    // project, the printed page number in a dossier.
    virtual int pageNumber(const QString &evidenceId, int index) = 0;
    // The page's text layer (possibly empty, possibly garbage: the engine judges it).
    virtual QString textLayer(const QString &evidenceId, int index) = 0;
    // The page as an image for OCR (null when it cannot be rendered).
    virtual QImage image(const QString &evidenceId, int index, int dpi) = 0;
};

// OCR results by the SHA-256 of the page image and the engine (PageReader::ocrEngineId()).
class PageTextCache
{
public:
    virtual ~PageTextCache() = default;
    virtual std::optional<QString> find(const QString &pageSha256, const QString &engine) = 0;
    virtual void store(const QString &pageSha256, const QString &engine, const QString &text) = 0;
};

struct CrossCheckOptions
{
    bool ocr = true;
    int dpi = 300;
    // OCR reads at most this many pages of one evidence file: the first ones and the last
    // two (a contract's parties are on its first page, the signatures and date on its last).
    int maxOcrPagesPerEvidence = 6;
    PageTextCache *cache = nullptr;
    // Called before each page is read; returning false cancels the run.
    std::function<bool(int done, int total)> progress;
};

struct CrossCheckRun
{
    QList<CrossCheckResult> results;
    bool cancelled = false;
    int pagesRead = 0, pagesOcr = 0, pagesFromCache = 0;
    QString ocrError; // set when OCR was wanted but the engine could not load
    // Set when the page-reader module (PageReader.h) could not be loaded: nothing was read and
    // `results` is empty. Names the missing file; the installation is incomplete.
    QString readerError;
};

CrossCheckRun runCrossCheck(const Project &project, EvidencePageSource &pages,
                            const CrossCheckOptions &options = {});

// SHA-256 (hex) of an 8-bit grey page image: the OCR cache key.
QString pageImageSha256(const QImage &grey);

} // namespace shenbao::crosscheck
