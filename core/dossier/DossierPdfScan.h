// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The qpdf half of reading a dossier: what can be learnt from a PDF without parsing any page
// content — the page tree, the page labels, the document info and one embedded file. Kept
// apart from the checks so that those stay plain data comparisons, testable without PDFs.

#include "dossier/DossierReadBudget.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace shenbao {

// One physical page as the reader found it (see DossierIntegrityDigest.h).
struct PageScan
{
    QString digest;      // shenbao-page/1 digest without the footer layer
    bool footer = false; // Shenbao's footer layer is there
    QString footerText;  // the footer's text, when there is one
    QString text;        // the page's own text, for pages without a footer (the cover)
};

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

    // What the file holds beyond one revision as Shenbao writes it: incremental updates,
    // encryption, document-level additions (scripts, forms, actions). One line each.
    QStringList structure;
    // Other embedded files: name → SHA-256 (hex) of their contents.
    QHash<QString, QString> otherAttachments;
    QList<PageScan> pages; // one per physical page, when the pages were verified
    // A resource limit stopped the reading (DossierReadBudget.h): why. The pages and the
    // fields after the point of stopping are then incomplete.
    QString stopped;
};

// How much of the file a scan reads.
enum class ScanDepth
{
    Verify,      // everything above, every page hashed: what `read` and the workspace need
    EmbeddedData // the document info and the embedded file only (`structure`, `pages`,
                 // `pageCount`, `pageLabels` and `otherAttachments` stay empty): enough to
                 // tell whose dossier a file is
};

// `maxAttachmentBytes` bounds the decoded embedded file: checked against the declared sizes
// before reading, and enforced while decoding (a compressed bomb stops at the limit).
// `limits` bounds time and decoding (the defaults are the ones `read` promises).
DossierPdfScan scanDossierPdfFile(const QString &path, const char *attachmentName,
                                  qint64 maxAttachmentBytes, const ReadLimits &limits = {},
                                  ScanDepth depth = ScanDepth::Verify);
DossierPdfScan scanDossierPdfData(const QByteArray &pdf, const QString &sourceName,
                                  const char *attachmentName, qint64 maxAttachmentBytes,
                                  const ReadLimits &limits = {});

// A page label as viewers show it: prefix + number in the style /D, /R, /r, /A or /a.
// Unknown styles give the prefix alone, as the PDF spec says for a missing /S.
QString formatPageLabel(const QString &prefix, const QString &style, qint64 number);

} // namespace shenbao
