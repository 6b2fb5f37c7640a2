// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "TestSupport.h"

#include "rules/Counting.h"
#include "summary/SummaryRow.h"
#include "summary/XlsxSummaryWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace shenbao;

namespace {

const CallDefinition &call()
{
    return CallDefinition::bundled();
}

Patent patent(std::optional<PatentKind> kind, std::optional<bool> core,
              std::optional<QDate> granted)
{
    Patent p;
    p.title = QStringLiteral("一种工业机器人关节减速器");
    p.kind = kind;
    p.core = core;
    p.granted = granted;
    return p;
}

Case gdCase(std::optional<int> year, std::optional<QString> city)
{
    Case c;
    c.title = QStringLiteral("产线智能化改造");
    c.year = year;
    c.city = std::move(city);
    return c;
}

void setFinance(Project &p, std::optional<Yuan> y2019, std::optional<Yuan> y2020,
                std::optional<Yuan> y2021)
{
    p.finance.clear();
    const std::array<std::pair<int, std::optional<Yuan>>, 3> years{
        {{2019, y2019}, {2020, y2020}, {2021, y2021}}};
    for (const auto &[year, main] : years) {
        FinanceYear fy;
        fy.year = year;
        fy.revenueYuan = main ? std::optional<Yuan>(*main + 1'000'000) : std::nullopt;
        fy.mainRevenueYuan = main;
        p.finance << fy;
    }
}

Project sampleProject()
{
    Project p;
    p.domain = Domain::Equipment;
    Applicant &a = p.applicant;
    a.name = QStringLiteral("广东示例智能装备有限公司");
    a.uscc = QStringLiteral("91440101MA59UQXX4T");
    a.orgType = OrgType::Enterprise;
    a.city = QStringLiteral("广州市");
    a.district = QStringLiteral("黄埔区");
    a.rdStaff = 36;
    a.contact.name = QStringLiteral("陈工");
    a.contact.mobile = QStringLiteral("13800138000");
    setFinance(p, 15'000'000, 15'000'000, 15'000'000);
    const QDate evaluation = call().evaluationDate;
    p.patents = {
        patent(PatentKind::Invention, true, evaluation),                // counts: on the date
        patent(PatentKind::Invention, true, QDate(2018, 3, 1)),         // counts
        patent(PatentKind::Invention, true, evaluation.addDays(1)),     // granted too late
        patent(PatentKind::Invention, false, QDate(2019, 1, 1)),        // not core
        patent(PatentKind::Invention, std::nullopt, QDate(2019, 1, 1)), // core unknown
        patent(PatentKind::Invention, true, std::nullopt),              // grant date unknown
        patent(PatentKind::UtilityModel, true, QDate(2019, 1, 1)),      // never counts
        patent(std::nullopt, true, QDate(2019, 1, 1)),                  // kind unknown
    };
    p.cases = {
        gdCase(2021, QStringLiteral("佛山市")),         // counts
        gdCase(2021, QStringLiteral("广州市")),         // counts
        gdCase(2021, QStringLiteral("长沙市")),         // outside Guangdong
        gdCase(2020, QStringLiteral("深圳市")),         // other year
        gdCase(2021, std::nullopt),                     // city unknown
        gdCase(std::nullopt, QStringLiteral("东莞市")), // year unknown
    };
    return p;
}

Evaluation evaluation(Verdict verdict, Route route = Route::Review)
{
    Evaluation e;
    e.verdict = verdict;
    e.route = route;
    return e;
}

// Runs tests/data/summary/dump_xlsx.py (openpyxl) on `path` and returns its JSON.
QJsonObject dumpXlsx(const QString &path)
{
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {test::dataPath(QStringLiteral("summary/dump_xlsx.py")), path});
    REQUIRE(py.waitForFinished(60'000));
    INFO(QString::fromUtf8(py.readAllStandardError()).toStdString());
    REQUIRE(py.exitStatus() == QProcess::NormalExit);
    REQUIRE(py.exitCode() == 0);
    QJsonParseError pe;
    const auto doc = QJsonDocument::fromJson(py.readAllStandardOutput(), &pe);
    REQUIRE(pe.error == QJsonParseError::NoError);
    return doc.object();
}

QJsonObject cell(const QJsonObject &dump, const char *ref)
{
    const auto cells = dump.value(QStringLiteral("cells")).toObject();
    INFO(ref);
    REQUIRE(cells.contains(QLatin1StringView(ref)));
    return cells.value(QLatin1StringView(ref)).toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

bool isNumberCell(const QJsonObject &c)
{
    const QString type = str(c, "type");
    return type == QStringLiteral("int") || type == QStringLiteral("float");
}

bool isBlankCell(const QJsonObject &c)
{
    return str(c, "type") == QStringLiteral("NoneType");
}

QString columnLetter(int col)
{
    return QString(QChar(u'A' + col));
}

QStringList specHeaders()
{
    // Verbatim from spec/attachment3-summary.md, so a renamed column fails here.
    return {QStringLiteral("推荐顺序"),
            QStringLiteral("申报单位名称"),
            QStringLiteral("统一社会信用代码"),
            QStringLiteral("所在地市"),
            QStringLiteral("所在区（县）"),
            QStringLiteral("单位性质"),
            QStringLiteral("申报领域"),
            QStringLiteral("认定方式"),
            QStringLiteral("近三年平均主营业务收入（万元）"),
            QStringLiteral("核心发明专利数"),
            QStringLiteral("研发技术团队人数"),
            QStringLiteral("2021年省内典型案例数"),
            QStringLiteral("条件符合情况"),
            QStringLiteral("联系人"),
            QStringLiteral("联系电话"),
            QStringLiteral("备注")};
}

} // namespace

TEST_CASE("core invention patents and Guangdong cases are counted as eligibility.md defines them",
          "[summary]")
{
    const Project p = sampleProject();
    CHECK(countCoreInventionPatents(p, call()) == 2);
    CHECK(countGuangdongCasesInYear(p, call(), 2021) == 2);
    CHECK(countGuangdongCasesInYear(p, call(), 2020) == 1);
    CHECK(
        isCoreInventionPatent(patent(PatentKind::Invention, true, call().evaluationDate), call()));
    CHECK_FALSE(isCoreInventionPatent(
        patent(PatentKind::Invention, true, call().evaluationDate.addDays(1)), call()));
    CHECK_FALSE(isCoreInventionPatent(patent(PatentKind::Design, true, QDate(2019, 1, 1)), call()));
    CHECK(countCoreInventionPatents(Project{}, call()) == 0);
}

TEST_CASE("summaryRowFor fills every column from the project and its evaluation", "[summary]")
{
    Project p = sampleProject();
    const SummaryRow row = summaryRowFor(p, evaluation(Verdict::Eligible), call());
    CHECK_FALSE(row.order.has_value());
    CHECK(row.name == QStringLiteral("广东示例智能装备有限公司"));
    CHECK(row.uscc == QStringLiteral("91440101MA59UQXX4T"));
    CHECK(row.city == QStringLiteral("广州市"));
    CHECK(row.district == QStringLiteral("黄埔区"));
    CHECK(row.orgType == QStringLiteral("企业"));
    CHECK(row.domain == QStringLiteral("智能制造装备领域"));
    CHECK(row.route == QStringLiteral("评审遴选"));
    CHECK(row.mainRevenueSum3y == Yuan(45'000'000));
    CHECK(row.coreInventionPatents == 2);
    CHECK(row.rdStaff == 36);
    CHECK(row.gdCasesInCaseYear == 2);
    CHECK(row.conditionState == QStringLiteral("符合"));
    CHECK(row.contactName == QStringLiteral("陈工"));
    CHECK(row.contactMobile == QStringLiteral("13800138000"));
    CHECK(row.remarks.isEmpty());

    SECTION("direct route and a pilot sub-kind")
    {
        p.domain = Domain::Pilot;
        p.pilotCategory = PilotCategory::Discrete;
        const SummaryRow r = summaryRowFor(p, evaluation(Verdict::Eligible, Route::Direct), call());
        CHECK(r.route == QStringLiteral("直接认定（复核）"));
        CHECK(r.domain == QStringLiteral("智能制造试点示范领域（离散型）"));
    }
    SECTION("talent with its kind")
    {
        p.domain = Domain::Talent;
        p.talentKind = TalentKind::Institute;
        p.applicant.orgType = OrgType::Institute;
        const SummaryRow r = summaryRowFor(p, evaluation(Verdict::Eligible), call());
        CHECK(r.domain == QStringLiteral("智能制造人才领域（科研院所）"));
        CHECK(r.orgType == QStringLiteral("科研院所"));
    }
    SECTION("unfilled fields stay empty, never zero")
    {
        const SummaryRow r = summaryRowFor(Project{}, evaluation(Verdict::Incomplete), call());
        CHECK(r.name.isEmpty());
        CHECK(r.uscc.isEmpty());
        CHECK(r.orgType.isEmpty());
        CHECK(r.domain.isEmpty());
        CHECK_FALSE(r.mainRevenueSum3y.has_value());
        CHECK_FALSE(r.rdStaff.has_value());
        CHECK(r.coreInventionPatents == 0);
        CHECK(r.gdCasesInCaseYear == 0);
    }
}

TEST_CASE("column 13 follows the verdict", "[summary]")
{
    const Project p = sampleProject();
    const auto state = [&](Verdict v) {
        return summaryRowFor(p, evaluation(v), call()).conditionState;
    };
    CHECK(state(Verdict::Eligible) == QStringLiteral("符合"));
    CHECK(state(Verdict::NotEligible) == QStringLiteral("不符合"));
    CHECK(state(Verdict::Incomplete) == QStringLiteral("待补充"));
    CHECK(state(Verdict::AlreadyPartner) == QStringLiteral("已入选第一批"));
}

TEST_CASE("the three-year average is rounded once, half up, from the exact sum", "[summary]")
{
    Project p = sampleProject();
    const auto averageFor = [&](Yuan y2019, Yuan y2020, Yuan y2021) {
        setFinance(p, y2019, y2020, y2021);
        const SummaryRow row = summaryRowFor(p, evaluation(Verdict::Eligible), call());
        return averageHundredthsOfWan(row.mainRevenueSum3y, int(call().financeYears.size()));
    };
    CHECK(averageFor(15'000'000, 15'000'000, 15'000'000) == 150000); // 1500.00
    CHECK(averageFor(14'999'999, 15'000'000, 15'000'000) == 150000); // 1499.99997 → 1500.00
    CHECK(averageFor(14'999'849, 15'000'000, 15'000'000) == 149999); // 1499.99498… → 1499.99
    CHECK(averageFor(14'999'850, 15'000'000, 15'000'000) == 150000); // 1499.995 → 1500.00
    CHECK(averageFor(10'000, 0, 0) == 33);                           // 0.3333… → 0.33
    CHECK(averageFor(150, 0, 0) == 1);                               // 0.005 → 0.01
    CHECK(averageFor(149, 0, 0) == 0);                               // 0.00497 → 0.00
    CHECK(averageFor(-150, 0, 0) == -1);                             // losses round symmetrically
    // Large sums must not lose precision on the way.
    CHECK(averageFor(3'000'000'000'000, 3'000'000'000'000, 3'000'000'000'001) ==
          30'000'000'000); // 300,000,000.00 万元

    CHECK(averageWan(Yuan(45'000'000), 3) == 1500.0);
    CHECK(averageWan(Yuan(44'999'999), 3) == 1500.0);
    CHECK(averageWan(Yuan(10'000), 3) == 0.33);
    CHECK_FALSE(averageWan(std::nullopt, 3).has_value());

    SECTION("a missing year leaves the average empty")
    {
        setFinance(p, 15'000'000, std::nullopt, 15'000'000);
        CHECK_FALSE(summaryRowFor(p, evaluation(Verdict::Incomplete), call()).mainRevenueSum3y);
        p.finance.removeAt(1); // 2020 row absent altogether
        CHECK_FALSE(summaryRowFor(p, evaluation(Verdict::Incomplete), call()).mainRevenueSum3y);
    }
}

TEST_CASE("an applicant's export: one row, no order, codes as text", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("附件3-推荐汇总表.xlsx"));

    Project p = sampleProject();
    p.applicant.uscc = QStringLiteral("012345678901234567"); // all digits, leading zero
    p.applicant.contact.mobile = QStringLiteral("02088886666");
    p.applicant.rdStaff.reset();
    setFinance(p, 14'999'999, 15'000'000, 15'000'000);
    const SummaryRow row = summaryRowFor(p, evaluation(Verdict::Incomplete), call());

    QString error;
    REQUIRE(
        writeSummaryXlsx(path, {row}, SummaryHeader{QString(), QDate(2022, 5, 6)}, call(), &error));
    CHECK(error.isEmpty());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));

    const QJsonObject d = dumpXlsx(path);
    CHECK(d.value(QStringLiteral("sheets")).toArray() == QJsonArray{QStringLiteral("推荐汇总表")});
    CHECK(d.value(QStringLiteral("maxRow")).toInt() == 4);

    // Title and header line.
    const QJsonArray merged = d.value(QStringLiteral("merged")).toArray();
    CHECK(merged.contains(QStringLiteral("A1:P1")));
    const auto title = cell(d, "A1");
    CHECK(str(title, "value") == call().summaryTitle);
    CHECK(str(title, "value") == QStringLiteral("广东省智能制造生态合作伙伴推荐汇总表"));
    CHECK(title.value(QStringLiteral("bold")).toBool());
    CHECK(title.value(QStringLiteral("size")).toDouble() == 16.0);
    CHECK(str(cell(d, "A2"), "value") ==
          QStringLiteral("推荐单位（盖章）：____________　　填表日期：2022年5月6日"));

    // Headers: the spec's 16, in order, bold, wrapped, bordered; frozen below row 3.
    const QStringList headers = specHeaders();
    CHECK(summaryHeaders(call()) == headers);
    for (int c = 0; c < 16; ++c) {
        const auto h = cell(d, (columnLetter(c) + u'3').toLatin1().constData());
        INFO(headers[c].toStdString());
        CHECK(str(h, "value") == headers[c]);
        CHECK(h.value(QStringLiteral("bold")).toBool());
        CHECK(h.value(QStringLiteral("wrap")).toBool());
        CHECK(h.value(QStringLiteral("bordered")).toBool());
    }
    CHECK(str(d, "freeze") == QStringLiteral("A4"));

    // The data row.
    CHECK(isBlankCell(cell(d, "A4"))); // no order in an applicant's export
    CHECK(str(cell(d, "B4"), "value") == QStringLiteral("广东示例智能装备有限公司"));
    const auto uscc = cell(d, "C4");
    CHECK(str(uscc, "type") == QStringLiteral("str"));
    CHECK(str(uscc, "value") == QStringLiteral("012345678901234567"));
    CHECK(str(uscc, "format") == QStringLiteral("@"));
    CHECK(str(cell(d, "D4"), "value") == QStringLiteral("广州市"));
    CHECK(str(cell(d, "E4"), "value") == QStringLiteral("黄埔区"));
    CHECK(str(cell(d, "F4"), "value") == QStringLiteral("企业"));
    CHECK(str(cell(d, "G4"), "value") == QStringLiteral("智能制造装备领域"));
    CHECK(str(cell(d, "H4"), "value") == QStringLiteral("评审遴选"));
    const auto revenue = cell(d, "I4");
    CHECK(isNumberCell(revenue));
    CHECK(revenue.value(QStringLiteral("value")).toDouble() == 1500.0);
    CHECK(str(revenue, "format") == QStringLiteral("0.00"));
    const auto patents = cell(d, "J4");
    CHECK(isNumberCell(patents));
    CHECK(patents.value(QStringLiteral("value")).toDouble() == 2.0);
    CHECK(str(patents, "format") == QStringLiteral("0"));
    CHECK(isBlankCell(cell(d, "K4"))); // rdStaff not filled in: blank, not 0
    CHECK(str(cell(d, "K4"), "format") == QStringLiteral("0"));
    const auto cases = cell(d, "L4");
    CHECK(isNumberCell(cases));
    CHECK(cases.value(QStringLiteral("value")).toDouble() == 2.0);
    CHECK(str(cell(d, "M4"), "value") == QStringLiteral("待补充"));
    CHECK(str(cell(d, "N4"), "value") == QStringLiteral("陈工"));
    const auto phone = cell(d, "O4");
    CHECK(str(phone, "type") == QStringLiteral("str"));
    CHECK(str(phone, "value") == QStringLiteral("02088886666"));
    CHECK(isBlankCell(cell(d, "P4"))); // remarks: the officer's

    // Every cell of every row, blank or not, in 宋体; data cells bordered.
    const auto cells = d.value(QStringLiteral("cells")).toObject();
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(str(it.value().toObject(), "font") == QStringLiteral("宋体"));
        if (it.key().endsWith(u'4'))
            CHECK(it.value().toObject().value(QStringLiteral("bordered")).toBool());
    }

    // Print setup.
    CHECK(str(d, "orientation") == QStringLiteral("landscape"));
    CHECK(d.value(QStringLiteral("paperSize")).toInt() == 9); // A4
    CHECK(d.value(QStringLiteral("fitToPage")).toBool());
    CHECK(d.value(QStringLiteral("fitToWidth")).toInt() == 1);
    CHECK(d.value(QStringLiteral("fitToHeight")).toInt() == 0);
    CHECK(str(d, "printTitleRows").remove(u'$') == QStringLiteral("1:3"));
    CHECK(str(d, "footerCenter") == QStringLiteral("第 &P 页 共 &N 页"));

    // Chinese columns are about two units per character wide.
    const auto widths = d.value(QStringLiteral("columnWidths")).toObject();
    CHECK(widths.value(QStringLiteral("B")).toDouble() >= 2 * 12);
    CHECK(widths.value(QStringLiteral("C")).toDouble() >= 18);
}

TEST_CASE("an officer's export lists the rows 1..n in the given order with remarks", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("汇总.xlsx"));

    const QStringList names = {QStringLiteral("丙公司"), QStringLiteral("甲公司"),
                               QStringLiteral("乙研究院")};
    QList<SummaryRow> rows;
    for (int i = 0; i < names.size(); ++i) {
        Project p = sampleProject();
        p.applicant.name = names[i];
        SummaryRow row =
            summaryRowFor(p, evaluation(i == 2 ? Verdict::NotEligible : Verdict::Eligible), call());
        row.order = i + 1;
        row.remarks = QStringLiteral("初审意见%1").arg(i + 1);
        rows << row;
    }
    // An existing file at the target is replaced, not appended to or refused.
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("not a workbook");
    }
    QString error;
    REQUIRE(writeSummaryXlsx(
        path, rows, SummaryHeader{QStringLiteral("广州市工业和信息化局"), QDate(2022, 11, 30)},
        call(), &error));

    const QJsonObject d = dumpXlsx(path);
    CHECK(d.value(QStringLiteral("maxRow")).toInt() == 6);
    CHECK(str(cell(d, "A2"), "value") ==
          QStringLiteral("推荐单位（盖章）：广州市工业和信息化局　　填表日期：2022年11月30日"));
    for (int i = 0; i < names.size(); ++i) {
        const QByteArray row = QByteArray::number(4 + i);
        const auto order = cell(d, QByteArray("A" + row).constData());
        CHECK(isNumberCell(order));
        CHECK(order.value(QStringLiteral("value")).toInt() == i + 1);
        CHECK(str(order, "format") == QStringLiteral("0"));
        CHECK(str(cell(d, QByteArray("B" + row).constData()), "value") == names[i]);
        CHECK(str(cell(d, QByteArray("P" + row).constData()), "value") ==
              QStringLiteral("初审意见%1").arg(i + 1));
    }
    CHECK(str(cell(d, "M6"), "value") == QStringLiteral("不符合"));
    CHECK(str(d, "created").startsWith(QStringLiteral("2022-11-30T00:00:00")));
}

TEST_CASE("the same input gives a byte-identical workbook", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SummaryRow row = summaryRowFor(sampleProject(), evaluation(Verdict::Eligible), call());
    const SummaryHeader header{QStringLiteral("佛山市工业和信息化局"), QDate(2022, 5, 6)};
    const QString a = dir.filePath(QStringLiteral("a.xlsx"));
    const QString b = dir.filePath(QStringLiteral("b.xlsx"));
    QString error;
    REQUIRE(writeSummaryXlsx(a, {row}, header, call(), &error));
    REQUIRE(writeSummaryXlsx(b, {row}, header, call(), &error));
    CHECK(test::readFile(a) == test::readFile(b));

    // Nothing in the file depends on the clock: the zip entries carry a fixed time and the
    // document's creation date is the form date.
    const QJsonObject d = dumpXlsx(a);
    CHECK(d.value(QStringLiteral("zipTimes")).toArray() ==
          QJsonArray{QStringLiteral("1980-01-01T00:00:00")});
    CHECK(str(d, "created").startsWith(QStringLiteral("2022-05-06T00:00:00")));
}

TEST_CASE("a failed write reports the file and leaves nothing behind", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SummaryRow row = summaryRowFor(sampleProject(), evaluation(Verdict::Eligible), call());
    const SummaryHeader header{QString(), QDate(2022, 5, 6)};

    SECTION("the directory does not exist")
    {
        const QString path = dir.filePath(QStringLiteral("缺少的目录/汇总.xlsx"));
        QString error;
        CHECK_FALSE(writeSummaryXlsx(path, {row}, header, call(), &error));
        CHECK(error.contains(path));
        CHECK(error.contains(QStringLiteral("所在文件夹不存在")));
        CHECK_FALSE(QFile::exists(path));
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    }
    SECTION("the parent is a file, not a directory")
    {
        const QString file = dir.filePath(QStringLiteral("plain.txt"));
        {
            QFile f(file);
            REQUIRE(f.open(QIODevice::WriteOnly));
        }
        const QString path = file + QStringLiteral("/汇总.xlsx");
        QString error;
        CHECK_FALSE(writeSummaryXlsx(path, {row}, header, call(), &error));
        CHECK(error.contains(path));
    }
    SECTION("the target is a directory: fails at the rename, the part file is removed")
    {
        const QString path = dir.filePath(QStringLiteral("汇总.xlsx"));
        REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("汇总.xlsx/occupied")));
        QString error;
        CHECK_FALSE(writeSummaryXlsx(path, {row}, header, call(), &error));
        CHECK(error.contains(path));
        CHECK(error.contains(QStringLiteral("文件夹")));
        CHECK(QFileInfo(path).isDir());
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
}

TEST_CASE("the applicant's row is dated with the project's fill date in China time", "[summary]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("row.xlsx"));
    // 20:30 UTC on 9 May is 04:30 on 10 May in Guangdong: the cover says 10 May, so must this.
    const QDateTime modified(QDate(2022, 5, 9), QTime(20, 30), Qt::UTC);
    CHECK(fillDateOf(sampleProject(), modified) == QDate(2022, 5, 10));
    CHECK(fillDateOf(sampleProject(), QDateTime(), call().evaluationDate) == call().evaluationDate);
    QString error;
    REQUIRE(writeApplicantSummaryXlsx(path, sampleProject(), evaluation(Verdict::Eligible),
                                      modified, call(), &error));
    CHECK(str(cell(dumpXlsx(path), "A2"), "value") ==
          QStringLiteral("推荐单位（盖章）：____________　　填表日期：2022年5月10日"));
}
