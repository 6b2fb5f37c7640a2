// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/CharacterCounter.h"

#include "gui/StateIcons.h"
#include "rules/FieldValidator.h"

#include <QLabel>
#include <QLocale>

namespace shenbao {

QString CharacterCounter::text(int count, int limit)
{
    // 「1,732 / 1,500 字」 groups by thousands as the form does, whatever the UI language.
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    if (limit <= 0)
        return tr("%1 characters").arg(c.toString(count));
    return tr("%1 / %2 characters").arg(c.toString(count), c.toString(limit));
}

void CharacterCounter::show(QLabel *label, const QString &text, int limit)
{
    const int count = characterCount(text);
    const bool over = limit > 0 && count > limit;
    label->setText(
        CharacterCounter::text(count, limit) +
        (over ? tr(" — %n over the limit; shorten before export", "", count - limit) : QString()));
    label->setStyleSheet(
        over ? QStringLiteral("color: %1; font-weight: 600;").arg(markColor(Mark::NotMet).name())
             : QStringLiteral("color: #555;"));
}

} // namespace shenbao
