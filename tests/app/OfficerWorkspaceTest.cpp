// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The officer's workspace on dossiers bound by the real binder: add, read off the GUI thread,
// reorder, remark, export Attachment 3 (read back with openpyxl), reopen.

#include "AppTestSupport.h"

#include "officer/DossierPane.h"
#include "officer/OfficerWindow.h"
#include "officer/Workspace.h"
#include "officer/WorkspaceModel.h"

#include "demo/DemoProject.h"
#include "dossier/DossierBinder.h"
#include "rules/Uscc.h"
#include "store/ProjectFile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPdfDocument>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace shenbao;
using namespace shenbao::test;

namespace {

QString validUscc(const QString &first17)
{
    return first17 + checkUscc(first17 + u'0').expectedCheck;
}

QString bind(const QString &dir, const QString &name, const Project &project, bool force)
{
    const QString evidence = QDir(dir).filePath(name + QStringLiteral("-evidence"));
    QDir().mkpath(evidence);
    QString error;
    REQUIRE(writeDemoEvidence(project, evidence, &error));
    Problems problems;
    auto file = ProjectFile::createFrom(QDir(dir).filePath(name + QStringLiteral(".shenbao")),
                                        project, evidence, &problems);
    REQUIRE(file);
    BindOptions options;
    options.force = force;
    const QString pdf =
        QDir(dir).filePath(QStringLiteral("received/") + name + QStringLiteral(".pdf"));
    QDir().mkpath(QFileInfo(pdf).absolutePath());
    const BindResult bound = bindDossier(*file, pdf, options);
    REQUIRE(bound.ok);
    return pdf;
}

struct Received
{
    QTemporaryDir dir;
    QString a, b, c, sameUsccAsA;
    QString nameA, nameB, nameC, usccA, usccB, usccC;
};

// Binding takes a few seconds per dossier: once per test run.
const Received &received()
{
    static Received *r = [] {
        auto *out = new Received;
        Project a = demoProjectData();
        out->nameA = *a.applicant.name;
        out->usccA = *a.applicant.uscc;
        out->a = bind(out->dir.path(), QStringLiteral("a"), a, false);

        Project b = a;
        out->nameB = QStringLiteral("佛山示例机器人有限公司");
        b.applicant.name = out->nameB;
        b.applicant.city = QStringLiteral("佛山市");
        b.applicant.district = QStringLiteral("顺德区");
        out->usccB = validUscc(QStringLiteral("91440606MA4UK7Q2X"));
        b.applicant.uscc = out->usccB;
        out->b = bind(out->dir.path(), QStringLiteral("b"), b, false);

        Project c = a;
        out->nameC = QStringLiteral("东莞示例自动化有限公司");
        c.applicant.name = out->nameC;
        c.applicant.rdStaff = 19; // EQ-3 needs 20: bound with force, not eligible
        out->usccC = validUscc(QStringLiteral("91441900MA51R6E8Y"));
        c.applicant.uscc = out->usccC;
        out->c = bind(out->dir.path(), QStringLiteral("c"), c, true);

        // A second version of a's dossier: another fingerprint, the same applicant.
        Project a2 = a;
        a2.applicant.rdStaff = *a.applicant.rdStaff + 1;
        out->sameUsccAsA =
            bind(out->dir.path() + QStringLiteral("/v2"), QStringLiteral("a"), a2, false);
        return out;
    }();
    return *r;
}

QJsonObject dumpXlsx(const QString &path)
{
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral(SHENBAO_TEST_DATA) + QStringLiteral("/summary/dump_xlsx.py"), path});
    REQUIRE(py.waitForFinished(60000));
    INFO(QString::fromUtf8(py.readAllStandardError()));
    REQUIRE(py.exitCode() == 0);
    return QJsonDocument::fromJson(py.readAllStandardOutput()).object();
}

QString cellText(const QJsonObject &dump, const char *cell)
{
    return dump.value(QStringLiteral("cells"))
        .toObject()
        .value(QLatin1StringView(cell))
        .toObject()
        .value(QStringLiteral("value"))
        .toVariant()
        .toString();
}

bool allLoaded(const Workspace &ws)
{
    if (ws.isLoading())
        return false;
    for (int i = 0; i < ws.count(); ++i) {
        if (!ws.entry(i).loaded)
            return false;
    }
    return true;
}

QStringList namesInOrder(const Workspace &ws)
{
    QStringList names;
    for (int i = 0; i < ws.count(); ++i)
        names << ws.entry(i).row.name;
    return names;
}

} // namespace

TEST_CASE("the officer adds three dossiers, reorders them and exports Attachment 3 in that order",
          "[officer]")
{
    const Received &in = received();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("workspace.sqlite"));
    const QString xlsx = dir.filePath(QStringLiteral("附件3.xlsx"));
    const QString remark = QStringLiteral("材料齐全，建议推荐");

    {
        OfficerWindow window(db);
        window.show();
        Workspace &ws = *window.workspace();
        window.addPaths({in.a, in.b, in.c});
        REQUIRE(ws.count() == 3);
        REQUIRE(waitUntil([&ws] { return allLoaded(ws); }));
        CHECK(namesInOrder(ws) == QStringList{in.nameA, in.nameB, in.nameC});
        for (int i = 0; i < 3; ++i) {
            INFO(ws.entry(i).errors.join(u'\n'));
            CHECK(ws.entry(i).state == DossierReadResult::State::Ok);
            CHECK(ws.entry(i).pageCount > 0);
            CHECK(ws.duplicateReason(i).isEmpty());
        }
        // The verdict is the officer's own: c's 19 R&D staff miss EQ-3's 20.
        CHECK(ws.entry(0).verdict == Verdict::Eligible);
        CHECK(ws.entry(2).verdict == Verdict::NotEligible);
        CHECK(ws.entry(2).row.rdStaff == 19);

        // The same files again (a folder holding them) add nothing.
        window.addPaths({QFileInfo(in.a).absolutePath()});
        CHECK(ws.count() == 3);

        // The third moves up twice: c, a, b.
        window.selectRow(2);
        window.moveSelected(-1);
        window.moveSelected(-1);
        CHECK(namesInOrder(ws) == QStringList{in.nameC, in.nameA, in.nameB});
        CHECK(window.selectedRows() == QList<int>{0});
        // Moving the first one up changes nothing.
        window.moveSelected(-1);
        CHECK(namesInOrder(ws) == QStringList{in.nameC, in.nameA, in.nameB});

        // A remark typed in the table's remarks cell.
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(window.table()->model());
        REQUIRE(proxy);
        const QModelIndex remarkCell = proxy->index(1, WorkspaceModel::Remarks);
        REQUIRE(proxy->flags(remarkCell).testFlag(Qt::ItemIsEditable));
        REQUIRE(proxy->setData(remarkCell, remark));
        CHECK(ws.entry(1).remarks == remark);
        CHECK(proxy->index(1, WorkspaceModel::Order).data().toInt() == 2);

        // Filtering narrows the table; the recommendation order is kept.
        window.findChild<QLineEdit *>(QStringLiteral("filterEdit"))
            ->setText(QStringLiteral("佛山"));
        CHECK(proxy->rowCount() == 1);
        CHECK(proxy->index(0, WorkspaceModel::Order).data().toInt() == 3);
        window.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->clear();
        CHECK(proxy->rowCount() == 3);

        // Clicking a rule jumps the viewer to the first page of its evidence.
        window.selectRow(1);
        DossierPane *pane = window.dossierPane();
        REQUIRE(pane->path() == in.a);
        REQUIRE(pane->document()->pageCount() == ws.entry(1).pageCount);
        CHECK(pane->ruleCount() > 0);
        // One thumbnail per page, labelled with the page label; they are drawn in the background.
        auto *thumbnails = pane->findChild<QListWidget *>(QStringLiteral("pageThumbnails"));
        REQUIRE(thumbnails);
        CHECK(thumbnails->count() == ws.entry(1).pageCount);
        CHECK(thumbnails->item(0)->text() == pane->document()->pageLabel(0));
        for (int waited = 0;
             thumbnails->item(thumbnails->count() - 1)->icon().isNull() && waited < 20000;
             waited += 50)
            QTest::qWait(50);
        CHECK_FALSE(thumbnails->item(thumbnails->count() - 1)->icon().isNull());
        const auto result = ws.readResult(1);
        REQUIRE(result);
        const RuleResult *withEvidence = nullptr;
        for (const RuleResult &rule : result->recomputed.rules) {
            if (!rule.evidenceIds.isEmpty() &&
                result->evidencePages.value(rule.evidenceIds.first()).firstIndex > 0) {
                withEvidence = &rule;
                break;
            }
        }
        REQUIRE(withEvidence);
        int expected = -1;
        for (const QString &id : withEvidence->evidenceIds) {
            const int first = result->evidencePages.value(id).firstIndex;
            if (first >= 0 && (expected < 0 || first < expected))
                expected = first;
        }
        CHECK(pane->showRuleEvidence(withEvidence->id));
        CHECK(pane->currentPage() == expected);
        CHECK(pane->document()->pageLabel(expected).toInt() > 0); // a numbered page, not the cover

        // The printed table lists the dossiers in recommendation order.
        {
            const QString pdf = dir.filePath(QStringLiteral("table.pdf"));
            QPrinter printer(QPrinter::ScreenResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(pdf);
            printer.setPageOrientation(QPageLayout::Landscape);
            window.printTable(printer);
            QPdfDocument printed;
            REQUIRE(printed.load(pdf) == QPdfDocument::Error::None);
            // Names may wrap inside their narrow cells.
            QString text = printed.getAllText(0).text();
            text.remove(QRegularExpression(QStringLiteral("\\s")));
            INFO(text);
            CHECK(text.indexOf(in.nameC) >= 0);
            CHECK(text.indexOf(in.nameC) < text.indexOf(in.nameA));
            CHECK(text.indexOf(in.nameA) < text.indexOf(in.nameB));
        }
        // A dossier prints in two collated copies by default.
        {
            const QString pdf = dir.filePath(QStringLiteral("copies.pdf"));
            QPrinter printer(QPrinter::ScreenResolution);
            window.presetDossierPrinter(printer, 2);
            CHECK(printer.copyCount() == OfficerWindow::kDossierCopies);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(pdf);
            QString error;
            REQUIRE(window.printDossier(2, printer, {}, &error));
            QPdfDocument printed;
            REQUIRE(printed.load(pdf) == QPdfDocument::Error::None);
            const int pages = ws.entry(2).pageCount;
            // Double-sided, an odd-length copy gets a blank back before the next one.
            CHECK(printed.pageCount() ==
                  2 * pages + (printer.duplex() != QPrinter::DuplexNone ? pages % 2 : 0));
        }

        window.setRecommender(QStringLiteral("广州市工业和信息化局"));
        QString error;
        REQUIRE(window.exportSummary(xlsx, {}, &error));

        window.selectRow(0);
        // The size the window opens at on the test screen, a 1366×768 laptop.
        // QPdfView renders pages on a worker thread: give it time before the picture.
        QTest::qWait(2000);
        QDir().mkpath(test::screenshotDir());
        CHECK(window.grab().save(test::screenshotDir() + QStringLiteral("/officer-workspace.png")));
    }

    const QJsonObject d = dumpXlsx(xlsx);
    CHECK(d.value(QStringLiteral("maxRow")).toInt() == 6);
    const QDate today = QDate::currentDate();
    CHECK(cellText(d, "A2") ==
          QStringLiteral("推荐单位（盖章）：广州市工业和信息化局　　填表日期：%1年%2月%3日")
              .arg(today.year())
              .arg(today.month())
              .arg(today.day()));
    CHECK(cellText(d, "A4") == QStringLiteral("1"));
    CHECK(cellText(d, "A6") == QStringLiteral("3"));
    CHECK(cellText(d, "B4") == in.nameC);
    CHECK(cellText(d, "B5") == in.nameA);
    CHECK(cellText(d, "B6") == in.nameB);
    CHECK(cellText(d, "C4") == in.usccC);
    CHECK(cellText(d, "C6") == in.usccB);
    CHECK(cellText(d, "K4") == QStringLiteral("19"));
    CHECK(cellText(d, "M4") == QStringLiteral("不符合"));
    CHECK(cellText(d, "M5") == QStringLiteral("符合"));
    CHECK(cellText(d, "P5") == remark);
    CHECK(cellText(d, "P4").isEmpty());

    // Reopened: same order and remarks, from the cache, without reading the files again.
    OfficerWindow again(db);
    Workspace &ws = *again.workspace();
    CHECK_FALSE(ws.isLoading());
    REQUIRE(ws.count() == 3);
    CHECK(namesInOrder(ws) == QStringList{in.nameC, in.nameA, in.nameB});
    CHECK(ws.entry(1).remarks == remark);
    CHECK(ws.entry(0).verdict == Verdict::NotEligible);
    CHECK(ws.entry(0).row.rdStaff == 19);
    CHECK(ws.entry(1).state == DossierReadResult::State::Ok);
    CHECK(ws.entry(1).result == nullptr);
    CHECK(ws.readResult(1)); // read again on demand for the viewer
}

TEST_CASE(
    "the workspace flags the same applicant or the same dossier twice and will not export both",
    "[officer]")
{
    const Received &in = received();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("copy-of-b.pdf"));
    REQUIRE(QFile::copy(in.b, copy));

    Workspace ws(dir.filePath(QStringLiteral("ws.sqlite")));
    REQUIRE(ws.isOpen());
    ws.addPaths({in.a, in.b, in.c, in.sameUsccAsA, copy});
    REQUIRE(waitUntil([&ws] { return allLoaded(ws); }));
    REQUIRE(ws.count() == 5);
    const int a = ws.indexOf(in.a), b = ws.indexOf(in.b), c = ws.indexOf(in.c),
              a2 = ws.indexOf(in.sameUsccAsA), b2 = ws.indexOf(copy);
    CHECK(ws.entry(a).fingerprint != ws.entry(a2).fingerprint);
    CHECK(ws.duplicateReason(a).contains(in.usccA));
    CHECK(ws.duplicateReason(a2).contains(in.usccA));
    // A copy of the same file: flagged for its fingerprint (the message, in the UI language,
    // does not name the USCC as the same-applicant message does).
    CHECK_FALSE(ws.duplicateReason(b).isEmpty());
    CHECK_FALSE(ws.duplicateReason(b2).isEmpty());
    CHECK_FALSE(ws.duplicateReason(b).contains(in.usccB));
    CHECK(ws.entry(b).fingerprint == ws.entry(b2).fingerprint);
    CHECK(ws.duplicateReason(c).isEmpty());

    QString error;
    CHECK_FALSE(ws.summaryRows({a, a2}, &error));
    CHECK(error.contains(in.usccA));
    const auto rows = ws.summaryRows({c, a}, &error);
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    // In recommendation order, numbered 1..n, whatever order they were chosen in.
    CHECK(rows->at(0).name == in.nameA);
    CHECK(rows->at(0).order == 1);
    CHECK(rows->at(1).order == 2);

    // Dragging a row reorders: c dropped before the first row, then a dropped on the last.
    WorkspaceModel model(&ws);
    std::unique_ptr<QMimeData> drag(model.mimeData({model.index(c, WorkspaceModel::Name)}));
    REQUIRE(drag);
    REQUIRE(model.dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {}));
    CHECK(ws.indexOf(in.c) == 0);
    CHECK(ws.indexOf(in.a) == a + 1);
    drag.reset(model.mimeData({model.index(ws.indexOf(in.a), WorkspaceModel::Name)}));
    REQUIRE(model.dropMimeData(drag.get(), Qt::MoveAction, -1, -1, model.index(ws.count() - 1, 0)));
    CHECK(ws.indexOf(in.a) == ws.count() - 1);
    CHECK(model.index(ws.count() - 1, WorkspaceModel::Name).data().toString() == in.nameA);

    // Removing the copy clears the flag on the original.
    ws.remove({ws.indexOf(copy)});
    CHECK(ws.count() == 4);
    CHECK(ws.duplicateReason(ws.indexOf(in.b)).isEmpty());
}

TEST_CASE("a PDF that is not a Shenbao dossier is listed as such and kept out of the table",
          "[officer]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString plain = writePdf(dir.filePath(QStringLiteral("scan.pdf")), 2);
    QFile junk(dir.filePath(QStringLiteral("broken.pdf")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("%PDF-1.7\nthis is not really a PDF");
    junk.close();

    Workspace ws(dir.filePath(QStringLiteral("ws.sqlite")));
    // A folder: both PDFs inside it, the database file is not one.
    CHECK(ws.addPaths({dir.path()}) == 2);
    REQUIRE(waitUntil([&ws] { return allLoaded(ws); }));
    REQUIRE(ws.count() == 2);
    const int p = ws.indexOf(QFileInfo(plain).absoluteFilePath());
    REQUIRE(p >= 0);
    CHECK(ws.entry(p).state == DossierReadResult::State::NotShenbao);
    CHECK(ws.entry(p).pageCount == 2);
    CHECK(ws.entry(1 - p).state == DossierReadResult::State::Unreadable);
    QString error;
    CHECK_FALSE(ws.summaryRows({p}, &error));
    CHECK(error.contains(QStringLiteral("scan.pdf")));

    // Unchanged files are not read again; a changed one is (size and time differ).
    CHECK(ws.refresh() == 0);
    QFile::remove(plain);
    writePdf(plain, 3);
    QFile touched(plain);
    REQUIRE(touched.open(QIODevice::ReadWrite));
    REQUIRE(touched.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                QFileDevice::FileModificationTime));
    touched.close();
    CHECK(ws.refresh() == 1);
    REQUIRE(waitUntil([&ws] { return allLoaded(ws); }));
    CHECK(ws.entry(p).pageCount == 3);
}

TEST_CASE("reading can be cancelled and resumed; a foreign database is not taken for a workspace",
          "[officer]")
{
    const Received &in = received();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Workspace ws(dir.filePath(QStringLiteral("ws.sqlite")));
    ws.addPaths({in.a, in.b, in.c});
    ws.cancelLoading();
    REQUIRE(waitUntil([&ws] { return !ws.isLoading(); }));
    int unread = 0;
    for (int i = 0; i < ws.count(); ++i)
        unread += ws.entry(i).loaded ? 0 : 1;
    // Whatever was not read before the cancel is read on the next refresh, and only that.
    CHECK(ws.refresh() == unread);
    REQUIRE(waitUntil([&ws] { return allLoaded(ws); }));
    CHECK(ws.count() == 3);

    const QString project = writeDemo(dir);
    REQUIRE_FALSE(project.isEmpty());
    Workspace foreign(project);
    CHECK_FALSE(foreign.isOpen());
    CHECK_FALSE(foreign.errorString().isEmpty());
    CHECK(foreign.addPaths({in.a}) >= 0);
    CHECK_FALSE(foreign.save());
}

TEST_CASE("officer window: files that are not dossiers are listed apart and not counted; a dossier "
          "that is not eligible asks before Attachment 3; every action is in the menu bar",
          "[officer][fit]")
{
    const Received &in = received();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString plain = writePdf(dir.filePath(QStringLiteral("scan.pdf")), 1);
    OfficerWindow window(dir.filePath(QStringLiteral("ws.sqlite")));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.addPaths({in.a, plain, in.c});
    Workspace &ws = *window.workspace();
    REQUIRE(waitUntil([&ws] { return allLoaded(ws); }));
    REQUIRE(ws.count() == 3);

    // 「2 份申报材料」, the scan named apart, at the end of the list and without an order number.
    QString status;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        status += label->text();
    INFO(status.toStdString());
    CHECK(status.contains(QLatin1Char('2')));
    CHECK_FALSE(status.contains(QLatin1Char('3')));
    auto *proxy = window.table()->model();
    const int last = proxy->rowCount() - 1;
    CHECK(proxy->index(last, WorkspaceModel::Name).data().toString() == QStringLiteral("scan.pdf"));
    CHECK(proxy->index(last, WorkspaceModel::Order).data().toString() == QStringLiteral("—"));
    CHECK(proxy->index(0, WorkspaceModel::Order).data().toInt() == 1);
    CHECK(proxy->index(1, WorkspaceModel::Order).data().toInt() == 2);
    CHECK(window.summaryCandidates({}).size() == 2);

    // Dossier c is not eligible (EQ-3): exporting all asks first.
    QString question;
    window.setConfirm([&](const QString &q) {
        question = q;
        return false;
    });
    CHECK_FALSE(window.confirmSummary({}));
    CHECK(question.contains(in.nameC));
    CHECK_FALSE(question.contains(in.nameA));
    CHECK(window.confirmSummary({ws.indexOf(in.a)})); // an eligible one alone: no question

    // All without the scan: the table is written with the two dossiers.
    QString error;
    CHECK(window.exportSummary(dir.filePath(QStringLiteral("a3.xlsx")), {}, &error));
    INFO(error.toStdString());

    // Every toolbar action is in a menu too, and every toolbar button shows its whole label.
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("officerToolBar"));
    REQUIRE(bar);
    QList<QAction *> inMenus;
    for (QAction *menu : window.menuBar()->actions())
        inMenus << menu->menu()->actions();
    for (QAction *a : bar->actions()) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        INFO(a->text().toStdString());
        CHECK(inMenus.contains(a));
        QWidget *button = bar->widgetForAction(a);
        REQUIRE(button);
        CHECK(button->isVisible()); // not pushed into the overflow menu
        CHECK(button->width() >= button->sizeHint().width());
    }
    CHECK(window.screen()->availableGeometry().contains(window.frameGeometry()));
}
