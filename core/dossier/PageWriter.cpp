// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/PageWriter.h"

#include "dossier/PageCountDevice.h"
#include "dossier/PdfPostProcess.h"

#include <QPageLayout>
#include <QPdfWriter>
#include <algorithm>
#include <utility>

namespace shenbao::pages {

PageWriter::PageWriter(const DossierPageInput &input, const QString &title, Output output)
    : m_input(&input)
    , m_partPhysical(input.firstPhysicalPage)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(kResolutionDpi);
    // Margins are ours to manage (they mirror per page), so the device gets none.
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Shenbao " SHENBAO_VERSION));
    if (output == Output::PageCountOnly)
        m_countDevice = std::make_unique<PageCountDevice>(*m_writer);
    m_painter.begin(device());
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    // The state every part starts from (startPart restores it): a part drawn into a shared
    // document must not inherit the pen, font or transform the previous part left behind.
    m_painter.save();
    m_y = content().top();
}

PageWriter::~PageWriter()
{
    if (m_painter.isActive()) {
        m_painter.restore();
        m_painter.end();
    }
}

QPaintDevice *PageWriter::device() const
{
    if (m_countDevice)
        return m_countDevice.get();
    return m_writer.get();
}

QRectF PageWriter::content() const
{
    const bool bindingLeft = !m_input->duplex || physicalPage() % 2 != 0;
    const qreal left = bindingLeft ? kBindingMarginMm : kOuterMarginMm;
    return QRectF(mm(left), mm(kTopMarginMm), contentWidth(), mm(kContentBottomMm - kTopMarginMm));
}

void PageWriter::newPage()
{
    if (!m_countDevice)
        m_writer->newPage();
    ++m_pages;
    m_y = content().top();
}

int PageWriter::startPart(const DossierPageInput &input)
{
    placeHeadings(0);
    if (!m_countDevice)
        m_writer->newPage();
    ++m_pages;
    m_painter.restore();
    m_painter.save();
    m_input = &input;
    m_partFirstPage = m_pages;
    m_partPhysical = input.firstPhysicalPage;
    m_y = content().top();
    return m_pages - 1;
}

void PageWriter::ensureSpace(qreal height)
{
    if (!m_pending.isEmpty()) {
        placeHeadings(height);
        return;
    }
    if (!atPageTop() && remaining() < height)
        newPage();
}

void PageWriter::keepHeading(const TextBlock &block, qreal before, qreal after, qreal keepWith)
{
    m_pending.append({block, before, after, keepWith});
}

void PageWriter::placeHeadings(qreal contentHeight)
{
    if (m_pending.isEmpty())
        return;
    const QList<PendingHeading> pending = std::exchange(m_pending, {});
    qreal total = 0;
    for (qsizetype i = 0; i < pending.size(); ++i)
        total += (i == 0 && atPageTop() ? 0 : pending[i].before) + pending[i].block.height() +
                 pending[i].after;
    ensureSpace(total + std::max(contentHeight, pending.back().keepWith));
    for (const PendingHeading &h : pending) {
        if (!atPageTop())
            m_y += h.before;
        flow(h.block);
        m_y += h.after;
    }
}

TextBlock PageWriter::layout(const QString &text, const QFont &font, qreal width,
                             const TextBlock::Options &options) const
{
    noteDrawn(text);
    return TextBlock(text, font, width, options, device());
}

TextBlock PageWriter::layoutOneLine(const QString &text, FontRole role, qreal maxPoints,
                                    qreal minPoints, qreal width,
                                    const TextBlock::Options &options) const
{
    TextBlock block;
    for (qreal size = maxPoints; size >= minPoints - 1e-6; size -= 0.5) {
        block = layout(text, pageFont(role, size), width, options);
        if (block.lineCount() <= 1)
            break;
    }
    return block;
}

void PageWriter::flow(const TextBlock &block, qreal indent)
{
    if (!m_pending.isEmpty() && block.lineCount() > 0)
        placeHeadings(block.height(0, 1));
    int from = 0;
    while (from < block.lineCount()) {
        int n = block.fittingLines(from, remaining());
        if (n == 0) {
            if (atPageTop()) // a line taller than a page: draw it anyway rather than loop
                n = 1;
            else {
                newPage();
                continue;
            }
        }
        block.draw(m_painter, QPointF(content().left() + indent, m_y), from, from + n);
        m_y += block.height(from, from + n);
        from += n;
        if (from < block.lineCount())
            newPage();
    }
}

void PageWriter::paragraphs(const QString &text, qreal pointSize)
{
    const QFont font = pageFont(FontRole::Body, pointSize);
    TextBlock::Options o;
    o.alignment = Qt::AlignJustify;
    o.firstLineIndent = 2 * pointSize * kResolutionDpi / 72.0;
    o.lineSpacing = 1.75;
    o.paragraphSpacing = mm(1);
    flow(layout(text, font, contentWidth(), o));
}

void PageWriter::sectionHeading(const QString &text, qreal keepWith)
{
    const QFont font = pageFont(FontRole::Heading, 15, true);
    TextBlock::Options o;
    o.lineSpacing = 1.6;
    keepHeading(layout(text, font, contentWidth(), o), mm(5), mm(2), keepWith);
}

void PageWriter::pageTitle(const QString &text, qreal pointSize)
{
    const QFont font = pageFont(FontRole::Heading, pointSize, true);
    TextBlock::Options o;
    o.alignment = Qt::AlignHCenter;
    o.lineSpacing = 1.6;
    const TextBlock block = layout(text, font, contentWidth(), o);
    ensureSpace(block.height() + mm(30));
    flow(block);
    skip(mm(6));
}

RenderedPart PageWriter::finish()
{
    placeHeadings(0);
    m_painter.restore();
    m_painter.end();
    RenderedPart part;
    part.pageCount = m_pages;
    if (m_countDevice)
        return part;
    m_writer.reset(); // flushes the trailer into the buffer
    m_buffer.close();
    part.pdf = postProcessGeneratedPdf(m_buffer.data(), m_drawn);
    return part;
}

} // namespace shenbao::pages
