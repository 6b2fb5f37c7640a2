// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Finds and loads the page-reader module (PageReader.h) once per process, on first use. It is
// looked for next to the running program (the build tree, Windows, and the desktop program in
// lib/shenbao/), then in the installed private folder relative to it (bin/../lib/shenbao/).
// A module that is missing or cannot be loaded is an incomplete installation: the cross-check
// then reports one message naming the file (CrossCheckRun::readerError), never a crash.

#include "crosscheck/PageReader.h"

#include <QString>
#include <QStringList>

namespace shenbao::crosscheck {

struct PageReaderLoad
{
    const PageReader *reader = nullptr;
    QString error; // why there is no reader, naming the file and where it was looked for
};

// The module's file name on this platform ("shenbao-page-reader.so").
QString pageReaderFileName();

// The folders searched, in order.
QStringList pageReaderDirectories();

// Puts `dir` first in pageReaderDirectories(). For programs that do not sit next to the module
// (the test programs in the build tree); only calls before the first pageReader() count.
void addPageReaderDirectory(const QString &dir);

// Loads the module from the first of `dirs` that holds it. Every call loads afresh (the module
// stays loaded: it is never unloaded); pageReader() is the cached, process-wide one.
PageReaderLoad loadPageReader(const QStringList &dirs);

// The process's page reader, loaded on the first call (thread-safe); null with the reason in
// `*error` when it cannot be had.
const PageReader *pageReader(QString *error = nullptr);

} // namespace shenbao::crosscheck
