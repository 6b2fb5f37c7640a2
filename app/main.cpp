// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/DemoLauncher.h"
#ifdef SHENBAO_WITH_GUI // GUI (issue 4)
#include "applicant/ApplicantApp.h"
#endif

#include <QGuiApplication>

#include <cstdio>

namespace {

// Headless verbs print nothing but results and errors (cli.md): Qt's own environment notes
// (e.g. "XDG_RUNTIME_DIR not set") are dropped unless SHENBAO_DEBUG is set.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (shenbao::cli::isVerb(args)) {
        // Verbs are headless (cli.md): they draw PDF pages with QPainter, which needs a
        // QGuiApplication, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("SHENBAO_DEBUG"))
            qInstallMessageHandler(quietQtMessages);
        QGuiApplication app(argc, argv);
        QTextStream out(stdout), err(stderr);
        return shenbao::cli::run(args, out, err);
    }
#ifdef SHENBAO_WITH_GUI // GUI (issue 4): no verb → the desktop window (start page, FILE or --demo)
    return shenbao::runApplicantApp(argc, argv, args);
#else
    // A build without the GUI: `--demo` prepares the demo project and prints its check, and
    // anything else shows the usage.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    if (args == QStringList{QStringLiteral("--demo")})
        return shenbao::cli::runDemoCheck(out, err);
    return shenbao::cli::run(args, out, err);
#endif
}
