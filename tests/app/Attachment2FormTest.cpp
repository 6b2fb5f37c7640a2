// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The Attachment 2 fields of issue 13 as a user fills them: typed into the real widgets of each
// domain's step, evidence linked through the picker, the project reopened from its file, and
// the exported dossier read back with pdftotext to find each value in its section.

#include "AppTestSupport.h"
#include "applicant/ApplicationEditor.h"
#include "applicant/EvidenceLinkButton.h"
#include "applicant/EvidencePickerDialog.h"
#include "applicant/ExportPage.h"
#include "applicant/MainWindow.h"
#include "gui/FieldBinder.h"
#include "gui/LanguageManager.h"
#include "gui/ProjectDocument.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <string_view>

#include <catch2/catch.hpp>

using namespace shenbao;

namespace {

// Replaces the text of a multi-line field as a user does, then leaves it (ends the undo step).
bool typePlain(MainWindow &w, const QString &objectName, const QString &text)
{
    auto *edit = w.findChild<QPlainTextEdit *>(objectName);
    if (!edit || !edit->isVisible())
        return false;
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w))
        return false;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    test::typeText(edit, text);
    edit->clearFocus();
    return true;
}

bool typeLine(MainWindow &w, const QString &objectName, const QString &text)
{
    auto *edit = w.findChild<QLineEdit *>(objectName);
    return edit && edit->isVisible() && test::typeInto(w, objectName, text);
}

// Clicks `button`; in the evidence picker that opens, ticks exactly the files whose titles
// start with one of `titles`, and confirms.
void pickEvidence(QAbstractButton *button, const QStringList &titles)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<EvidencePickerDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        seen = true;
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("evidenceList"));
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            const bool wanted = std::any_of(titles.begin(), titles.end(), [&](const QString &t) {
                return item->text().startsWith(t);
            });
            item->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    button->click();
    CHECK(seen);
}

// Fills the row dialog that `button` opens: line edits by name, then the evidence picker.
void fillRowDialog(QAbstractButton *button, const QList<std::pair<QString, QString>> &lines,
                   const QStringList &evidence)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        seen = true;
        for (const auto &[name, text] : lines) {
            auto *edit = dialog->findChild<QLineEdit *>(name);
            REQUIRE(edit);
            edit->setFocus();
            test::typeText(edit, text);
        }
        pickEvidence(dialog->findChild<QPushButton *>(QStringLiteral("evidenceButton")), evidence);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        REQUIRE(ok->isEnabled());
        ok->click();
    });
    button->click();
    CHECK(seen);
}

void chooseYes(MainWindow &w, const QString &comboName)
{
    auto *combo = w.findChild<QComboBox *>(comboName);
    REQUIRE(combo);
    REQUIRE(combo->isVisible());
    const int yes = combo->findData(true);
    REQUIRE(yes > 0);
    combo->setCurrentIndex(yes);
}

template <typename T> T *widget(MainWindow &w, const char *name)
{
    T *found = w.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// Closes the project and opens it again from its file: what the GUI stored is what comes back.
Project reopened(MainWindow &w, const QString &path)
{
    w.closeProject();
    QString error;
    auto document = ProjectDocument::open(path, &error);
    INFO(error);
    REQUIRE(document);
    return document->project();
}

// Exports the dossier of the open project and returns pdftotext's text of it.
QString exportedText(MainWindow &w, const QString &pdf)
{
    w.editor()->setStep(Step::Export);
    ExportPage *page = w.editor()->exportPage();
    page->setConfirm([](const QString &) { return true; }); // another domain's demo may not qualify
    QSignalSpy finished(page, &ExportPage::exportFinished);
    REQUIRE(page->startExport(pdf));
    REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 120000));
    REQUIRE(finished.first().first().toBool());
    // Kept for looking at the pages when the pictures are asked for (update_screenshots and
    // the like set the folder explicitly); a plain test run leaves nothing behind.
    if (qEnvironmentVariableIsSet("SHENBAO_SCREENSHOT_DIR"))
        QFile::copy(pdf, QDir(test::screenshotDir())
                             .filePath(QStringLiteral("a2-") + QFileInfo(pdf).fileName()));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text between the heading `from` and the next one of `to` (or the end).
QString section(const QString &text, const QString &from, const QString &to)
{
    const qsizetype start = text.indexOf(from);
    if (start < 0)
        return {};
    const qsizetype end = to.isEmpty() ? -1 : text.indexOf(to, start + from.size());
    return text.mid(start, end < 0 ? -1 : end - start);
}

// pdftotext breaks table cells into lines; compare without line breaks and spaces.
QString flat(QString s)
{
    s.remove(QLatin1Char('\n'));
    s.remove(QLatin1Char(' '));
    return s;
}

const QString kDetail = QStringLiteral("九、领域专项信息");
const QString kAfterDetail = QStringLiteral("十、");

struct Session
{
    QTemporaryDir dir;
    MainWindow w;
    QString path;
    Session()
    {
        w.show();
        path = test::writeDemo(dir);
        REQUIRE(w.openProject(path));
    }
    void setDomain(const std::function<void(Project &)> &choose)
    {
        // Step ① is not what these tests are about: the domain is chosen directly.
        w.document()->edit(QStringLiteral("test: domain"), choose);
        w.editor()->setStep(Step::DomainDetail);
    }
};

} // namespace

TEST_CASE("Attachment 2 GUI: equipment brand, technology level and sales scale", "[attachment2]")
{
    Session s;
    MainWindow &w = s.w;
    w.editor()->setStep(Step::DomainDetail);
    REQUIRE(typeLine(w, QStringLiteral("brandEdit"), QStringLiteral("粤智牌工业机器人")));
    REQUIRE(typePlain(w, QStringLiteral("techLevelEdit"),
                      QStringLiteral("视觉定位精度达0.02毫米，国内领先")));
    REQUIRE(
        typePlain(w, QStringLiteral("salesScaleEdit"), QStringLiteral("近三年省内销售386台套")));

    SECTION("undo of a typed value names the field as it is labelled and restores the old value")
    {
        auto *brand = widget<QLineEdit>(w, "brandEdit");
        const QString label = FieldBinder::fieldLabel(brand);
        CHECK(label.contains(QStringLiteral("自主品牌")));
        // The last edit was the sales scale; undo it, then the technology level, then the brand.
        w.document()->undoStack()->undo();
        w.document()->undoStack()->undo();
        CHECK(w.document()->undoStack()->undoText() ==
              QCoreApplication::translate("shenbao::FieldBinder", "Edit %1").arg(label));
        w.document()->undoStack()->undo();
        const auto before = w.document()->project().domainDetail.brand;
        CHECK(before != QStringLiteral("粤智牌工业机器人"));
        CHECK(brand->text() == before.value_or(QString()));
        w.document()->undoStack()->redo();
        CHECK(brand->text() == QStringLiteral("粤智牌工业机器人"));
    }

    SECTION("saved, reopened and printed in section 九")
    {
        const Project p = reopened(w, s.path);
        CHECK(p.domainDetail.brand == QStringLiteral("粤智牌工业机器人"));
        CHECK(p.domainDetail.techLevel == QStringLiteral("视觉定位精度达0.02毫米，国内领先"));
        CHECK(p.domainDetail.salesScale == QStringLiteral("近三年省内销售386台套"));
        REQUIRE(w.openProject(s.path));
        const QString detail = flat(section(
            exportedText(w, s.dir.filePath(QStringLiteral("eq.pdf"))), kDetail, kAfterDetail));
        REQUIRE_FALSE(detail.isEmpty());
        CHECK(detail.contains(QStringLiteral("粤智牌工业机器人")));
        CHECK(detail.contains(QStringLiteral("视觉定位精度达0.02毫米，国内领先")));
        CHECK(detail.contains(QStringLiteral("近三年省内销售386台套")));
    }
}

TEST_CASE("Attachment 2 GUI: solution main business, integration share, industry, leading position",
          "[attachment2]")
{
    Session s;
    MainWindow &w = s.w;
    s.setDomain([](Project &p) { p.domain = Domain::Solution; });
    REQUIRE(typePlain(w, QStringLiteral("mainBusinessEdit"),
                      QStringLiteral("汽车零部件智能工厂整体解决方案")));
    REQUIRE(typeLine(w, QStringLiteral("integrationShareEdit"), QStringLiteral("62.5%")));
    REQUIRE(typeLine(w, QStringLiteral("industryEdit"), QStringLiteral("汽车零部件制造")));
    REQUIRE(typePlain(w, QStringLiteral("leadingPositionEdit"),
                      QStringLiteral("焊装线交付数量居省内第一")));
    // What does not read as a share is framed and not stored.
    REQUIRE(typeLine(w, QStringLiteral("integrationShareEdit"), QStringLiteral("六成")));
    CHECK(widget<QLineEdit>(w, "integrationShareEdit")->property("problem").toString() ==
          QStringLiteral("error"));
    REQUIRE(typeLine(w, QStringLiteral("integrationShareEdit"), QStringLiteral("62.5%")));
    CHECK(widget<QLineEdit>(w, "integrationShareEdit")->property("problem").toString().isEmpty());

    const Project p = reopened(w, s.path);
    CHECK(p.domainDetail.mainBusiness == QStringLiteral("汽车零部件智能工厂整体解决方案"));
    REQUIRE(p.domainDetail.integrationShare);
    CHECK(*p.domainDetail.integrationShare == Approx(0.625));
    CHECK(p.domainDetail.industry == QStringLiteral("汽车零部件制造"));
    CHECK(p.domainDetail.leadingPosition == QStringLiteral("焊装线交付数量居省内第一"));
    REQUIRE(w.openProject(s.path));
    const QString detail = flat(
        section(exportedText(w, s.dir.filePath(QStringLiteral("sol.pdf"))), kDetail, kAfterDetail));
    CHECK(detail.contains(QStringLiteral("汽车零部件智能工厂整体解决方案")));
    CHECK(detail.contains(QStringLiteral("62.5%")));
    CHECK(detail.contains(QStringLiteral("汽车零部件制造")));
    CHECK(detail.contains(QStringLiteral("焊装线交付数量居省内第一")));
}

TEST_CASE("Attachment 2 GUI: a school's six co-determined items, mentors, bases and agreements",
          "[attachment2]")
{
    Session s;
    MainWindow &w = s.w;
    s.setDomain([](Project &p) {
        p.domain = Domain::Talent;
        p.talentKind = TalentKind::School;
        p.applicant.orgType = OrgType::VocationalSchool;
        p.domainDetail.mentorsHired = true;
        p.domainDetail.partnerEnterprises = QList<PartnerEnterprise>{
            {QStringLiteral("佛山示例机器人有限公司"), QStringLiteral("工业机器人技术"), true, {}},
            {QStringLiteral("东莞示例模具有限公司"), QStringLiteral("模具设计与制造"), false, {}}};
    });
    const std::pair<const char *, QString> cooperation[] = {
        {"specialtyEdit", QStringLiteral("共建工业机器人技术专业")},
        {"curriculumEdit", QStringLiteral("开设机器人离线编程课程")},
        {"trainingPlanEdit", QStringLiteral("二加一工学交替培养")},
        {"facultyEdit", QStringLiteral("企业工程师驻校授课")},
        {"researchEdit", QStringLiteral("焊接路径规划横向课题")},
        {"internshipEdit", QStringLiteral("第五学期顶岗实习")},
    };
    for (const auto &[name, text] : cooperation)
        REQUIRE(typePlain(w, QString::fromLatin1(name), text));
    REQUIRE(typeLine(w, QStringLiteral("mentorCountEdit"), QStringLiteral("12人")));
    REQUIRE(typeLine(w, QStringLiteral("mentorNamesEdit"), QStringLiteral("张工、李工")));
    REQUIRE(
        typePlain(w, QStringLiteral("internshipBasesEdit"), QStringLiteral("佛山示例实训基地")));
    auto *mentorsEvidence = widget<EvidenceLinkButton>(w, "mentorsEvidenceButton");
    CHECK(mentorsEvidence->property("problem").toString() ==
          QStringLiteral("warning")); // hired, nothing linked
    pickEvidence(mentorsEvidence, {QStringLiteral("研发技术团队人员名单")});
    CHECK(mentorsEvidence->property("problem").toString().isEmpty());
    CHECK(w.document()->undoStack()->undoText().contains(QStringLiteral("聘书")));
    // A check that names the list opens its button.
    w.editor()->setStep(Step::Review);
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    w.editor()->jumpTo(QStringLiteral("domainDetail.mentorsEvidence"));
    CHECK(w.editor()->currentStep() == Step::DomainDetail);
    CHECK(mentorsEvidence->hasFocus());
    // The agreement button follows the partner selected in the table.
    QTableWidget *partnerTable = nullptr;
    for (auto *t : w.findChildren<QTableWidget *>()) {
        if (t->isVisible() && t->rowCount() == 2 && t->item(0, 0) &&
            t->item(0, 0)->text() == QStringLiteral("佛山示例机器人有限公司"))
            partnerTable = t;
    }
    REQUIRE(partnerTable);
    auto *agreement = widget<EvidenceLinkButton>(w, "partnerEvidenceButton");
    partnerTable->setCurrentCell(1, 0);
    REQUIRE(agreement->isEnabled());
    pickEvidence(agreement, {QStringLiteral("广州市科技计划项目")});
    CHECK(w.document()->undoStack()->undoText().contains(QStringLiteral("东莞示例模具有限公司")));

    const Project p = reopened(w, s.path);
    const DomainDetail &d = p.domainDetail;
    REQUIRE(d.cooperation);
    CHECK(d.cooperation->specialty == QStringLiteral("共建工业机器人技术专业"));
    CHECK(d.cooperation->internship == QStringLiteral("第五学期顶岗实习"));
    CHECK(d.mentorCount == 12);
    CHECK(d.mentorNames == QStringLiteral("张工、李工"));
    CHECK(d.internshipBases == QStringLiteral("佛山示例实训基地"));
    CHECK(d.mentorsEvidence == QStringList{QStringLiteral("ev-rd-staff")});
    REQUIRE(d.partnerEnterprises);
    CHECK((*d.partnerEnterprises)[0].evidence.isEmpty());
    CHECK((*d.partnerEnterprises)[1].evidence == QStringList{QStringLiteral("ev-project-1")});
    REQUIRE(w.openProject(s.path));
    const QString schoolText = exportedText(w, s.dir.filePath(QStringLiteral("school.pdf")));
    const QString detail = flat(section(schoolText, kDetail, kAfterDetail));
    for (const auto &[name, text] : cooperation)
        CHECK(detail.contains(text));
    CHECK(detail.contains(QStringLiteral("12人")));
    CHECK(detail.contains(QStringLiteral("张工、李工")));
    CHECK(detail.contains(QStringLiteral("佛山示例实训基地")));
    // The agreement of the second partner and the appointment letters are printed with pages.
    const QString afterMentors = detail.mid(detail.indexOf(QStringLiteral("聘书或聘用证明")));
    CHECK_FALSE(afterMentors.left(30).contains(QStringLiteral("未附")));
    // pdftotext reads the table's cells column by column; the second partner's row ends in its
    // page number, the first partner (nothing linked) says 未附.
    const QRegularExpression agreementPage(QStringLiteral("模具设计与制造否(\\d+)"));
    CHECK(agreementPage.match(detail).hasMatch());
    CHECK(detail.contains(QStringLiteral("工业机器人技术是未附")));
}

TEST_CASE(
    "Attachment 2 GUI: pilot location, period, investment, value, commitment and completion proof",
    "[attachment2]")
{
    Session s;
    MainWindow &w = s.w;
    s.setDomain([](Project &p) {
        p.domain = Domain::Pilot;
        p.pilotCategory = PilotCategory::Discrete;
        p.pilotSubcategory.reset();
    });
    REQUIRE(typeLine(w, QStringLiteral("projectNameEdit"), QStringLiteral("智能焊装车间示范项目")));
    REQUIRE(typeLine(w, QStringLiteral("locationEdit"), QStringLiteral("佛山市顺德区")));
    REQUIRE(typeLine(w, QStringLiteral("startedEdit"), QStringLiteral("2020-03-01")));
    REQUIRE(typeLine(w, QStringLiteral("completedEdit"), QStringLiteral("2021-09-30")));
    REQUIRE(typeLine(w, QStringLiteral("investmentEdit"), QStringLiteral("3,500万元")));
    REQUIRE(typePlain(w, QStringLiteral("demonstrationValueEdit"),
                      QStringLiteral("可复制到同类零部件企业")));
    chooseYes(w, QStringLiteral("willPromoteCombo"));
    auto *completion = widget<EvidenceLinkButton>(w, "completionEvidenceButton");
    CHECK(completion->property("problem").toString() ==
          QStringLiteral("warning")); // built, no proof yet
    pickEvidence(completion, {QStringLiteral("广州市科技计划项目")});
    CHECK(completion->text().contains(QLatin1Char('1')));
    pickEvidence(widget<EvidenceLinkButton>(w, "elementEvidenceButton0"),
                 {QStringLiteral("研发技术团队人员名单")});

    const Project p = reopened(w, s.path);
    REQUIRE(p.domainDetail.project);
    const PilotProject &pp = *p.domainDetail.project;
    CHECK(pp.location == QStringLiteral("佛山市顺德区"));
    CHECK(pp.started == QDate(2020, 3, 1));
    CHECK(pp.investmentYuan == Yuan(35000000));
    CHECK(pp.demonstrationValue == QStringLiteral("可复制到同类零部件企业"));
    CHECK(pp.willPromote == true);
    CHECK(pp.completionEvidence == QStringList{QStringLiteral("ev-project-1")});
    REQUIRE_FALSE(pp.elements.isEmpty());
    CHECK(pp.elements[0].evidence == QStringList{QStringLiteral("ev-rd-staff")});
    REQUIRE(w.openProject(s.path));
    const QString detail = flat(section(
        exportedText(w, s.dir.filePath(QStringLiteral("pilot.pdf"))), kDetail, kAfterDetail));
    CHECK(detail.contains(QStringLiteral("佛山市顺德区")));
    CHECK(detail.contains(QStringLiteral("2020年3月1日至2021年9月30日")));
    CHECK(detail.contains(QStringLiteral("3,500")));
    CHECK(detail.contains(QStringLiteral("可复制到同类零部件企业")));
    const QString promote = detail.mid(detail.indexOf(QStringLiteral("推广模式")));
    CHECK(promote.left(12).contains(QStringLiteral("是")));
    const QString proof = detail.mid(detail.indexOf(QStringLiteral("验收报告或建成证明")));
    CHECK_FALSE(proof.left(30).contains(QStringLiteral("未附")));
}

TEST_CASE(
    "Attachment 2 GUI: undertaken projects, other qualifications and R&D evidence for everyone",
    "[attachment2]")
{
    Session s;
    MainWindow &w = s.w;
    w.editor()->setStep(Step::ProjectsQualifications);
    const auto before = w.document()->project();
    fillRowDialog(widget<QPushButton>(w, "addProjectButton"),
                  {{QStringLiteral("titleEdit"), QStringLiteral("数控机床远程运维平台研发")},
                   {QStringLiteral("sourceEdit"), QStringLiteral("省级工业互联网专项")},
                   {QStringLiteral("yearEdit"), QStringLiteral("2021")},
                   {QStringLiteral("amountEdit"), QStringLiteral("280")}},
                  {QStringLiteral("广州市科技计划项目")});
    fillRowDialog(widget<QPushButton>(w, "addOtherQualificationButton"),
                  {{QStringLiteral("titleEdit"), QStringLiteral("广东省专精特新中小企业")},
                   {QStringLiteral("issuerEdit"), QStringLiteral("广东省工业和信息化厅")},
                   {QStringLiteral("grantedEdit"), QStringLiteral("2022-01-05")}},
                  {QStringLiteral("高新技术企业证书")});
    CHECK(widget<QTableWidget>(w, "projectTable")->rowCount() ==
          before.undertakenProjects.size() + 1);
    CHECK(widget<QTableWidget>(w, "otherQualificationTable")->rowCount() ==
          before.otherQualifications.size() + 1);
    // The step list takes paths of both lists to this page.
    CHECK(stepForPath(QStringLiteral("otherQualifications[0].title")) ==
          Step::ProjectsQualifications);
    CHECK(stepForPath(QStringLiteral("undertakenProjects")) == Step::ProjectsQualifications);

    w.editor()->setStep(Step::BasicInfo);
    auto *institution = widget<EvidenceLinkButton>(w, "rdInstitutionEvidenceButton");
    pickEvidence(institution,
                 {QStringLiteral("广东省工程技术研究中心认定文件"), QStringLiteral("营业执照")});
    // One undo step, named after the button's visible label.
    CHECK(w.document()->undoStack()->undoText() ==
          QCoreApplication::translate("shenbao::EvidenceLinkButton", "Link evidence to %1")
              .arg(FieldBinder::fieldLabel(institution)));

    const Project p = reopened(w, s.path);
    REQUIRE(p.undertakenProjects.size() == before.undertakenProjects.size() + 1);
    const UndertakenProject &u = p.undertakenProjects.last();
    CHECK(u.title == QStringLiteral("数控机床远程运维平台研发"));
    CHECK(u.source == QStringLiteral("省级工业互联网专项"));
    CHECK(u.year == 2021);
    CHECK(u.amountYuan == Yuan(2800000));
    CHECK(u.evidence == QStringList{QStringLiteral("ev-project-1")});
    REQUIRE(p.otherQualifications.size() == before.otherQualifications.size() + 1);
    const OtherQualification &q = p.otherQualifications.last();
    CHECK(q.title == QStringLiteral("广东省专精特新中小企业"));
    CHECK(q.issuer == QStringLiteral("广东省工业和信息化厅"));
    CHECK(q.granted == QDate(2022, 1, 5));
    CHECK(q.evidence == QStringList{QStringLiteral("ev-hightech")});
    CHECK(p.applicant.rdInstitutionEvidence ==
          QStringList{QStringLiteral("ev-licence"), QStringLiteral("ev-rd-institution")});

    REQUIRE(w.openProject(s.path));
    const QString text = exportedText(w, s.dir.filePath(QStringLiteral("all.pdf")));
    const QString projects =
        flat(section(text, QStringLiteral("（三）承担项目"), QStringLiteral("四、")));
    CHECK(projects.contains(QStringLiteral("数控机床远程运维平台研发")));
    CHECK(projects.contains(QStringLiteral("省级工业互联网专项")));
    const QString basic = flat(section(text, QStringLiteral("一、申报单位基本情况表"),
                                       QStringLiteral("二、近三年经营情况")));
    CHECK(basic.contains(QStringLiteral("广东省专精特新中小企业")));
}

// The new widgets at 1366×768, in Chinese and in English: each domain's step fits the window's
// width (long pages scroll vertically inside the step's area); the pictures are for looking at.
TEST_CASE("Attachment 2 GUI: each domain's step fits 1366x768 and is photographed",
          "[attachment2][fit]")
{
    const QString language = GENERATE(QStringLiteral("zh_CN"), QStringLiteral("en"));
    INFO(language);
    LanguageManager::apply(language);
    // The pictures of the users' language keep the plain names.
    const QString a2 =
        language == QStringLiteral("zh_CN") ? QStringLiteral("a2-") : QStringLiteral("a2-en-");
    Session s;
    MainWindow &w = s.w;
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const QDir out(test::screenshotDir());
    REQUIRE(QDir().mkpath(out.path()));
    const std::pair<const char *, std::function<void(Project &)>> domains[] = {
        {"equipment",
         [](Project &p) {
             p.domain = Domain::Equipment;
         }},
        {"solution",
         [](Project &p) {
             p.domain = Domain::Solution;
         }},
        {"school",
         [](Project &p) {
             p.domain = Domain::Talent;
             p.talentKind = TalentKind::School;
         }},
        {"pilot",
         [](Project &p) {
             p.domain = Domain::Pilot;
             p.pilotCategory = PilotCategory::NewMode;
             p.pilotSubcategory = PilotSubcategory::Ecommerce;
         }},
    };
    for (const auto &[name, choose] : domains) {
        INFO(name);
        s.setDomain(choose);
        test::waitUntil([] { return false; }, 200);
        auto *page = w.editor()->page(Step::DomainDetail);
        auto *scroll = qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget());
        REQUIRE(scroll);
        // No horizontal scrolling: every label and field is readable in the window's width.
        CHECK(page->minimumSizeHint().width() <= scroll->viewport()->width());
        // The short forms do not scroll through the height of the long ones.
        if (std::string_view(name) == "equipment" || std::string_view(name) == "solution")
            CHECK(page->height() <= scroll->viewport()->height());
        CHECK(w.screen()->availableGeometry().contains(w.frameGeometry()));
        REQUIRE(w.grab().toImage().save(
            out.filePath(QString(a2 + QStringLiteral("%1.png")).arg(QString::fromLatin1(name)))));
        // And the bottom of the page, where the long forms end.
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        test::waitUntil([] { return false; }, 100);
        REQUIRE(w.grab().toImage().save(out.filePath(
            QString(a2 + QStringLiteral("%1-end.png")).arg(QString::fromLatin1(name)))));
    }
    w.editor()->setStep(Step::ProjectsQualifications);
    test::waitUntil([] { return false; }, 200);
    REQUIRE(
        w.grab().toImage().save(out.filePath(a2 + QStringLiteral("projects-qualifications.png"))));
    w.editor()->setStep(Step::BasicInfo);
    test::waitUntil([] { return false; }, 200);
    REQUIRE(w.grab().toImage().save(out.filePath(a2 + QStringLiteral("basic-info.png"))));
    // The picker and a row dialog as they open.
    bool shot = false;
    QTimer::singleShot(100, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        shot = dialog->grab().toImage().save(out.filePath(a2 + QStringLiteral("picker.png")));
        dialog->close();
    });
    w.findChild<QPushButton *>(QStringLiteral("rdStaffEvidenceButton"))->click();
    CHECK(shot);
    w.editor()->setStep(Step::ProjectsQualifications);
    shot = false;
    QTimer::singleShot(100, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        shot =
            dialog->grab().toImage().save(out.filePath(a2 + QStringLiteral("project-dialog.png")));
        dialog->close();
    });
    w.findChild<QPushButton *>(QStringLiteral("addProjectButton"))->click();
    CHECK(shot);
    LanguageManager::apply(QStringLiteral("zh_CN"));
}

TEST_CASE("Attachment 2 GUI: the second list of step ⑥ selects, removes and undoes like the first",
          "[attachment2][listeditor]")
{
    Session s;
    MainWindow &w = s.w;
    w.editor()->setStep(Step::ProjectsQualifications);
    auto *table = widget<QTableWidget>(w, "otherQualificationTable");
    auto *edit = widget<QPushButton>(w, "editOtherQualificationButton");
    auto *remove = widget<QPushButton>(w, "removeOtherQualificationButton");
    auto *projectRemove = widget<QPushButton>(w, "removeProjectButton");
    const qsizetype before = w.document()->project().otherQualifications.size();
    REQUIRE(before >= 1);
    CHECK_FALSE(remove->isEnabled());

    w.editor()->jumpTo(QStringLiteral("otherQualifications[0].title"));
    REQUIRE(table->selectionModel()->selectedRows().size() == 1);
    CHECK(edit->isEnabled());
    CHECK(remove->isEnabled());
    CHECK_FALSE(projectRemove->isEnabled()); // each list has its own selection and buttons

    remove->click();
    CHECK(w.document()->project().otherQualifications.size() == before - 1);
    CHECK(table->rowCount() == before - 1);
    CHECK(w.document()->undoStack()->undoText() ==
          QCoreApplication::translate("shenbao::ProjectsQualificationsPage",
                                      "Remove qualification %1")
              .arg(1));
    w.document()->undoStack()->undo();
    CHECK(w.document()->project().otherQualifications.size() == before);
}
