// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The page-reader module's one exported symbol (PageReader.h).

#include "crosscheck/PageReader.h"
#include "crosscheck/reader/PopplerPageText.h"
#include "crosscheck/reader/TesseractOcrEngine.h"

#include <QtGlobal>

namespace shenbao::crosscheck {
namespace {

class PopplerTesseractReader final : public PageReader
{
public:
    std::unique_ptr<PdfPageText> openPdf(const QByteArray &pdf) const override
    {
        return std::make_unique<PopplerPageText>(pdf);
    }
    std::unique_ptr<OcrEngine> ocrEngine() const override
    {
        return std::make_unique<TesseractOcrEngine>();
    }
    QString ocrEngineId() const override { return TesseractOcrEngine::engineId(); }
};

} // namespace
} // namespace shenbao::crosscheck

extern "C" Q_DECL_EXPORT const shenbao::crosscheck::PageReader *
shenbao_page_reader(int interfaceVersion)
{
    static const shenbao::crosscheck::PopplerTesseractReader reader;
    return interfaceVersion == shenbao::crosscheck::kPageReaderInterfaceVersion ? &reader : nullptr;
}
