// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Evidence files for the binder tests, generated at test time (Qt, plus the qpdf command line
// for rotation and encryption), and the command-line readers (qpdf, poppler) that check the
// bound PDF from the outside.

#include <QByteArray>
#include <QImage>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace shenbao::test {

// A text PDF whose page i (1-based) says "<marker>-P<i>" in ASCII and 「<heading> 第 i 页」.
// With Noto CJK (`family`), Qt's text layer maps e.g. 「页」 to the radical 「⻚」.
void writeTextPdf(const QString &path, const QString &marker, const QString &heading, int pages,
                  const QPageSize &size = QPageSize(QPageSize::A4),
                  const QString &family = QStringLiteral("WenQuanYi Zen Hei"));

// A picture whose upright view has red top-left, green top-right, blue bottom-left and yellow
// bottom-right quadrants (so orientation mistakes are visible and testable).
QImage quadrantImage(int width, int height);

// JPEG of `upright` stored rotated 90° counter-clockwise, with EXIF orientation 6 (a viewer
// rotates it clockwise to show it upright), at `dpi` in its JFIF header.
QByteArray jpegWithOrientation6(const QImage &upright, int dpi);

// A syntactically valid PNG header (IHDR) of width × height, 1 bit gray, followed by a real
// compressed all-white image: a few hundred kB on disk, width × height / 8 bytes decoded.
void writePngBomb(const QString &path, int width, int height);

// Runs a command-line tool; REQUIREs exit code 0 unless `allowFailure`; returns stdout.
QByteArray runTool(const QString &program, const QStringList &args, bool allowFailure = false);

// Physical page labels of a PDF as viewers show them, computed from `qpdf --json`.
QStringList pageLabelsOf(const QString &pdf);
// pdftotext of each page (form-feed separated), in physical order.
QStringList pageTextsOf(const QString &pdf);
QJsonDocument qpdfJson(const QString &pdf, const QStringList &keys);

} // namespace shenbao::test
