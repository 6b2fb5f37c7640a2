// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>

class QWidget;

namespace shenbao {

// Top-level windows open within the available area of their screen (a 1366×768 laptop is
// still common in offices): the saved geometry is restored only when it fits there, otherwise
// the window takes its preferred size, shrunk to the screen, and is centred.
class WindowFit
{
public:
    // Call before show(). `saved` is what QWidget::saveGeometry() returned last time (or empty).
    static void place(QWidget *window, QSize preferred, const QByteArray &saved = {});
    // True when the window's frame lies within its screen's available geometry.
    static bool fits(const QWidget *window);
};

} // namespace shenbao
