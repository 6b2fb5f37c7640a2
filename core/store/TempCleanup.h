// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QString>

// Temporary files and folders that must not outlive an interrupted run. Each registered path
// is removed by the SIGINT/SIGTERM/SIGHUP handler (installed with the first registration),
// which then lets the signal end the program as before. The registry is a fixed table of
// plain bytes, so the handler needs no allocation and no lock (async-signal-safe).
namespace shenbao::tempcleanup {

// Registers `path` (a file, or a folder removed with its contents); returns a slot for
// release(), or -1 when the table is full (the path is then only removed the normal way).
int track(const QString &path, bool folder = false);
// Forgets the slot (after the path was renamed into place or removed normally).
void release(int slot);

} // namespace shenbao::tempcleanup
