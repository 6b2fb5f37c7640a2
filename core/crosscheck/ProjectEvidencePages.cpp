// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "crosscheck/ProjectEvidencePages.h"

#include "crosscheck/PageReaderModule.h"
#include "store/ProjectFile.h"

#include <QBuffer>
#include <QImageReader>

namespace shenbao::crosscheck {

ProjectEvidencePages::ProjectEvidencePages(const ProjectFile &file)
    : m_file(file)
{
}

ProjectEvidencePages::~ProjectEvidencePages() = default;

ProjectEvidencePages::Loaded &ProjectEvidencePages::load(const QString &evidenceId)
{
    auto &slot = m_loaded[evidenceId];
    if (slot)
        return *slot;
    slot = std::make_shared<Loaded>();
    const auto stored = m_file.storedFile(evidenceId);
    if (!stored)
        return *slot;
    const QByteArray bytes = m_file.readEvidence(evidenceId);
    if (stored->mediaType == MediaType::Pdf) {
        // No reader (an incomplete installation): no pages; runCrossCheck() says why.
        if (const PageReader *reader = pageReader())
            slot->pdf = reader->openPdf(bytes);
        slot->pages = slot->pdf ? slot->pdf->pageCount() : 0;
    } else {
        slot->imageBytes = bytes;
        QBuffer buffer(&slot->imageBytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        slot->pages = reader.canRead() ? std::max(1, reader.imageCount()) : 0;
    }
    return *slot;
}

int ProjectEvidencePages::pageCount(const QString &evidenceId)
{
    return load(evidenceId).pages;
}

int ProjectEvidencePages::pageNumber(const QString &, int index)
{
    return index + 1;
}

QString ProjectEvidencePages::textLayer(const QString &evidenceId, int index)
{
    const Loaded &l = load(evidenceId);
    return l.pdf ? l.pdf->text(index) : QString();
}

QImage ProjectEvidencePages::image(const QString &evidenceId, int index, int dpi)
{
    Loaded &l = load(evidenceId);
    if (l.pdf)
        return l.pdf->render(index, dpi);
    QBuffer buffer(&l.imageBytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // a phone photo's EXIF orientation
    if (index > 0 && !reader.jumpToImage(index))
        return {};
    return reader.read();
}

} // namespace shenbao::crosscheck
