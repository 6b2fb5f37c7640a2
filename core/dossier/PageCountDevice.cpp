// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/PageCountDevice.h"

#include <QPaintEngine>

namespace shenbao::pages {

namespace {

// Accepts every drawing call and does nothing. Claims every feature, so that QPainter hands
// it the calls as they are instead of emulating them (turning text into paths, and so on).
class NullPaintEngine final : public QPaintEngine
{
public:
    NullPaintEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &,
                   Qt::ImageConversionFlags) override
    {
    }
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
    void drawTextItem(const QPointF &, const QTextItem &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
    void drawRects(const QRectF *, int) override {}
    void drawRects(const QRect *, int) override {}
    void drawLines(const QLineF *, int) override {}
    void drawLines(const QLine *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawEllipse(const QRect &) override {}
    void drawPoints(const QPointF *, int) override {}
    void drawPoints(const QPoint *, int) override {}
    Type type() const override { return QPaintEngine::User; }
};

} // namespace

PageCountDevice::PageCountDevice(const QPaintDevice &reference)
    : m_reference(reference)
    , m_engine(std::make_unique<NullPaintEngine>())
{
}

PageCountDevice::~PageCountDevice() = default;

QPaintEngine *PageCountDevice::paintEngine() const
{
    return m_engine.get();
}

int PageCountDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_reference.width();
    case PdmHeight:
        return m_reference.height();
    case PdmWidthMM:
        return m_reference.widthMM();
    case PdmHeightMM:
        return m_reference.heightMM();
    case PdmNumColors:
        return m_reference.colorCount();
    case PdmDepth:
        return m_reference.depth();
    case PdmDpiX:
        return m_reference.logicalDpiX();
    case PdmDpiY:
        return m_reference.logicalDpiY();
    case PdmPhysicalDpiX:
        return m_reference.physicalDpiX();
    case PdmPhysicalDpiY:
        return m_reference.physicalDpiY();
    case PdmDevicePixelRatio:
        return int(m_reference.devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return int(m_reference.devicePixelRatio() * devicePixelRatioFScale());
    }
    return 0;
}

} // namespace shenbao::pages
