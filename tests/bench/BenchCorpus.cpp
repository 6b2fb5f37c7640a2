// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Generates the binder benchmark's corpus (issue 3): three 80-page text PDFs, like audit
// reports, and 120 A4 scans at 300 dpi as JPEG (about 2 MB each, ~240 MB in all), plus a
// shenbao/1 JSON that names them, ready for `shenbao new --from`.
//
//   shenbao_bench_corpus OUTDIR [JPEGS] [PDF_PAGES]

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

#include <cstdio>

namespace {

void writeTextPdf(const QString &path, int year, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter p(&writer);
    QFont f(QStringLiteral("Noto Serif CJK SC"));
    f.setPointSize(10);
    p.setFont(f);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        p.drawText(QRectF(250, 200, 2000, 100),
                   QStringLiteral("%1年度审计报告 第%2页").arg(year).arg(page + 1));
        for (int line = 0; line < 45; ++line) {
            p.drawText(QRectF(250, 400 + line * 66, 2000, 60),
                       QStringLiteral("附注%1.%2 营业收入、主营业务收入及研发费用明细：本期发生额 "
                                      "%3 元，上期发生额 %4 元。")
                           .arg(page + 1)
                           .arg(line + 1)
                           .arg(1000000 + page * 977 + line * 13)
                           .arg(900000 + page * 531 + line * 7));
        }
    }
}

// A page scan: off-white paper with sensor noise and text-like strokes, so the JPEG is about
// the size a real 300 dpi scan has (noise is what makes scans big).
void writeScan(const QString &path, int index)
{
    QImage img(2480, 3508, QImage::Format_RGB32);
    auto *rng = QRandomGenerator::global();
    for (int y = 0; y < img.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const int v = 236 + int(rng->bounded(20));
            line[x] = qRgb(v, v - 2, v - 6);
        }
    }
    QPainter p(&img);
    p.setPen(QColor(40, 40, 40));
    QFont f(QStringLiteral("Noto Serif CJK SC"));
    f.setPixelSize(42);
    p.setFont(f);
    for (int row = 0; row < 60; ++row)
        p.drawText(
            200, 300 + row * 52,
            QStringLiteral("扫描件 %1 第%2行 合同条款与验收记录 ………………").arg(index).arg(row));
    p.end();
    img.save(path, "JPEG", 85);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: shenbao_bench_corpus OUTDIR [JPEGS=120] [PDF_PAGES=80]\n");
        return 2;
    }
    const QDir dir(args.at(1));
    QDir().mkpath(dir.path());
    const int jpegs = args.size() > 2 ? args.at(2).toInt() : 120;
    const int pdfPages = args.size() > 3 ? args.at(3).toInt() : 80;

    QJsonArray evidence;
    for (int year : {2019, 2020, 2021}) {
        const QString name = QStringLiteral("audit-%1.pdf").arg(year);
        writeTextPdf(dir.filePath(name), year, pdfPages);
        evidence.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("audit-%1").arg(year)},
                        {QStringLiteral("category"), QStringLiteral("auditReport")},
                        {QStringLiteral("year"), year},
                        {QStringLiteral("title"), QStringLiteral("%1年度审计报告").arg(year)},
                        {QStringLiteral("file"), name}});
    }
    for (int i = 1; i <= jpegs; ++i) {
        const QString name = QStringLiteral("scan-%1.jpg").arg(i, 3, 10, QLatin1Char('0'));
        writeScan(dir.filePath(name), i);
        evidence.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("scan-%1").arg(i)},
                                    {QStringLiteral("category"), QStringLiteral("other")},
                                    {QStringLiteral("title"), QStringLiteral("扫描件 %1").arg(i)},
                                    {QStringLiteral("file"), name}});
        std::fprintf(stderr, "\rscans %d/%d", i, jpegs);
    }
    std::fprintf(stderr, "\n");
    const QJsonObject project{
        {QStringLiteral("schema"), QStringLiteral("shenbao/1")},
        {QStringLiteral("call"), QStringLiteral("gd-2022-batch2")},
        {QStringLiteral("domain"), QStringLiteral("equipment")},
        {QStringLiteral("applicant"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("基准测试有限公司")}}},
        {QStringLiteral("evidence"), evidence}};
    QFile json(dir.filePath(QStringLiteral("bench.json")));
    if (!json.open(QIODevice::WriteOnly))
        return 1;
    json.write(QJsonDocument(project).toJson());
    return 0;
}
