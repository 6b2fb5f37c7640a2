// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// One function per verb of spec/cli.md. Each returns an ExitCode (Cli.h) and writes problems
// to `err` as `file: where: what` lines.

#include "model/Problem.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace shenbao::cli {

int runNew(const QStringList &args, QTextStream &out, QTextStream &err);
int runDemo(const QStringList &args, QTextStream &out, QTextStream &err);
int runShow(const QStringList &args, QTextStream &out, QTextStream &err);
int runCheck(const QStringList &args, QTextStream &out, QTextStream &err);
int runExport(const QStringList &args, QTextStream &out, QTextStream &err);
int runRead(const QStringList &args, QTextStream &out, QTextStream &err);
int runSummary(const QStringList &args, QTextStream &out, QTextStream &err);

// Whether the process ends as soon as the running verb returns (run()'s AfterRun).
bool processEndsAfterVerb();

// Shared by the verbs: `file: where: what`, one line per problem.
void printProblems(QTextStream &err, const QString &file, const Problems &problems);

// A tiny argument reader: positional arguments, `--flag` and `--option VALUE`. Unknown
// options are a usage error naming the option (no silently ignored typos).
class Args
{
public:
    Args(const QStringList &args, const QStringList &flags, const QStringList &options);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QStringList positional() const { return m_positional; }
    bool flag(const char *name) const;
    std::optional<QString> option(const char *name) const;
    QStringList options(const char *name) const; // repeatable options

private:
    QStringList m_positional, m_flags;
    QList<std::pair<QString, QString>> m_options;
    QString m_error;
};

} // namespace shenbao::cli
