// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Synthetic evidence for the cross-check tests and benchmark: a patent certificate, a business
// licence and a contract's first page, drawn with QPainter and a CJK font either into a PDF
// with a text layer (QPdfWriter) or into a 300-dpi image that is then made to look scanned
// (slightly rotated, speckled, JPEG-compressed).

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

#include <utility>

namespace shenbao::test {

struct Certificate
{
    QString heading;                          // 发明专利证书 …
    QList<std::pair<QString, QString>> lines; // label, value
};

Certificate patentCertificate(const QString &number, const QString &title, const QString &holder,
                              const QDate &applied, const QDate &granted);
Certificate businessLicence(const QString &uscc, const QString &name);
Certificate contractFirstPage(const QString &customer, const QString &supplier,
                              const QDate &signedOn);

// A4 PDF with real text (the font's ToUnicode map makes it extractable).
QByteArray certificatePdf(const Certificate &c);
// A4 at `dpi`, clean, 8-bit grey.
QImage certificateImage(const Certificate &c, int dpi = 300);
// The clean image rotated by `degrees`, with salt-and-pepper noise and grey jitter from `seed`,
// as JPEG bytes at `quality` carrying the resolution.
QByteArray scannedJpeg(const QImage &clean, double degrees, quint32 seed, int quality = 80);

// A valid patent number: 12 digits built from `year`, `type` and `serial`, with its check
// character (canonical spelling ZL… .c).
QString patentNumber(int year, int type, int serial);
// A valid USCC from 17 characters (appends the check character).
QString usccWithCheck(const QString &first17);

} // namespace shenbao::test
