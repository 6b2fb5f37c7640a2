// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// One evidence file on its way into the dossier: opened (PDF: decrypted, repaired if qpdf can;
// images: header read, PNG/TIFF decoded), counted, then appended to the output as pages.
// PDF pages are copied as they are; nothing is rasterised or re-encoded.

#include "model/Problem.h"
#include "store/ProjectFile.h"

#include <QIODevice>
#include <QString>

#include <QStringList>
#include <functional>

#include <qpdf/PDFVersion.hh>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <memory>
#include <vector>

namespace shenbao {

struct EvidenceFile
{
    QString evidenceId;
    QString title;        // as the applicant named it
    QString originalName; // file name as attached
    MediaType mediaType = MediaType::Unknown;
    QString path; // the bytes, streamed out of the project into a temporary file
    // JPEG only: instead of `path`, the bytes are streamed straight out of the project while
    // the PDF is written (they are embedded unchanged, so a temporary copy would only cost a
    // second write and read of every scan). Returns false when the bytes cannot be read.
    std::function<bool(QIODevice &out)> streamBytes;
    // With `streamBytes`: the first bytes (at most the given number) for reading the header,
    // unverified (the whole file is verified while streamBytes copies it); empty with a reason
    // in *error when the bytes cannot be read.
    std::function<QByteArray(qint64 maxBytes, QString *error)> readHead;
    // With `streamBytes`: the SHA-256 (hex) the streamed bytes are checked against, and their
    // size as stored (-1 when unknown).
    QString sha256;
    qint64 size = -1;
    int storedPages = 0; // page count the project recorded at import (0 = unknown)
    // PDF: keep the file open until the output is written. With hundreds of PDF items the
    // binder closes each between reads instead, as `qpdf --pages` does, so that file handles
    // do not run out.
    bool keepOpen = true;
};

// 「佐证材料「营业执照」（licence.pdf）」: how problems name an evidence file.
QString describeEvidence(const EvidenceFile &file);

// Whether physical page `physical` (0-based: even indexes are front sides) has its binding
// margin on the left: always when printed on one side, on front sides when on both.
bool bindingOnLeftAt(int physical, bool duplex);

class EvidenceSource
{
public:
    virtual ~EvidenceSource();

    // Opens `file`; on failure returns null with an Error in *problems naming the file.
    // Warnings (repairs, signatures) are appended as well. `workDir` holds decoded data of
    // PNG / TIFF pages and must outlive the source.
    static std::unique_ptr<EvidenceSource> open(const EvidenceFile &file, const QString &password,
                                                const QString &workDir, Problems *problems);

    const EvidenceFile &file() const { return m_file; }
    int pageCount() const { return m_pageCount; }
    bool isSigned() const { return m_signed; }
    virtual PDFVersion pdfVersion() const { return PDFVersion(1, 4); }

    // Appends the pages to `out`, page i on physical page `firstPhysical` + i (0-based: even
    // indexes are front sides); returns the added pages as they are in `out`. The pages depend
    // on their physical page only through bindingOnLeftAt (the side of the sheet: the binding
    // margin), which lets the binder prepare them before the plan is final. May be called
    // again, for another document.
    virtual std::vector<QPDFPageObjectHelper> appendTo(QPDF &out, int firstPhysical,
                                                       bool duplex) = 0;

    // Warnings qpdf raised while reading this file since the last call (damage it repaired).
    virtual QStringList takeWarnings() { return {}; }

    // After appendTo: streams in `out` whose raw data is the evidence file itself, with the
    // file's SHA-256 (32 bytes), which the copy into the PDF verifies (DossierIntegrityDigest).
    virtual std::vector<std::pair<QPDFObjGen, QByteArray>> verbatimStreams() const { return {}; }

    // Once open: verbatim streams whose bytes can be written straight to the output, past
    // qpdf's buffers and before the pages are final (StreamSplicingPipeline): their size and
    // what writes their bytes (throwing when they cannot be read); after appendTo, also the
    // stream in `out` each is.
    struct StreamedBytes
    {
        QPDFObjGen stream; // after appendTo
        qint64 size = 0;
        std::function<void(Pipeline &to)> write;
    };
    virtual std::vector<StreamedBytes> streamedBytes() const { return {}; }

protected:
    explicit EvidenceSource(const EvidenceFile &file)
        : m_file(file)
    {
    }
    EvidenceFile m_file;
    int m_pageCount = 0;
    bool m_signed = false;
};

// What the source of `file` will stream once open (EvidenceSource::streamedBytes), known from
// the file as listed, before any source is opened: the binder writes it ahead.
std::vector<EvidenceSource::StreamedBytes> bytesStreamedFrom(const EvidenceFile &file);

} // namespace shenbao
