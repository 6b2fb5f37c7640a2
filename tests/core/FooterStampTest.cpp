// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The footers in two parts (FooterStamp.h): number strips drawn before the fingerprint is
// known, each with a placeholder in the fingerprint's cell, and the fingerprint's form filled
// in afterwards. Read back with pdftotext and qpdf.

#include "BinderFixtures.h"
#include "TestSupport.h"

#include "dossier/DossierJson.h"
#include "dossier/FooterStamp.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <set>

using namespace shenbao;
using namespace shenbao::test;

namespace {

const QString kName = QStringLiteral("广州示例智能装备有限公司");
const QString kFingerprint =
    QStringLiteral("1d1dcd7414fb6f134b235816e372c450e00bd4def125d94ffc8f45033ba08e43");

// An output document of `count` empty A4 pages.
std::unique_ptr<QPDF> blankPages(int count)
{
    auto out = std::make_unique<QPDF>();
    out->emptyPDF();
    QPDFPageDocumentHelper pages(*out);
    for (int i = 0; i < count; ++i) {
        QPDFObjectHandle page = out->makeIndirectObject(QPDFObjectHandle::parse(
            "<< /Type /Page /MediaBox [0 0 595.28 841.89] /Resources << >> >>"));
        page.replaceKey("/Contents", QPDFObjectHandle::newStream(out.get(), ""));
        pages.addPage(QPDFPageObjectHelper(page), false);
    }
    return out;
}

QString compact(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

QString written(QPDF &out, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("footers.pdf"));
    QPDFWriter writer(out, QFile::encodeName(path).constData());
    writer.setStaticID(true);
    writer.write();
    return path;
}

} // namespace

TEST_CASE("footers: the number strips, then the fingerprint filled into every one's cell",
          "[footer]")
{
    const int total = 3;
    std::unique_ptr<QPDF> out = blankPages(total);
    FooterText text;
    text.applicant = kName;
    text.total = total;
    ParsedFooterStrips strips =
        parseFooterStrips(renderFooterNumberStrips(text, [](int n) { return n % 2 == 1; }));
    REQUIRE(strips.pages.size() == size_t(total));
    REQUIRE(strips.placeholder.isIndirect());
    FooterStamper stamper(*out, std::move(strips));
    const std::vector<QPDFObjectHandle> pages = out->getAllPages();
    for (int n = 1; n <= total; ++n)
        stamper.stamp(QPDFPageObjectHelper(pages.at(size_t(n - 1))), n);

    QTemporaryDir dir;
    SECTION("each page's footer reads name, number and fingerprint")
    {
        stamper.fillFingerprint(renderFooterFingerprint(kFingerprint));
        const QStringList texts = pageTextsOf(written(*out, dir));
        REQUIRE(texts.size() == total);
        for (int n = 1; n <= total; ++n) {
            INFO("page " << n);
            // pdftotext may drop the spaces around the digits: compared without spaces.
            const QString page = compact(texts.at(n - 1));
            const QString number = compact(footerPageText(n, total));
            const QString fingerprint =
                compact(QStringLiteral("数据指纹 ") + shortFingerprint(kFingerprint));
            CHECK(page.contains(kName));
            CHECK(page.contains(number));
            CHECK(page.contains(fingerprint));
            // In that order, as on the one-piece strips of before.
            CHECK(page.indexOf(kName) < page.indexOf(number));
            CHECK(page.indexOf(number) < page.indexOf(fingerprint));
        }
    }

    SECTION("one fingerprint form, drawn by every strip; no placeholder image is left")
    {
        stamper.fillFingerprint(renderFooterFingerprint(kFingerprint));
        QPDF back;
        back.processFile(QFile::encodeName(written(*out, dir)).constData());
        std::set<QPDFObjGen> fingerprints, strips;
        for (QPDFPageObjectHelper page : QPDFPageDocumentHelper(back).getAllPages()) {
            for (auto [name, strip] :
                 page.getAttribute("/Resources", false).getKey("/XObject").ditems()) {
                REQUIRE(strip.getDict().getKey("/Subtype").isNameAndEquals("/Form"));
                strips.insert(strip.getObjGen());
                for (auto [inner, x] :
                     strip.getDict().getKey("/Resources").getKey("/XObject").ditems()) {
                    CHECK(x.getDict().getKey("/Subtype").isNameAndEquals("/Form"));
                    CHECK(x.getDict().getKey("/Matrix").isMatrix());
                    fingerprints.insert(x.getObjGen());
                }
            }
        }
        CHECK(strips.size() == size_t(total));
        CHECK(fingerprints.size() == 1);
        for (QPDFObjectHandle o : back.getAllObjects())
            CHECK_FALSE((o.isStream() && o.getDict().getKey("/Subtype").isNameAndEquals("/Image")));
    }

    SECTION("strips without the placeholder stop before a footer goes out without the fingerprint")
    {
        QByteArray plain;
        {
            QBuffer buffer(&plain);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QSizeF(210.0, kFooterStripHeightMm), QPageSize::Millimeter,
                                         QString(), QPageSize::ExactMatch));
            QPainter p(&writer);
            p.drawText(QPointF(100, 100), footerPageText(1, 1));
        }
        std::unique_ptr<QPDF> other = blankPages(1);
        FooterStamper plainStamper(*other, parseFooterStrips(plain));
        plainStamper.stamp(QPDFPageObjectHelper(other->getAllPages().front()), 1);
        CHECK_THROWS_AS(plainStamper.fillFingerprint(renderFooterFingerprint(kFingerprint)),
                        std::runtime_error);
    }
}
