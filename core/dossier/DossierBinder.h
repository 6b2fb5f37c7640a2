// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Problem.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <future>
#include <optional>

namespace shenbao {

class ProjectFile;
class CallDefinition;

struct BindOptions
{
    bool duplex = true;
    std::optional<int> copyMarks; // N copies: the output holds N copies, each cover marked k / N
    bool force = false;           // bind although the verdict is not eligible
    QHash<QString, QString> passwords; // evidence id → password for encrypted PDFs
    // Digitally signed PDF evidence: also embed the original file, so that its signature can
    // still be verified (the bound pages themselves no longer carry a valid signature).
    bool embedSignedOriginals = false;
    // 填报日期 on the cover; empty = the day the project last changed (ProjectFile::lastModified
    // in China Standard Time), never the wall clock, so that exports are reproducible.
    std::optional<QDate> fillDate;
    // The caller ends the process as soon as the bind returns (the command line). The object
    // graphs of the bound document and of every evidence file are then left to the operating
    // system, which takes a process's memory back at once at exit, instead of being freed
    // object by object on a thread of their own: 25-40 ms of work for a 500-page dossier that
    // the verification of the written file shared the machine with. Never in a process that
    // goes on (the desktop programs, the tests): the memory would stay taken.
    bool processEndsAfterwards = false;
};

struct BindResult
{
    bool ok = false;
    Problems problems; // errors (why not ok, naming the file) and warnings (repairs, signatures)
    int pageCount = 0;
    QString fingerprint;
};

// Progress in [0, 1] with a short description; return false to cancel.
using ProgressFn = std::function<bool(double fraction, const QString &what)>;

// Looks up the fonts the dossier's pages are drawn in on a thread of its own: the first time,
// the font database is read from disk (6-11 ms). Qt's image format plugins are loaded there
// too (its PDF engine asks for them the first time a page draws an image). A caller about to
// bind starts this before its own checks and keeps the future until it has bound; a bind that
// gets there first waits for it.
std::future<void> preloadDossierFonts();

// Binds the dossier of spec/dossier-layout.md from a project file into `outPdf`. Writes to a
// temporary file and renames, so a failed or cancelled bind leaves nothing at `outPdf`.
// Safe to run on a worker thread (it opens its own handles; the caller's ProjectFile is only
// used to read).
BindResult bindDossier(const ProjectFile &project, const QString &outPdf,
                       const BindOptions &options, const ProgressFn &progress = {},
                       const CallDefinition *call = nullptr);

} // namespace shenbao
