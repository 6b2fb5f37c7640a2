// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// OcrEngine with libtesseract, chi_sim + eng, LSTM (part of the page-reader module).

#include "crosscheck/OcrEngine.h"

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace shenbao::crosscheck {

class TesseractOcrEngine final : public OcrEngine
{
public:
    TesseractOcrEngine();
    ~TesseractOcrEngine() override;
    TesseractOcrEngine(const TesseractOcrEngine &) = delete;
    TesseractOcrEngine &operator=(const TesseractOcrEngine &) = delete;

    bool isAvailable() override;
    QString error() const override { return m_error; }
    QString recognize(const QImage &image, int dpi = 0) override;

    static QString engineId();

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_tried = false;
    QString m_error;
};

} // namespace shenbao::crosscheck
