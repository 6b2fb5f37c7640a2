// SPDX-FileCopyrightText: 2026 The Shenbao authors
#include "dossier/FooterStamp.h"

#include "dossier/DossierFormat.h"
#include "dossier/DossierJson.h"
#include "dossier/PageStyle.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace shenbao {

namespace {

constexpr int kStripDpi = 600;
constexpr double kStripWidthPt = 210.0 * 72.0 / 25.4;
constexpr double kStripHeightPt = kFooterStripHeightMm * 72.0 / 25.4;

double devMm(double mm)
{
    return mm * kStripDpi / 25.4;
}

// WenQuanYi Zen Hei maps every glyph back to its own code point, so pdftotext and officers'
// searches get the applicant's name exactly; Noto CJK's tables send common characters such as
// 一 and 工 to Kangxi radicals (U+2F00…) in Qt's text layer.
QString footerFontFamily()
{
    static const QString family = [] {
        const QString wqy = QStringLiteral("WenQuanYi Zen Hei");
        return pages::ensureFontFamily(wqy) ? wqy : pages::pageFontFamily(pages::FontRole::Heading);
    }();
    return family;
}

QFont footerFont()
{
    QFont f(footerFontFamily());
    f.setPointSizeF(7.5);
    f.setKerning(false);
    f.setStyleHint(QFont::SansSerif);
    // Without shaping, digits keep glyphs that Qt's PDF engine can map back to Unicode.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferNoShaping | QFont::PreferOutline));
    return f;
}

struct Box
{
    double llx = 0, lly = 0, urx = kStripWidthPt, ury = 842;
};

bool readBox(QPDFObjectHandle h, Box &box)
{
    if (!h.isRectangle())
        return false;
    const auto r = h.getArrayAsRectangle();
    box = Box{std::min(r.llx, r.urx), std::min(r.lly, r.ury), std::max(r.llx, r.urx),
              std::max(r.lly, r.ury)};
    return box.urx - box.llx > 0 && box.ury - box.lly > 0;
}

// Where the footer band lies on a page, in its default user space.
struct Frame
{
    Box visible;    // CropBox within MediaBox
    int rotate = 0; // 0, 90, 180, 270 (clockwise on display)
    double vw = 0;  // displayed width and height, in user units
    double vh = 0;
    double band = 0; // height of the footer band, in user units
    // Displayed (upright) coordinates → user space.
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;

    void toUser(double xv, double yv, double &x, double &y) const
    {
        x = a * xv + c * yv + e;
        y = b * xv + d * yv + f;
    }
};

Frame frameOf(QPDFPageObjectHelper page)
{
    Frame fr;
    Box media{0, 0, kStripWidthPt, 841.8898};
    readBox(page.getAttribute("/MediaBox", false), media);
    fr.visible = media;
    Box crop;
    if (readBox(page.getAttribute("/CropBox", false), crop)) {
        const Box cut{std::max(crop.llx, media.llx), std::max(crop.lly, media.lly),
                      std::min(crop.urx, media.urx), std::min(crop.ury, media.ury)};
        if (cut.urx > cut.llx && cut.ury > cut.lly)
            fr.visible = cut;
    }
    if (auto r = page.getAttribute("/Rotate", false); r.isInteger())
        fr.rotate = ((r.getIntValueAsInt() % 360) + 360) % 360;
    if (fr.rotate % 90 != 0)
        fr.rotate = 0; // invalid: viewers ignore it as well
    double userUnit = 1.0;
    if (auto u = page.getObjectHandle().getKey("/UserUnit");
        u.isNumber() && u.getNumericValue() > 0)
        userUnit = u.getNumericValue();
    const Box &v = fr.visible;
    const double w = v.urx - v.llx, h = v.ury - v.lly;
    const bool quarter = fr.rotate == 90 || fr.rotate == 270;
    fr.vw = quarter ? h : w;
    fr.vh = quarter ? w : h;
    // Natural size on A4 and wider pages; narrower (or very short) pages get a smaller footer.
    const double s = std::min({1.0, fr.vw * userUnit / kStripWidthPt,
                               fr.vh * userUnit * 0.25 / kStripHeightPt}) /
                     userUnit;
    fr.band = kStripHeightPt * s;
    switch (fr.rotate) {
    case 90:
        fr.a = 0, fr.b = 1, fr.c = -1, fr.d = 0, fr.e = v.urx, fr.f = v.lly;
        break;
    case 180:
        fr.a = -1, fr.b = 0, fr.c = 0, fr.d = -1, fr.e = v.urx, fr.f = v.ury;
        break;
    case 270:
        fr.a = 0, fr.b = -1, fr.c = 1, fr.d = 0, fr.e = v.llx, fr.f = v.ury;
        break;
    default:
        fr.e = v.llx, fr.f = v.lly;
        break;
    }
    return fr;
}

// One content-stream operation, serialised by qpdf (numbers with four decimals, so that the
// same page always gives the same bytes).
std::string operation(const std::vector<double> &operands, const char *op)
{
    std::string out;
    for (const double v : operands)
        out += QPDFObjectHandle::newReal(v, 4, true).unparse() + ' ';
    return out + QPDFObjectHandle::newOperator(op).unparse() + '\n';
}

} // namespace

QString footerPageText(int number, int total)
{
    return QStringLiteral("第 %1 页 / 共 %2 页").arg(number).arg(total);
}

namespace {

// Where a strip's three texts go: the applicant's name in the left cell, the page number in the
// middle, the fingerprint in the right cell, inside the page's margins (mirrored like Shenbao's
// own pages: the binding margin is on the left when `bindingOnLeft`).
struct StripCells
{
    double x0 = 0, x1 = 0, cell = 0, h = 0;
    explicit StripCells(bool bindingOnLeft)
    {
        x0 = devMm(bindingOnLeft ? pages::kBindingMarginMm : pages::kOuterMarginMm);
        x1 = devMm(210.0 - (bindingOnLeft ? pages::kOuterMarginMm : pages::kBindingMarginMm));
        cell = (x1 - x0 - devMm(46.0)) / 2;
        h = devMm(kFooterStripHeightMm);
    }
    QRectF left() const { return QRectF(x0, 0, cell, h); }
    QRectF middle() const { return QRectF(x0, 0, x1 - x0, h); }
    QRectF right() const { return QRectF(x1 - cell, 0, cell, h); }
};

// Draws `count` strips, A4 wide and kFooterStripHeightMm high, one per page, with `drawStrip`
// (painter, strip number from 1, metrics of the footer font).
QByteArray
renderStrips(int count,
             const std::function<void(QPainter &, int, const QFontMetricsF &)> &drawStrip,
             QSizeF sizeMm = QSizeF(210.0, kFooterStripHeightMm))
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(
            QPageSize(sizeMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(kStripDpi);
        writer.setCreator(QStringLiteral("Shenbao"));
        QPainter p;
        if (!p.begin(&writer))
            throw std::runtime_error("cannot draw the footers");
        const QFont font = footerFont();
        p.setFont(font);
        p.setPen(QColor(50, 50, 50));
        const QFontMetricsF metrics(font, &writer);
        for (int n = 1; n <= count; ++n) {
            if (n > 1)
                writer.newPage();
            drawStrip(p, n, metrics);
        }
        p.end();
    }
    return bytes;
}

} // namespace

QByteArray renderFooterNumberStrips(const FooterText &text,
                                    const std::function<bool(int)> &bindingOnLeft)
{
    // The fingerprint's cell holds an image of one pixel, the same on every strip: the
    // stamper puts the fingerprint's form in its place (an image and a form both fill the unit
    // square the placing matrix maps onto the cell).
    QImage placeholder(1, 1, QImage::Format_RGB32);
    placeholder.fill(Qt::white);
    return renderStrips(text.total, [&](QPainter &p, int n, const QFontMetricsF &metrics) {
        const StripCells cells(!bindingOnLeft || bindingOnLeft(n));
        p.drawText(cells.left(), Qt::AlignLeft | Qt::AlignVCenter,
                   pages::shortenedName(text.applicant, [&](const QString &s) {
                       return metrics.horizontalAdvance(s) <= cells.cell;
                   }));
        p.drawText(cells.middle(), Qt::AlignHCenter | Qt::AlignVCenter,
                   footerPageText(n, text.total));
        p.drawImage(cells.right(), placeholder);
    });
}

QByteArray renderFooterFingerprint(const QString &fingerprintHex)
{
    // One page the size of the fingerprint's cell (the same on both sides of the sheet).
    const StripCells cells(true);
    const QString text = QStringLiteral("数据指纹 ") + shortFingerprint(fingerprintHex);
    return renderStrips(
        1,
        [&](QPainter &p, int, const QFontMetricsF &) {
            p.drawText(QRectF(0, 0, cells.cell, cells.h), Qt::AlignRight | Qt::AlignVCenter, text);
        },
        QSizeF(cells.cell * 25.4 / kStripDpi, kFooterStripHeightMm));
}

ParsedFooterStrips parseFooterStrips(const QByteArray &stripsPdf)
{
    ParsedFooterStrips strips;
    strips.bytes = stripsPdf;
    strips.pdf = std::make_unique<QPDF>();
    strips.pdf->setSuppressWarnings(true);
    strips.pdf->processMemoryFile("footers", strips.bytes.constData(), size_t(strips.bytes.size()));
    // Copy stream data at once: the form XObjects get their data from the strip pages.
    strips.pdf->setImmediateCopyFrom(true);
    strips.pages = QPDFPageDocumentHelper(*strips.pdf).getAllPages();
    // Everything a form is made of is read now, on the drawing thread (stripForm).
    for (QPDFPageObjectHelper &page : strips.pages) {
        QPDFObjectHandle contents = page.getObjectHandle().getKey("/Contents");
        if (contents.isStream())
            contents.getDict();
        page.getAttribute("/Resources", false).unparseResolved();
        page.getTrimBox(false);
    }
    // The fingerprint's placeholder: the strips' only image (renderFooterNumberStrips).
    if (!strips.pages.empty()) {
        QPDFObjectHandle xobjects =
            strips.pages.front().getAttribute("/Resources", false).getKey("/XObject");
        if (xobjects.isDictionary()) {
            for (auto [name, x] : xobjects.ditems()) {
                if (x.isStream() && x.getDict().getKey("/Subtype").isNameAndEquals("/Image"))
                    strips.placeholder = x.getObjGen();
            }
        }
    }
    return strips;
}

FooterStamper::FooterStamper(QPDF &out)
    : m_out(out)
{
}

FooterStamper::FooterStamper(QPDF &out, ParsedFooterStrips strips)
    : m_out(out)
    , m_strips(std::move(strips))
{
}

FooterStamper::~FooterStamper() = default;

QPDFObjectHandle FooterStamper::formFor(int number)
{
    auto it = m_forms.find(number);
    if (it != m_forms.end())
        return it->second;
    if (number < 1 || number > int(m_strips.pages.size()))
        throw std::runtime_error("footer number out of range");
    QPDFObjectHandle form = stripForm(m_strips.pages.at(size_t(number - 1)));
    m_forms.emplace(number, form);
    return form;
}

QPDFObjectHandle FooterStamper::fingerprintForm()
{
    // In the place of the strips' placeholder image; its box, matrix, resources and content
    // come with the fingerprint (fillFingerprint). Made before: pages place it already.
    if (!m_fingerprintForm.isInitialized()) {
        m_fingerprintForm = QPDFObjectHandle::newStream(&m_out);
        QPDFObjectHandle dict = m_fingerprintForm.getDict();
        dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
        dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
        dict.replaceKey("/BBox", QPDFObjectHandle::newFromRectangle({0, 0, 1, 1}));
    }
    return m_fingerprintForm;
}

void FooterStamper::fillFingerprint(const QByteArray &fingerprintPdf)
{
    // Every stamped page must print it: a strip without the placeholder would leave a footer
    // without the fingerprint, which the reader would take for a replaced page.
    if (!m_forms.empty() && !m_fingerprintForm.isInitialized())
        throw std::runtime_error("the footer strips have no place for the fingerprint");
    m_fingerprint = parseFooterStrips(fingerprintPdf);
    if (m_fingerprint.pages.size() != 1)
        throw std::runtime_error("the fingerprint strip is not one page");
    QPDFObjectHandle drawn = stripForm(m_fingerprint.pages.front());
    QPDFObjectHandle form = fingerprintForm();
    QPDFObjectHandle dict = form.getDict();
    for (const auto &[key, value] : drawn.getDict().ditems()) {
        if (key != "/Length")
            dict.replaceKey(key, value);
    }
    // The placing matrix maps the unit square onto the cell, as for the image it replaces:
    // the form's box is scaled into that square.
    const auto box = drawn.getDict().getKey("/BBox").getArrayAsRectangle();
    const double w = box.urx - box.llx, h = box.ury - box.lly;
    if (!(w > 0 && h > 0))
        throw std::runtime_error("the fingerprint strip has no size");
    dict.replaceKey("/Matrix", QPDFObjectHandle::newFromMatrix(QPDFObjectHandle::Matrix(
                                   1 / w, 0, 0, 1 / h, -box.llx / w, -box.lly / h)));
    form.replaceStreamData(drawn.getRawStreamData(), drawn.getDict().getKey("/Filter"),
                           drawn.getDict().getKey("/DecodeParms"));
}

QPDFObjectHandle FooterStamper::inOutput(QPDFObjectHandle stripObject)
{
    // What copyForeignObject does for an indirect object, also for the direct containers that
    // hold them (a page's /Resources is often direct), which copyForeignObject refuses. qpdf
    // copies each foreign object once and hands back the same copy afterwards, so the fonts
    // every strip uses are copied once.
    if (stripObject.isIndirect()) {
        if (stripObject.getOwningQPDF() == m_strips.pdf.get() &&
            stripObject.getObjGen() == m_strips.placeholder)
            return fingerprintForm();
        return m_out.copyForeignObject(stripObject);
    }
    if (stripObject.isDictionary()) {
        QPDFObjectHandle dict = QPDFObjectHandle::newDictionary();
        for (const auto &[key, value] : stripObject.ditems())
            dict.replaceKey(key, inOutput(value));
        return dict;
    }
    if (stripObject.isArray()) {
        QPDFObjectHandle array = QPDFObjectHandle::newArray();
        for (const QPDFObjectHandle &item : stripObject.aitems())
            array.appendItem(inOutput(item));
        return array;
    }
    return stripObject.shallowCopy(); // a number, name, string, boolean or null
}

QPDFObjectHandle FooterStamper::sharedResources(QPDFObjectHandle resources)
{
    // Qt gives every strip a resource dictionary of its own with the same entries (the same
    // font, graphics state and placeholder): one copy in the output serves every form with
    // those entries, instead of one copy per page.
    const std::string key =
        std::to_string(quintptr(resources.getOwningQPDF())) + ' ' + resources.unparseResolved();
    auto it = m_resources.find(key);
    if (it != m_resources.end())
        return it->second;
    QPDFObjectHandle copy = m_out.makeIndirectObject(inOutput(resources.shallowCopy()));
    m_resources.emplace(key, copy);
    return copy;
}

QPDFObjectHandle FooterStamper::stripForm(QPDFPageObjectHelper strip)
{
    // What qpdf's getFormXObjectForPage(false) makes of a page, except for the data: Qt draws
    // each strip as one compressed content stream, and the form takes those bytes as they are.
    // getFormXObjectForPage decodes them, and the writer compresses them again, one zlib stream
    // set up and torn down per page (a tenth of a small export's writing). Anything else than
    // one stream (never from Qt) goes through qpdf's helper.
    QPDFObjectHandle contents = strip.getObjectHandle().getKey("/Contents");
    if (contents.isArray() && contents.getArrayNItems() == 1)
        contents = contents.getArrayItem(0);
    if (!contents.isStream())
        return m_out.copyForeignObject(strip.getFormXObjectForPage(false));
    // (A form made here rather than in the strips' document: there, the first new object had
    // qpdf resolve every object of that document, and each form was then copied over whole.)
    QPDFObjectHandle form = QPDFObjectHandle::newStream(&m_out);
    QPDFObjectHandle dict = form.getDict();
    dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
    dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
    dict.replaceKey("/Resources", sharedResources(strip.getAttribute("/Resources", false)));
    if (QPDFObjectHandle group = strip.getAttribute("/Group", false); !group.isNull())
        dict.replaceKey("/Group", inOutput(group.shallowCopy()));
    dict.replaceKey("/BBox", inOutput(strip.getTrimBox(false).shallowCopy()));
    QPDFObjectHandle streamDict = contents.getDict();
    form.replaceStreamData(contents.getRawStreamData(), inOutput(streamDict.getKey("/Filter")),
                           inOutput(streamDict.getKey("/DecodeParms")));
    return form;
}

QPDFObjectHandle FooterStamper::contentStream(const std::string &content)
{
    auto it = m_streams.find(content);
    if (it != m_streams.end())
        return it->second;
    QPDFObjectHandle stream = QPDFObjectHandle::newStream(&m_out, content);
    m_streams.emplace(content, stream);
    return stream;
}

void FooterStamper::reserveBand(QPDFPageObjectHelper page, bool fitAboveBand)
{
    std::string before = operation({}, "q");
    if (fitAboveBand) {
        const Frame fr = frameOf(page);
        // Displayed coordinates: the page shrinks by k about the point that keeps it centred
        // horizontally with its lower edge on the band. A uniform scale about a fixed point is
        // the same matrix whatever the rotation, so only that point needs converting.
        const double k = fr.vh > fr.band ? (fr.vh - fr.band) / fr.vh : 1.0;
        if (k < 1.0) {
            double px = 0, py = 0;
            fr.toUser(fr.vw / 2, fr.band / (1 - k), px, py);
            before += operation({k, 0, 0, k, (1 - k) * px, (1 - k) * py}, "cm");
        }
    }
    page.addPageContents(contentStream(before), true);
    page.addPageContents(contentStream(operation({}, "Q")), false);
}

void FooterStamper::stamp(QPDFPageObjectHelper page, int number)
{
    QPDFObjectHandle oh = page.getObjectHandle();
    const Frame fr = frameOf(page);
    const Box &v = fr.visible;
    // The band along the displayed bottom edge, in user space.
    QPDFObjectHandle::Rectangle band(v.llx, v.lly, v.urx, v.lly + fr.band);
    switch (fr.rotate) {
    case 90:
        band = {v.urx - fr.band, v.lly, v.urx, v.ury};
        break;
    case 180:
        band = {v.llx, v.ury - fr.band, v.urx, v.ury};
        break;
    case 270:
        band = {v.llx, v.lly, v.llx + fr.band, v.ury};
        break;
    default:
        break;
    }

    // Fresh (direct) resource dictionaries: the originals may be shared with other pages
    // (blank pages all share one).
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    resources =
        resources.isDictionary() ? resources.shallowCopy() : QPDFObjectHandle::newDictionary();
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    xobjects = xobjects.isDictionary() ? xobjects.shallowCopy() : QPDFObjectHandle::newDictionary();
    resources.replaceKey("/XObject", xobjects);
    int suffix = 1;
    const std::string name = resources.getUniqueResourceName("/ShenbaoFooter", suffix);
    const QPDFObjectHandle form = formFor(number);
    xobjects.replaceKey(name, form);
    oh.replaceKey("/Resources", resources);

    // Upright on the displayed page (the page's rotation inverted), shrunk to the band on
    // narrow pages, centred; appended after the page's own (bracketed) content.
    page.addPageContents(contentStream(page.placeFormXObject(form, name, band, true, true, false)),
                         false);
}

} // namespace shenbao
