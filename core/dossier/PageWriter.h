// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "dossier/DossierPages.h"
#include "dossier/PageStyle.h"
#include "dossier/TextBlock.h"

#include <QBuffer>
#include <QPainter>
#include <QRectF>

#include <memory>

class QPdfWriter;

namespace shenbao::pages {

// One part of the dossier being drawn: a QPdfWriter into memory, the current page's content
// rectangle (binding margin mirrored on even physical pages when duplex) and a vertical
// cursor. Everything flows top to bottom; callers ask for space and get a new page if needed.
class PageCountDevice;

class PageWriter
{
public:
    enum class Output
    {
        Pdf,          // draw into a PDF: finish() returns it
        PageCountOnly // lay out only (PageCountDevice): finish() returns the page count
    };
    PageWriter(const DossierPageInput &input, const QString &title, Output output = Output::Pdf);
    ~PageWriter();
    PageWriter(const PageWriter &) = delete;
    PageWriter &operator=(const PageWriter &) = delete;

    // Drawing directly with the painter first places any heading still waiting for its content.
    QPainter &painter()
    {
        placeHeadings(0);
        return m_painter;
    }
    QPaintDevice *device() const;
    const DossierPageInput &input() const { return *m_input; }

    // Content rectangle of the current page, in device units.
    QRectF content() const;
    qreal contentWidth() const { return mm(kPageWidthMm - kBindingMarginMm - kOuterMarginMm); }
    qreal y() const { return m_y; }
    void setY(qreal y)
    {
        placeHeadings(0);
        m_y = y;
    }
    // While a heading waits for its content, the space goes below that heading.
    void skip(qreal dy)
    {
        if (m_pending.isEmpty())
            m_y += dy;
        else
            m_pending.back().after += dy;
    }
    qreal remaining() const { return content().bottom() - m_y; }
    qreal emptyPageHeight() const { return mm(kContentBottomMm - kTopMarginMm); }
    bool atPageTop() const { return m_y <= content().top() + 0.5; }
    int pageCount() const { return m_pages; }
    // Physical page number (1-based in the bound volume) of the current page.
    int physicalPage() const { return m_partPhysical + m_pages - m_partFirstPage; }

    void newPage();
    // Starts another part on a new page of the same document, drawn from `input` (which must
    // outlive the writer; its firstPhysicalPage is the part's first page): parts drawn into
    // one document share its fonts, which Qt embeds once per document (mapping all 65,536 BMP
    // code points per font), the largest fixed cost of an export. Returns the new part's
    // first page (0-based) in the document.
    int startPart(const DossierPageInput &input);
    // Starts a new page unless `height` still fits below the cursor (or the page is empty).
    // Headings waiting for their content are placed first, on the same page as `height`.
    void ensureSpace(qreal height);

    // Everything drawn goes through layout() or noteDrawn(): the PDF's text maps are repaired
    // against the characters actually drawn (see PdfPostProcess.h).
    TextBlock layout(const QString &text, const QFont &font, qreal width,
                     const TextBlock::Options &options = {}) const;
    void noteDrawn(const QString &text) const { m_drawn += text; }
    // The text on one line if it fits at any size from maxPoints down to minPoints (in steps of
    // half a point); wrapped at minPoints otherwise. For names, which officers search and copy
    // from the PDF: a wrapped name does not come back as one string.
    TextBlock layoutOneLine(const QString &text, FontRole role, qreal maxPoints, qreal minPoints,
                            qreal width, const TextBlock::Options &options = {}) const;
    // Draws the block at the cursor, `indent` from the content's left edge, continuing on new
    // pages as needed; the cursor ends below it.
    void flow(const TextBlock &block, qreal indent = 0);
    // Body paragraphs (首行缩进两字), justified, flowing across pages.
    void paragraphs(const QString &text, qreal pointSize = 12);
    // 「一、申报单位基本情况表」: kept on the same page as the first ~`keepWith` of what follows
    // and as the first line / table row / small table actually drawn next (see keepHeading).
    void sectionHeading(const QString &text, qreal keepWith = mm(30));
    // A heading is not drawn at once: it waits until the next content is drawn (flow, a
    // table's ensureSpace, the painter) and then goes on the page where that content's first
    // part fits, so that no heading is left alone at the foot of a page. `before` is dropped at
    // the top of a page.
    void keepHeading(const TextBlock &block, qreal before, qreal after, qreal keepWith);
    // A page title such as 「目录」, centred.
    void pageTitle(const QString &text, qreal pointSize = 18);

    // Ends the document; the PDF is post-processed (text maps, reproducible bytes). With
    // PageCountOnly the part has its page count and no PDF.
    RenderedPart finish();

private:
    struct PendingHeading
    {
        TextBlock block;
        qreal before = 0, after = 0, keepWith = 0;
    };
    // Draws the waiting headings where they and the next `contentHeight` fit together.
    void placeHeadings(qreal contentHeight);

    const DossierPageInput *m_input;
    QList<PendingHeading> m_pending;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer; // with PageCountOnly: only the measure of the device
    std::unique_ptr<PageCountDevice> m_countDevice; // PageCountOnly: what the painter draws on
    QPainter m_painter;
    int m_pages = 1;
    int m_partFirstPage = 1; // m_pages on the current part's first page
    int m_partPhysical = 1;  // physical page number of the current part's first page
    qreal m_y = 0;
    mutable QString m_drawn;
};

} // namespace shenbao::pages
