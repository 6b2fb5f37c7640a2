// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// `shenbao export`: the bound dossier and/or the applicant's Attachment 3 row.

#include "cli/Cli.h"
#include "cli/TerminalProgress.h"
#include "cli/Verbs.h"

#include "call/CallDefinition.h"
#include "dossier/DossierBinder.h"
#include "dossier/DossierOverwriteGuard.h"
#include "rules/RulesEngine.h"
#include "store/OutputGuard.h"
#include "store/ProjectFile.h"
#include "summary/XlsxSummaryWriter.h"

#include <QFileInfo>

namespace shenbao::cli {

namespace {

QStringList rulesIn(const Evaluation &evaluation, RuleState state)
{
    QStringList ids;
    for (const auto &r : evaluation.rules) {
        if (!r.informational && r.state == state)
            ids << r.id;
    }
    return ids;
}

// Why export refuses, with conditions (rules) apart from problems in the form: a text over its
// limit with every condition met once printed "rules not met: ." and promised a stamped cover
// that the binder (rightly) does not print.
QString refusal(const QString &projectPath, const Evaluation &evaluation)
{
    const QStringList notMet = rulesIn(evaluation, RuleState::NotMet);
    const QStringList incomplete = rulesIn(evaluation, RuleState::Incomplete);
    QStringList problems;
    for (const auto &p : evaluation.problems) {
        if (p.isError())
            problems << p.toString();
    }
    QStringList why;
    if (!notMet.isEmpty())
        why << QStringLiteral("conditions not met: ") + notMet.join(QStringLiteral(", "));
    if (!incomplete.isEmpty())
        why << QStringLiteral("conditions incomplete: ") + incomplete.join(QStringLiteral(", "));
    if (!problems.isEmpty())
        why << QStringLiteral("problems in the form: ") + problems.join(QStringLiteral("; "));
    const QString cover =
        notMet.isEmpty() && incomplete.isEmpty()
            ? QStringLiteral("every condition is met, so the cover is not stamped")
            : QStringLiteral("the cover then says 「条件未全部符合」 and names the conditions");
    return projectPath + QStringLiteral(": verdict is ") + toKey(evaluation.verdict) +
           QStringLiteral(", not eligible; ") + why.join(QStringLiteral("; ")) +
           QStringLiteral(". Run `shenbao check` for details, or export anyway with --force (") +
           cover + QStringLiteral(")");
}

} // namespace

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a(args, {QStringLiteral("no-duplex"), QStringLiteral("force")},
                 {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("copy-marks"),
                  QStringLiteral("password")});
    if (!a.ok() || a.positional().size() != 1 || (!a.option("pdf") && !a.option("xlsx"))) {
        err << "shenbao export: "
            << (a.ok() ? QStringLiteral(
                             "expected PROJECT.shenbao and --pdf OUT.pdf and/or --xlsx ROW.xlsx")
                       : a.error())
            << '\n';
        return BadInput;
    }
    BindOptions options;
    options.duplex = !a.flag("no-duplex");
    options.force = a.flag("force");
    options.processEndsAfterwards = processEndsAfterVerb();
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
            err << "shenbao export: --password: expected EVIDENCE-ID=PASSWORD, got \"" << pw
                << "\"\n";
            return BadInput;
        }
        options.passwords.insert(pw.left(eq), pw.mid(eq + 1));
    }

    // Read from disk while the project is opened and checked (see preloadDossierFonts).
    std::future<void> fonts;
    if (a.option("pdf"))
        fonts = preloadDossierFonts();
    const QString projectPath = a.positional().first();
    // No output onto an input: checked before anything is read or written.
    {
        QList<NamedPath> outputs;
        if (const auto pdf = a.option("pdf"))
            outputs << NamedPath{*pdf, QStringLiteral("--pdf")};
        if (const auto xlsx = a.option("xlsx"))
            outputs << NamedPath{*xlsx, QStringLiteral("--xlsx")};
        if (const QString why =
                checkOutputPaths(outputs, {NamedPath{projectPath, QStringLiteral("项目文件")}});
            !why.isEmpty()) {
            err << why << '\n';
            return BadInput;
        }
    }
    QString error;
    auto file = ProjectFile::open(projectPath, &error);
    if (!file) {
        err << (error.startsWith(projectPath) ? error : projectPath + QStringLiteral(": ") + error)
            << '\n';
        return BadInput;
    }
    const auto &call = CallDefinition::bundled();
    // The evidence bytes are verified by the binder as it copies them (against their SHA-256).
    if (const QStringList damage =
            file->integrityProblems(ProjectFile::IntegrityScope::ExceptEvidenceBytes);
        !damage.isEmpty()) {
        err << projectPath << ": integrity_check: 项目文件已损坏（SQLite 完整性检查未通过："
            << damage.first() << "）；请使用备份，或重新创建项目\n";
        return BadInput;
    }
    const Project project = file->load();
    // A dossier at --pdf is replaced only when it is this applicant's previous export; a
    // dossier is never replaced by an XLSX.
    {
        QString why;
        if (const auto pdf = a.option("pdf"))
            why = checkDossierOverwrite(*pdf, QStringLiteral("--pdf"), &project);
        if (const auto xlsx = a.option("xlsx"); why.isEmpty() && xlsx)
            why = checkDossierOverwrite(*xlsx, QStringLiteral("--xlsx"), nullptr);
        if (!why.isEmpty()) {
            err << why << '\n';
            return BadInput;
        }
    }
    const Evaluation evaluation = RulesEngine(call).evaluate(project);
    if (evaluation.verdict != Verdict::Eligible && !options.force) {
        err << refusal(projectPath, evaluation) << '\n';
        return Negative;
    }

    if (const auto pdf = a.option("pdf")) {
        TerminalProgress progress(err);
        const BindResult result = bindDossier(*file, *pdf, options, progress.callback(), &call);
        progress.finish();
        printProblems(err, projectPath, result.problems);
        if (!result.ok)
            return BadInput;
        out << *pdf << ": " << result.pageCount << " pages, fingerprint " << result.fingerprint
            << '\n';
    }
    if (const auto xlsx = a.option("xlsx")) {
        if (!writeApplicantSummaryXlsx(*xlsx, project, evaluation, file->lastModified(), call,
                                       &error)) {
            err << error << '\n';
            return BadInput;
        }
        out << *xlsx << ": Attachment 3 row written\n";
    }
    return Ok;
}

} // namespace shenbao::cli
