// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "applicant/EvidencePage.h"
#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/MainWindow.h"
#include "gui/EvidencePreview.h"
#include "gui/ProjectDocument.h"
#include "store/EvidenceGuess.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace shenbao;

namespace {

// Files are stored on a worker: the page reports through filesAdded when all are done.
Problems waitForAdd(EvidencePage *page, QSignalSpy &added)
{
    REQUIRE(test::waitUntil([&] { return !added.isEmpty(); }));
    CHECK_FALSE(page->isAdding());
    return added.takeFirst().at(0).value<Problems>();
}

Problems addAndWait(EvidencePage *page, const QStringList &paths)
{
    QSignalSpy added(page, &EvidencePage::filesAdded);
    page->addFiles(paths);
    return waitForAdd(page, added);
}

// The demo project open at step ⑧.
struct EvidenceStep
{
    QTemporaryDir dir;
    MainWindow w;
    EvidencePage *page = nullptr;
    qsizetype before = 0;

    EvidenceStep()
    {
        w.show();
        REQUIRE(w.openProject(test::writeDemo(dir)));
        w.editor()->setStep(Step::Evidence);
        page = w.editor()->evidencePage();
        before = w.document()->project().evidence.size();
    }
};

QString writeBrokenPdf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.7\nthis is not really a pdf");
    return path;
}

} // namespace

TEST_CASE("Evidence: a dropped file is attached, guessed, previewed and undoable", "[evidence]")
{
    EvidenceStep step;
    MainWindow &w = step.w;
    const QTemporaryDir &dir = step.dir;
    EvidencePage *page = step.page;
    const qsizetype before = step.before;

    const QString png = test::writePng(dir.filePath(QStringLiteral("营业执照副本.png")));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(png)});
    // As a drag from a file manager arrives: enter (which makes the page the drop target), drop.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    REQUIRE(enter.isAccepted());
    QSignalSpy addedSpy(page, &EvidencePage::filesAdded);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);
    waitForAdd(page, addedSpy);

    INFO(w.findChild<QLabel *>(QStringLiteral("problemsLabel"))->text());
    INFO("png exists: " << QFile::exists(png) << " accepted: " << drop.isAccepted() << " urls "
                        << mime.urls().size());
    REQUIRE(w.document()->project().evidence.size() == before + 1);
    const Evidence &added = w.document()->project().evidence.last();
    CHECK(added.category == EvidenceCategory::BusinessLicense);
    CHECK(added.title == QStringLiteral("营业执照副本"));
    CHECK(page->selectedId() == added.id);
    CHECK(page->preview()->pageCount() == 1);

    w.undoAction()->trigger();
    CHECK(w.document()->project().evidence.size() == before);
}

TEST_CASE("Evidence: addFiles attaches a PDF that proves a patent named in the file name",
          "[evidence]")
{
    EvidenceStep step;
    MainWindow &w = step.w;
    const QTemporaryDir &dir = step.dir;
    // The demo's utility model has no certificate yet.
    const Patent &utility = w.document()->project().patents.last();
    REQUIRE(utility.evidence.isEmpty());
    const QString pdf = test::writePdf(
        dir.filePath(QStringLiteral("实用新型证书 %1.pdf").arg(utility.number.value_or(QString()))),
        3);
    const Problems problems = addAndWait(w.editor()->evidencePage(), {pdf});
    CHECK_FALSE(hasErrors(problems));
    const Evidence &added = w.document()->project().evidence.last();
    CHECK(added.category == EvidenceCategory::Ip);
    CHECK(added.pages == 3);
    CHECK(w.document()->project().patents.last().evidence == QStringList{added.id});
    CHECK(w.editor()->evidencePage()->preview()->pageCount() == 3);
}

TEST_CASE("Evidence: a damaged file shows its problem at attach time and is not added",
          "[evidence]")
{
    EvidenceStep step;
    MainWindow &w = step.w;
    const QTemporaryDir &dir = step.dir;
    const qsizetype before = step.before;
    const QString broken = writeBrokenPdf(dir.filePath(QStringLiteral("broken.pdf")));
    const Problems problems = addAndWait(w.editor()->evidencePage(), {broken});
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.first().toString().contains(QStringLiteral("broken.pdf")));
    auto *label = w.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("broken.pdf")));
    if (hasErrors(problems))
        CHECK(w.document()->project().evidence.size() == before);
}

TEST_CASE(
    "Evidence: several files are stored on a worker while the event loop runs and a broken one "
    "is named",
    "[evidence]")
{
    EvidenceStep step;
    MainWindow &w = step.w;
    const QTemporaryDir &dir = step.dir;
    EvidencePage *page = step.page;
    const qsizetype before = step.before;
    const QStringList files{test::writePdf(dir.filePath(QStringLiteral("审计报告 2021.pdf")), 4),
                            writeBrokenPdf(dir.filePath(QStringLiteral("坏文件.pdf"))),
                            test::writePng(dir.filePath(QStringLiteral("营业执照.png"))),
                            test::writePdf(dir.filePath(QStringLiteral("其他证明.pdf")), 2)};

    // A timer that notes whether the add was still running each time it ticked: the GUI
    // thread keeps serving events while the worker reads, inspects and stores the files.
    int ticksWhileAdding = 0;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { ticksWhileAdding += page->isAdding() ? 1 : 0; });
    ticker.start();
    QSignalSpy added(page, &EvidencePage::filesAdded);
    page->addFiles(files);
    // addFiles returns before any file is added: entries come through the event loop only.
    CHECK(page->isAdding());
    CHECK(w.document()->project().evidence.size() == before);
    const Problems problems = waitForAdd(page, added);
    ticker.stop();
    CHECK(ticksWhileAdding > 0);

    REQUIRE(w.document()->project().evidence.size() == before + 3);
    QStringList titles;
    for (qsizetype i = before; i < w.document()->project().evidence.size(); ++i)
        titles << w.document()->project().evidence[i].title.value_or(QString());
    CHECK(titles == QStringList{QStringLiteral("审计报告 2021"), QStringLiteral("营业执照"),
                                QStringLiteral("其他证明")});
    CHECK(w.document()->project().evidence[before].pages == 4);
    // Each added entry's bytes are in the project file under its id.
    for (qsizetype i = before; i < w.document()->project().evidence.size(); ++i)
        CHECK(w.document()->file().storedFile(w.document()->project().evidence[i].id));

    // The broken file: errors that name it, and nothing else fails.
    Problems errors;
    for (const Problem &p : problems) {
        if (p.isError())
            errors << p;
    }
    REQUIRE_FALSE(errors.isEmpty());
    for (const Problem &p : errors)
        CHECK(p.where.endsWith(QStringLiteral("坏文件.pdf")));
    auto *label = w.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("坏文件.pdf")));

    // Each file is one undo step.
    w.undoAction()->trigger();
    CHECK(w.document()->project().evidence.size() == before + 2);
}

TEST_CASE("Evidence: cancelling an add keeps the files stored so far and names the rest",
          "[evidence]")
{
    EvidenceStep step;
    const Project &project = step.w.document()->project();
    QStringList files;
    for (int i = 0; i < 12; ++i)
        files << test::writePdf(step.dir.filePath(QStringLiteral("证明 %1.pdf").arg(i)), 1 + i % 3);
    QSignalSpy added(step.page, &EvidencePage::filesAdded);
    step.page->addFiles(files);
    step.page->cancelAdding(); // before the event loop runs: at most the file in flight is stored
    const Problems problems = waitForAdd(step.page, added);
    const qsizetype attached = project.evidence.size() - step.before;
    CHECK(attached < files.size());
    // Every file is either attached or named as not attached: none goes missing silently.
    QStringList titles;
    for (qsizetype i = step.before; i < project.evidence.size(); ++i)
        titles << project.evidence[i].title.value_or(QString());
    for (const QString &file : std::as_const(files)) {
        const bool isAttached = titles.contains(QFileInfo(file).completeBaseName());
        const bool named = std::any_of(problems.begin(), problems.end(),
                                       [&](const Problem &p) { return p.where == file; });
        INFO(file.toStdString());
        CHECK((isAttached || named));
    }
    CHECK_FALSE(hasErrors(problems));
}

TEST_CASE("Evidence: the table reads back the project after a title typed, a link and an undo",
          "[evidence]")
{
    // The table's cells are computed from the project when shown (issue 15): what it shows
    // must follow every kind of edit, for the row edited and only that one.
    EvidenceStep step;
    MainWindow &w = step.w;
    auto *table = step.page->findChild<QTableView *>(QStringLiteral("evidenceTable"));
    REQUIRE(table);
    const QAbstractItemModel *model = table->model();
    REQUIRE(model->rowCount() == step.before);
    const auto cell = [model](int row, int column) {
        return model->index(row, column).data().toString();
    };
    // Row → entry id, in binding order (the id is the title cell's user data).
    const auto idAt = [model](int row) {
        return model->index(row, 0).data(Qt::UserRole).toString();
    };
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << idAt(row);
    CHECK(ids.size() == step.before);
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == step.before);

    // The second row selected; a title typed into its field shows in that row only.
    table->selectRow(1);
    REQUIRE(step.page->selectedId() == ids[1]);
    QStringList before;
    for (int row = 0; row < model->rowCount(); ++row)
        before << cell(row, 0);
    auto *title = step.page->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    REQUIRE(title);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Renamed"));
    const Evidence *edited = w.document()->project().evidenceById(ids[1]);
    REQUIRE(edited);
    CHECK(edited->title == QStringLiteral("Renamed"));
    CHECK(cell(1, 0) == QStringLiteral("2. Renamed"));
    for (int row = 0; row < model->rowCount(); ++row) {
        INFO("row " << row);
        CHECK(idAt(row) == ids[row]);
        if (row != 1)
            CHECK(cell(row, 0) == before[row]);
    }

    // Linked to another item through the proves list: the row says what it proves.
    auto *proves = step.page->findChild<QComboBox *>(QStringLiteral("provesCombo"));
    REQUIRE(proves);
    REQUIRE(proves->count() > 2);
    const int patentIndex = proves->currentIndex() == 1 ? 2 : 1;
    const QString path = proves->itemData(patentIndex).toString();
    REQUIRE(path.startsWith(QStringLiteral("patents[")));
    proves->setCurrentIndex(patentIndex);
    CHECK(linkedItem(w.document()->project(), ids[1]) == path);
    CHECK(cell(1, 3) == proves->itemText(patentIndex));

    // Undo brings back the link and then the title, in the table too.
    w.undoAction()->trigger();
    CHECK(cell(1, 3) != proves->itemText(patentIndex));
    w.undoAction()->trigger();
    CHECK(cell(1, 0) == before[1]);

    // An entry removed: one row fewer, the others in their order.
    w.document()->removeEvidence(ids[1]);
    REQUIRE(model->rowCount() == step.before - 1);
    ids.removeAt(1);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(idAt(row) == ids[row]);
}
