// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Evidence pages in the applicant's project file: each evidence file as it was attached (a PDF,
// or a JPEG/PNG/TIFF scan). DossierEvidencePages.h is the officer's counterpart.

#include "crosscheck/CrossCheck.h"

#include <QHash>

#include <memory>

namespace shenbao {
class ProjectFile;
}

namespace shenbao::crosscheck {

class PdfPageText;

class ProjectEvidencePages : public EvidencePageSource
{
public:
    explicit ProjectEvidencePages(const ProjectFile &file);
    ~ProjectEvidencePages() override;

    int pageCount(const QString &evidenceId) override;
    int pageNumber(const QString &evidenceId, int index) override;
    QString textLayer(const QString &evidenceId, int index) override;
    QImage image(const QString &evidenceId, int index, int dpi) override;

private:
    struct Loaded
    {
        std::unique_ptr<PdfPageText> pdf; // PDF evidence
        QByteArray imageBytes;            // image evidence
        int pages = 0;
    };
    Loaded &load(const QString &evidenceId);

    const ProjectFile &m_file;
    QHash<QString, std::shared_ptr<Loaded>> m_loaded;
};

} // namespace shenbao::crosscheck
