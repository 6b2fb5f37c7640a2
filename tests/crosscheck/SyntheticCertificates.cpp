// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "SyntheticCertificates.h"

#include "rules/PatentNumber.h"
#include "rules/Uscc.h"

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTransform>

namespace shenbao::test {

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString chineseDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日")
        .arg(d.year())
        .arg(d.month(), 2, 10, QLatin1Char('0'))
        .arg(d.day(), 2, 10, QLatin1Char('0'));
}

// WenQuanYi Zen Hei maps every glyph back to its code point in Qt's PDF output; no shaping,
// so that digits keep their mapping too (as in dossier/PageStyle).
QFont certificateFont(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("WenQuanYi Zen Hei"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Draws on a painter whose device is A4 at `dpi`: the heading centred, then one line per
// label/value pair, as the real certificates lay them out.
void drawCertificate(QPainter &p, const Certificate &c, int dpi)
{
    const auto mm = [dpi](double v) {
        return v / 25.4 * dpi;
    };
    p.setPen(Qt::black);
    p.setFont(certificateFont(22, true));
    p.drawText(QRectF(mm(20), mm(30), mm(170), mm(20)), Qt::AlignCenter, c.heading);
    p.setFont(certificateFont(13));
    double y = mm(70);
    for (const auto &[label, value] : c.lines) {
        p.drawText(QPointF(mm(25), y), label + s(u"：") + value);
        y += mm(14);
    }
}

} // namespace

Certificate patentCertificate(const QString &number, const QString &title, const QString &holder,
                              const QDate &applied, const QDate &granted)
{
    // The certificate prints the number grouped: ZL 2017 1 0601862.3.
    QString shown = number;
    const auto check = checkPatentNumber(number);
    if (check.digits.size() == 12)
        shown = QStringLiteral("ZL %1 %2 %3.%4")
                    .arg(check.digits.left(4), check.digits.mid(4, 1), check.digits.mid(5))
                    .arg(check.givenCheck);
    return {s(u"发明专利证书"),
            {{s(u"发明名称"), title},
             {s(u"发明人"), s(u"李明；王芳")},
             {s(u"专利号"), shown},
             {s(u"专利申请日"), chineseDate(applied)},
             {s(u"专利权人"), holder},
             {s(u"地址"), s(u"广东省广州市黄埔区科学大道100号")},
             {s(u"授权公告日"), chineseDate(granted)}}};
}

Certificate businessLicence(const QString &uscc, const QString &name)
{
    return {s(u"营业执照"),
            {{s(u"统一社会信用代码"), uscc},
             {s(u"名称"), name},
             {s(u"类型"), s(u"有限责任公司")},
             {s(u"法定代表人"), s(u"陈建国")},
             {s(u"注册资本"), s(u"人民币伍仟万元")},
             {s(u"成立日期"), s(u"2012年03月15日")},
             {s(u"住所"), s(u"广州市黄埔区科学大道100号")}}};
}

Certificate contractFirstPage(const QString &customer, const QString &supplier,
                              const QDate &signedOn)
{
    return {s(u"智能制造系统集成项目合同"),
            {{s(u"合同编号"), QStringLiteral("HT-%1-0815").arg(signedOn.year())},
             {s(u"甲方"), customer},
             {s(u"乙方"), supplier},
             {s(u"签订地点"), s(u"广东省佛山市")},
             {s(u"签订日期"), chineseDate(signedOn)}}};
}

QByteArray certificatePdf(const Certificate &c)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        QPainter p(&writer);
        drawCertificate(p, c, 300);
    }
    return bytes;
}

QImage certificateImage(const Certificate &c, int dpi)
{
    QImage img(int(210 / 25.4 * dpi), int(297 / 25.4 * dpi), QImage::Format_Grayscale8);
    img.fill(Qt::white);
    img.setDotsPerMeterX(int(dpi / 0.0254));
    img.setDotsPerMeterY(int(dpi / 0.0254));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    drawCertificate(p, c, dpi);
    p.end();
    return img;
}

QByteArray scannedJpeg(const QImage &clean, double degrees, quint32 seed, int quality)
{
    QImage rotated(clean.size(), QImage::Format_Grayscale8);
    rotated.fill(QColor(250, 250, 250)); // the scanner's paper white is not pure white
    {
        QPainter p(&rotated);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        QTransform t;
        t.translate(clean.width() / 2.0, clean.height() / 2.0);
        t.rotate(degrees);
        t.translate(-clean.width() / 2.0, -clean.height() / 2.0);
        p.setTransform(t);
        p.drawImage(0, 0, clean);
    }
    QRandomGenerator rng(seed);
    for (int y = 0; y < rotated.height(); ++y) {
        uchar *line = rotated.scanLine(y);
        for (int x = 0; x < rotated.width(); ++x) {
            int v = line[x] + int(rng.bounded(17)) - 8; // sensor jitter
            const quint32 r = rng.bounded(2000u);
            if (r == 0)
                v = 0; // dust
            else if (r == 1)
                v = 255;
            line[x] = uchar(std::clamp(v, 0, 255));
        }
    }
    rotated.setDotsPerMeterX(clean.dotsPerMeterX());
    rotated.setDotsPerMeterY(clean.dotsPerMeterY());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    rotated.save(&buffer, "JPEG", quality);
    return bytes;
}

QString patentNumber(int year, int type, int serial)
{
    const QString digits =
        QStringLiteral("%1%2%3").arg(year).arg(type).arg(serial, 7, 10, QLatin1Char('0'));
    return QStringLiteral("ZL") + digits + u'.' + patentCheckCharacter(digits);
}

QString usccWithCheck(const QString &first17)
{
    return first17 + checkUscc(first17 + u'0').expectedCheck;
}

} // namespace shenbao::test
