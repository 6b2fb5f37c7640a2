// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/EvidencePreview.h"

#include "store/ProjectFile.h"

#include <QImageReader>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace shenbao {

namespace {

bool isPdf(const QByteArray &bytes)
{
    // The header may follow a little garbage; PDF readers look in the first KiB.
    return bytes.left(1024).contains("%PDF-");
}

} // namespace

EvidencePreview::EvidencePreview(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_pdfView(new QPdfView(this))
    , m_pdf(new QPdfDocument(this))
    , m_imageArea(new QScrollArea(this))
    , m_image(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_pdfView);
    m_stack->addWidget(m_imageArea);
}

void EvidencePreview::clear()
{
    showMessage(QString());
}

void EvidencePreview::showMessage(const QString &message)
{
    m_pdf->close();
    m_buffer.close();
    m_picture = QImage();
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void EvidencePreview::showFile(const QByteArray &bytes, const QString &password)
{
    m_pdf->close();
    m_buffer.close();
    m_temporary.reset();
    m_bytes = bytes;
    m_buffer.setData(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    showDevice(&m_buffer, m_bytes.left(1024), password);
}

void EvidencePreview::showStored(const ProjectFile &file, const QString &evidenceId,
                                 const QString &password)
{
    m_pdf->close();
    m_buffer.close();
    m_bytes.clear();
    // Owner-only permissions, removed when the next file is shown or the preview closes.
    auto temporary = std::make_unique<QTemporaryFile>();
    QString error;
    if (!temporary->open() || !file.copyEvidenceTo(evidenceId, *temporary, &error) ||
        !temporary->flush() || !temporary->seek(0)) {
        m_temporary.reset();
        QString message = tr("This file cannot be shown.");
        if (!error.isEmpty())
            message += QLatin1Char(' ') + error;
        showMessage(message);
        return;
    }
    m_temporary = std::move(temporary);
    const QByteArray head = m_temporary->peek(1024);
    showDevice(m_temporary.get(), head, password);
}

void EvidencePreview::showDevice(QIODevice *device, const QByteArray &head, const QString &password)
{
    if (isPdf(head)) {
        m_pdf->setPassword(password);
        m_pdf->load(device);
        if (m_pdf->error() == QPdfDocument::Error::IncorrectPassword) {
            showMessage(tr("This PDF is protected by a password."));
            emit passwordNeeded();
            return;
        }
        if (m_pdf->status() != QPdfDocument::Status::Ready) {
            showMessage(tr("This PDF cannot be shown; it may be damaged."));
            return;
        }
        m_stack->setCurrentWidget(m_pdfView);
        return;
    }
    QImageReader reader(device);
    reader.setAutoTransform(true); // EXIF orientation, as the dossier honours it
    m_picture = reader.read();
    if (m_picture.isNull()) {
        showMessage(tr("This file cannot be shown."));
        return;
    }
    m_stack->setCurrentWidget(m_imageArea);
    showImage();
}

void EvidencePreview::showImage()
{
    if (m_picture.isNull())
        return;
    const QSize room = m_imageArea->viewport()->size() - QSize(8, 8);
    QImage scaled = m_picture;
    // Never enlarged, as in the dossier.
    if (m_picture.width() > room.width() || m_picture.height() > room.height())
        scaled = m_picture.scaled(room * devicePixelRatioF(), Qt::KeepAspectRatio,
                                  Qt::SmoothTransformation);
    QPixmap pm = QPixmap::fromImage(scaled);
    pm.setDevicePixelRatio(scaled.size() == m_picture.size() ? 1.0 : devicePixelRatioF());
    m_image->setPixmap(pm);
}

void EvidencePreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showImage();
}

int EvidencePreview::pageCount() const
{
    if (m_stack->currentWidget() == m_pdfView)
        return m_pdf->pageCount();
    return m_stack->currentWidget() == m_imageArea ? 1 : 0;
}

QImage EvidencePreview::thumbnail(const QByteArray &bytes, const QSize &size)
{
    if (isPdf(bytes)) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument doc;
        doc.load(&buffer);
        if (doc.status() != QPdfDocument::Status::Ready || doc.pageCount() < 1)
            return {};
        const QSize page = doc.pagePointSize(0).toSize().scaled(size, Qt::KeepAspectRatio);
        return doc.render(0, page.isEmpty() ? size : page);
    }
    // Decoded at (about) the thumbnail's size: a JPEG scan is then decoded at 1/2…1/8 scale by
    // libjpeg itself, 3-4 times faster and without an 8-megapixel image in memory.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation, as the dossier honours it
    QSize full = reader.size();
    if (full.isValid()) {
        // The reader scales before applying the orientation; a quarter turn swaps the sides.
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            full.transpose();
        const QSize target = full.scaled(size, Qt::KeepAspectRatio);
        if (target.width() < full.width() && !target.isEmpty()) {
            reader.setScaledSize((reader.transformation() & QImageIOHandler::TransformationRotate90)
                                     ? target.transposed()
                                     : target);
        }
    }
    const QImage image = reader.read();
    return image.isNull() || image.size().boundedTo(size) == image.size()
               ? image
               : image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace shenbao
