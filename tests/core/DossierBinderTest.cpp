// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The binder end to end: a project file with every kind of evidence (text, rotated, non-A4,
// damaged, encrypted and signed PDFs, a JPEG with EXIF orientation, PNG, multi-page TIFF) is
// bound, and the PDF is read back from the outside with qpdf and poppler.

#include "BinderFixtures.h"
#include "StoreTestSupport.h"
#include "TestSupport.h"

#include "demo/DemoProject.h"
#include "dossier/DossierBinder.h"
#include "dossier/DossierJson.h"
#include "dossier/DossierReader.h"
#include "dossier/FooterStamp.h"
#include "rules/RulesEngine.h"
#include "store/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>

using namespace shenbao;
using namespace shenbao::test;

namespace {

const QString kApplicant = QStringLiteral("广州一工人智能装备有限公司");
const QString kUscc = QStringLiteral("91440101MA59TEST0X");
const QString kPassword = QStringLiteral("secret");

struct EvidenceSpec
{
    const char *id;
    EvidenceCategory category;
    std::optional<int> year;
    QString title;
    QString file;
    int pages;
    QString marker; // ASCII text on every page ("" for images)
};

// One project file for all binder tests: creating it is the slow part.
struct BinderFixture
{
    QTemporaryDir dir;
    QString projectPath;
    std::unique_ptr<ProjectFile> file;
    QByteArray jpeg;
    QImage png;
    QList<EvidenceSpec> evidence; // in project order

    QString path(const QString &name) const { return dir.filePath(name); }
};

void writeSignedPdf(const QString &source, const QString &target)
{
    // What matters for the binder is the AcroForm: /SigFlags 3 and a filled /Sig field.
    QPDF pdf;
    pdf.processFile(QFile::encodeName(source).constData());
    QPDFObjectHandle sig = pdf.makeIndirectObject(
        QPDFObjectHandle::parse("<< /FT /Sig /T (Signature1) /V << /Type /Sig /Filter "
                                "/Adobe.PPKLite /Contents <00> >> >>"));
    QPDFObjectHandle acro = QPDFObjectHandle::newDictionary();
    acro.replaceKey("/SigFlags", QPDFObjectHandle::newInteger(3));
    acro.replaceKey("/Fields", QPDFObjectHandle::newArray({sig}));
    pdf.getRoot().replaceKey("/AcroForm", acro);
    QPDFWriter w(pdf, QFile::encodeName(target).constData());
    w.write();
}

BinderFixture &fixture()
{
    // Destroyed at exit, which removes the temporary folder.
    static const std::unique_ptr<BinderFixture> fx = [] {
        auto f = std::make_unique<BinderFixture>();
        REQUIRE(f->dir.isValid());
        const auto p = [&f](const QString &n) {
            return f->path(n);
        };

        // Noto Serif: Qt's own text layer (radicals for some ideographs) must pass through as is.
        writeTextPdf(p(QStringLiteral("audit2021.pdf")), QStringLiteral("AUDIT2021"),
                     QStringLiteral("二〇二一年度审计报告"), 3, QPageSize(QPageSize::A4),
                     QStringLiteral("Noto Serif CJK SC"));
        writeTextPdf(p(QStringLiteral("plain2019.pdf")), QStringLiteral("AUDIT2019"),
                     QStringLiteral("二〇一九年度审计报告"), 2);
        runTool(QStringLiteral("qpdf"),
                {QStringLiteral("--rotate=+90:1"), p(QStringLiteral("plain2019.pdf")),
                 p(QStringLiteral("audit2019-rotated.pdf"))});
        writeTextPdf(p(QStringLiteral("credit-ok.pdf")), QStringLiteral("CREDIT"),
                     QStringLiteral("信用报告"), 2);
        {
            // Damaged: the cross-reference offset points nowhere; qpdf rebuilds the table.
            QByteArray bytes = readFile(p(QStringLiteral("credit-ok.pdf")));
            const qsizetype at = bytes.lastIndexOf("startxref");
            REQUIRE(at > 0);
            bytes.truncate(at);
            bytes += "startxref\n999999\n%%EOF\n";
            QFile out(p(QStringLiteral("credit-damaged.pdf")));
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        writeTextPdf(
            p(QStringLiteral("patent.pdf")), QStringLiteral("PATENT"), QStringLiteral("专利证书"),
            1,
            QPageSize(QSizeF(150, 100), QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        writeTextPdf(p(QStringLiteral("contract-plain.pdf")), QStringLiteral("CONTRACT"),
                     QStringLiteral("服务合同"), 1);
        runTool(QStringLiteral("qpdf"),
                {QStringLiteral("--encrypt"), kPassword, QStringLiteral("owner-pw"),
                 QStringLiteral("256"), QStringLiteral("--"),
                 p(QStringLiteral("contract-plain.pdf")),
                 p(QStringLiteral("contract-encrypted.pdf"))});
        writeTextPdf(p(QStringLiteral("cert-plain.pdf")), QStringLiteral("SIGNED"),
                     QStringLiteral("带签名的证明"), 1);
        writeSignedPdf(p(QStringLiteral("cert-plain.pdf")), p(QStringLiteral("cert-signed.pdf")));

        f->jpeg = jpegWithOrientation6(quadrantImage(400, 300), 150);
        {
            QFile out(p(QStringLiteral("licence.jpg")));
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(f->jpeg);
        }
        // Opaque colours on the left, fully transparent on the right (white in the dossier).
        f->png = QImage(240, 160, QImage::Format_ARGB32);
        for (int y = 0; y < f->png.height(); ++y) {
            for (int x = 0; x < f->png.width(); ++x) {
                f->png.setPixel(x, y,
                                x < 120 ? qRgba((x * 2) % 256, (y * 3) % 256, (x + y) % 256, 255)
                                        : qRgba(10, 20, 30, 0));
            }
        }
        REQUIRE(f->png.save(p(QStringLiteral("award.png")), "PNG"));
        QFile::copy(dataPath(QStringLiteral("evidence/two-pages.tif")),
                    p(QStringLiteral("scan.tif")));

        f->evidence = {
            {"ev-a2021", EvidenceCategory::AuditReport, 2021, QStringLiteral("2021年度审计报告"),
             QStringLiteral("audit2021.pdf"), 3, QStringLiteral("AUDIT2021")},
            {"ev-other",
             EvidenceCategory::Other,
             {},
             QStringLiteral("扫描件"),
             QStringLiteral("scan.tif"),
             2,
             {}},
            {"ev-lic",
             EvidenceCategory::BusinessLicense,
             {},
             QStringLiteral("营业执照"),
             QStringLiteral("licence.jpg"),
             1,
             {}},
            {"ev-a2019", EvidenceCategory::AuditReport, 2019, QStringLiteral("2019年度审计报告"),
             QStringLiteral("audit2019-rotated.pdf"), 2, QStringLiteral("AUDIT2019")},
            {"ev-credit",
             EvidenceCategory::CreditReport,
             {},
             QStringLiteral("信用中国报告"),
             QStringLiteral("credit-damaged.pdf"),
             2,
             QStringLiteral("CREDIT")},
            {"ev-award",
             EvidenceCategory::Qualification,
             {},
             QStringLiteral("获奖证书"),
             QStringLiteral("award.png"),
             1,
             {}},
            {"ev-patent",
             EvidenceCategory::Ip,
             {},
             QStringLiteral("发明专利证书"),
             QStringLiteral("patent.pdf"),
             1,
             QStringLiteral("PATENT")},
            {"ev-case",
             EvidenceCategory::Case,
             {},
             QStringLiteral("服务合同"),
             QStringLiteral("contract-encrypted.pdf"),
             1,
             QStringLiteral("CONTRACT")},
            {"ev-sign",
             EvidenceCategory::Other,
             {},
             QStringLiteral("带签名的证明"),
             QStringLiteral("cert-signed.pdf"),
             1,
             QStringLiteral("SIGNED")},
        };
        Project project;
        project.domain = Domain::Equipment;
        project.applicant.name = kApplicant;
        project.applicant.uscc = kUscc;
        project.applicant.city = QStringLiteral("广州市");
        for (const auto &e : f->evidence) {
            Evidence ev;
            ev.id = QString::fromLatin1(e.id);
            ev.category = e.category;
            ev.year = e.year;
            ev.title = e.title;
            ev.file = e.file;
            project.evidence.append(ev);
        }
        f->projectPath = p(QStringLiteral("binder.shenbao"));
        Problems problems;
        f->file = ProjectFile::createFrom(f->projectPath, project, f->dir.path(), &problems);
        INFO((problems.isEmpty() ? QString() : problems.first().toString()));
        REQUIRE(f->file);
        return f;
    }();
    return *fx;
}

BindOptions forcedWithPassword()
{
    BindOptions o;
    o.force = true;
    o.passwords.insert(QStringLiteral("ev-case"), kPassword);
    return o;
}

QString problemsText(const BindResult &r)
{
    QStringList lines;
    for (const auto &p : r.problems)
        lines << (p.isError() ? QStringLiteral("E ") : QStringLiteral("W ")) + p.toString();
    return lines.join(u'\n');
}

bool hasProblem(const BindResult &r, Problem::Severity severity, const QStringList &parts)
{
    for (const auto &p : r.problems) {
        if (p.severity != severity)
            continue;
        const QString text = p.toString();
        if (std::all_of(parts.begin(), parts.end(),
                        [&](const QString &s) { return text.contains(s); }))
            return true;
    }
    return false;
}

QString pdfinfoOf(const QString &pdf, int page = 0, bool custom = false)
{
    QStringList args;
    if (custom)
        args << QStringLiteral("-custom"); // the info dictionary only, Shenbao's own keys too
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf;
    return QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), args));
}

QString infoField(const QString &info, const QString &key)
{
    const QRegularExpression re(QStringLiteral("^") + QRegularExpression::escape(key) +
                                    QStringLiteral(":\\s*(.*)$"),
                                QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

struct Bound
{
    BindResult result;
    QString pdf;
    QStringList labels, texts;
    QJsonObject json;
};

Bound bind(const QString &name, const BindOptions &options, const ProjectFile *file = nullptr)
{
    auto &fx = fixture();
    Bound b;
    b.pdf = fx.path(name);
    QFile::remove(b.pdf);
    b.result = bindDossier(file ? *file : *fx.file, b.pdf, options);
    INFO(problemsText(b.result));
    REQUIRE(b.result.ok);
    b.labels = pageLabelsOf(b.pdf);
    b.texts = pageTextsOf(b.pdf);
    b.json = QJsonDocument::fromJson(
                 runTool(QStringLiteral("qpdf"),
                         {QStringLiteral("--show-attachment=shenbao-dossier.json"), b.pdf}))
                 .object();
    return b;
}

// Exactly one page holds 「佐证材料 n：…」 as a separator: the one just before the item's first
// page.
int physicalOfLabel(const QStringList &labels, const QString &label)
{
    return int(labels.indexOf(label));
}

} // namespace

// ------------------------------------------------------------------------------ the whole

TEST_CASE("binder: parts, numbering, footers, outline and data agree", "[binder]")
{
    auto &fx = fixture();
    BindOptions options = forcedWithPassword();
    options.embedSignedOriginals = true;
    std::vector<double> fractions;
    QStringList steps;
    const QString pdf = fx.path(QStringLiteral("full.pdf"));
    const BindResult r = bindDossier(*fx.file, pdf, options, [&](double f, const QString &what) {
        fractions.push_back(f);
        steps << what;
        return true;
    });
    INFO(problemsText(r).toStdString());
    REQUIRE(r.ok);
    CHECK_FALSE(QFile::exists(pdf + QStringLiteral(".part")));

    const QStringList labels = pageLabelsOf(pdf);
    const QStringList texts = pageTextsOf(pdf);
    const QString info = pdfinfoOf(pdf, 0, true);
    REQUIRE(infoField(pdfinfoOf(pdf), QStringLiteral("Pages")).toInt() == r.pageCount);
    REQUIRE(labels.size() == r.pageCount);
    REQUIRE(texts.size() == r.pageCount);

    SECTION("progress is reported per evidence item and ends at 1")
    {
        REQUIRE_FALSE(fractions.empty());
        CHECK(fractions.back() == Approx(1.0));
        CHECK(std::is_sorted(fractions.begin(), fractions.end()));
        for (const auto &e : fx.evidence)
            CHECK(steps.filter(e.title).size() >= 2); // read, then bound
    }

    SECTION("the embedded JSON recomputes its fingerprint; info and footers carry it")
    {
        const QJsonObject json =
            QJsonDocument::fromJson(
                runTool(QStringLiteral("qpdf"),
                        {QStringLiteral("--show-attachment=shenbao-dossier.json"), pdf}))
                .object();
        REQUIRE_FALSE(json.isEmpty());
        const QString fp = json.value(QStringLiteral("fingerprint")).toString();
        CHECK(fp.size() == 64);
        CHECK(dossierFingerprint(json) == fp);
        CHECK(r.fingerprint == fp);
        CHECK(infoField(info, QStringLiteral("ShenbaoFingerprint")) == fp);
        CHECK(infoField(info, QStringLiteral("Title")) ==
              QStringLiteral("广东省智能制造生态合作伙伴申报书 — ") + kApplicant);
        CHECK(infoField(info, QStringLiteral("Author")) == kApplicant);
        CHECK(infoField(info, QStringLiteral("Subject")) == QStringLiteral("智能制造装备领域"));
        CHECK(infoField(info, QStringLiteral("Keywords")).contains(kUscc));
        CHECK(infoField(info, QStringLiteral("Creator")) ==
              QStringLiteral("Shenbao " SHENBAO_VERSION));
        CHECK_FALSE(infoField(info, QStringLiteral("CreationDate")).isEmpty());
        const QJsonArray rules = json.value(QStringLiteral("rules")).toArray();
        CHECK_FALSE(rules.isEmpty());
        CHECK(rules.first().toObject().contains(QStringLiteral("state")));
        // The signed original rides along on request.
        const QString attachments = QString::fromUtf8(
            runTool(QStringLiteral("qpdf"), {QStringLiteral("--list-attachments"), pdf}));
        CHECK(attachments.contains(QStringLiteral("shenbao-dossier.json")));
        CHECK(attachments.contains(QStringLiteral("cert-signed.pdf")));
    }

    // Where each item is: its JSON entry, its separator, its pages.
    const QJsonObject json =
        QJsonDocument::fromJson(
            runTool(QStringLiteral("qpdf"),
                    {QStringLiteral("--show-attachment=shenbao-dossier.json"), pdf}))
            .object();
    const QString fp = json.value(QStringLiteral("fingerprint")).toString();
    QHash<QString, QJsonObject> entries;
    for (const auto &v : json.value(QStringLiteral("evidence")).toArray())
        entries.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    // Binding order: category enum order, audit reports by year, else project order.
    const QStringList order{
        QStringLiteral("ev-lic"),    QStringLiteral("ev-a2019"), QStringLiteral("ev-a2021"),
        QStringLiteral("ev-credit"), QStringLiteral("ev-award"), QStringLiteral("ev-patent"),
        QStringLiteral("ev-case"),   QStringLiteral("ev-other"), QStringLiteral("ev-sign")};

    SECTION("every page is exactly one of: front matter, generated, separator, evidence, blank")
    {
        QList<QString> kind(r.pageCount);
        int evidencePages = 0;
        int n = 0;
        for (const auto &id : order) {
            ++n;
            const auto spec =
                std::find_if(fx.evidence.begin(), fx.evidence.end(),
                             [&](const EvidenceSpec &e) { return QLatin1StringView(e.id) == id; });
            const QJsonObject e = entries.value(id);
            INFO(id.toStdString());
            const int first = e.value(QStringLiteral("firstPage")).toInt();
            const int pages = e.value(QStringLiteral("pages")).toInt();
            CHECK(pages == spec->pages);
            CHECK(e.value(QStringLiteral("sha256")).toString() ==
                  sha256OfFile(fx.path(spec->file)));
            const int at = physicalOfLabel(labels, QString::number(first));
            REQUIRE(at > 0);
            // The separator right before, on a front side (odd page) in duplex.
            CHECK(texts.at(at - 1).contains(
                QStringLiteral("佐证材料 %1：%2").arg(n).arg(spec->title)));
            CHECK((at - 1) % 2 == 0);
            kind[at - 1] = QStringLiteral("separator");
            for (int i = 0; i < pages; ++i) {
                REQUIRE(kind.at(at + i).isEmpty());
                kind[at + i] = QStringLiteral("evidence");
                if (!spec->marker.isEmpty())
                    CHECK(texts.at(at + i).contains(
                        QStringLiteral("%1-P%2").arg(spec->marker).arg(i + 1)));
            }
            evidencePages += pages;
        }
        int blanks = 0;
        for (int i = 0; i < r.pageCount; ++i) {
            if (texts.at(i).contains(QStringLiteral("此页无正文"))) {
                REQUIRE(kind.at(i).isEmpty());
                kind[i] = QStringLiteral("blank");
                CHECK(i % 2 == 1); // a blank is always the back of a sheet
                ++blanks;
            }
        }
        const int separators = int(kind.count(QStringLiteral("separator")));
        CHECK(separators == order.size());
        // What is left is Shenbao's own pages: all before the first separator.
        const int firstSeparator = int(kind.indexOf(QStringLiteral("separator")));
        int generated = 0;
        for (int i = 0; i < r.pageCount; ++i) {
            if (kind.at(i).isEmpty()) {
                CHECK(i < firstSeparator);
                ++generated;
            }
        }
        CHECK(generated >= 5); // cover, TOC, form (several pages), pledge, index
        CHECK(r.pageCount == generated + evidencePages + separators + blanks);
        CHECK(evidencePages == 14);
    }

    SECTION("labels: 封面, roman TOC, arabic from the form; every numbered page has its footer")
    {
        CHECK(labels.first() == QStringLiteral("封面"));
        CHECK(texts.first().contains(QStringLiteral("广东省智能制造生态合作伙伴申报书")));
        CHECK(texts.first().contains(kApplicant));
        const int toc = int(labels.indexOf(QStringLiteral("i")));
        REQUIRE(toc > 0);
        CHECK(toc % 2 == 0);
        CHECK(texts.at(toc).contains(QStringLiteral("目录")));
        const int one = int(labels.indexOf(QStringLiteral("1")));
        REQUIRE(one > toc);
        CHECK(one % 2 == 0);
        const int total = r.pageCount - one;
        for (int i = 0; i < r.pageCount; ++i) {
            INFO("physical page " << i + 1 << " label " << labels.at(i).toStdString());
            if (i < one) {
                CHECK_FALSE(texts.at(i).contains(QStringLiteral("页 / 共")));
                continue;
            }
            const int n = i - one + 1;
            CHECK(labels.at(i) == QString::number(n));
            CHECK(texts.at(i).contains(footerPageText(n, total)));
            CHECK(texts.at(i).contains(kApplicant));
            CHECK(texts.at(i).contains(shortFingerprint(fp)));
        }
    }

    SECTION("the outline mirrors the parts, items nested under their category")
    {
        const QJsonArray outlines = qpdfJson(pdf, {QStringLiteral("outlines")})
                                        .object()
                                        .value(QStringLiteral("outlines"))
                                        .toArray();
        QStringList top;
        for (const auto &o : outlines)
            top << o.toObject().value(QStringLiteral("title")).toString();
        CHECK(top == QStringList{QStringLiteral("封面"), QStringLiteral("目录"),
                                 QStringLiteral("申报书"), QStringLiteral("申报单位承诺书"),
                                 QStringLiteral("佐证材料目录"), QStringLiteral("佐证材料")});
        const auto dest = [](const QJsonValue &o) {
            return o.toObject().value(QStringLiteral("destpageposfrom1")).toInt();
        };
        CHECK(dest(outlines.at(0)) == 1);
        CHECK(labels.at(dest(outlines.at(2)) - 1) == QStringLiteral("1"));
        const QJsonArray categories =
            outlines.at(5).toObject().value(QStringLiteral("kids")).toArray();
        QStringList names;
        int n = 0;
        for (const auto &c : categories) {
            names << c.toObject().value(QStringLiteral("title")).toString();
            for (const auto &item : c.toObject().value(QStringLiteral("kids")).toArray()) {
                const QString id = order.at(n++);
                const int first = entries.value(id).value(QStringLiteral("firstPage")).toInt();
                CHECK(item.toObject()
                          .value(QStringLiteral("title"))
                          .toString()
                          .startsWith(QStringLiteral("佐证材料 %1：").arg(n)));
                // Points at the item's first page, the page the TOC and the index name.
                CHECK(labels.at(dest(item) - 1) == QString::number(first));
            }
        }
        CHECK(n == order.size());
        CHECK(names == QStringList{QStringLiteral("营业执照"), QStringLiteral("审计报告"),
                                   QStringLiteral("信用中国报告"), QStringLiteral("资质认定"),
                                   QStringLiteral("知识产权"), QStringLiteral("服务案例"),
                                   QStringLiteral("其他材料")});
    }

    SECTION("evidence goes in as it was: JPEG bytes, rotation, page size, lossless PNG")
    {
        // The JPEG file's bytes, unchanged, as one stream.
        CHECK(readFile(pdf).contains(fx.jpeg));
        const auto firstOf = [&](const char *id) {
            return physicalOfLabel(labels, QString::number(entries.value(QLatin1StringView(id))
                                                               .value(QStringLiteral("firstPage"))
                                                               .toInt())) +
                   1;
        };
        const QString list = QString::fromUtf8(runTool(
            QStringLiteral("pdfimages"),
            {QStringLiteral("-list"), QStringLiteral("-f"), QString::number(firstOf("ev-lic")),
             QStringLiteral("-l"), QString::number(firstOf("ev-lic")), pdf}));
        INFO(list.toStdString());
        CHECK(list.contains(QStringLiteral("jpeg")));
        // Stored 300 × 400, shown 400 × 300 at its 150 dpi: not upscaled (ppi stays 150).
        CHECK(list.contains(QRegularExpression(
            QStringLiteral("\\s300\\s+400\\s+rgb\\s+3\\s+8\\s+jpeg\\s.*\\s150\\s+150\\s"))));

        const QString rotated = pdfinfoOf(pdf, firstOf("ev-a2019"));
        CHECK(rotated.contains(QRegularExpression(QStringLiteral("rot:\\s+90"))));
        const QString notRotated = pdfinfoOf(pdf, firstOf("ev-a2019") + 1);
        CHECK(notRotated.contains(QRegularExpression(QStringLiteral("rot:\\s+0"))));
        const QString patent = pdfinfoOf(pdf, firstOf("ev-patent"));
        CHECK(patent.contains(
            QRegularExpression(QStringLiteral("size:\\s+425(\\.\\d+)? x 283(\\.\\d+)? pts"))));

        QTemporaryDir out;
        const int awardPage = firstOf("ev-award");
        runTool(QStringLiteral("pdfimages"),
                {QStringLiteral("-png"), QStringLiteral("-f"), QString::number(awardPage),
                 QStringLiteral("-l"), QString::number(awardPage), pdf,
                 out.filePath(QStringLiteral("img"))});
        QImage extracted(out.filePath(QStringLiteral("img-000.png")));
        REQUIRE_FALSE(extracted.isNull());
        REQUIRE(extracted.size() == fx.png.size());
        int differing = 0;
        for (int y = 0; y < fx.png.height(); ++y) {
            for (int x = 0; x < fx.png.width(); ++x) {
                const QRgb want = qAlpha(fx.png.pixel(x, y)) == 0
                                      ? qRgb(255, 255, 255)
                                      : (fx.png.pixel(x, y) | 0xff000000u);
                if ((extracted.pixel(x, y) | 0xff000000u) != want)
                    ++differing;
            }
        }
        CHECK(differing == 0);
        // Evidence text layers pass through untouched: each page extracts as its source does.
        const QStringList source = pageTextsOf(fx.path(QStringLiteral("audit2021.pdf")));
        REQUIRE(source.size() == 3);
        for (int i = 0; i < 3; ++i) {
            const QString line = source.at(i).trimmed().split(u'\n').first().trimmed();
            CHECK_FALSE(line.isEmpty());
            CHECK(texts.at(firstOf("ev-a2021") - 1 + i).contains(line));
        }
        const int tiff = firstOf("ev-other");
        CHECK(entries.value(QStringLiteral("ev-other")).value(QStringLiteral("pages")).toInt() ==
              2);
        CHECK(labels.at(tiff) == QString::number(labels.at(tiff - 1).toInt() + 1));
    }

    SECTION("damage is repaired with a warning, a signature is reported")
    {
        CHECK(hasProblem(r, Problem::Severity::Warning,
                         {QStringLiteral("credit-damaged.pdf"), QStringLiteral("已自动修复")}));
        CHECK(hasProblem(r, Problem::Severity::Warning,
                         {QStringLiteral("cert-signed.pdf"), QStringLiteral("数字签名")}));
        CHECK_FALSE(hasErrors(r.problems));
    }

    SECTION("the officer's reader agrees with everything")
    {
        const DossierReadResult read = readDossier(pdf);
        QStringList findings;
        for (const auto &f : read.findings)
            findings << f.toString();
        INFO(findings.join(u'\n').toStdString());
        CHECK(read.state == DossierReadResult::State::Ok);
        CHECK(read.fingerprint == fp);
        for (const auto &id : order)
            CHECK(read.evidencePages.value(id).firstIndex ==
                  physicalOfLabel(
                      labels, QString::number(
                                  entries.value(id).value(QStringLiteral("firstPage")).toInt())));
    }
}

TEST_CASE("binder: exporting twice gives byte-identical files", "[binder]")
{
    const Bound a = bind(QStringLiteral("twice-a.pdf"), forcedWithPassword());
    const Bound b = bind(QStringLiteral("twice-b.pdf"), forcedWithPassword());
    CHECK(a.result.fingerprint == b.result.fingerprint);
    CHECK(readFile(a.pdf) == readFile(b.pdf));
}

TEST_CASE("binder: the document ID is reproducible, and changes with the content", "[binder]")
{
    // The same dossier gives the same /ID, another binding of it another one.
    const auto firstId = [](const QString &path) {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(path).constData());
        QPDFObjectHandle id = pdf.getTrailer().getKey("/ID");
        REQUIRE(id.isArray());
        REQUIRE(id.getArrayNItems() == 2);
        return id.getArrayItem(0).getStringValue();
    };
    const Bound a = bind(QStringLiteral("id-a.pdf"), forcedWithPassword());
    const Bound again = bind(QStringLiteral("id-again.pdf"), forcedWithPassword());
    BindOptions simplex = forcedWithPassword();
    simplex.duplex = !simplex.duplex;
    const Bound b = bind(QStringLiteral("id-b.pdf"), simplex);
    REQUIRE(a.result.ok);
    REQUIRE(b.result.ok);
    const std::string id = firstId(a.pdf);
    CHECK(id.size() == 16);
    CHECK(id == firstId(again.pdf));
    CHECK(id != firstId(b.pdf));

    // The first word is derived from the fingerprint (no pass over the output); the second is
    // qpdf's fixed word, which the reader accepts. A program that rewrites the file keeps the
    // first word and makes a new second one: the reader still reports that.
    {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(a.pdf).constData());
        CHECK(QByteArray::fromStdString(
                  pdf.getTrailer().getKey("/ID").getArrayItem(1).getStringValue())
                  .toHex() == "31415926535897932384626433832795");
        const QString rewritten =
            QFileInfo(a.pdf).dir().filePath(QStringLiteral("id-rewritten.pdf"));
        QPDFWriter writer(pdf, QFile::encodeName(rewritten).constData());
        writer.write();
        CHECK(firstId(rewritten) == id);
        CHECK(readDossier(a.pdf).state == DossierReadResult::State::Ok);
        const DossierReadResult read = readDossier(rewritten);
        QStringList findings;
        for (const auto &f : read.findings)
            findings << f.toString();
        INFO(findings.join(u'\n').toStdString());
        CHECK(read.state != DossierReadResult::State::Ok);
        CHECK(findings.join(u'\n').contains(QStringLiteral("/ID")));
    }
}

TEST_CASE("binder: without duplex there are no blank pages", "[binder]")
{
    BindOptions options = forcedWithPassword();
    options.duplex = false;
    const Bound b = bind(QStringLiteral("simplex.pdf"), options);
    for (const auto &t : b.texts)
        CHECK_FALSE(t.contains(QStringLiteral("此页无正文")));
    const Bound duplex = bind(QStringLiteral("duplex.pdf"), forcedWithPassword());
    int blanks = 0;
    for (const auto &t : duplex.texts)
        blanks += t.contains(QStringLiteral("此页无正文")) ? 1 : 0;
    CHECK(blanks > 0);
    CHECK(duplex.result.pageCount == b.result.pageCount + blanks);
    // The cover is followed directly by the TOC.
    CHECK(b.labels.at(1) == QStringLiteral("i"));
}

TEST_CASE("binder: copy marks give N copies sharing their content", "[binder]")
{
    const Bound single = bind(QStringLiteral("copies-1.pdf"), forcedWithPassword());
    BindOptions options = forcedWithPassword();
    options.copyMarks = 3;
    const Bound copies = bind(QStringLiteral("copies-3.pdf"), options);
    // Each copy starts on a front side: an odd copy length is padded with one numbered blank.
    const int perCopy = single.result.pageCount + single.result.pageCount % 2;
    REQUIRE(copies.result.pageCount == 3 * perCopy);
    CHECK(copies.labels.at(0) == QStringLiteral("封面"));
    CHECK(copies.labels.at(perCopy) == QStringLiteral("第2份 封面"));
    CHECK(copies.labels.at(2 * perCopy) == QStringLiteral("第3份 封面"));
    CHECK(copies.labels.at(perCopy - 1).toInt() ==
          perCopy - int(copies.labels.indexOf(QStringLiteral("1"))));
    CHECK(copies.texts.at(0) != copies.texts.at(perCopy));
    CHECK(copies.texts.at(1) == copies.texts.at(perCopy + 1));
    CHECK(copies.texts.at(perCopy - 1) == copies.texts.at(2 * perCopy - 1));
    // Pages are shared, not duplicated: far less than three times the size.
    CHECK(QFileInfo(copies.pdf).size() < QFileInfo(single.pdf).size() * 3 / 2);
}

// ------------------------------------------------------------------------------ refusals

TEST_CASE("binder: encrypted evidence needs its password; nothing is left behind", "[binder]")
{
    auto &fx = fixture();
    const QString pdf = fx.path(QStringLiteral("encrypted.pdf"));
    BindOptions options;
    options.force = true;
    SECTION("without a password")
    {
        const BindResult r = bindDossier(*fx.file, pdf, options);
        CHECK_FALSE(r.ok);
        CHECK(hasProblem(r, Problem::Severity::Error,
                         {QStringLiteral("服务合同"), QStringLiteral("contract-encrypted.pdf"),
                          QStringLiteral("已加密：请提供密码")}));
    }
    SECTION("with a wrong password")
    {
        options.passwords.insert(QStringLiteral("ev-case"), QStringLiteral("wrong"));
        const BindResult r = bindDossier(*fx.file, pdf, options);
        CHECK_FALSE(r.ok);
        CHECK(hasProblem(r, Problem::Severity::Error,
                         {QStringLiteral("contract-encrypted.pdf"), QStringLiteral("密码不正确")}));
    }
    CHECK_FALSE(QFile::exists(pdf));
    CHECK_FALSE(QFile::exists(pdf + QStringLiteral(".part")));
}

TEST_CASE("binder: refuses a project that is not eligible unless forced", "[binder]")
{
    auto &fx = fixture();
    const QString pdf = fx.path(QStringLiteral("not-eligible.pdf"));
    BindOptions options;
    options.passwords.insert(QStringLiteral("ev-case"), kPassword);
    const BindResult r = bindDossier(*fx.file, pdf, options);
    CHECK_FALSE(r.ok);
    REQUIRE_FALSE(r.problems.isEmpty());
    CHECK(r.problems.first().message.startsWith(QStringLiteral("申报条件未全部符合：")));
    CHECK(r.problems.first().message.contains(QRegularExpression(QStringLiteral("[A-Z]+-\\d"))));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("binder: a decompression bomb is refused before decoding", "[binder]")
{
    QTemporaryDir dir;
    writePngBomb(dir.filePath(QStringLiteral("bomb.png")), 40000, 40000);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("bomb.png"))).size() < 2 * 1024 * 1024);
    Project project;
    project.domain = Domain::Equipment;
    project.applicant.name = kApplicant;
    Evidence e;
    e.id = QStringLiteral("ev-bomb");
    e.category = EvidenceCategory::Other;
    e.title = QStringLiteral("巨幅图片");
    e.file = QStringLiteral("bomb.png");
    project.evidence << e;
    Problems problems;
    auto file = ProjectFile::createFrom(dir.filePath(QStringLiteral("bomb.shenbao")), project,
                                        dir.path(), &problems);
    REQUIRE(file);
    BindOptions options;
    options.force = true;
    const QString pdf = dir.filePath(QStringLiteral("bomb.pdf"));
    const BindResult r = bindDossier(*file, pdf, options);
    INFO(problemsText(r).toStdString());
    CHECK_FALSE(r.ok);
    CHECK(hasProblem(r, Problem::Severity::Error,
                     {QStringLiteral("bomb.png"), QStringLiteral("巨幅图片"),
                      QStringLiteral("40000 × 40000"), QStringLiteral("图像尺寸过大")}));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("binder: a page count that changed since import stops the export", "[binder]")
{
    auto &fx = fixture();
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("tampered.shenbao"));
    REQUIRE(QFile::copy(fx.projectPath, copy));
    rawSql(copy, "UPDATE evidence_file SET pages = 4 WHERE evidence_id = 'ev-a2021'");
    QString error;
    auto file = ProjectFile::open(copy, &error);
    REQUIRE(file);
    const QString pdf = dir.filePath(QStringLiteral("tampered.pdf"));
    const BindResult r = bindDossier(*file, pdf, forcedWithPassword());
    CHECK_FALSE(r.ok);
    CHECK(hasProblem(r, Problem::Severity::Error,
                     {QStringLiteral("audit2021.pdf"), QStringLiteral("页数不一致"),
                      QStringLiteral("4 页"), QStringLiteral("3 页")}));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("binder: every item that cannot be bound is named, also when one has no file", "[binder]")
{
    // The plan is laid out from the page counts the project recorded while the files are
    // opened: an item without a file, and another whose file no longer has its recorded count,
    // must both be named, and nothing written.
    auto &fx = fixture();
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("two-wrongs.shenbao"));
    REQUIRE(QFile::copy(fx.projectPath, copy));
    rawSql(copy, "DELETE FROM evidence_file WHERE evidence_id = 'ev-patent'");
    rawSql(copy, "UPDATE evidence_file SET pages = 5 WHERE evidence_id = 'ev-a2019'");
    QString error;
    auto file = ProjectFile::open(copy, &error);
    REQUIRE(file);
    const QString pdf = dir.filePath(QStringLiteral("two-wrongs.pdf"));
    const BindResult r = bindDossier(*file, pdf, forcedWithPassword());
    INFO(problemsText(r).toStdString());
    CHECK_FALSE(r.ok);
    CHECK(hasProblem(r, Problem::Severity::Error,
                     {QStringLiteral("发明专利证书"), QStringLiteral("没有文件")}));
    CHECK(hasProblem(r, Problem::Severity::Error,
                     {QStringLiteral("audit2019-rotated.pdf"), QStringLiteral("页数不一致"),
                      QStringLiteral("5 页"), QStringLiteral("2 页")}));
    CHECK_FALSE(QFile::exists(pdf));

    // The count alone: the plan was laid out with 5 pages, the export still stops.
    const QString copy2 = dir.filePath(QStringLiteral("count-only.shenbao"));
    REQUIRE(QFile::copy(fx.projectPath, copy2));
    rawSql(copy2, "UPDATE evidence_file SET pages = 1 WHERE evidence_id = 'ev-a2019'");
    auto file2 = ProjectFile::open(copy2, &error);
    REQUIRE(file2);
    const BindResult r2 = bindDossier(*file2, pdf, forcedWithPassword());
    CHECK_FALSE(r2.ok);
    CHECK(hasProblem(
        r2, Problem::Severity::Error,
        {QStringLiteral("audit2019-rotated.pdf"), QStringLiteral("1 页"), QStringLiteral("2 页")}));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("binder: cancelling between items leaves nothing", "[binder]")
{
    auto &fx = fixture();
    const QString pdf = fx.path(QStringLiteral("cancelled.pdf"));
    int calls = 0;
    const BindResult r = bindDossier(*fx.file, pdf, forcedWithPassword(),
                                     [&](double, const QString &) { return ++calls < 4; });
    CHECK_FALSE(r.ok);
    CHECK(hasProblem(r, Problem::Severity::Error, {QStringLiteral("已取消")}));
    CHECK(calls == 4);
    CHECK_FALSE(QFile::exists(pdf));
    CHECK_FALSE(QFile::exists(pdf + QStringLiteral(".part")));
}

TEST_CASE("binder: cancelled at any step, nothing is left in the folder", "[binder]")
{
    // The demo's licence scan is written to the output while the pages are still being made
    // (StreamsWrittenAhead), and qpdf's part at the end: a bind stopped at any step's first
    // report, or in the middle of qpdf's writing, leaves no file behind.
    QTemporaryDir dir;
    Problems problems;
    auto file = createDemoProject(dir.filePath(QStringLiteral("demo.shenbao")), &problems);
    REQUIRE(file);
    QStringList steps;
    {
        const QString pdf = dir.filePath(QStringLiteral("whole/demo.pdf"));
        REQUIRE(QDir().mkpath(QFileInfo(pdf).path()));
        const BindResult whole =
            bindDossier(*file, pdf, BindOptions{}, [&](double, const QString &what) {
                steps << what;
                return true;
            });
        REQUIRE(whole.ok);
    }
    // Each step's first report, and one in the middle of the writing's.
    QList<int> stops;
    for (int i = 0; i < steps.size(); ++i) {
        if (i == 0 || steps.at(i) != steps.at(i - 1))
            stops << i + 1;
    }
    const QString writing = QStringLiteral("写入 PDF");
    REQUIRE(steps.contains(writing));
    stops << (steps.indexOf(writing) + steps.lastIndexOf(writing)) / 2 + 1;
    REQUIRE(stops.size() >= 4);
    for (const int stopAt : stops) {
        INFO("cancelled at report " << stopAt << " of " << steps.size() << ": "
                                    << steps.value(stopAt - 1).toStdString());
        const QString folder = dir.filePath(QStringLiteral("cancelled-%1").arg(stopAt));
        REQUIRE(QDir().mkpath(folder));
        int calls = 0;
        const BindResult r = bindDossier(*file, folder + QStringLiteral("/demo.pdf"), BindOptions{},
                                         [&](double, const QString &) { return ++calls < stopAt; });
        CHECK_FALSE(r.ok);
        CHECK(hasProblem(r, Problem::Severity::Error, {QStringLiteral("已取消")}));
        CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
              QStringList());
    }
}

TEST_CASE("binder: the eligible demo project binds without force and reads back intact", "[binder]")
{
    QTemporaryDir dir;
    Problems problems;
    auto file = createDemoProject(dir.filePath(QStringLiteral("demo.shenbao")), &problems);
    REQUIRE(file);
    REQUIRE(RulesEngine().evaluate(file->load()).verdict == Verdict::Eligible);
    const QString pdf = dir.filePath(QStringLiteral("demo.pdf"));
    const BindResult r = bindDossier(*file, pdf, BindOptions{});
    INFO(problemsText(r).toStdString());
    REQUIRE(r.ok);
    const DossierReadResult read = readDossier(pdf);
    QStringList findings;
    for (const auto &f : read.findings)
        findings << f.toString();
    INFO(findings.join(u'\n').toStdString());
    CHECK(read.state == DossierReadResult::State::Ok);
    const QStringList texts = pageTextsOf(pdf);
    CHECK_FALSE(texts.first().contains(QStringLiteral("条件未全部符合")));
}

TEST_CASE("binder: evidence prepared before the plan is final lands on the right side of the "
          "sheet",
          "[binder]")
{
    // The binder appends the evidence pages while the generated parts are still laid out, with
    // the provisional plan of one page per separator. A title long enough for a two-page
    // separator moves the item by one page: the scan then lies on the other side of the
    // sheet, with the binding margin on the other edge, and must be laid out again for it.
    QTemporaryDir dir;
    Problems problems;
    auto file = createDemoProject(dir.filePath(QStringLiteral("demo.shenbao")), &problems);
    REQUIRE(file);
    // The first JPEG scan of the demo: its page shows where the image sits.
    Project project = file->load();
    QString scan;
    for (const auto &stored : file->storedFiles())
        if (scan.isEmpty() && stored.mediaType == MediaType::Jpeg)
            scan = stored.evidenceId;
    REQUIRE_FALSE(scan.isEmpty());

    // The left edge of the scan on its page, and its physical index, as bound.
    const auto bindScan = [&](const QString &name) {
        const QString pdf = dir.filePath(name);
        BindOptions options;
        options.force = true;
        const BindResult r = bindDossier(*file, pdf, options);
        INFO(problemsText(r).toStdString());
        REQUIRE(r.ok);
        const DossierReadResult read = readDossier(pdf);
        REQUIRE(read.state == DossierReadResult::State::Ok);
        const int index = read.evidencePages.value(scan).firstIndex;
        QPDF q;
        q.processFile(QFile::encodeName(pdf).constData());
        QPDFPageObjectHelper page(q.getAllPages().at(size_t(index)));
        Pl_Buffer buffer("contents");
        page.pipeContents(&buffer);
        const auto bytes = buffer.getBufferSharedPointer();
        const QString text = QString::fromLatin1(reinterpret_cast<const char *>(bytes->getBuffer()),
                                                 qsizetype(bytes->getSize()));
        const QRegularExpression placement(QStringLiteral(
            R"(q\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+cm\s+/Im0\s+Do)"));
        const auto m = placement.match(text);
        REQUIRE(m.hasMatch());
        return std::pair{index, m.captured(5).toDouble()};
    };
    const auto [shortIndex, shortLeft] = bindScan(QStringLiteral("short.pdf"));

    for (auto &e : project.evidence)
        if (e.id == scan)
            e.title = QStringLiteral("营业执照副本（加盖公章）").repeated(50);
    QString error;
    REQUIRE(file->save(project, &error));
    const auto [longIndex, longLeft] = bindScan(QStringLiteral("long.pdf"));

    // One page further (plus whatever the longer TOC and index add), on the other side.
    INFO("short " << shortIndex << " long " << longIndex);
    REQUIRE((longIndex - shortIndex) % 2 == 1);
    // A front side (even index) has the binding margin on the left: the scan sits further right.
    if (shortIndex % 2 == 0)
        CHECK(shortLeft > longLeft + 10);
    else
        CHECK(longLeft > shortLeft + 10);
}
