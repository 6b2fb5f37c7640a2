// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The officer's listing speed (issue 5): N received dossiers of P pages each, read one after
// the other as the workspace does when a folder is dropped on it. Target: 200 × 300 pages in
// under 10 s. Generating the files is not timed; reading them is.
//
//   shenbao_reader_bench [--count N] [--pages P] [--padding BYTES] [--from DOSSIER.pdf] [--keep
//   DIR]
//
// Without --from, each dossier is synthetic (qpdf-built: page labels, document info, the
// embedded JSON of a distinct applicant, P pages whose content streams carry BYTES of filler).
// With --from, a bound dossier is copied and padded with copies of its last page up to P.

#include "SyntheticDossier.h"

#include "demo/DemoProject.h"
#include "dossier/DossierReader.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <exception>

using namespace shenbao;

namespace {

struct Options
{
    int count = 200;
    int pages = 300;
    int padding = 8192;
    QString from;
    QString keep;
};

bool parse(const QStringList &args, Options &o)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (i + 1 >= args.size())
            return false;
        const QString v = args.at(++i);
        if (a == QLatin1StringView("--count"))
            o.count = v.toInt();
        else if (a == QLatin1StringView("--pages"))
            o.pages = v.toInt();
        else if (a == QLatin1StringView("--padding"))
            o.padding = v.toInt();
        else if (a == QLatin1StringView("--from"))
            o.from = v;
        else if (a == QLatin1StringView("--keep"))
            o.keep = v;
        else
            return false;
    }
    return o.count > 0 && o.pages > 0 && o.padding >= 0;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A distinct applicant per dossier, laid out to exactly `pages` pages.
QByteArray syntheticDossier(int index, const Options &o)
{
    test::DossierSpec spec;
    spec.project = demoProjectData();
    spec.project.applicant.name = QStringLiteral("广州示例智能装备有限公司%1").arg(index + 1);
    spec.pagePadding = o.padding;
    const int items = int(spec.project.evidence.size());
    const int fixed = spec.frontPages + spec.formPages;
    spec.pagesPerEvidence = std::max(1, (o.pages - fixed) / items - 1);
    spec.extraPages = std::max(0, o.pages - fixed - items * (1 + spec.pagesPerEvidence));
    return test::makeSyntheticDossier(spec).pdf;
}

void padBoundDossier(const QString &from, const QString &to, int pages)
{
    QPDF pdf;
    pdf.processFile(QFile::encodeName(from).constData());
    QPDFPageDocumentHelper helper(pdf);
    auto all = helper.getAllPages();
    if (all.empty())
        throw std::runtime_error("the dossier has no pages");
    for (int n = int(all.size()); n < pages; ++n)
        helper.addPage(all.back().shallowCopyPage(), false);
    QPDFWriter writer(pdf, QFile::encodeName(to).constData());
    writer.setStaticID(true);
    writer.write();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    if (!parse(app.arguments(), o)) {
        std::fprintf(stderr,
                     "usage: shenbao_reader_bench [--count N] [--pages P] [--padding BYTES] "
                     "[--from DOSSIER.pdf] [--keep DIR]\n");
        return 2;
    }
    QTemporaryDir temp;
    const QString dir = o.keep.isEmpty() ? temp.path() : o.keep;
    QDir().mkpath(dir);

    QStringList files;
    qint64 totalBytes = 0;
    QElapsedTimer timer;
    timer.start();
    try {
        QString padded;
        if (!o.from.isEmpty()) {
            padded = dir + QStringLiteral("/padded.pdf");
            padBoundDossier(o.from, padded, o.pages);
        }
        for (int i = 0; i < o.count; ++i) {
            const QString path =
                dir + QStringLiteral("/dossier-%1.pdf").arg(i + 1, 3, 10, QLatin1Char('0'));
            const bool ok = padded.isEmpty() ? writeFile(path, syntheticDossier(i, o))
                                             : (QFile::remove(path), QFile::copy(padded, path));
            if (!ok) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                return 1;
            }
            files << path;
            totalBytes += QFileInfo(path).size();
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "cannot prepare the dossiers: %s\n", e.what());
        return 1;
    }
    std::printf("prepared %d dossiers in %s (%.1f MB) in %.1f s\n", o.count, qPrintable(dir),
                double(totalBytes) / 1e6, double(timer.elapsed()) / 1000.0);

    QMap<QString, int> states;
    qint64 slowest = 0;
    int pages = 0;
    timer.restart();
    for (const QString &path : files) {
        QElapsedTimer one;
        one.start();
        const DossierReadResult r = readDossier(path);
        slowest = std::max(slowest, one.nsecsElapsed());
        states[dossierStateKey(r.state)] += 1;
        pages += r.pageCount;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QStringList summary;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        summary << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    std::printf("read %d dossiers (%d pages in all) in %.2f s: %.1f ms each, slowest %.1f ms; %s\n",
                o.count, pages, seconds, seconds * 1000.0 / o.count, double(slowest) / 1e6,
                qPrintable(summary.join(QStringLiteral(", "))));
    std::printf("target: 200 dossiers of 300 pages in under 10 s — %s\n",
                seconds * 200.0 / o.count < 10.0 ? "met" : "NOT met");
    return 0;
}
