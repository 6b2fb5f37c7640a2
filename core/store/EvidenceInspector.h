// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Problem.h"
#include "store/ProjectFile.h"

#include <QString>

namespace shenbao {

// What an evidence file on disk is, found before any byte goes into the project: its type by
// content, its page count, and the problems an applicant must hear about. Reads only the head
// of the file and whatever the PDF/TIFF parser needs, never the whole file into memory.
struct EvidenceInspection
{
    MediaType mediaType = MediaType::Unknown;
    qint64 size = 0;
    int pages = 0;     // 0 when it cannot be counted (encrypted PDF)
    Problems problems; // `where` is the file path; any error means the file must not be stored

    bool ok() const { return !hasErrors(problems); }
};

// Largest evidence file (SQLite's default blob limit is 1e9 bytes); checked before reading.
inline constexpr qint64 kMaxEvidenceBytes = 1'000'000'000;

EvidenceInspection inspectEvidenceFile(const QString &filePath);

// Empty when the JPEG of `size` bytes ends with its EOI marker, else why it is truncated.
QString jpegTruncation(QIODevice &jpeg, qint64 size);

} // namespace shenbao
