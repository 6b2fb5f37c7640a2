// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/WindowFit.h"

#include <algorithm>

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace shenbao {

namespace {

// Before the first show the window system has not told us the frame yet; a title bar and
// borders of this size are what common desktops draw.
const QMargins kAssumedFrame(8, 38, 8, 8);

QScreen *screenOf(const QWidget *window)
{
    QScreen *screen = window->screen();
    return screen ? screen : QGuiApplication::primaryScreen();
}

QMargins frameOf(const QWidget *window)
{
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    const QMargins real(inner.left() - frame.left(), inner.top() - frame.top(),
                        frame.right() - inner.right(), frame.bottom() - inner.bottom());
    return window->isVisible() && !real.isNull() ? real : kAssumedFrame;
}

} // namespace

void WindowFit::place(QWidget *window, QSize preferred, const QByteArray &saved)
{
    QScreen *screen = screenOf(window);
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    if (!saved.isEmpty() && window->restoreGeometry(saved)) {
        // The saved position was taken with the real frame; before the first show only the
        // window's own rectangle can be checked (and the frame, once known).
        const QRect inner = window->geometry();
        const QRect frame = window->isVisible() ? inner.marginsAdded(frameOf(window)) : inner;
        if (available.contains(frame))
            return;
    }
    const QMargins frame = frameOf(window);
    const QSize room = available.size().shrunkBy(frame);
    const QSize size = preferred.boundedTo(room).expandedTo(window->minimumSize());
    window->resize(size);
    const QRect outer(QPoint(), size.grownBy(frame));
    QRect centred = outer;
    centred.moveCenter(available.center());
    // A window larger than the screen (its minimum size) starts at the top left, so that
    // the title bar can still be grabbed.
    centred.moveLeft(std::max(centred.left(), available.left()));
    centred.moveTop(std::max(centred.top(), available.top()));
    window->move(centred.topLeft());
}

bool WindowFit::fits(const QWidget *window)
{
    const QScreen *screen = screenOf(window);
    return screen && screen->availableGeometry().contains(window->frameGeometry());
}

} // namespace shenbao
