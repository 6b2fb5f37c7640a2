// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Checks made before a command writes anything, so that no output can destroy an input and
// no odd path (a folder, a FIFO, a device, a name too long) gets a misleading message later.
namespace shenbao {

// A path a command was given, with what it is for (shown in messages: 「项目文件」, 「--xlsx」…).
struct NamedPath
{
    QString path;
    QString role;
};

// One line `OUT: what` when an output must not be written, else empty:
//  - the output is a folder, or an existing FIFO, device or socket (not a regular file);
//  - its file name is longer than 255 bytes, or its folder is missing or not writable;
//  - it is the same file as one of `inputs` or as another of `outputs` (same device and
//    inode, or the same absolute path after resolving links);
//  - it is an existing Shenbao project file (projects are never overwritten by an output).
QString checkOutputPaths(const QList<NamedPath> &outputs, const QList<NamedPath> &inputs);

// Whether `path` is a Shenbao project: the SQLite header and our application_id (bytes 68–71)
// — read from the first 100 bytes only.
bool isShenbaoProjectFile(const QString &path);

// One line `IN: what` when `path` cannot be read as an input file, else empty: missing, a
// folder, a FIFO / device / socket (reading those would block or never end), or larger than
// `maxBytes` (checked with stat, before reading anything). `what` describes the expected file
// («项目文件», «JSON 文件» …) for the message.
QString checkInputFile(const QString &path, qint64 maxBytes, const QString &what);

} // namespace shenbao
