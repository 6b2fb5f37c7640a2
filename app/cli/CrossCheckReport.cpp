// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "cli/CrossCheckReport.h"

#include "cli/TerminalProgress.h"

#include "crosscheck/CrossCheckJson.h"
#include "crosscheck/DossierEvidencePages.h"
#include "crosscheck/ProjectEvidencePages.h"
#include "crosscheck/ProjectTextCache.h"
#include "store/ProjectFile.h"

#include <QFile>

namespace shenbao::cli {

using namespace crosscheck;

namespace {

CrossCheckRun runWithProgress(const Project &project, EvidencePageSource &pages, bool ocr,
                              PageTextCache *cache, QTextStream &err)
{
    TerminalProgress progress(err);
    const ProgressFn report = progress.callback();
    CrossCheckOptions options;
    options.ocr = ocr;
    options.cache = cache;
    if (report) {
        options.progress = [&report](int done, int total) {
            report(total > 0 ? double(done) / total : 1.0, QStringLiteral("佐证材料核对"));
            return true;
        };
    }
    CrossCheckRun run = runCrossCheck(project, pages, options);
    progress.finish();
    if (!run.readerError.isEmpty())
        err << "shenbao: " << run.readerError << '\n';
    else if (!run.ocrError.isEmpty())
        err << "shenbao: " << run.ocrError << "；扫描件未做文字识别\n";
    return run;
}

} // namespace

CrossCheckRun crossCheckProject(ProjectFile &file, const Project &project, bool ocr,
                                QTextStream &err)
{
    ProjectEvidencePages pages(file);
    ProjectTextCache cache(file);
    return runWithProgress(project, pages, ocr, &cache, err);
}

CrossCheckRun crossCheckDossier(const QString &path, const DossierReadResult &read, bool ocr,
                                QTextStream &err)
{
    if (!read.project)
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    DossierEvidencePages pages(f.readAll(), read);
    return runWithProgress(*read.project, pages, ocr, nullptr, err);
}

void printCrossCheck(QTextStream &out, const CrossCheckRun &run)
{
    if (run.results.isEmpty())
        return;
    int counts[4] = {0, 0, 0, 0};
    QStringList lines;
    for (const auto &r : run.results) {
        ++counts[int(r.state)];
        if (r.state == MatchState::Differs || r.state == MatchState::Likely)
            lines << describeResult(r);
    }
    out << "\n佐证材料核对 (evidence cross-check, warnings only):\n";
    for (const QString &line : lines)
        out << "  ! " << line << '\n';
    out << "  " << stateLabel(MatchState::Matched) << ' ' << counts[int(MatchState::Matched)]
        << "，"
        << "基本一致 " << counts[int(MatchState::Likely)] << "，" << stateLabel(MatchState::Differs)
        << ' ' << counts[int(MatchState::Differs)] << "，" << stateLabel(MatchState::NotFound)
        << ' ' << counts[int(MatchState::NotFound)] << '\n';
}

} // namespace shenbao::cli
