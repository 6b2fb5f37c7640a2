// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "DossierPagesFixture.h"

#include "call/CallDefinition.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace shenbao::test {

namespace {

EvidenceListing listing(int number, const QString &id, EvidenceCategory category,
                        const QString &title, int &page, int pages)
{
    EvidenceListing e;
    e.number = number;
    e.evidenceId = id;
    e.category = category;
    e.title = title;
    e.separatorPage = page;
    e.firstPage = page + 1;
    e.lastPage = page + pages;
    page += pages + 1;
    if (page % 2 == 0) // duplex: every item starts on an odd page
        ++page;
    return e;
}

RuleResult rule(const CallDefinition &call, const char *id, RuleState state, const QString &figure,
                const QStringList &evidence, EvidenceState evidenceState = EvidenceState::Evidenced)
{
    RuleResult r;
    r.id = QString::fromLatin1(id);
    r.state = state;
    r.figure = figure;
    r.evidenceIds = evidence;
    r.evidenceState = evidenceState;
    if (const RuleSpec *spec = call.rule(r.id)) {
        r.cite = spec->cite;
        r.title = spec->title;
        r.clauseText = spec->clauseText;
    }
    return r;
}

} // namespace

const QString kName = QStringLiteral("广州一二三十高长门见金示例智能装备（集团）有限公司");
const QString kFingerprint =
    QStringLiteral("3f7a9c0d12e45b6789abcdef0123456789abcdef0123456789abcdef01234567");

// ~1,400 characters of realistic narrative.
QString profileText()
{
    const QString sentence =
        s("本公司成立于2012年，专注于工业机器人、智能检测装备和数字化车间整体解决方案的研发、"
          "制造与服务，拥有省级企业技术中心和博士后科研工作站，产品覆盖汽车零部件、"
          "3C电子、家电等行业，服务珠三角制造企业逾三百家。");
    QString out;
    int i = 0;
    while (out.size() < 1400) {
        out += sentence;
        if (++i % 3 == 0)
            out += u'\n';
    }
    return out.left(1400);
}

Fixture equipmentFixture(int patents)
{
    const CallDefinition &call = CallDefinition::bundled();
    Fixture f;
    Project &p = f.project;
    p.domain = Domain::Equipment;
    Applicant &a = p.applicant;
    a.name = kName;
    a.uscc = s("91440101MA59XXXX0X");
    a.orgType = OrgType::Enterprise;
    a.city = s("广州市");
    a.district = s("黄埔区");
    a.registeredAddress = s("广州市黄埔区科学大道一号示例园区A栋");
    a.mailingAddress = s("广州市黄埔区科学大道一号示例园区A栋三楼");
    a.postcode = s("510700");
    a.founded = QDate(2012, 3, 15);
    a.registeredCapitalYuan = 50005000;
    a.legalRepresentative = s("张高长");
    a.contact = {s("李门见"), s("总经理助理"), s("13800000000"), s("020-12345678"),
                 s("li@example.cn")};
    a.employees = 320;
    a.rdStaff = 46;
    a.registeredInPRC = true;
    a.independentLegalPerson = true;
    a.rdInstitution = RdInstitution::Established;
    a.rdInstitutionName = s("广州示例智能装备研究院");
    p.finance = {{2019, 16000000, 15500500, 900000, 1200000},
                 {2020, 17000000, 16000000, -250000, 1300000},
                 {2021, 18000000, 16500001, 1100000, 1400000}};
    p.softwareCopyrights = 8;
    p.firstBatchPartner = false;
    p.attestations = {true, true, true, true, true};
    p.narrative.profile = profileText();
    p.narrative.offering = s("主要产品包括六轴工业机器人、视觉检测工作站和「智造云」设备管理平台，"
                             "提供从规划、集成到运维的一站式服务。");
    p.narrative.plan = s("未来三年，公司将围绕高端装备国产化，建设智能制造示范基地，研发投入保持在"
                         "营业收入的8%以上。");
    p.qualifications = {
        {QualificationKind::ProvincialRobotKey, s("2021年广东省机器人骨干企业"), {s("ev-qual")}}};

    auto evidence = [&](const QString &id, EvidenceCategory c, const QString &title,
                        std::optional<int> year = std::nullopt) {
        Evidence e;
        e.id = id;
        e.category = c;
        e.title = title;
        e.year = year;
        p.evidence << e;
    };
    evidence(s("ev-licence"), EvidenceCategory::BusinessLicense, s("营业执照"));
    for (const int y : {2019, 2020, 2021})
        evidence(s("ev-audit-%1").arg(y), EvidenceCategory::AuditReport, s("%1年度审计报告").arg(y),
                 y);
    evidence(s("ev-credit"), EvidenceCategory::CreditReport, s("信用中国报告"));
    evidence(s("ev-qual"), EvidenceCategory::Qualification, s("广东省机器人骨干企业证书"));
    for (int i = 1; i <= patents; ++i) {
        const QString id = s("ev-pat-%1").arg(i);
        evidence(id, EvidenceCategory::Ip, s("发明专利证书（第%1项）").arg(i));
        Patent pt;
        pt.title = s("一种高精度长行程门式机器人的控制方法及装置（%1）").arg(i);
        pt.number = s("ZL2019%1.%2").arg(100000 + i, 7, 10, QChar(u'0')).arg(i % 10);
        pt.kind = PatentKind::Invention;
        pt.granted = QDate(2020, 1 + i % 12, 1 + i % 27);
        pt.core = true;
        pt.evidence = {id};
        p.patents << pt;
    }
    p.patents << Patent{s("一种门见金示例夹具"),
                        s("ZL202020000001.1"),
                        PatentKind::UtilityModel,
                        QDate(2021, 1, 5),
                        false,
                        {}};
    p.patents << Patent{
        s("机器人外壳"), s("ZL202030000002.2"), PatentKind::Design, QDate(2021, 2, 6), false, {}};
    const QStringList cities = {s("佛山市"), s("东莞市"), s("深圳市"),
                                s("中山市"), s("广州市"), s("长沙市")};
    for (int i = 1; i <= 6; ++i) {
        const QString id = s("ev-case-%1").arg(i);
        evidence(id, EvidenceCategory::Case, s("服务案例合同（第%1项）").arg(i));
        Case c;
        c.title = s("「智造」示范产线改造项目（%1）").arg(i);
        c.customer = s("示例家电制造有限公司%1厂").arg(i);
        c.city = cities[i - 1];
        c.year = 2021;
        c.amountYuan = 3000000 + i * 1234;
        c.summary = s("为客户建设焊接、装配、检测一体化的智能产线，节拍提升30%，不良率下降一半。");
        c.evidence = {id};
        p.cases << c;
    }

    // Binding order with page numbers, as the binder would plan them.
    int page = 21;
    int n = 0;
    for (const Evidence &e : p.evidence) {
        const int pages = e.category == EvidenceCategory::AuditReport ? 5
                          : e.category == EvidenceCategory::Ip        ? 2
                                                                      : 1;
        f.input.evidence << listing(++n, e.id, *e.category, *e.title, page, pages);
    }

    QStringList patentEvidence, caseEvidence;
    for (const Patent &pt : p.patents)
        patentEvidence << pt.evidence;
    for (const Case &c : p.cases)
        caseEvidence << c.evidence;
    Evaluation &ev = f.evaluation;
    ev.verdict = Verdict::Eligible;
    ev.rules = {
        rule(call, "ROUTE-FIRST", RuleState::NotMet, s("未入选第一批"), {}),
        rule(call, "BASE-1", RuleState::Met, s("境内注册，独立法人"), {s("ev-licence")}),
        rule(call, "BASE-2", RuleState::Met, s("省内案例 5 个"), caseEvidence),
        rule(call, "BASE-3", RuleState::Met, s("已承诺"), {}),
        rule(call, "BASE-4", RuleState::Met, s("已承诺，附信用报告"), {s("ev-credit")}),
        rule(call, "BASE-5", RuleState::Met, s("校验位正确"), {s("ev-licence")}),
        rule(call, "EQ-1", RuleState::Met, s("核心发明专利 %1 项（要求 5 项以上）").arg(patents),
             patentEvidence),
        rule(call, "EQ-2", RuleState::Met, s("已设立研发机构"), {}, EvidenceState::MissingEvidence),
        rule(call, "EQ-3", RuleState::Met, s("研发技术团队 46 人（要求 20 人以上）"), {}),
        rule(call, "EQ-4", RuleState::Met,
             s("近三年平均主营业务收入 1,600.01 万元（要求 1,500.00 万元以上）"),
             {s("ev-audit-2019"), s("ev-audit-2020"), s("ev-audit-2021")}),
    };
    ev.rules[7].missingEvidence = {s("研发机构证明材料")};
    ev.rules[8].clauseText.clear(); // the pages fall back to the call's clause text

    f.input.call = &call;
    f.input.fingerprint = kFingerprint;
    f.input.fillDate = QDate(2022, 5, 10);
    f.input.toc = {{0, s("一、申报单位基本情况表"), s("1")},
                   {0, s("十、申报单位承诺书"), s("9")},
                   {0, s("佐证材料目录"), s("11")},
                   {1, s("审计报告"), s("23")},
                   {2, s("佐证材料 2：2019年度审计报告"), s("23")}};
    return f;
}

DossierPageInput &bind(Fixture &f)
{
    f.input.project = &f.project;
    f.input.evaluation = &f.evaluation;
    return f.input;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(program.toStdString() << " " << args.join(u' ').toStdString() << ": "
                               << QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

Written write(const QTemporaryDir &dir, const QString &name, const RenderedPart &part)
{
    REQUIRE(part.pdf.startsWith("%PDF-"));
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(part.pdf);
    f.close();
    // Keep copies for looking at them (pdftoppm) when asked to.
    const QString keep = qEnvironmentVariable("SHENBAO_PAGES_KEEP");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(keep + u'/' + name);
        QFile::copy(path, keep + u'/' + name);
    }
    return {path, part.pageCount};
}

QString text(const Written &w, int page, bool raw)
{
    QStringList args{raw ? QStringLiteral("-raw") : QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << w.path << QStringLiteral("-"));
}

// Text with all white space removed: wrapped lines and table cells join up again.
QString squeezed(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

int pdfinfoPages(const Written &w)
{
    const QString info = run(QStringLiteral("pdfinfo"), {w.path});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

void requireA4AndEmbeddedFonts(const Written &w)
{
    const QString info = run(QStringLiteral("pdfinfo"), {w.path});
    INFO(info.toStdString());
    CHECK(info.contains(QStringLiteral("(A4)")));
    CHECK(pdfinfoPages(w) == w.pages);
    const QString fonts = run(QStringLiteral("pdffonts"), {w.path});
    INFO(fonts.toStdString());
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE(!lines.isEmpty());
    for (const QString &line : lines) {
        CHECK(!line.contains(QStringLiteral("Type 3")));
        // Columns: name type encoding emb sub uni object ID — emb and uni must be yes.
        CHECK(line.contains(QRegularExpression(QStringLiteral("\\s(yes)\\s+(yes|no)\\s+yes\\s"))));
    }
}

bool containsRadicals(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            return true;
    }
    return false;
}

int pagesContaining(const Written &w, const QString &needle)
{
    int n = 0;
    for (int i = 1; i <= w.pages; ++i)
        n += text(w, i).contains(needle) ? 1 : 0;
    return n;
}

} // namespace shenbao::test
