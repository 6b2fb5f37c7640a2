// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "crosscheck/EvidenceSources.h"

#include "crosscheck/PdfPageText.h"
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
        slot->pdf = std::make_unique<PdfPageText>(bytes);
        slot->pages = slot->pdf->pageCount();
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

DossierEvidencePages::DossierEvidencePages(const QByteArray &pdf, const DossierReadResult &read)
    : m_pdf(std::make_unique<PdfPageText>(pdf))
    , m_pages(read.evidencePages)
    , m_labels(read.pageLabels)
{
}

DossierEvidencePages::~DossierEvidencePages() = default;

int DossierEvidencePages::physicalIndex(const QString &evidenceId, int index) const
{
    const auto it = m_pages.constFind(evidenceId);
    if (it == m_pages.constEnd() || index < 0 || index >= it->count)
        return -1;
    const int physical = it->firstIndex + index;
    return physical < m_pdf->pageCount() ? physical : -1;
}

int DossierEvidencePages::pageCount(const QString &evidenceId)
{
    const auto it = m_pages.constFind(evidenceId);
    if (it == m_pages.constEnd() || it->firstIndex < 0)
        return 0;
    return std::max(0, std::min(it->count, m_pdf->pageCount() - it->firstIndex));
}

int DossierEvidencePages::pageNumber(const QString &evidenceId, int index)
{
    // The printed number (the page label) is what the officer turns to; the physical
    // position (1-based) when the dossier has no numeric labels.
    const int physical = physicalIndex(evidenceId, index);
    if (physical < 0)
        return 0;
    bool ok = false;
    const int label = physical < m_labels.size() ? m_labels.at(physical).toInt(&ok) : 0;
    return ok ? label : physical + 1;
}

QString DossierEvidencePages::textLayer(const QString &evidenceId, int index)
{
    const int physical = physicalIndex(evidenceId, index);
    return physical < 0 ? QString() : m_pdf->text(physical, kDossierFooterPoints);
}

QImage DossierEvidencePages::image(const QString &evidenceId, int index, int dpi)
{
    const int physical = physicalIndex(evidenceId, index);
    return physical < 0 ? QImage() : m_pdf->render(physical, dpi, kDossierFooterPoints);
}

} // namespace shenbao::crosscheck
