// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QLabel;

namespace shenbao {

// 「1,732 / 1,500 字」 next to a text with a limit, red when over (attachment2-form.md): counted
// in characters as a person counts them, not bytes or UTF-16 units.
class CharacterCounter
{
    Q_DECLARE_TR_FUNCTIONS(CharacterCounter)

public:
    static void show(QLabel *label, const QString &text, int limit);
    static QString text(int count, int limit);
};

} // namespace shenbao
