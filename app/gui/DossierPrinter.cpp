// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/DossierPrinter.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>

namespace shenbao {

void DossierPrinter::preset(QPrinter &printer, const QString &documentName)
{
    printer.setDocName(documentName);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setCopyCount(kCopies);
    printer.setCollateCopies(true);
    printer.setDuplex(QPrinter::DuplexLongSide);
    // The dossier's pages carry their own margins (binding edge, footer); print them 1:1.
    printer.setFullPage(true);
}

bool DossierPrinter::print(const QString &pdfPath, QPrinter &printer, const ProgressFn &progress,
                           QString *error)
{
    QPdfDocument pdf;
    if (pdf.load(pdfPath) != QPdfDocument::Error::None || pdf.pageCount() < 1) {
        if (error)
            *error = QCoreApplication::translate("DossierPrinter", "%1: the PDF cannot be read")
                         .arg(pdfPath);
        return false;
    }
    printer.setFullPage(true);
    // When the driver cannot make copies, they are printed here, collated as the user chose.
    const bool ownCopies = !printer.supportsMultipleCopies() && printer.copyCount() > 1;
    const int copies = ownCopies ? printer.copyCount() : 1;
    const bool collate = printer.collateCopies();
    if (ownCopies)
        printer.setCopyCount(1);

    QPainter painter;
    if (!painter.begin(&printer)) {
        if (error)
            *error = QCoreApplication::translate("DossierPrinter", "The printer cannot be opened.");
        return false;
    }
    const int dpi = std::min(printer.resolution(), 300);
    const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
    const int pages = pdf.pageCount();
    const int total = pages * copies;
    int done = 0;
    bool first = true;
    auto printPage = [&](int page) -> bool {
        if (progress && !progress(double(done) / total,
                                  QCoreApplication::translate("DossierPrinter", "Page %1 of %2")
                                      .arg(page + 1)
                                      .arg(pages)))
            return false;
        if (!first && !printer.newPage())
            return false;
        first = false;
        const QSizeF points = pdf.pagePointSize(page);
        const QSize pixels = (points * dpi / 72.0).toSize();
        const QImage image = pdf.render(page, pixels);
        QSizeF target = points * printer.resolution() / 72.0;
        target.scale(paper.size(),
                     Qt::KeepAspectRatio); // a page larger than the paper is fitted, never cropped
        const QRectF rect(paper.topLeft() + QPointF((paper.width() - target.width()) / 2, 0),
                          target);
        painter.drawImage(rect, image);
        ++done;
        return true;
    };
    bool ok = true;
    // Printed double-sided, a copy with an odd page count would end on the front of a sheet
    // whose back would carry the next copy's cover; a blank back keeps the copies apart.
    const bool padCopies = printer.duplex() != QPrinter::DuplexNone && pages % 2 == 1;
    if (collate) {
        for (int c = 0; c < copies && ok; ++c) {
            for (int p = 0; p < pages && ok; ++p)
                ok = printPage(p);
            if (ok && padCopies && c + 1 < copies)
                ok = printer.newPage();
        }
    } else {
        for (int p = 0; p < pages && ok; ++p)
            for (int c = 0; c < copies && ok; ++c)
                ok = printPage(p);
    }
    if (!ok)
        printer.abort();
    painter.end();
    if (ok && progress)
        progress(1.0, QString());
    if (!ok && error)
        *error = QCoreApplication::translate("DossierPrinter", "Printing was cancelled.");
    return ok;
}

} // namespace shenbao
