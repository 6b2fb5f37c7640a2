// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "crosscheck/reader/TesseractOcrEngine.h"

#include <tesseract/baseapi.h>

#include <clocale>
#include <string>

namespace shenbao::crosscheck {

namespace {
constexpr const char *kLanguages = "chi_sim+eng";
}

TesseractOcrEngine::TesseractOcrEngine() = default;

TesseractOcrEngine::~TesseractOcrEngine()
{
    if (m_api)
        m_api->End();
}

bool TesseractOcrEngine::isAvailable()
{
    if (m_tried)
        return m_api != nullptr;
    m_tried = true;
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // Tesseract parses its model parameters with the C library's number format; a Qt
    // application has set LC_NUMERIC from the environment (a decimal comma in some locales).
    const std::string saved = std::setlocale(LC_NUMERIC, nullptr);
    std::setlocale(LC_NUMERIC, "C");
    const int rc = api->Init(nullptr, kLanguages, tesseract::OEM_LSTM_ONLY);
    std::setlocale(LC_NUMERIC, saved.c_str());
    if (rc != 0) {
        m_error = QStringLiteral(
                      "无法加载 Tesseract 的 %1 识别模型（Debian 软件包 tesseract-ocr-chi-sim、"
                      "tesseract-ocr-eng）")
                      .arg(QString::fromLatin1(kLanguages));
        return false;
    }
    // Certificates are laid out in blocks of label/value lines: automatic page segmentation.
    api->SetPageSegMode(tesseract::PSM_AUTO);
    // Chinese text has no spaces between words; keeps Tesseract from inventing them.
    api->SetVariable("preserve_interword_spaces", "1");
    m_api = std::move(api);
    return true;
}

QString TesseractOcrEngine::recognize(const QImage &image, int dpi)
{
    if (image.isNull() || !isAvailable())
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    if (dpi <= 0) {
        dpi = int(grey.dotsPerMeterX() * 0.0254 + 0.5);
        if (dpi < 70 || dpi > 1200)
            dpi = 300;
    }
    m_api->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    m_api->SetSourceResolution(dpi);
    std::unique_ptr<char[]> text(m_api->GetUTF8Text());
    m_api->Clear();
    return text ? QString::fromUtf8(text.get()) : QString();
}

QString TesseractOcrEngine::engineId()
{
    return QStringLiteral("tesseract-%1/%2/lstm/psm3")
        .arg(QString::fromLatin1(tesseract::TessBaseAPI::Version()),
             QString::fromLatin1(kLanguages));
}

} // namespace shenbao::crosscheck
