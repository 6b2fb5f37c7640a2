// SPDX-FileCopyrightText: 2026 The Shenbao authors
#include "dossier/FooterStamp.h"

#include "dossier/DossierJson.h"
#include "dossier/PageStyle.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <algorithm>
#include <cmath>
#include <stdexcept>

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
        auto listed = [&] {
            return QFontDatabase::families().contains(wqy, Qt::CaseInsensitive);
        };
        if (!listed()) {
            const QString file = QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
            if (QFile::exists(file))
                QFontDatabase::addApplicationFont(file);
        }
        return listed() ? wqy : pages::pageFontFamily(pages::FontRole::Heading);
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

std::string num(double v)
{
    if (std::abs(v) < 5e-5)
        return "0";
    QString s = QString::number(v, 'f', 4);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s.toStdString();
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

} // namespace

QString footerPageText(int number, int total)
{
    return QStringLiteral("第 %1 页 / 共 %2 页").arg(number).arg(total);
}

QByteArray renderFooterStrips(const FooterText &text, const std::function<bool(int)> &bindingOnLeft)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QSizeF(210.0, kFooterStripHeightMm), QPageSize::Millimeter,
                                     QString(), QPageSize::ExactMatch));
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
        const double h = devMm(kFooterStripHeightMm);
        const QString fingerprint =
            QStringLiteral("数据指纹 ") + shortFingerprint(text.fingerprintHex);
        for (int n = 1; n <= text.total; ++n) {
            if (n > 1)
                writer.newPage();
            const bool left = !bindingOnLeft || bindingOnLeft(n);
            const double x0 = devMm(left ? pages::kBindingMarginMm : pages::kOuterMarginMm);
            const double x1 =
                devMm(210.0 - (left ? pages::kOuterMarginMm : pages::kBindingMarginMm));
            const double centre = devMm(46.0);
            const double cell = (x1 - x0 - centre) / 2;
            const QRectF band(x0, 0, x1 - x0, h);
            p.drawText(QRectF(x0, 0, cell, h), Qt::AlignLeft | Qt::AlignVCenter,
                       metrics.elidedText(text.applicant, Qt::ElideRight, cell));
            p.drawText(band, Qt::AlignHCenter | Qt::AlignVCenter, footerPageText(n, text.total));
            p.drawText(QRectF(x1 - cell, 0, cell, h), Qt::AlignRight | Qt::AlignVCenter,
                       fingerprint);
        }
        p.end();
    }
    return bytes;
}

FooterStamper::FooterStamper(QPDF &out, const QByteArray &stripsPdf)
    : m_out(out)
    , m_stripsData(stripsPdf)
    , m_strips(std::make_unique<QPDF>())
{
    m_strips->setSuppressWarnings(true);
    m_strips->processMemoryFile("footers", m_stripsData.constData(), size_t(m_stripsData.size()));
    // Copy stream data at once: the form XObjects get their data from the strip pages.
    m_strips->setImmediateCopyFrom(true);
    m_stripPages = QPDFPageDocumentHelper(*m_strips).getAllPages();
}

FooterStamper::~FooterStamper() = default;

QPDFObjectHandle FooterStamper::formFor(int number)
{
    auto it = m_forms.find(number);
    if (it != m_forms.end())
        return it->second;
    if (number < 1 || number > int(m_stripPages.size()))
        throw std::runtime_error("footer number out of range");
    QPDFObjectHandle form =
        m_out.copyForeignObject(m_stripPages.at(size_t(number - 1)).getFormXObjectForPage(false));
    m_forms.emplace(number, form);
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

void FooterStamper::stamp(QPDFPageObjectHelper page, int number)
{
    QPDFObjectHandle oh = page.getObjectHandle();
    // The visible area: CropBox within MediaBox (both may be missing or odd in evidence PDFs).
    Box media{0, 0, kStripWidthPt, 841.8898};
    readBox(page.getAttribute("/MediaBox", false), media);
    Box visible = media;
    Box crop;
    if (readBox(page.getAttribute("/CropBox", false), crop)) {
        const Box cut{std::max(crop.llx, media.llx), std::max(crop.lly, media.lly),
                      std::min(crop.urx, media.urx), std::min(crop.ury, media.ury)};
        if (cut.urx > cut.llx && cut.ury > cut.lly)
            visible = cut;
    }
    int rotate = 0;
    if (auto r = page.getAttribute("/Rotate", false); r.isInteger())
        rotate = ((r.getIntValueAsInt() % 360) + 360) % 360;
    if (rotate % 90 != 0)
        rotate = 0; // invalid: viewers ignore it as well
    double userUnit = 1.0;
    if (auto u = oh.getKey("/UserUnit"); u.isNumber() && u.getNumericValue() > 0)
        userUnit = u.getNumericValue();

    const double w = visible.urx - visible.llx, h = visible.ury - visible.lly;
    const bool quarter = rotate == 90 || rotate == 270;
    const double vw = quarter ? h : w, vh = quarter ? w : h;
    // Natural size on A4 and wider pages; narrower (or very short) pages get a smaller footer.
    double s =
        std::min({1.0, vw * userUnit / kStripWidthPt, vh * userUnit * 0.25 / kStripHeightPt}) /
        userUnit;
    const double xv = (vw - kStripWidthPt * s) / 2;

    // Visible (upright) coordinates → default user space, per /Rotate (clockwise on display).
    double Ra = 1, Rb = 0, Rc = 0, Rd = 1, Re = visible.llx, Rf = visible.lly;
    switch (rotate) {
    case 90:
        Ra = 0, Rb = 1, Rc = -1, Rd = 0, Re = visible.urx, Rf = visible.lly;
        break;
    case 180:
        Ra = -1, Rb = 0, Rc = 0, Rd = -1, Re = visible.urx, Rf = visible.ury;
        break;
    case 270:
        Ra = 0, Rb = -1, Rc = 1, Rd = 0, Re = visible.llx, Rf = visible.ury;
        break;
    default:
        break;
    }
    const std::string cm = num(Ra * s) + " " + num(Rb * s) + " " + num(Rc * s) + " " + num(Rd * s) +
                           " " + num(Ra * xv + Re) + " " + num(Rb * xv + Rf) + " cm";

    // Fresh (direct) resource dictionaries: the originals may be shared with other pages.
    QPDFObjectHandle resources = oh.getKey("/Resources");
    resources =
        resources.isDictionary() ? resources.shallowCopy() : QPDFObjectHandle::newDictionary();
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    xobjects = xobjects.isDictionary() ? xobjects.shallowCopy() : QPDFObjectHandle::newDictionary();
    std::string name = "/ShenbaoFooter";
    for (int i = 1; xobjects.hasKey(name); ++i)
        name = "/ShenbaoFooter" + std::to_string(i);
    xobjects.replaceKey(name, formFor(number));
    resources.replaceKey("/XObject", xobjects);
    oh.replaceKey("/Resources", resources);

    // The page's own streams stay untouched; q … Q keeps their graphics state from leaking
    // into the footer.
    page.addPageContents(contentStream("q\n"), true);
    page.addPageContents(contentStream("\nQ\nq " + cm + " " + name + " Do Q\n"), false);
}

} // namespace shenbao
