// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace shenbao::test {

struct CliRun
{
    int code = -1;
    QString out, err;
};

// Runs one verb in-process, exactly as `shenbao ARGS…` would.
CliRun runCli(const QStringList &args);
// Runs `program ARGS…` as a process of its own (which must end normally, within two minutes).
CliRun runProgram(const QString &program, const QStringList &args,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

QString dataPath(const QString &relative);
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

// A temporary folder holding the demo project and its evidence, made once per test run.
QString demoProject();

} // namespace shenbao::test
