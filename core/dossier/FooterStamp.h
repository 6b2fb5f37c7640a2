// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The footer of every numbered page (spec/dossier-layout.md): 「第 n 页 / 共 N 页」, the short
// fingerprint and the applicant's name. Drawn once by Qt as real text (one small strip per
// page number, and the fingerprint apart: it is known last), then placed onto each page as a
// form XObject in a content stream of its own: the page's existing content streams are never
// rewritten, only bracketed by q … Q (and scaled above the footer band where evidence would
// reach into it).

#include <QByteArray>
#include <QString>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace shenbao {

struct FooterText
{
    QString applicant;
    QString fingerprintHex;
    int total = 0; // N of 「共 N 页」
};

// The footers are drawn in two parts, so that the larger is ready before the fingerprint is:
// - the number strips, pages 1 … total: page n-1 of the returned PDF holds the applicant's name
//   and 「第 n 页 / 共 N 页」 of numbered page n, A4 wide and kFooterStripHeightMm high.
//   `bindingOnLeft(n)` mirrors the margins like Shenbao's own pages (binding edge left on odd
//   physical pages when duplex). The fingerprint's cell holds a placeholder image, one pixel;
// - the fingerprint: 「数据指纹 xxxx xxxx xxxx」 on a page the size of its cell, which the
//   stamper puts in the placeholder's place.
QByteArray renderFooterNumberStrips(const FooterText &text,
                                    const std::function<bool(int)> &bindingOnLeft);
QByteArray renderFooterFingerprint(const QString &fingerprintHex);

inline constexpr double kFooterStripHeightMm = 16.0;

// The footer's text for page n, exactly as drawn (tests read it back with pdftotext).
QString footerPageText(int number, int total);

// Strips read by qpdf, every strip's objects resolved: the number strips are read on the thread
// that drew them and stamped from on another.
struct ParsedFooterStrips
{
    QByteArray bytes; // qpdf reads them in place
    std::unique_ptr<QPDF> pdf;
    std::vector<QPDFPageObjectHelper> pages;
    QPDFObjGen placeholder; // the image in the fingerprint's cell
};
ParsedFooterStrips parseFooterStrips(const QByteArray &stripsPdf);

class FooterStamper
{
public:
    // Only to reserve footer bands.
    explicit FooterStamper(QPDF &out);
    FooterStamper(QPDF &out, ParsedFooterStrips strips);
    ~FooterStamper();
    FooterStamper(const FooterStamper &) = delete;
    FooterStamper &operator=(const FooterStamper &) = delete;

    int stripCount() const { return int(m_strips.pages.size()); }

    // Keeps the footer band of `page` free (spec/dossier-layout.md, "Every page from part 3
    // on"): brackets the page's content streams with q … Q and, when `fitAboveBand`, places
    // them scaled down uniformly into the area above the band (centred). The page's own
    // streams are untouched; only the placing matrix is added, in a stream of its own. Must
    // come before the page digest, which covers it.
    void reserveBand(QPDFPageObjectHelper page, bool fitAboveBand);

    // Puts the footer of numbered page `number` in the band along the bottom edge of the page
    // as it is displayed (after /Rotate), inside its visible area (CropBox), at its natural
    // size on A4 and scaled down on narrower pages: one content stream added last, placing a
    // form XObject (qpdf's placeFormXObject), which is what the reader recognises as the
    // footer layer. The form is the page's number strip, which draws the fingerprint's form in
    // its cell (where Qt drew the placeholder); that form has no content until
    // fillFingerprint().
    void stamp(QPDFPageObjectHelper page, int number);

    // Frees the number strips once every page is stamped (their objects are copied).
    void releaseStrips() { m_strips = ParsedFooterStrips(); }

    // Gives the fingerprint's form, which every stamped page draws, its content
    // (renderFooterFingerprint). The footers are complete after this.
    void fillFingerprint(const QByteArray &fingerprintPdf);

private:
    QPDFObjectHandle formFor(int number);
    QPDFObjectHandle fingerprintForm();
    // The strip's page as a form XObject of the output.
    QPDFObjectHandle stripForm(QPDFPageObjectHelper strip);
    // `stripObject` (of the strips' document) as an object of the output.
    QPDFObjectHandle inOutput(QPDFObjectHandle stripObject);
    // A strip's resource dictionary in the output, one for all strips whose entries are alike.
    QPDFObjectHandle sharedResources(QPDFObjectHandle resources);
    QPDFObjectHandle contentStream(const std::string &content);

    QPDF &m_out;
    ParsedFooterStrips m_strips;
    std::map<int, QPDFObjectHandle> m_forms;
    std::map<std::string, QPDFObjectHandle> m_resources; // see sharedResources
    QPDFObjectHandle m_fingerprintForm;
    ParsedFooterStrips m_fingerprint;                  // what fillFingerprint() copies from
    std::map<std::string, QPDFObjectHandle> m_streams; // identical snippets shared by pages
};

} // namespace shenbao
