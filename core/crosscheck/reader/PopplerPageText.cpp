// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "crosscheck/reader/PopplerPageText.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <mutex>

namespace shenbao::crosscheck {

namespace {

// Evidence PDFs come from anywhere; poppler's complaints about them would otherwise go to
// stderr of the CLI. What matters (no text, unreadable) is reported through the results.
void quietPoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr);
    });
}

QString fromUstring(const poppler::ustring &s)
{
    const poppler::byte_array utf8 = s.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

} // namespace

PopplerPageText::PopplerPageText(const QByteArray &pdf)
    : m_bytes(pdf)
{
    quietPoppler();
    m_doc.reset(poppler::document::load_from_raw_data(m_bytes.constData(), int(m_bytes.size())));
    if (m_doc && m_doc->is_locked())
        m_doc.reset();
}

PopplerPageText::~PopplerPageText() = default;

bool PopplerPageText::isValid() const
{
    return m_doc != nullptr;
}

int PopplerPageText::pageCount() const
{
    return m_doc ? m_doc->pages() : 0;
}

QString PopplerPageText::text(int index, double skipBottomPoints) const
{
    if (!m_doc || index < 0 || index >= m_doc->pages())
        return {};
    std::unique_ptr<poppler::page> page(m_doc->create_page(index));
    if (!page)
        return {};
    // poppler-cpp's text rectangle is in points with the origin at the top left of the page
    // as displayed.
    const poppler::rectf box = page->page_rect(poppler::media_box);
    poppler::rectf area(0, 0, box.width(), std::max(0.0, box.height() - skipBottomPoints));
    if (page->orientation() == poppler::page::landscape ||
        page->orientation() == poppler::page::seascape)
        area = poppler::rectf(0, 0, box.height(), std::max(0.0, box.width() - skipBottomPoints));
    return fromUstring(page->text(area, poppler::page::physical_layout));
}

QImage PopplerPageText::render(int index, int dpi, double skipBottomPoints) const
{
    if (!m_doc || index < 0 || index >= m_doc->pages())
        return {};
    std::unique_ptr<poppler::page> page(m_doc->create_page(index));
    if (!page)
        return {};
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_gray8);
    const poppler::image img = renderer.render_page(page.get(), dpi, dpi);
    if (!img.is_valid())
        return {};
    const int skip = int(skipBottomPoints / 72.0 * dpi);
    const int height = std::max(1, img.height() - skip);
    QImage out(img.width(), height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y)
        memcpy(out.scanLine(y), img.const_data() + qsizetype(y) * img.bytes_per_row(),
               size_t(img.width()));
    out.setDotsPerMeterX(int(dpi / 0.0254));
    out.setDotsPerMeterY(int(dpi / 0.0254));
    return out;
}

} // namespace shenbao::crosscheck
