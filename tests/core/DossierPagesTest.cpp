// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "DossierPagesFixture.h"

#include "call/CallDefinition.h"
#include "dossier/DossierFormat.h"
#include "dossier/DossierPages.h"
#include "dossier/PdfPostProcess.h"
#include "rules/RulesEngine.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <qpdf/QPDF.hh>

#include <limits>

using namespace shenbao;
using namespace shenbao::test;

TEST_CASE("formatWan prints 万元 with two decimals, rounded half away from zero", "[pages]")
{
    using pages::formatWan;
    CHECK(formatWan(Yuan(0)) == s("0.00"));
    CHECK(formatWan(Yuan(49)) == s("0.00"));
    CHECK(formatWan(Yuan(50)) == s("0.01"));
    CHECK(formatWan(Yuan(9999)) == s("1.00"));
    CHECK(formatWan(Yuan(10000)) == s("1.00"));
    CHECK(formatWan(Yuan(15000000)) == s("1,500.00"));
    CHECK(formatWan(Yuan(15500500)) == s("1,550.05"));
    CHECK(formatWan(Yuan(19066667)) == s("1,906.67"));
    CHECK(formatWan(Yuan(-2500)) == s("-0.25"));
    CHECK(formatWan(Yuan(-50)) == s("-0.01"));
    CHECK(formatWan(std::numeric_limits<Yuan>::min()) == s("-922,337,203,685,477.58"));
    CHECK(pages::formatAverageWan({Yuan(15500000), Yuan(17800000), Yuan(21300000)}) ==
          s("1,820.00"));
    CHECK(pages::formatAverageWan({Yuan(1), Yuan(1), Yuan(149)}) == s("0.01")); // 50.33 元
    CHECK(pages::formatAverageWan({Yuan(1), std::nullopt}).isEmpty());
    CHECK(formatWan(std::optional<Yuan>()).isEmpty());
}

TEST_CASE("averageYuan rounds the exact mean to whole yuan, half away from zero", "[pages]")
{
    using pages::averageYuan;
    CHECK(averageYuan({Yuan(45000000), Yuan(45000000), Yuan(45000000)}) == Yuan(45000000));
    CHECK(averageYuan({Yuan(1), Yuan(1), Yuan(2)}) == Yuan(1));  // 1.33
    CHECK(averageYuan({Yuan(1), Yuan(2), Yuan(2)}) == Yuan(2));  // 1.67
    CHECK(averageYuan({Yuan(1), Yuan(0)}) == Yuan(1));           // 0.5
    CHECK(averageYuan({Yuan(-1), Yuan(0)}) == Yuan(-1));         // -0.5
    CHECK(averageYuan({Yuan(-1), Yuan(0), Yuan(0)}) == Yuan(0)); // -0.33
    CHECK(!averageYuan({Yuan(1), std::nullopt, Yuan(2)}));
    CHECK(!averageYuan({}));
}

TEST_CASE("page references are ranges joined in page order", "[pages]")
{
    Fixture f = equipmentFixture();
    const DossierPageInput &in = bind(f);
    CHECK(pages::formatPageRange(23, 24) == s("23–24"));
    CHECK(pages::formatPageRange(23, 23) == s("23"));
    CHECK(pages::formatPageRange(0, 0).isEmpty());
    const EvidenceListing *a = pages::listingFor(in, s("ev-pat-2"));
    const EvidenceListing *b = pages::listingFor(in, s("ev-pat-1"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(pages::evidencePages(in, {s("ev-pat-2"), s("ev-pat-1"), s("nope")}) ==
          pages::formatPageRange(b->firstPage, b->lastPage) + s("、") +
              pages::formatPageRange(a->firstPage, a->lastPage));
    CHECK(pages::evidencePages(in, {s("nope")}).isEmpty());
    CHECK(pages::recommendingBureau(*in.call, s("深圳市")) == s("深圳市工业和信息化局"));
    CHECK(pages::recommendingBureau(*in.call, s("长沙市")).isEmpty());
    CHECK(pages::groupedFingerprint(kFingerprint) ==
          QStringList{s("3f7a 9c0d 12e4 5b67 89ab cdef 0123 4567"),
                      s("89ab cdef 0123 4567 89ab cdef 0123 4567")});
}

TEST_CASE("ToUnicode repair rewrites the entries the fix changes, all forms of CMap entries",
          "[pages]")
{
    const QByteArray cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        "3 beginbfrange\n<0000> <0000> <0000>\n"
        "<0001> <0003> [<2F00> <0041> <2FBC>]\n<0005> <0006> <0030>\nendbfrange\n"
        "1 beginbfchar\n<0004> <2012>\nendbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    const QHash<QString, QString> replace{{s("⼀"), s("一")}, {s("⾼"), s("高")}, {s("‒"), s("–")}};
    const auto fix = [&](const QString &e) {
        return replace.value(e, e);
    };
    const QByteArray fixed = pages::repairToUnicodeCMap(cmap, fix);
    INFO(fixed.toStdString());
    CHECK(fixed.contains("<0001> <4E00>"));
    CHECK(fixed.contains("<0002> <0041>"));
    CHECK(fixed.contains("<0003> <9AD8>"));
    CHECK(fixed.contains("<0004> <2013>"));
    CHECK(fixed.contains("<0005> <0030>"));
    CHECK(fixed.contains("<0006> <0031>"));
    CHECK(!fixed.contains("2F00"));
    // Nothing left to repair: left alone.
    CHECK(pages::repairToUnicodeCMap(fixed, fix).isEmpty());
}

TEST_CASE("cover: name, headings and fingerprint survive as text", "[pages]")
{
    QTemporaryDir dir;
    Fixture f = equipmentFixture();
    DossierPageInput &in = bind(f);
    const Written cover = write(dir, s("cover.pdf"), renderDossierPart(DossierPart::Cover, in));
    CHECK(cover.pages == 1);
    requireA4AndEmbeddedFonts(cover);
    const QString t = text(cover);
    INFO(t.toStdString());
    CHECK(t.contains(kName));
    CHECK(t.contains(s("广东省智能制造生态合作伙伴申报书")));
    CHECK(t.contains(s("申报领域：")));
    CHECK(t.contains(s("智能制造装备领域")));
    CHECK(t.contains(s("申报单位（盖章）：")));
    CHECK(t.contains(s("广州市黄埔区")));
    CHECK(t.contains(s("广州市工业和信息化局")));
    CHECK(t.contains(s("2022年5月10日")));
    CHECK(t.contains(s("数据指纹（SHA-256）")));
    CHECK(!t.contains(s("材料指纹")));
    CHECK(t.contains(s("第二批")));
    CHECK(t.contains(s("2022年")));
    CHECK(t.contains(s("推荐单位（盖章）：")));
    CHECK(t.contains(s("联系人：")));
    CHECK(t.contains(s("联系电话：")));
    CHECK(t.contains(s("3f7a 9c0d 12e4 5b67 89ab cdef 0123 4567")));
    CHECK(t.contains(s("89ab cdef 0123 4567 89ab cdef 0123 4567")));
    CHECK(!t.contains(s("条件未全部符合")));
    CHECK(!t.contains(s("份 / 共")));
    CHECK(!containsRadicals(t));

    SECTION("not all met and copy marks")
    {
        in.notAllMet = true;
        in.copyNumber = 2;
        in.copyCount = 4;
        const Written marked =
            write(dir, s("cover-marked.pdf"), renderDossierPart(DossierPart::Cover, in));
        const QString m = text(marked);
        CHECK(marked.pages == 1);
        CHECK(m.contains(s("条件未全部符合")));
        // pdftotext -layout drops the narrow spaces of a short CJK line; the text layer has them.
        CHECK(text(marked, 0, true).contains(s("第 2 份 / 共 4 份")));
    }
    SECTION("many conditions not met: the stamp names each and stays above the title")
    {
        // A project forced out half-filled: seven conditions 待补充, one 不符合. The stamp once
        // named bare clauses (通知一（一） holds three conditions) and ran over the title.
        for (auto &r : f.evaluation.rules) {
            r.informational = r.id.startsWith(s("ROUTE-")); // as the rules engine marks them
            if (!r.informational)
                r.state = RuleState::Incomplete;
        }
        f.evaluation.rules[2].state = RuleState::NotMet; // BASE-2
        in.notAllMet = true;
        in.copyNumber = 1;
        in.copyCount = 4;
        const Written marked =
            write(dir, s("cover-many.pdf"), renderDossierPart(DossierPart::Cover, in));
        const QString m = squeezed(text(marked, 0, true));
        CHECK(m.contains(s("不符合：通知一（一）在广东省内有典型案例")));
        CHECK(m.contains(s("附件1一（三）近三年平均主营业务收入1500万元以上")));
        CHECK_FALSE(m.contains(s("BASE-")));
        CHECK_FALSE(m.contains(s("EQ-")));
        // pdftotext -bbox: every word of the stamp ends above the title's first word, and
        // below the copy mark.
        const QString html = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-bbox"), marked.path, QStringLiteral("-")});
        const QRegularExpression word(
            s("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
        double titleTop = -1, stampBottom = 0, markBottom = 0;
        for (auto it = word.globalMatch(html); it.hasNext();) {
            const auto w = it.next();
            const QString t = w.captured(3);
            if (titleTop < 0 && t.startsWith(s("广东省智能制造生态合作伙伴申报书")))
                titleTop = w.captured(1).toDouble();
            else if (t.contains(s("份")))
                markBottom = std::max(markBottom, w.captured(2).toDouble());
            else if (titleTop < 0)
                stampBottom = std::max(stampBottom, w.captured(2).toDouble());
        }
        REQUIRE(titleTop > 0);
        CHECK(stampBottom > 0);
        CHECK(stampBottom < titleTop);
        CHECK(markBottom < titleTop);
    }
    SECTION("a city outside Guangdong leaves the bureau blank to fill in")
    {
        f.project.applicant.city = s("长沙市");
        const QString m =
            text(write(dir, s("cover-blank.pdf"), renderDossierPart(DossierPart::Cover, in)));
        CHECK(m.contains(s("市工业和信息化局")));
        CHECK(!m.contains(s("长沙市工业和信息化局")));
    }
}

TEST_CASE("a name with a character outside the BMP survives as text", "[pages]")
{
    // Qt 6.4 maps only BMP characters back to Unicode; the post-processing maps the rest.
    QTemporaryDir dir;
    Fixture f = equipmentFixture();
    const QString name = s("𠮷野家（深圳）餐饮管理有限公司");
    f.project.applicant.name = name;
    const DossierPageInput &in = bind(f);
    const Written cover = write(dir, s("cover-sip.pdf"), renderDossierPart(DossierPart::Cover, in));
    CHECK(text(cover).contains(name));
    const Written form = write(dir, s("form-sip.pdf"), renderDossierPart(DossierPart::Form, in));
    CHECK(text(form).contains(name));
    const Written pledge =
        write(dir, s("pledge-sip.pdf"), renderDossierPart(DossierPart::Pledge, in));
    CHECK(text(pledge).contains(name));
}

TEST_CASE("form: every heading and the tricky characters come back exactly", "[pages]")
{
    QTemporaryDir dir;
    Fixture f = equipmentFixture();
    const DossierPageInput &in = bind(f);
    const Written form = write(dir, s("form.pdf"), renderDossierPart(DossierPart::Form, in));
    requireA4AndEmbeddedFonts(form);
    CHECK(form.pages >= 5);
    CHECK(form.pages <= 14);
    const QString t = text(form);
    INFO(t.toStdString());
    CHECK(!containsRadicals(t));
    for (const char *heading :
         {"填报说明", "一、申报单位基本情况表", "二、近三年经营情况（万元）",
          "三、知识产权及承担项目情况", "（三）承担项目", "（一）核心发明专利",
          "（二）知识产权数量", "四、申报领域及符合条件说明", "五、单位简介",
          "六、主要产品、技术或服务", "七、典型案例", "八、发展规划", "九、领域专项信息"})
        CHECK(t.contains(s(heading)));
    CHECK(t.contains(kName));
    CHECK(t.contains(s("张高长")));
    CHECK(t.contains(s("91440101MA59XXXX0X")));
    CHECK(t.contains(s("13800000000")));

    // 二: 万元 with two decimals everywhere, averages rounded once from the exact sum (main
    // revenue 48000501 / 3 = 16000167 元 → 1,600.02; profit 1750000 / 3 → 58.33).
    CHECK(t.contains(s("1,550.05")));
    CHECK(t.contains(s("1,650.00")));
    CHECK(t.contains(s("-25.00")));
    CHECK(t.contains(s("1,600.02")));
    CHECK(t.contains(s("58.33")));
    CHECK(!t.contains(s("58.3333")));
    CHECK(t.contains(s("5,000.50"))); // registered capital
    // The reviewer's language: no rule ids, no format strings.
    CHECK(!t.contains(QRegularExpression(s("\\b(BASE|EQ|SW|NET|SOL|ORG|TAL|FIN|PIL|ROUTE|DOC)-"))));
    CHECK(!t.contains(s("yyyy")));
    CHECK(!t.contains(s("M月d日")));

    // 三: the core patents with their evidence pages; utility models and designs only counted.
    const EvidenceListing *pat1 = pages::listingFor(in, s("ev-pat-1"));
    REQUIRE(pat1);
    CHECK(t.contains(s("ZL20190100001.1")));
    CHECK(t.contains(pages::formatPageRange(pat1->firstPage, pat1->lastPage)));
    CHECK(!t.contains(s("ZL202020000001.1")));

    const QString flat = squeezed(text(form, 0, true));
    // 四: clause texts verbatim (also where the result leaves it to the call), states, pages.
    const CallDefinition &call = *in.call;
    for (const char *id : {"EQ-1", "EQ-2", "EQ-3", "EQ-4", "BASE-3"})
        CHECK(flat.contains(squeezed(call.rule(QString::fromLatin1(id))->clauseText)));
    CHECK(flat.contains(s("核心发明专利6项（要求5项以上）")));
    CHECK(flat.contains(s("附件1一（三）") + squeezed(call.rule(s("EQ-4"))->title)));
    CHECK(t.contains(s("符合")));
    CHECK(flat.contains(s("缺少佐证：研发机构证明材料")));
    CHECK(!flat.contains(s("未入选第一批"))); // routes are not conditions

    // 五–八 flow as paragraphs; the narrative comes back complete.
    CHECK(flat.contains(squeezed(profileText())));
    CHECK(t.contains(s("「智造云」")));
    CHECK(flat.contains(s("「智造」示范产线改造项目（6）")));
    CHECK(flat.contains(s("300.74"))); // 3,007,404 元
    CHECK(!flat.contains(s("300.7404")));
    CHECK(flat.contains(s("智能制造装备产品自主品牌")));
}

TEST_CASE("form: 60 patents break across pages with the header row repeated", "[pages]")
{
    QTemporaryDir dir;
    Fixture small = equipmentFixture(6);
    Fixture big = equipmentFixture(60);
    const Written a = write(dir, s("form6.pdf"), renderDossierPart(DossierPart::Form, bind(small)));
    const Written b = write(dir, s("form60.pdf"), renderDossierPart(DossierPart::Form, bind(big)));
    CHECK(b.pages > a.pages);
    CHECK(pagesContaining(b, s("专利名称")) >= 2);
    CHECK(pagesContaining(a, s("专利名称")) == 1);
    // Every patent printed exactly once: nothing clipped at a page break, nothing doubled.
    const QString t = text(b);
    for (const Patent &p : big.project.patents) {
        if (p.kind == PatentKind::Invention)
            CHECK(t.count(*p.number) == 1);
    }
}

TEST_CASE("form: a table row taller than the page is split, never clipped", "[pages]")
{
    QTemporaryDir dir;
    Fixture f = equipmentFixture();
    QString longSummary;
    for (int i = 0; longSummary.size() < 4000; ++i)
        longSummary += s("第%1段：项目实施后产线节拍提升，质量追溯覆盖全部工序。").arg(i);
    f.project.cases[0].summary = longSummary;
    const Written form =
        write(dir, s("form-long.pdf"), renderDossierPart(DossierPart::Form, bind(f)));
    // The repeated header row interrupts the row's text at each page break.
    QString flat = squeezed(text(form, 0, true));
    flat.remove(s("序号案例名称用户单位所在地市年度合同金额（万元）佐证页码"));
    CHECK(flat.contains(squeezed(longSummary)));
    CHECK(form.pages >= 8);
}

TEST_CASE("pilot: element texts verbatim from the call with met and description", "[pages]")
{
    QTemporaryDir dir;
    Fixture f = equipmentFixture();
    Project &p = f.project;
    p.domain = Domain::Pilot;
    p.pilotCategory = PilotCategory::Service;
    p.pilotSubcategory = PilotSubcategory::Energy;
    const QStringList elements = f.input.call->pilotElements(p.pilotCategory, p.pilotSubcategory);
    REQUIRE(elements.size() == 3);
    PilotProject pp;
    pp.name = s("园区能源管控一体化示范项目");
    pp.completed = QDate(2021, 9, 30);
    pp.results = s("综合能耗下降12%，示范效果明显。");
    for (int i = 0; i < elements.size(); ++i)
        pp.elements << PilotElement{i != 1, s("要素%1的落实情况说明").arg(i + 1), {}};
    p.domainDetail.project = pp;
    f.evaluation = RulesEngine(*f.input.call).evaluate(p);

    const Written form =
        write(dir, s("form-pilot.pdf"), renderDossierPart(DossierPart::Form, bind(f)));
    const QString flat = squeezed(text(form, 0, true));
    CHECK(flat.contains(s("智能制造试点示范领域")));
    for (const QString &e : elements)
        CHECK(flat.contains(squeezed(e)));
    CHECK(flat.contains(s("要素2的落实情况说明")));
    CHECK(flat.contains(s("园区能源管控一体化示范项目")));
    CHECK(flat.contains(s("2021年9月30日")));
    // 四 lists the pilot rules the engine produced, with their clause text.
    for (const char *id : {"PIL-1", "PIL-2", "PIL-3"}) {
        REQUIRE(f.evaluation.rule(QString::fromLatin1(id)));
        CHECK(flat.contains(squeezed(f.input.call->rule(QString::fromLatin1(id))->clauseText)));
    }
}

TEST_CASE("toc, pledge and evidence index", "[pages]")
{
    QTemporaryDir dir;
    Fixture f = equipmentFixture();
    const DossierPageInput &in = bind(f);

    const Written toc = write(dir, s("toc.pdf"), renderDossierPart(DossierPart::Toc, in));
    requireA4AndEmbeddedFonts(toc);
    const QString tt = text(toc);
    CHECK(tt.contains(s("目录")));
    // Text and its right-aligned page label end up on one line.
    CHECK(tt.contains(QRegularExpression(s("一、申报单位基本情况表\\s+1\\n"))));
    CHECK(tt.contains(QRegularExpression(s("佐证材料 2：2019年度审计报告\\s+23\\n"))));

    const Written pledge = write(dir, s("pledge.pdf"), renderDossierPart(DossierPart::Pledge, in));
    requireA4AndEmbeddedFonts(pledge);
    CHECK(pledge.pages == 1);
    const QString pt = text(pledge);
    const QString pflat = squeezed(text(pledge, 0, true));
    CHECK(pt.contains(s("十、申报单位承诺书")));
    for (const char *id : {"BASE-1", "BASE-3", "BASE-4"})
        CHECK(pflat.contains(squeezed(in.call->rule(QString::fromLatin1(id))->clauseText)));
    CHECK(pt.contains(s("法定代表人（签字）：")));
    CHECK(pt.contains(s("申报单位（盖章）：")));
    CHECK(pt.contains(kName));
    CHECK(pflat.contains(s("真实、准确、完整")));

    const Written index =
        write(dir, s("index.pdf"), renderDossierPart(DossierPart::EvidenceIndex, in));
    requireA4AndEmbeddedFonts(index);
    const QString it = text(index);
    const QString iflat = squeezed(text(index, 0, true));
    CHECK(it.contains(s("佐证材料目录")));
    CHECK(it.contains(s("条件与佐证对照表")));
    const EvidenceListing *audit = pages::listingFor(in, s("ev-audit-2019"));
    REQUIRE(audit);
    CHECK(it.contains(
        QRegularExpression(s("%1\\s+审计报告\\s+2019年度审计报告\\s+%2")
                               .arg(audit->number)
                               .arg(pages::formatPageRange(audit->firstPage, audit->lastPage)))));
    CHECK(iflat.contains(s("附件1一（二）") + squeezed(in.call->rule(s("EQ-2"))->title)));
    CHECK(!it.contains(QRegularExpression(s("\\b(BASE|EQ|ROUTE)-"))));
    CHECK(it.contains(s("缺少佐证"))); // EQ-2 lacks evidence
    CHECK(!it.contains(s("无需佐证")));
    CHECK(it.contains(s("承诺书第 9 页"))); // BASE-3 is attested by the pledge
    for (const EvidenceListing &e : in.evidence)
        CHECK(iflat.contains(squeezed(e.title)));
}

TEST_CASE("separator and blank pages", "[pages]")
{
    QTemporaryDir dir;
    Fixture f = equipmentFixture();
    const DossierPageInput &in = bind(f);
    const EvidenceListing &item = in.evidence[1];
    const Written sep = write(dir, s("separator.pdf"), renderSeparator(item, in));
    requireA4AndEmbeddedFonts(sep);
    CHECK(sep.pages == 1);
    const QString st = text(sep);
    CHECK(st.contains(s("佐证材料 %1：%2").arg(item.number).arg(item.title)));
    CHECK(st.contains(s("审计报告")));
    CHECK(text(sep, 0, true)
              .contains(s("本项材料共 5 页，见后页（第 %1 页）")
                            .arg(pages::formatPageRange(item.firstPage, item.lastPage))));
    CHECK(!st.contains(s("页，共")));

    const Written blank = write(dir, s("blank.pdf"), renderDossierPart(DossierPart::Blank, in));
    CHECK(blank.pages == 1);
    CHECK(text(blank).trimmed() == s("此页无正文"));
}

TEST_CASE("binding margin mirrors on even physical pages when duplex", "[pages]")
{
    QTemporaryDir dir;
    Fixture f = equipmentFixture();
    DossierPageInput &in = bind(f);
    auto xMin = [&](const QString &name) {
        const RenderedPart part = renderDossierPart(DossierPart::Blank, in);
        const Written w = write(dir, name, part);
        const QString html = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-bbox"), w.path, QStringLiteral("-")});
        const auto m = QRegularExpression(s("<word xMin=\"([0-9.]+)\"")).match(html);
        REQUIRE(m.hasMatch());
        return m.captured(1).toDouble();
    };
    in.firstPhysicalPage = 1;
    const double odd = xMin(s("odd.pdf"));
    in.firstPhysicalPage = 2;
    const double even = xMin(s("even.pdf"));
    in.duplex = false;
    const double simplex = xMin(s("simplex.pdf"));
    // 25 mm binding + 20 mm outer: the centred text moves by 5 mm = 14.17 pt.
    CHECK(odd - even == Approx(5 / 25.4 * 72).margin(0.5));
    CHECK(simplex == Approx(odd).margin(0.01));
}

TEST_CASE("text stays inside the mirrored margins and above the footer band", "[pages]")
{
    QTemporaryDir dir;
    Fixture f = equipmentFixture(60);
    DossierPageInput &in = bind(f);
    in.firstPhysicalPage = 5; // the form's first page is odd: binding edge left
    const Written form =
        write(dir, s("form-margins.pdf"), renderDossierPart(DossierPart::Form, in));
    const QString html =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), form.path, QStringLiteral("-")});
    const double pt = 72 / 25.4; // points per mm
    int page = 0;
    int words = 0;
    const QRegularExpression word(
        s("xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\""));
    for (const QString &line : html.split(u'\n')) {
        if (line.contains(s("<page ")))
            ++page;
        const auto m = word.match(line);
        if (!m.hasMatch())
            continue;
        ++words;
        const bool odd = (in.firstPhysicalPage + page - 1) % 2 != 0;
        const double left = (odd ? 25.0 : 20.0) * pt, right = (odd ? 190.0 : 185.0) * pt;
        INFO("page " << page << ": " << line.toStdString());
        CHECK(m.captured(1).toDouble() >= left - 0.5 * pt);
        CHECK(m.captured(3).toDouble() <= right + 0.5 * pt);
        CHECK(m.captured(2).toDouble() >= 19.5 * pt);
        CHECK(m.captured(4).toDouble() <= 270.5 * pt);
    }
    CHECK(page == form.pages);
    CHECK(words > 500);
}

TEST_CASE("rendering is deterministic", "[pages]")
{
    Fixture f = equipmentFixture();
    const DossierPageInput &in = bind(f);
    for (const DossierPart part : {DossierPart::Cover, DossierPart::Toc, DossierPart::Form,
                                   DossierPart::Pledge, DossierPart::EvidenceIndex}) {
        const RenderedPart a = renderDossierPart(part, in);
        const RenderedPart b = renderDossierPart(part, in);
        CHECK(a.pageCount == b.pageCount);
        CHECK(a.pdf == b.pdf);
        CHECK(!a.pdf.contains("/CreationDate"));
    }
}

TEST_CASE("null project and evaluation still render complete, empty forms", "[pages]")
{
    DossierPageInput in; // no project, no evaluation, bundled call
    for (const DossierPart part : {DossierPart::Cover, DossierPart::Toc, DossierPart::Form,
                                   DossierPart::Pledge, DossierPart::EvidenceIndex}) {
        const RenderedPart r = renderDossierPart(part, in);
        CHECK(r.pageCount >= 1);
        CHECK(r.pdf.startsWith("%PDF-"));
    }
}

TEST_CASE("a school's form is not an enterprise's form", "[pages]")
{
    QTemporaryDir dir;
    Fixture f = equipmentFixture();
    f.project.applicant.orgType = OrgType::University;
    f.project.applicant.registeredCapitalYuan.reset();
    f.project.finance.clear();
    f.project.domain = Domain::Talent;
    f.project.talentKind = TalentKind::School;
    PartnerEnterprise partner;
    partner.name = s("佛山示例机器人有限公司");
    partner.programme = s("工业机器人技术专业");
    partner.internshipBase = true;
    partner.evidence = {s("ev-case-1")};
    f.project.domainDetail.partnerEnterprises = QList<PartnerEnterprise>{partner};
    f.project.domainDetail.cooperation =
        SchoolCooperation{s("共建专业"),   s("共同设置课程"), s("联合培养计划"),
                          s("双师型教师"), s("协同攻关课题"), s("顶岗实习方案")};
    f.project.domainDetail.mentorCount = 8;
    f.project.domainDetail.mentorNames = s("王师傅、李工");
    DossierPageInput &in = bind(f);
    const Written form = write(dir, s("school.pdf"), renderDossierPart(DossierPart::Form, in));
    const QString t = text(form);
    const QString flat = squeezed(text(form, 0, true));
    INFO(t.toStdString());
    CHECK(t.contains(s("开办资金（万元）")));
    CHECK(t.contains(s("不适用")));
    CHECK(!t.contains(s("注册资本")));
    CHECK(flat.contains(s("不填报企业经营收入")));
    CHECK(!t.contains(s("利润总额")));
    for (const char *item : {"专业建设", "课程设置", "培养计划", "师资建设", "研发课题",
                             "学生实习方案", "指导教师人数", "王师傅、李工", "合作协议佐证页码"})
        CHECK(flat.contains(s(item)));
    const EvidenceListing *agreement = pages::listingFor(in, s("ev-case-1"));
    REQUIRE(agreement);
    CHECK(t.contains(pages::formatPageRange(agreement->firstPage, agreement->lastPage)));

    const EvidenceListing &licence = in.evidence[0];
    REQUIRE(licence.category == EvidenceCategory::BusinessLicense);
    const QString sep = text(write(dir, s("sep.pdf"), renderSeparator(licence, in)));
    CHECK(sep.contains(s("事业单位法人证书")));
}

TEST_CASE("page ranges, codes and names are not broken across lines", "[pages]")
{
    QTemporaryDir dir;
    Fixture f = equipmentFixture();
    // 28 characters: at the cover's smallest size it fits one line, no lone 「司」.
    f.project.applicant.name = s("广东省佛山市顺德区示例智能制造系统解决方案股份有限公司");
    DossierPageInput &in = bind(f);
    const QString cover =
        text(write(dir, s("cover.pdf"), renderDossierPart(DossierPart::Cover, in)));
    INFO(cover.toStdString());
    CHECK(cover.contains(*f.project.applicant.name));
    CHECK(!cover.contains(QRegularExpression(s("\\n\\s*司\\s*\\n"))));
    // The evidence index: every range whole on one line.
    const QString index =
        text(write(dir, s("index.pdf"), renderDossierPart(DossierPart::EvidenceIndex, in)));
    for (const EvidenceListing &e : in.evidence)
        CHECK(index.contains(pages::formatPageRange(e.firstPage, e.lastPage)));
    CHECK(!index.contains(QRegularExpression(s("[0-9]–\\s*\\n"))));
}

TEST_CASE("shortened names keep whole words", "[pages]")
{
    const auto fitsIn = [](int n) {
        return [n](const QString &x) {
            return x.size() <= n;
        };
    };
    const QString name = s("广州市示例智能制造系统解决方案有限公司");
    CHECK(pages::shortenedName(name, fitsIn(40)) == name);
    CHECK(pages::shortenedName(name, fitsIn(15)) == s("广州市示例智能制造系统解决方案"));
    CHECK(pages::shortenedName(name, fitsIn(12)) == s("示例智能制造系统解决方案"));
    CHECK(pages::shortenedName(name, fitsIn(10)) == s("广州市示例…有限公司"));
}

TEST_CASE("a code in a narrow cell is set smaller, never broken over two lines", "[pages]")
{
    // The 申报单位情况 column of 四 is 34 mm: 「统一社会信用代码 91440116MA59C3HT3T」 came back
    // as 「91440116MA59C3」 and 「HT3T」 on two lines.
    QTemporaryDir dir;
    Fixture f = equipmentFixture();
    const QString uscc = s("91440116MA59C3HT3T");
    f.project.applicant.uscc = uscc;
    for (auto &r : f.evaluation.rules) {
        if (r.id == s("BASE-5"))
            r.figure = s("统一社会信用代码 ") + uscc;
    }
    DossierPageInput &in = bind(f);
    in.firstPhysicalPage = 5;
    const Written form = write(dir, s("form-uscc.pdf"), renderDossierPart(DossierPart::Form, in));
    const QString html =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), form.path, QStringLiteral("-")});
    // Once in 一 (基本情况表) and once in 四 (the BASE-5 row), each a whole word.
    CHECK(html.count(s(">") + uscc + s("</word>")) == 2);
    CHECK_FALSE(html.contains(s(">91440116MA59C3</word>")));
}

// A heading (「三、知识产权及承担项目情况」, 「（二）与合作企业共同研究确定的内容」) is never the
// last line of a page with its table or text on the next one. A school's and an enterprise's
// form are rendered with a mailing address of 0…11 extra lines (the basic table grows ~5 mm a line,
// moving 「二、」 and 「三、」 down the page) and profiles of different lengths (moving the later
// headings); on each page the lowest line of text (pdftotext -bbox-layout) must not be a heading.
TEST_CASE("form: no heading is left alone at the foot of a page", "[pages]")
{
    QTemporaryDir dir;
    const QRegularExpression heading(s("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"));
    const QRegularExpression lineStart(s("<line xMin=\"[0-9.]+\" yMin=\"[0-9.]+\" xMax=\"[0-9.]+\" "
                                         "yMax=\"([0-9.]+)\">"));
    const QRegularExpression wordText(s("<word [^>]*>([^<]*)</word>"));
    int headingsSeen = 0;
    for (int variant = 0; variant < 24; ++variant) {
        // The school's form first, then the equipment enterprise's (finance table, no 九 grid).
        const bool school = variant < 12;
        const int lines = variant % 12;
        Fixture f = equipmentFixture(5);
        for (int i = 0; i < lines; ++i)
            *f.project.applicant.mailingAddress += s("广州市黄埔区科学大道一号示例园区A栋三楼");
        f.project.narrative.profile = profileText().left(120 + 97 * lines);
        if (school) {
            f.project.applicant.orgType = OrgType::University;
            f.project.applicant.registeredCapitalYuan.reset();
            f.project.finance.clear();
            f.project.domain = Domain::Talent;
            f.project.talentKind = TalentKind::School;
            PartnerEnterprise partner;
            partner.name = s("佛山示例机器人有限公司");
            partner.programme = s("工业机器人技术专业");
            partner.evidence = {s("ev-case-1")};
            f.project.domainDetail.partnerEnterprises = QList<PartnerEnterprise>{partner, partner};
            f.project.domainDetail.cooperation =
                SchoolCooperation{s("共建专业"),   s("共同设置课程"), s("联合培养计划"),
                                  s("双师型教师"), s("协同攻关课题"), s("顶岗实习方案")};
        }
        DossierPageInput &in = bind(f);
        const Written form = write(dir, QStringLiteral("headings-%1.pdf").arg(variant),
                                   renderDossierPart(DossierPart::Form, in));
        const QString html = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-bbox-layout"), form.path, QStringLiteral("-")});
        int page = 0;
        double lowest = -1, y = 0;
        QString lowestText, current;
        bool inLine = false;
        auto endPage = [&] {
            if (page == 0)
                return;
            INFO((school ? "school, " : "enterprise, ")
                 << lines << " extra address lines, page " << page << " of " << form.pages
                 << ": last line 「" << lowestText.toStdString() << "」");
            CHECK(!heading.match(lowestText).hasMatch());
        };
        for (const QString &line : html.split(u'\n')) {
            if (line.contains(s("<page "))) {
                endPage();
                ++page;
                lowest = -1;
                lowestText.clear();
            }
            if (const auto m = lineStart.match(line); m.hasMatch()) {
                inLine = true;
                y = m.captured(1).toDouble();
                current.clear();
            }
            if (inLine)
                for (auto it = wordText.globalMatch(line); it.hasNext();)
                    current += it.next().captured(1);
            if (inLine && line.contains(s("</line>"))) {
                inLine = false;
                if (heading.match(current).hasMatch())
                    ++headingsSeen;
                if (y > lowest) {
                    lowest = y;
                    lowestText = current;
                }
            }
        }
        endPage();
        CHECK(page == form.pages);
        // The 承担项目 table's 「金额（万元）」 header stays on one line (was
        // 「金额（万」/「元）」).
        if (variant == 0)
            CHECK(text(form).contains(s("金额（万元）")));
    }
    CHECK(headingsSeen > 24 * 8); // the headings were found at all
}

// The binder's first planning round lays the parts out on a PageCountDevice instead of drawing
// them; its counts are only a guess that the drawn round checks, but a wrong guess costs a
// whole extra round, so they should be the drawn counts for every kind of part.
TEST_CASE("laying parts out without drawing gives the drawn page counts", "[pages]")
{
    for (const int patents : {0, 6, 60, 200}) {
        for (const int addressLines : {0, 5, 11}) {
            Fixture f = equipmentFixture(patents);
            for (int i = 0; i < addressLines; ++i)
                *f.project.applicant.mailingAddress += s("广州市黄埔区科学大道一号示例园区A栋三楼");
            f.project.narrative.profile = profileText().left(100 + 150 * addressLines);
            DossierPageInput &in = bind(f);
            QList<PartRequest> requests{{DossierPart::Cover, nullptr, in},
                                        {DossierPart::Toc, nullptr, in},
                                        {DossierPart::Form, nullptr, in},
                                        {DossierPart::Pledge, nullptr, in},
                                        {DossierPart::EvidenceIndex, nullptr, in}};
            for (const EvidenceListing &item : std::as_const(in.evidence))
                requests.append({DossierPart::Cover, &item, in});
            requests.append({DossierPart::Blank, nullptr, in});
            const QList<RenderedPart> counted = renderInOneDocument(requests, true);
            const QList<RenderedPart> drawn = renderInOneDocument(requests, false);
            REQUIRE(counted.size() == drawn.size());
            int total = 0;
            for (qsizetype i = 0; i < drawn.size(); ++i) {
                INFO(patents << " patents, " << addressLines << " extra address lines, part " << i);
                CHECK(counted.at(i).pageCount == drawn.at(i).pageCount);
                CHECK(counted.at(i).firstPage == drawn.at(i).firstPage);
                CHECK(counted.at(i).pdf.isEmpty());
                total += drawn.at(i).pageCount;
            }
            QPDF pdf;
            pdf.processMemoryFile("drawn", drawn.first().pdf.constData(),
                                  size_t(drawn.first().pdf.size()));
            CHECK(int(pdf.getAllPages().size()) == total);
        }
    }
}
