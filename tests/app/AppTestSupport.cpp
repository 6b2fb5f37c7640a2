// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "AppTestSupport.h"

#include "applicant/ApplicantApp.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/MainWindow.h"
#include "demo/DemoProject.h"
#include "store/ProjectFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>
#include <QThread>

#include <cstdio>

std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace shenbao::test {

QString writeDemo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Problems problems;
    auto file = createDemoProject(path, &problems);
    return file ? path : QString();
}

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return done();
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClicks(widget, QString(c));
        } else {
            // QTest knows keys for ASCII only; other characters arrive as an input method
            // commits them: a key event that carries the text.
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
        }
    }
}

bool typeInto(MainWindow &window, const QString &objectName, const QString &text)
{
    auto *edit = window.findChild<QLineEdit *>(objectName);
    if (!edit)
        return false;
    // Focus (and so the end of an undo step when it leaves) needs an active window.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
    // Leaving the field ends the undo step, as tabbing away does.
    edit->clearFocus();
    return true;
}

QString writePdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(200, 200), QStringLiteral("test page %1").arg(i + 1));
    }
    painter.end();
    return path;
}

QString writePng(const QString &path)
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(10, 10, 50, 30, Qt::darkBlue);
    p.end();
    image.save(path, "PNG");
    return path;
}

int runCrashChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    setUpApplication(app);
    MainWindow window;
    window.show();
    if (!window.openProject(QString::fromLocal8Bit(argv[2])))
        return 3;
    window.editor()->setStep(Step::BasicInfo);
    // Typed key by key: each keystroke is an edit that must already be on disk.
    if (!typeInto(window, QStringLiteral("rdStaffEdit"), QStringLiteral("37")))
        return 4;
    std::printf("EDITED\n");
    std::fflush(stdout);
    return app.exec(); // until killed
}

QString screenshotDir()
{
    const QString fromEnvironment = qEnvironmentVariable("SHENBAO_SCREENSHOT_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(SHENBAO_SCREENSHOT_DIR) : fromEnvironment;
}

} // namespace shenbao::test
