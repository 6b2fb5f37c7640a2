// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "CliTestSupport.h"

#include "cli/Cli.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextStream>

namespace shenbao::test {

CliRun runCli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = cli::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

CliRun runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(120'000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(SHENBAO_TEST_DATA "/") + relative;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString demoProject()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = QDir(dir.path()).filePath(QStringLiteral("demo.shenbao"));
        const auto r = runCli({QStringLiteral("demo"), path});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }
    return path;
}

} // namespace shenbao::test
