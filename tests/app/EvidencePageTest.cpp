// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/EvidencePage.h"
#include "applicant/MainWindow.h"
#include "gui/EvidencePreview.h"
#include "gui/ProjectDocument.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace shenbao;

TEST_CASE("Evidence: a dropped file is attached, guessed, previewed and undoable", "[evidence]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.editor()->setStep(Step::Evidence);
    EvidencePage *page = w.editor()->evidencePage();
    const qsizetype before = w.document()->project().evidence.size();

    const QString png = test::writePng(dir.filePath(QStringLiteral("营业执照副本.png")));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(png)});
    // As a drag from a file manager arrives: enter (which makes the page the drop target), drop.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);

    INFO(w.findChild<QLabel *>(QStringLiteral("problemsLabel"))->text());
    INFO("png exists: " << QFile::exists(png) << " accepted: " << drop.isAccepted() << " urls " << mime.urls().size());
    REQUIRE(w.document()->project().evidence.size() == before + 1);
    const Evidence &added = w.document()->project().evidence.last();
    CHECK(added.category == EvidenceCategory::BusinessLicense);
    CHECK(added.title == QStringLiteral("营业执照副本"));
    CHECK(page->selectedId() == added.id);
    CHECK(page->preview()->pageCount() == 1);

    w.undoAction()->trigger();
    CHECK(w.document()->project().evidence.size() == before);
}

TEST_CASE("Evidence: addFiles attaches a PDF that proves a patent named in the file name", "[evidence]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.editor()->setStep(Step::Evidence);
    // The demo's utility model has no certificate yet.
    const Patent &utility = w.document()->project().patents.last();
    REQUIRE(utility.evidence.isEmpty());
    const QString pdf = test::writePdf(dir.filePath(QStringLiteral("实用新型证书 %1.pdf").arg(utility.number.value_or(QString()))), 3);
    const Problems problems = w.editor()->evidencePage()->addFiles({pdf});
    CHECK_FALSE(hasErrors(problems));
    const Evidence &added = w.document()->project().evidence.last();
    CHECK(added.category == EvidenceCategory::Ip);
    CHECK(added.pages == 3);
    CHECK(w.document()->project().patents.last().evidence == QStringList{added.id});
    CHECK(w.editor()->evidencePage()->preview()->pageCount() == 3);
}

TEST_CASE("Evidence: a damaged file shows its problem at attach time and is not added", "[evidence]")
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    REQUIRE(w.openProject(test::writeDemo(dir)));
    w.editor()->setStep(Step::Evidence);
    const qsizetype before = w.document()->project().evidence.size();
    const QString broken = dir.filePath(QStringLiteral("broken.pdf"));
    QFile f(broken);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.7\nthis is not really a pdf");
    f.close();
    const Problems problems = w.editor()->evidencePage()->addFiles({broken});
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.first().toString().contains(QStringLiteral("broken.pdf")));
    auto *label = w.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("broken.pdf")));
    if (hasErrors(problems))
        CHECK(w.document()->project().evidence.size() == before);
}
