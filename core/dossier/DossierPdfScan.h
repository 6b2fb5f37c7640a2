// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The qpdf half of reading a dossier: what can be learnt from a PDF without parsing any page
// content — the page tree, the page labels, the document info and one embedded file. Kept
// apart from the checks so that those stay plain data comparisons, testable without PDFs.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace shenbao {

struct DossierPdfScan
{
    enum class Attachment
    {
        Absent,   // no embedded file of that name
        Read,     // `attachment` holds its decoded bytes
        TooLarge, // refused before or while reading: above the size limit
        Broken    // present but not readable (no stream, unsupported filter, damaged data)
    };

    bool opened = false; // false: not a PDF, or damaged beyond what qpdf can recover
    QString error;       // why not opened (qpdf's own message), or why the attachment is Broken
    QStringList repairs; // qpdf's warnings: damage it recovered from while reading
    int pageCount = 0;
    QStringList pageLabels; // one per page, as a viewer shows them; empty without /PageLabels
    // Document info entries that Shenbao writes, as text: Title, Author, Subject, Keywords,
    // Creator, ShenbaoFingerprint (absent keys are absent).
    QHash<QString, QString> info;
    Attachment attachment = Attachment::Absent;
    QByteArray attachmentBytes;
    qint64 attachmentDeclaredSize = -1; // /Params /Size or /Length when they exceed the limit
};

// `maxAttachmentBytes` bounds the decoded embedded file: checked against the declared sizes
// before reading, and enforced while decoding (a compressed bomb stops at the limit).
DossierPdfScan scanDossierPdfFile(const QString &path, const char *attachmentName,
                                  qint64 maxAttachmentBytes);
DossierPdfScan scanDossierPdfData(const QByteArray &pdf, const QString &sourceName,
                                  const char *attachmentName, qint64 maxAttachmentBytes);

// A page label as viewers show it: prefix + number in the style /D, /R, /r, /A or /a.
// Unknown styles give the prefix alone, as the PDF spec says for a missing /S.
QString formatPageLabel(const QString &prefix, const QString &style, qint64 number);

} // namespace shenbao
