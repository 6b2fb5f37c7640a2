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
#include <cstdlib>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#ifdef SHENBAO_DESKTOP_PROGRAM // the CLI's program: the windows are another program's
#include <cerrno>
#include <cstring>
#include <string>
#include <unistd.h>
#endif

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

// A verb's process lives for one verb, and an export allocates and frees large buffers over
// and over: each page's zlib state in Qt's PDF engine, qpdf's stream buffers, the evidence
// read from the project. With glibc's defaults the top of the heap above a few MiB of free
// memory is handed back to the kernel each time, and the next buffer is faulted in and zeroed
// anew. Keeping up to 64 MiB of freed memory (and taking buffers of up to 32 MiB from the
// heap, not from fresh mappings) made the 258 MB export 4-7 % faster at the same peak
// (docs/dossier-binding.md, "Reading and writing each byte once"). Not in the desktop
// programs, which live long and keep their memory low.
void keepFreedMemoryForTheVerb()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 << 20); // glibc's largest: allocations below it use the heap
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
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

#ifdef SHENBAO_DESKTOP_PROGRAM
// `shenbao` without a verb runs the desktop program in its place (docs/decisions.md,
// "Start-up"): the windows need Qt Widgets, QtPdf, printing, CUPS: 18 shared libraries more
// than the verbs, which the dynamic loader would otherwise map and resolve at every verb's
// start. Same argv (argv[0] too: the window class and messages still say "shenbao"), same
// environment, and the exit code is the desktop program's own. It sits next to this program
// in the build tree, in lib/shenbao/ when installed. Returns only on failure.
int runDesktopProgram(char **argv)
{
    char self[4096];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string dir = n > 0 ? std::string(self, size_t(n)) : std::string(argv[0]);
    dir = dir.find('/') == std::string::npos ? std::string(".") : dir.substr(0, dir.rfind('/'));
    const std::string candidates[] = {
        dir + "/" SHENBAO_DESKTOP_PROGRAM,
        dir + "/" SHENBAO_PRIVATE_DIR_FROM_BIN "/" SHENBAO_DESKTOP_PROGRAM,
    };
    for (const std::string &path : candidates) {
        if (access(path.c_str(), F_OK) != 0)
            continue;
        execv(path.c_str(), argv);
        fprintf(stderr, "shenbao: cannot start the desktop program %s: %s\n", path.c_str(),
                strerror(errno));
        return shenbao::cli::InternalError;
    }
    fprintf(stderr,
            "shenbao: the desktop program %s is missing (looked for %s and %s); the installation "
            "is incomplete, reinstall shenbao. The verbs work without it (shenbao --help).\n",
            SHENBAO_DESKTOP_PROGRAM, candidates[0].c_str(), candidates[1].c_str());
    return shenbao::cli::InternalError;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (shenbao::cli::isVerb(args)) {
        keepFreedMemoryForTheVerb();
        // Verbs are headless (cli.md): they draw PDF pages with QPainter, which needs a
        // QGuiApplication, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("SHENBAO_DEBUG"))
            qInstallMessageHandler(quietQtMessages);
        QGuiApplication app(argc, argv);
        QTextStream out(stdout), err(stderr);
        const int code = shenbao::cli::run(args, out, err, shenbao::cli::AfterRun::ProcessEnds);
        // The verb has written, synced and closed all it makes; what is left is memory, which
        // the kernel takes back at once. Returning would first free it object by object and
        // tear Qt down (10-20 ms after a 500-page export).
        out.flush();
        err.flush();
        std::fflush(nullptr);
        std::_Exit(code);
    }
#if defined(SHENBAO_WITH_GUI) // GUI (issue 4): no verb → the desktop window (start page, FILE…)
    return runDesktop(argc, argv, args);
#elif defined(SHENBAO_DESKTOP_PROGRAM) // …in the desktop program, run in this one's place
    return runDesktopProgram(argv);
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
