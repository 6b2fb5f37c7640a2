// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// `shenbao export`: the bound dossier and/or the applicant's Attachment 3 row.

#include "cli/Cli.h"
#include "cli/TerminalProgress.h"
#include "cli/Verbs.h"

#include "call/CallDefinition.h"
#include "dossier/DossierBinder.h"
#include "rules/RulesEngine.h"
#include "store/ProjectFile.h"
#include "summary/SummaryRow.h"
#include "summary/XlsxSummaryWriter.h"

#include <QFileInfo>

namespace shenbao::cli {

namespace {

QStringList blockingRules(const Evaluation &evaluation)
{
    QStringList ids;
    for (const auto &r : evaluation.rules) {
        if (!r.informational && r.state != RuleState::Met)
            ids << r.id;
    }
    return ids;
}

} // namespace

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a(args, {QStringLiteral("no-duplex"), QStringLiteral("force")},
                 {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("copy-marks"),
                  QStringLiteral("password")});
    if (!a.ok() || a.positional().size() != 1 || (!a.option("pdf") && !a.option("xlsx"))) {
        err << "shenbao export: "
            << (a.ok() ? QStringLiteral("expected PROJECT.shenbao and --pdf OUT.pdf and/or --xlsx ROW.xlsx")
                       : a.error())
            << '\n';
        return BadInput;
    }
    BindOptions options;
    options.duplex = !a.flag("no-duplex");
    options.force = a.flag("force");
    if (const auto marks = a.option("copy-marks")) {
        bool ok = false;
        const int n = marks->toInt(&ok);
        if (!ok || n < 1 || n > 20) {
            err << "shenbao export: --copy-marks: expected a number of copies from 1 to 20, got \""
                << *marks << "\"\n";
            return BadInput;
        }
        options.copyMarks = n;
    }
    for (const auto &pw : a.options("password")) {
        const auto eq = pw.indexOf(u'=');
        if (eq <= 0) {
            err << "shenbao export: --password: expected EVIDENCE-ID=PASSWORD, got \"" << pw << "\"\n";
            return BadInput;
        }
        options.passwords.insert(pw.left(eq), pw.mid(eq + 1));
    }

    const QString projectPath = a.positional().first();
    if (!QFileInfo::exists(projectPath)) {
        err << projectPath << ": file does not exist\n";
        return BadInput;
    }
    QString error;
    auto file = ProjectFile::open(projectPath, &error);
    if (!file) {
        err << (error.startsWith(projectPath) ? error : projectPath + QStringLiteral(": ") + error) << '\n';
        return BadInput;
    }
    const auto &call = CallDefinition::bundled();
    const Project project = file->load();
    const Evaluation evaluation = RulesEngine(call).evaluate(project);
    if (evaluation.verdict != Verdict::Eligible && !options.force) {
        err << projectPath << ": verdict is " << toKey(evaluation.verdict)
            << ", not eligible; rules not met: " << blockingRules(evaluation).join(QStringLiteral(", "))
            << ". Run `shenbao check` for details, or export anyway with --force (the cover then says "
               "「条件未全部符合」)\n";
        return Negative;
    }

    if (const auto pdf = a.option("pdf")) {
        TerminalProgress progress(err);
        const BindResult result = bindDossier(*file, *pdf, options, progress.callback(), &call);
        progress.finish();
        printProblems(err, projectPath, result.problems);
        if (!result.ok)
            return BadInput;
        out << *pdf << ": " << result.pageCount << " pages, fingerprint " << result.fingerprint << '\n';
    }
    if (const auto xlsx = a.option("xlsx")) {
        const SummaryRow row = summaryRowFor(project, evaluation, call);
        // The same 填报日期 as the cover: the project's, or its last change in China time.
        const SummaryHeader header{QString(), fillDateOf(project, file->lastModified())};
        if (!writeSummaryXlsx(*xlsx, {row}, header, call, &error)) {
            err << error << '\n';
            return BadInput;
        }
        out << *xlsx << ": Attachment 3 row written\n";
    }
    return Ok;
}

} // namespace shenbao::cli
