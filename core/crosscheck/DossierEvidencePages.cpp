// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "crosscheck/DossierEvidencePages.h"

#include "crosscheck/PageReaderModule.h"

#include <algorithm>

namespace shenbao::crosscheck {

DossierEvidencePages::DossierEvidencePages(const QByteArray &pdf, const DossierReadResult &read)
    : m_bytes(pdf)
    , m_pages(read.evidencePages)
    , m_labels(read.pageLabels)
{
}

DossierEvidencePages::~DossierEvidencePages() = default;

const PdfPageText *DossierEvidencePages::pdf() const
{
    if (!m_opened) {
        m_opened = true;
        // No reader (an incomplete installation): no pages; runCrossCheck() says why.
        if (const PageReader *reader = pageReader())
            m_pdf = reader->openPdf(m_bytes);
    }
    return m_pdf.get();
}

int DossierEvidencePages::physicalPageCount() const
{
    return pdf() ? pdf()->pageCount() : 0;
}

int DossierEvidencePages::physicalIndex(const QString &evidenceId, int index) const
{
    const auto it = m_pages.constFind(evidenceId);
    if (it == m_pages.constEnd() || index < 0 || index >= it->count)
        return -1;
    const int physical = it->firstIndex + index;
    return physical < physicalPageCount() ? physical : -1;
}

int DossierEvidencePages::pageCount(const QString &evidenceId)
{
    const auto it = m_pages.constFind(evidenceId);
    if (it == m_pages.constEnd() || it->firstIndex < 0)
        return 0;
    return std::max(0, std::min(it->count, physicalPageCount() - it->firstIndex));
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
    return physical < 0 ? QString() : pdf()->text(physical, kDossierFooterPoints);
}

QImage DossierEvidencePages::image(const QString &evidenceId, int index, int dpi)
{
    const int physical = physicalIndex(evidenceId, index);
    return physical < 0 ? QImage() : pdf()->render(physical, dpi, kDossierFooterPoints);
}

} // namespace shenbao::crosscheck
