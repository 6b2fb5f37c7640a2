// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/CurrentPageStack.h"

namespace shenbao {

CurrentPageStack::CurrentPageStack(QWidget *parent)
    : QStackedWidget(parent)
    , m_parking(new QWidget(this))
{
    m_parking->setObjectName(QStringLiteral("parkedPages"));
    m_parking->hide();
}

void CurrentPageStack::showOnly(QWidget *page)
{
    if (indexOf(page) < 0)
        addWidget(page);
    for (int i = count() - 1; i >= 0; --i) {
        QWidget *other = widget(i);
        if (other != page) {
            removeWidget(other);
            other->setParent(m_parking); // still a child of the page: found by name, bound
        }
    }
    setCurrentWidget(page);
    updateGeometry();
}

} // namespace shenbao
