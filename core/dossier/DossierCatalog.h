// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The document-level furniture of the dossier (spec/dossier-layout.md, "Inside the file"):
// outline, page labels, document info and embedded files, written into the catalog and
// trailer of the assembled qpdf document.

#include "dossier/DossierPlan.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <qpdf/QPDF.hh>

#include <functional>

class Pipeline;

namespace shenbao {

struct OutlineEntry
{
    QString title;
    int physical = 0; // destination: 0-based page index in the output
    QList<OutlineEntry> children;
};

// Replaces the document outline; every entry opens its page fitted in the window.
void writeOutline(QPDF &out, const QList<OutlineEntry> &entries);

// Replaces /PageLabels with the given ranges (first page 0-based; sorted by first).
void writePageLabels(QPDF &out, const QList<PageLabelRange> &ranges);

struct DocumentInfo
{
    QString title, author, subject, keywords, creator, producer, fingerprint;
    QDateTime date; // CreationDate and ModDate
};

void writeDocumentInfo(QPDF &out, const DocumentInfo &info);

// Embeds a file (name tree /EmbeddedFiles, and /AF as associated data of the document).
// `data` is copied; `provider` streams the bytes while the PDF is written.
void embedFile(QPDF &out, const QString &name, const QByteArray &data, const QString &mimeType,
               const QString &description, const QDateTime &date);
void embedFile(QPDF &out, const QString &name, std::function<void(Pipeline *)> provider,
               const QString &mimeType, const QString &description, const QDateTime &date);

// "D:YYYYMMDDHHmmSS+08'00'", in China Standard Time whatever the machine's zone.
std::string pdfDate(const QDateTime &when);

} // namespace shenbao
