// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Image evidence as dossier pages (spec/dossier-layout.md, "Evidence pages"): a JPEG goes in
// as its original bytes (only its header is read), PNG / TIFF are decoded and stored
// losslessly. Pages are A4, the image fitted inside the margins, never upscaled, with the
// JPEG's EXIF orientation honoured by the placement matrix rather than by re-encoding.

#include "model/Problem.h"

#include <QIODevice>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <array>
#include <optional>

namespace shenbao {

// Decompression-bomb guard: images above either limit are refused before decoding.
inline constexpr qint64 kMaxImagePixels = 100'000'000;
inline constexpr int kMaxImageSide = 30'000;

// Resolution assumed when the file states none (CSS / Qt reference pixel).
inline constexpr double kDefaultImageDpi = 96.0;

struct JpegInfo
{
    int width = 0, height = 0; // as stored (before orientation)
    int components = 0;        // 1 gray, 3 YCbCr/RGB, 4 CMYK/YCCK
    int precision = 0;         // bits per sample; PDF's DCTDecode takes 8
    bool adobe = false;        // Adobe APP14 marker: 4-component data is stored inverted
    int orientation = 1;       // EXIF 1–8, 1 = as stored
    double dpiX = 0, dpiY = 0; // 0 = not stated
};

// Reads the JPEG's markers up to the first scan (never the compressed data). On failure
// returns nullopt with a reason in Chinese in *error.
std::optional<JpegInfo> readJpegInfo(QIODevice &in, QString *error);

// The EXIF orientation tag (0x0112) of an APP1 "Exif" payload, or 1.
int exifOrientation(const QByteArray &app1Payload);

// One decoded page of a PNG / TIFF, Flate-compressed to `dataPath` in PDF sample order.
struct RasterPage
{
    QString dataPath;
    int width = 0, height = 0;
    int components = 1;        // 1 DeviceGray, 3 DeviceRGB
    int bitsPerComponent = 8;  // 1 (bilevel) or 8
    bool invert = false;       // 1-bit data where 1 = black: /Decode [1 0]
    bool pngPredictor = false; // rows carry PNG filter bytes: /DecodeParms /Predictor 15
    double dpiX = 0, dpiY = 0;
};

// Decodes every frame of a PNG or TIFF (a multi-page TIFF gives several pages) into files in
// `workDir`. Transparency is flattened onto white. Errors (bombs, undecodable data) go to
// *problems naming `displayName`; returns nullopt then. `format` ("png", "tiff") spares Qt
// guessing from the content; empty = guess.
std::optional<QList<RasterPage>> decodeRasterImage(const QString &path, const QString &workDir,
                                                   const QString &displayName, Problems *problems,
                                                   const QByteArray &format = {});

// A PDF `cm` matrix [a b c d e f].
using PdfMatrix = std::array<double, 6>;

// Size in points of an image shown upright: stored pixels at the stated (or default)
// resolution, width and height swapped for orientations 5–8.
QSizeF imageNaturalSize(int width, int height, double dpiX, double dpiY, int orientation);

// `natural` scaled down (never up) to fit `area`, centred in it.
QRectF fitCentred(const QSizeF &natural, const QRectF &area);

// The matrix that draws an image XObject (the unit square) into `box` (PDF user space, y up)
// so that an image with EXIF `orientation` appears upright.
PdfMatrix imagePlacement(int orientation, const QRectF &box);

// Area of an A4 page (points) that image evidence may fill: inside the page margins, the
// binding margin on the binding edge (left on odd physical pages, right on even ones in
// duplex) and above the footer band.
QRectF imageAreaOnA4(bool bindingOnLeft);

inline constexpr double kA4WidthPt = 595.2756;
inline constexpr double kA4HeightPt = 841.8898;

} // namespace shenbao
