// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "ApplicantApp.h"

#include "LanguageManager.h"
#include "MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

namespace shenbao {

void setUpApplication(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("Shenbao"));
    QApplication::setApplicationName(QStringLiteral("shenbao"));
    QApplication::setApplicationDisplayName(QStringLiteral("Shenbao"));
    QApplication::setApplicationVersion(QStringLiteral(SHENBAO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.shenbao.Shenbao")); // packaging/linux
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/shenbao-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.shenbao.Shenbao"), icon));
    // Fields with a problem are framed (FieldBinder sets the "problem" property).
    app.setStyleSheet(QStringLiteral(
        "QLineEdit[problem=\"error\"], QPlainTextEdit[problem=\"error\"], QComboBox[problem=\"error\"]"
        " { border: 2px solid #c62828; border-radius: 3px; }"
        "QLineEdit[problem=\"warning\"], QPlainTextEdit[problem=\"warning\"], QComboBox[problem=\"warning\"]"
        " { border: 2px solid #d08a00; border-radius: 3px; }"));
    LanguageManager::apply(LanguageManager::saved());
}

int runApplicantApp(int &argc, char **argv, const QStringList &args)
{
    QApplication app(argc, argv);
    setUpApplication(app);
    MainWindow window;
    window.show();
    if (args.size() == 1 && args.first() == u"--demo") {
        window.openDemo();
    } else if (args.size() == 1 && args.first().endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive)) {
        // A dossier is something an officer received: it opens in the officers' workspace.
        window.openOfficerWorkspace({QFileInfo(args.first()).absoluteFilePath()});
    } else if (args.size() == 1 && !args.first().startsWith(u'-')) {
        window.openProject(QFileInfo(args.first()).absoluteFilePath());
    } else if (!args.isEmpty()) {
        QTextStream(stderr) << "usage: shenbao [FILE.shenbao | --demo | VERB …]\n";
        return 2;
    }
    return app.exec();
}

} // namespace shenbao
