// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QStackedWidget>

namespace shenbao {

// A stacked widget that holds only the page it shows; the others wait, hidden, in a parking
// widget. QStackedLayout (Qt 6.4) sizes itself, height-for-width included, to its tallest
// page: the domain step's one-field forms would scroll through the empty height of the
// school's and the pilot's long ones.
class CurrentPageStack : public QStackedWidget
{
    Q_OBJECT

public:
    explicit CurrentPageStack(QWidget *parent = nullptr);

    // Shows `page` (one of the pages the form put here) and parks all others.
    void showOnly(QWidget *page);

private:
    QWidget *m_parking;
};

} // namespace shenbao
