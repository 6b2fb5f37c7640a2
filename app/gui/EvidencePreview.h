// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QTemporaryFile>

#include <QByteArray>
#include <QImage>
#include <QWidget>
#include <memory>

class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;
class QStackedWidget;

namespace shenbao {

class ProjectFile;

// Shows one evidence file: PDFs with QtPdf (all pages, fit to width), images scaled to fit
// with their EXIF orientation applied, as the dossier will place them.
class EvidencePreview : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePreview(QWidget *parent = nullptr);

    // Shows `bytes`; `password` opens an encrypted PDF.
    void showFile(const QByteArray &bytes, const QString &password = {});
    // Shows evidence `evidenceId` of `file` without holding it in memory: the bytes are streamed
    // into a private temporary file, which QtPdf reads page by page as it needs them.
    void showStored(const ProjectFile &file, const QString &evidenceId,
                    const QString &password = {});
    void showMessage(const QString &message);
    void clear();
    int pageCount() const;
    QPdfDocument *pdf() const { return m_pdf; }

    // The first page (PDF) or the image, fitted into `size`; null if the bytes cannot be read.
    static QImage thumbnail(const QByteArray &bytes, const QSize &size);

signals:
    // The PDF is encrypted and the password (if any) did not open it.
    void passwordNeeded();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showImage();
    // Shows what `device` (open, at its start) holds; `head` is its first KiB.
    void showDevice(QIODevice *device, const QByteArray &head, const QString &password);

    QStackedWidget *m_stack;
    QLabel *m_message;
    QPdfView *m_pdfView;
    QPdfDocument *m_pdf;
    QScrollArea *m_imageArea;
    QLabel *m_image;
    QBuffer m_buffer;
    QByteArray m_bytes;
    std::unique_ptr<QTemporaryFile> m_temporary; // the stored file being shown, if any
    QImage m_picture;
};

} // namespace shenbao
