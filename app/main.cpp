// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/DemoLauncher.h"
#ifdef SHENBAO_WITH_GUI // GUI (issue 4)
#include "applicant/ApplicantApp.h"
#include "applicant/MainWindow.h"
#include "officer/OfficerWindow.h"

#include <QApplication>
#include <QFileInfo>
#endif

#include <QGuiApplication>

#include <cstdio>

namespace {

using namespace shenbao;

// Headless verbs print nothing but results and errors (cli.md): Qt's own environment notes
// (e.g. "XDG_RUNTIME_DIR not set") are dropped unless SHENBAO_DEBUG is set.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    fprintf(stderr, "%s\n", qPrintable(message));
}

#ifdef SHENBAO_WITH_GUI
// The officers' workspace, in a window of its own, with `dossiers` added to it. The two rooms
// (applicant/, officer/) know nothing of each other: the applicant's window asks for this one
// through a signal, and only the entry point knows both.
void openOfficerWorkspace(const QStringList &dossiers)
{
    auto *officer = new OfficerWindow;
    officer->setAttribute(Qt::WA_DeleteOnClose);
    officer->show();
    if (!dossiers.isEmpty())
        officer->addPaths(dossiers);
}

// The desktop window: `shenbao` with no arguments shows the start page, `shenbao FILE.shenbao`
// opens that application, `shenbao DOSSIER.pdf` opens the officers' workspace with it,
// `shenbao --demo` opens the example, `shenbao --officer [DOSSIER.pdf…]` the officers'
// workspace. Returns the exit code.
int runDesktop(int &argc, char **argv, const QStringList &args)
{
    QApplication app(argc, argv);
    setUpApplication(app);
    MainWindow window;
    QObject::connect(&window, &MainWindow::officerWorkspaceRequested, &window,
                     &openOfficerWorkspace);
    window.show();
    if (args.size() == 1 && args.first() == u"--demo") {
        window.openDemo();
    } else if (!args.isEmpty() && args.first() == u"--officer") {
        QStringList dossiers;
        for (qsizetype i = 1; i < args.size(); ++i)
            dossiers << QFileInfo(args.at(i)).absoluteFilePath();
        openOfficerWorkspace(dossiers);
    } else if (args.size() == 1 &&
               args.first().endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive)) {
        // A dossier is something an officer received: it opens in the officers' workspace.
        openOfficerWorkspace({QFileInfo(args.first()).absoluteFilePath()});
    } else if (args.size() == 1 && !args.first().startsWith(u'-')) {
        window.openProject(QFileInfo(args.first()).absoluteFilePath());
    } else if (!args.isEmpty()) {
        QTextStream(stderr) << "usage: shenbao [FILE.shenbao | DOSSIER.pdf | --demo | --officer "
                               "[DOSSIER.pdf…] | VERB …]"
                               "\n(shenbao --help lists the verbs and the desktop windows)\n";
        return 2;
    }
    return app.exec();
}
#endif

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
    return runDesktop(argc, argv, args);
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
