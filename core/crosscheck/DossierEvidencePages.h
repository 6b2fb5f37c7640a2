// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Evidence pages in a bound dossier the officer received: inside one PDF, located by the
// embedded manifest's firstPage/pages. Knows no project file, so the officer's side reaches
// no storage through it.

#include "crosscheck/CrossCheck.h"
#include "dossier/DossierReader.h"
#include "dossier/FooterStamp.h"

#include <QHash>

#include <memory>

namespace shenbao::crosscheck {

class PdfPageText;

class DossierEvidencePages : public EvidencePageSource
{
public:
    // `pdf`: the dossier's bytes; `read`: readDossierData()'s result for them, whose
    // evidencePages and pageLabels place each evidence item.
    DossierEvidencePages(const QByteArray &pdf, const DossierReadResult &read);
    ~DossierEvidencePages() override;

    int pageCount(const QString &evidenceId) override;
    int pageNumber(const QString &evidenceId, int index) override;
    QString textLayer(const QString &evidenceId, int index) override;
    QImage image(const QString &evidenceId, int index, int dpi) override;

private:
    int physicalIndex(const QString &evidenceId, int index) const;
    // The dossier opened by the page reader on first use (null without one: no pages).
    const PdfPageText *pdf() const;
    int physicalPageCount() const;

    const QByteArray m_bytes;
    mutable std::unique_ptr<PdfPageText> m_pdf;
    mutable bool m_opened = false;
    QHash<QString, EvidencePages> m_pages;
    QStringList m_labels;
};

// The footer band Shenbao stamps on every numbered dossier page (FooterStamp.h) plus 1 mm:
// left out of the text and the image, since it carries the applicant's name.
inline constexpr double kDossierFooterPoints = (kFooterStripHeightMm + 1.0) / 25.4 * 72.0;

} // namespace shenbao::crosscheck
