// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "call/CallDefinition.h"
#include "model/Keyed.h"

#include <QString>

class QComboBox;

namespace shenbao {

// The name of a choice (org type, R&D institution, route, rule state, evidence category …)
// in the UI language: the call's own Chinese name in the Chinese UI, an English name in the
// English UI. The call's names stay what the printed dossier and the CLI use.
class ChoiceText
{
public:
    static QString name(const CallDefinition &call, const QString &group, const QString &key);
    template <typename E>
    static QString nameOf(const CallDefinition &call, E value, const char *group)
    {
        return name(call, QString::fromLatin1(group), toKey(value));
    }
    // Renames the items of a combo whose item data are keys of `group` (after a language change).
    static void retranslate(QComboBox *combo, const CallDefinition &call, const char *group);
    // The English name, or empty if there is none for this group and key.
    static QString english(const QString &group, const QString &key);
};

} // namespace shenbao
