// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "demo/DemoProject.h"

#include "dossier/PageStyle.h"
#include "dossier/PdfPostProcess.h"
#include "model/Money.h"

#include <QBuffer>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace shenbao {

namespace {

// Every sample page says 「示例」 in large letters, so a demo dossier can never be mistaken for
// real evidence, on screen or on paper.
void drawSampleMark(QPainter &p, const QRectF &page)
{
    p.save();
    p.translate(page.center());
    p.rotate(-30);
    QFont f = pages::pageFont(pages::FontRole::Heading, 12, true);
    f.setPixelSize(int(page.width() / 5));
    p.setFont(f);
    p.setPen(QColor(220, 60, 60, 90));
    p.drawText(QRectF(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2),
               Qt::AlignCenter, QStringLiteral("示例 SAMPLE"));
    p.restore();
}

// A sample document: a title, some lines of body text, and the sample mark, on `pages` pages.
bool writeSamplePdf(const QString &path, const QString &title, const QStringList &lines, int pages,
                    QString *error)
{
    // Drawn into memory with the dossier's own fonts and finished like the dossier's pages:
    // Noto CJK shares glyphs between ideographs and Kangxi radicals (「广」/「⼴」), and Qt's
    // PDF text map would name the radical; the post-processing maps every glyph back to the
    // character actually drawn, so the sample's text layer reads 「广州示例」, not 「⼴州⽰例」.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString drawn = title;
    for (const auto &line : lines)
        drawn += line;
    drawn += QStringLiteral("示例 SAMPLE（示例材料，第页/共）0123456789");
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Shenbao demo"));
    QPainter p;
    if (!p.begin(&writer)) {
        if (error)
            *error = path + QStringLiteral(": cannot write sample evidence");
        return false;
    }
    const QRectF page(0, 0, writer.width(), writer.height());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        p.setFont(pages::pageFont(pages::FontRole::Heading, 20, true));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, 120, page.width(), 120), Qt::AlignHCenter | Qt::AlignTop, title);
        p.setFont(pages::pageFont(pages::FontRole::Body, 11));
        qreal y = 320;
        for (const auto &line : lines) {
            p.drawText(QRectF(150, y, page.width() - 300, 60), Qt::AlignLeft | Qt::AlignTop, line);
            y += 55;
        }
        p.drawText(QRectF(0, page.height() - 160, page.width(), 60), Qt::AlignHCenter,
                   QStringLiteral("（示例材料，第 %1 页 / 共 %2 页）").arg(i + 1).arg(pages));
        drawSampleMark(p, page);
    }
    if (!p.end()) {
        if (error)
            *error = path + QStringLiteral(": cannot write sample evidence");
        return false;
    }
    const QByteArray pdf = pages::postProcessGeneratedPdf(buffer.data(), drawn);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit()) {
        if (error)
            *error = path + QStringLiteral(": cannot write sample evidence: ") + out.errorString();
        return false;
    }
    return true;
}

bool writeLicenceImage(const Project &demo, const QString &path, QString *error)
{
    QImage img(1240, 1754, QImage::Format_RGB32); // A4 at 150 dpi, like a phone scan
    img.fill(QColor(250, 247, 240));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(170, 40, 40), 8));
    p.drawRect(60, 60, img.width() - 120, img.height() - 120);
    QFont title(QStringLiteral("Noto Serif CJK SC"));
    title.setPixelSize(96);
    title.setBold(true);
    p.setFont(title);
    p.setPen(QColor(170, 40, 40));
    p.drawText(QRect(0, 160, img.width(), 140), Qt::AlignCenter, QStringLiteral("营 业 执 照"));
    QFont body(QStringLiteral("Noto Serif CJK SC"));
    body.setPixelSize(36);
    p.setFont(body);
    p.setPen(Qt::black);
    const auto &a = demo.applicant;
    const QStringList lines = {
        QStringLiteral("统一社会信用代码：") + a.uscc.value_or(QString()),
        QStringLiteral("名　　称：") + a.name.value_or(QString()),
        QStringLiteral("类　　型：有限责任公司"),
        QStringLiteral("法定代表人：") + a.legalRepresentative.value_or(QString()),
        QStringLiteral("注册资本：人民币") + formatWan(a.registeredCapitalYuan.value_or(0)) +
            QStringLiteral("万元"),
        QStringLiteral("成立日期：") +
            (a.founded ? a.founded->toString(QStringLiteral("yyyy年M月d日")) : QString()),
        QStringLiteral("住　　所：") + a.registeredAddress.value_or(QString()),
    };
    int y = 420;
    for (const auto &line : lines) {
        p.drawText(QRect(140, y, img.width() - 280, 60), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += 90;
    }
    drawSampleMark(p, QRectF(img.rect()));
    p.end();
    if (!img.save(path, "JPEG", 80)) {
        if (error)
            *error = path + QStringLiteral(": cannot write sample licence image");
        return false;
    }
    return true;
}

} // namespace

bool writeDemoEvidence(const Project &demo, const QString &dir, QString *error)
{
    const QDir out(dir);
    const auto &a = demo.applicant;
    const QString name = a.name.value_or(QString());
    for (const auto &ev : demo.evidence) {
        const QString path = out.filePath(ev.file.value_or(ev.id));
        const QString title = ev.title.value_or(QString());
        bool ok = true;
        switch (ev.category.value_or(EvidenceCategory::Other)) {
        case EvidenceCategory::BusinessLicense:
            ok = writeLicenceImage(demo, path, error);
            break;
        case EvidenceCategory::AuditReport: {
            const FinanceYear *f = demo.financeFor(ev.year.value_or(0));
            QStringList lines = {QStringLiteral("被审计单位：") + name,
                                 QStringLiteral("审计意见：标准无保留意见（示例）")};
            if (f) {
                lines
                    << QStringLiteral("营业收入：%1 万元")
                           .arg(formatWan(f->revenueYuan.value_or(0)))
                    << QStringLiteral("主营业务收入：%1 万元")
                           .arg(formatWan(f->mainRevenueYuan.value_or(0)))
                    << QStringLiteral("利润总额：%1 万元").arg(formatWan(f->profitYuan.value_or(0)))
                    << QStringLiteral("研发投入：%1 万元")
                           .arg(formatWan(f->rdSpendYuan.value_or(0)));
            }
            ok = writeSamplePdf(path, title, lines, 3, error);
            break;
        }
        case EvidenceCategory::CreditReport:
            ok = writeSamplePdf(path, title,
                                {QStringLiteral("主体名称：") + name,
                                 QStringLiteral("统一社会信用代码：") + a.uscc.value_or(QString()),
                                 QStringLiteral("失信被执行人：无"), QStringLiteral("行政处罚：无"),
                                 QStringLiteral("严重失信主体名单：无")},
                                1, error);
            break;
        case EvidenceCategory::Ip: {
            QStringList lines = {QStringLiteral("专利权人：") + name};
            for (const auto &pt : demo.patents) {
                if (pt.evidence.contains(ev.id)) {
                    lines << QStringLiteral("发明名称：") + pt.title.value_or(QString())
                          << QStringLiteral("专利号：") + pt.number.value_or(QString())
                          << QStringLiteral("授权公告日：") +
                                 (pt.granted ? pt.granted->toString(QStringLiteral("yyyy年M月d日"))
                                             : QString());
                }
            }
            ok = writeSamplePdf(path, QStringLiteral("发明专利证书"), lines, 1, error);
            break;
        }
        case EvidenceCategory::Case: {
            QStringList lines;
            for (const auto &c : demo.cases) {
                if (c.evidence.contains(ev.id)) {
                    lines << QStringLiteral("项目名称：") + c.title.value_or(QString())
                          << QStringLiteral("甲方（用户单位）：") + c.customer.value_or(QString())
                          << QStringLiteral("乙方：") + name
                          << QStringLiteral("项目地点：") + c.city.value_or(QString())
                          << QStringLiteral("合同金额：%1 万元")
                                 .arg(formatWan(c.amountYuan.value_or(0)))
                          << QStringLiteral("验收结论：通过（%1年）").arg(c.year.value_or(0));
                }
            }
            ok = writeSamplePdf(path, QStringLiteral("项目合同及验收报告"), lines, 2, error);
            break;
        }
        default:
            ok = writeSamplePdf(path, title, {name}, 1, error);
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace shenbao
