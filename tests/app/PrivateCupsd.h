// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace shenbao::test {

// A CUPS scheduler of the test's own (Debian's cups-daemon): configuration, spool, cache, state
// and logs in a temporary directory, listening only on a Unix socket there, so it touches
// nothing of the machine's printing and never collides with another test run. Jobs and their
// files are kept after printing (PreserveJobFiles) for the test to read back. The daemon is
// stopped in the destructor, and dies with the test process if that is killed.
class PrivateCupsd
{
public:
    PrivateCupsd();
    ~PrivateCupsd();
    PrivateCupsd(const PrivateCupsd &) = delete;
    PrivateCupsd &operator=(const PrivateCupsd &) = delete;

    // Empty when the daemon runs; otherwise why it could not start (the test then skips).
    QString whyNot() const { return m_whyNot; }
    // What libcups and the CUPS tools take as the server (CUPS_SERVER, -h).
    QString server() const { return m_dir.filePath(QStringLiteral("cups.sock")); }

    // Adds an enabled queue with `ppd` whose device is a file; returns that file's path.
    QString addQueue(const QString &name, const QString &ppd, QString *error);
    // Runs a CUPS client tool (lpadmin, cupsdisable, …) against this server.
    bool run(const QString &tool, const QStringList &args, QString *output = nullptr);
    // The document of job `id` as the scheduler spooled it.
    QString spooledDocument(int jobId) const;
    // Get-Job-Attributes: every attribute of the job as text (arrays joined by ',').
    QMap<QString, QString> jobAttributes(int jobId) const;
    // Waits until the job is completed (or aborted, cancelled); returns its job-state.
    int waitForJob(int jobId, int ms = 20000) const;
    QString errorLog() const;

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_whyNot;
};

} // namespace shenbao::test
