// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

class QWidget;

#include <functional>
#include <ostream>

std::ostream &operator<<(std::ostream &os, const QString &s);

namespace shenbao {

class MainWindow;

namespace test {

// A fresh copy of the bundled demo project in `dir`.
QString writeDemo(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.shenbao"));
// Processes events until `done` or `ms` have passed; returns `done()`.
// Where the screenshot tests save their pictures: $SHENBAO_SCREENSHOT_DIR if set (the
// update_screenshots target sets it to packaging/screenshots), else the build tree, so that a
// test run never modifies the checkout.
QString screenshotDir();

bool waitUntil(const std::function<bool()> &done, int ms = 30000);
// Types `text` into the focused `widget` key by key, Chinese and full-width characters too.
void typeText(QWidget *widget, const QString &text);
// Replaces the text of the line edit `objectName` in the window as a user does: select all,
// type. Returns false if there is no such widget.
bool typeInto(MainWindow &window, const QString &objectName, const QString &text);
// A one-page PDF / a small PNG written with Qt, for attaching.
QString writePdf(const QString &path, int pages = 1);
QString writePng(const QString &path);

// Child process of the crash-recovery test: opens argv[2], types into the R&D staff field,
// says "EDITED" and waits to be killed.
int runCrashChild(int argc, char **argv);

} // namespace test
} // namespace shenbao
