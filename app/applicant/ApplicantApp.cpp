// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/ApplicantApp.h"

#include "gui/LanguageManager.h"

#include <QApplication>
#include <QIcon>

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
    app.setStyleSheet(
        QStringLiteral("QLineEdit[problem=\"error\"], QPlainTextEdit[problem=\"error\"], "
                       "QComboBox[problem=\"error\"]"
                       " { border: 2px solid #c62828; border-radius: 3px; }"
                       "QLineEdit[problem=\"warning\"], QPlainTextEdit[problem=\"warning\"], "
                       "QComboBox[problem=\"warning\"]"
                       " { border: 2px solid #d08a00; border-radius: 3px; }"));
    LanguageManager::apply(LanguageManager::saved());
}

} // namespace shenbao
