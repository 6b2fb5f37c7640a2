// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace shenbao {

// The UI language: Simplified Chinese unless the user chose English. Installs Shenbao's own
// translation and Qt's (standard buttons, dialogs); widgets follow through LanguageChange.
class LanguageManager
{
public:
    static QStringList available(); // "zh_CN", "en"
    // The saved choice (QSettings "language"), zh_CN when none.
    static QString saved();
    // Installs the translators for `language` and saves the choice.
    static bool apply(const QString &language);
    static QString current();
};

} // namespace shenbao
