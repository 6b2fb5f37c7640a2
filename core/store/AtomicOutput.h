// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Every file Shenbao produces (dossier PDF, XLSX, project file, workspace) appears whole and
// checked, or not at all, and the previous file at that name stays until the new one is
// complete:
//   1. the content is written to a temporary file in the target's folder (never TMPDIR: the
//      rename must stay on one file system, and a full TMPDIR must not be blamed on the output);
//   2. commit() fsyncs it, runs the caller's check on it (the PDF reopens with the right page
//      count, the XLSX zip is whole, …), renames it over the target and fsyncs the folder;
//   3. on any failure, on destruction without commit, and on SIGINT/SIGTERM/SIGHUP
//      (store/TempCleanup) the temporary file is removed and the target is left untouched.
namespace shenbao {

class AtomicOutput
{
public:
    explicit AtomicOutput(const QString &target);
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput &) = delete;
    AtomicOutput &operator=(const AtomicOutput &) = delete;

    // Creates the (empty) temporary file; false with a one-line reason (naming the target).
    bool open(QString *error);
    QString target() const { return m_target; }
    QString tempPath() const { return m_temp; }

    // Returns an empty string when the written file is good, else what is wrong with it.
    using Verify = std::function<QString(const QString &tempPath)>;
    enum class Replace
    {
        Allowed,
        Never
    }; // Never: fail if the target appeared meanwhile
    bool commit(const Verify &verify, QString *error, Replace replace = Replace::Allowed);
    // Removes the temporary file (also done by the destructor).
    void discard();

    // Extra files that a writer puts beside the temporary (SQLite's `-journal`): removed with it.
    void alsoRemove(const QString &suffix);

private:
    QString m_target;
    QString m_temp;
    QStringList m_suffixes;
    QList<int> m_slots;
    bool m_committed = false;
};

// A scratch folder beside `target` for intermediate files of one run (decoded evidence),
// removed on destruction and on SIGINT/SIGTERM/SIGHUP.
class ScratchFolder
{
public:
    explicit ScratchFolder(const QString &besideTarget);
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder &) = delete;
    ScratchFolder &operator=(const ScratchFolder &) = delete;
    bool isValid() const { return !m_path.isEmpty(); }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const;

private:
    QString m_path;
    QString m_error;
    int m_slot = -1;
};

// The system's reason for errno `err` in the UI language, common cases spelled out
// (磁盘空间不足, 没有写入权限, …), the system wording kept in brackets.
QString systemReason(int err);

// fsync of the folder holding `path`, so that a rename survives a power cut.
void syncFolderOf(const QString &path);

} // namespace shenbao
