// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QPaintDevice>

#include <memory>

class QPaintEngine;

namespace shenbao::pages {

// A paint device that draws nothing but measures exactly like `reference` (same size, same
// resolution): text laid out on it breaks into the same lines and pages as on the PDF writer.
// The binder's first planning round only needs the page counts of the generated parts; drawing
// them into a PDF would cost font embedding (Qt maps all 65,536 BMP code points per font and
// document) and compression for a document that is thrown away. The binder's next round, drawn
// for real, checks the counts, so a difference would cost a round, never a wrong dossier.
class PageCountDevice final : public QPaintDevice
{
public:
    explicit PageCountDevice(const QPaintDevice &reference);
    ~PageCountDevice() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    const QPaintDevice &m_reference;
    std::unique_ptr<QPaintEngine> m_engine;
};

} // namespace shenbao::pages
