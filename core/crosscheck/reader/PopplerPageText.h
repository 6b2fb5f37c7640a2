// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// PdfPageText with poppler-cpp (part of the page-reader module).

#include "crosscheck/PdfPageText.h"

#include <QByteArray>

#include <memory>

namespace poppler {
class document;
}

namespace shenbao::crosscheck {

class PopplerPageText final : public PdfPageText
{
public:
    // Keeps a copy of the bytes (poppler reads from them lazily).
    explicit PopplerPageText(const QByteArray &pdf);
    ~PopplerPageText() override;

    bool isValid() const override;
    int pageCount() const override;
    QString text(int index, double skipBottomPoints = 0) const override;
    QImage render(int index, int dpi, double skipBottomPoints = 0) const override;

private:
    QByteArray m_bytes;
    std::unique_ptr<poppler::document> m_doc;
};

} // namespace shenbao::crosscheck
