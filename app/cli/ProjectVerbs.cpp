// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The applicant's headless verbs on a project file: new, demo, show, check.

#include "cli/Cli.h"
#include "cli/CrossCheckReport.h"
#include "cli/ProjectReport.h"
#include "cli/Verbs.h"

#include "call/CallDefinition.h"
#include "crosscheck/CrossCheckJson.h"
#include "demo/DemoProject.h"
#include "model/InputText.h"
#include "rules/EvaluationJson.h"
#include "rules/RulesEngine.h"
#include "store/OutputGuard.h"
#include "store/ProjectFile.h"
#include "store/ProjectJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace shenbao::cli {

namespace {

// Refuse to overwrite: a project file holds the applicant's typed data and evidence. Also
// refuses folders, devices, over-long names and unwritable folders with their own message,
// and a target that is one of the inputs.
bool refuseTarget(const QString &path, const QList<NamedPath> &inputs, QTextStream &err)
{
    QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        if (info.isFile() || info.isSymLink()) {
            err << path << ": 文件已存在；请另选文件名，或先移走原文件\n";
            return true;
        }
    }
    if (const QString why = checkOutputPaths({NamedPath{path, QStringLiteral("项目文件")}}, inputs);
        !why.isEmpty()) {
        err << why << '\n';
        return true;
    }
    return false;
}

std::unique_ptr<ProjectFile> openProject(const QString &path, QTextStream &err)
{
    QString error;
    auto file = ProjectFile::open(path, &error);
    if (!file)
        err << (error.startsWith(path) ? error : path + QStringLiteral(": ") + error) << '\n';
    return file;
}

// Values as people type them are stored in the one form the GUI stores (model/InputText.h):
// 「东莞」 → 「东莞市」, 「１３８ ００１３ ８０００」 → 「13800138000」. Without this a JSON import
// printed 「东莞」 in the form and Attachment 3 beside 「东莞市工业和信息化局」, and a full-width
// mobile number on the cover. Values that are wrong stay as given, for `check` to report.
void normaliseTypedInput(Project &p, const QStringList &cities)
{
    auto city = [&cities](std::optional<QString> &c) {
        if (!c)
            return;
        if (const QString matched = matchCity(*c, cities); !matched.isEmpty())
            c = matched;
    };
    auto apply = [](std::optional<QString> &v, QString (*f)(const QString &)) {
        if (v)
            v = f(*v);
    };
    city(p.applicant.city);
    for (Case &c : p.cases)
        city(c.city);
    apply(p.applicant.contact.mobile, normalisedMobile);
    apply(p.applicant.contact.phone, normalisedPhone);
    apply(p.applicant.uscc, normalisedUscc);
}

} // namespace

int runNew(const QStringList &args, QTextStream &, QTextStream &err)
{
    const Args a(args, {}, {QStringLiteral("from")});
    const auto from = a.option("from");
    if (!a.ok() || !from || a.positional().size() != 1) {
        err << "shenbao new: "
            << (a.ok() ? QStringLiteral("expected --from DATA.json PROJECT.shenbao") : a.error())
            << '\n';
        return BadInput;
    }
    const QString target = a.positional().first();
    if (refuseTarget(target, {NamedPath{*from, QStringLiteral("--from")}}, err))
        return BadInput;
    // Bounded before reading: a shenbao/1 document is kilobytes; 64 MB leaves room for the
    // largest lists the limits allow (docs/limits.md).
    if (const QString why =
            checkInputFile(*from, kMaxProjectJsonBytes, QStringLiteral("JSON 文件"));
        !why.isEmpty()) {
        err << why << '\n';
        return BadInput;
    }
    QFile json(*from);
    if (!json.open(QIODevice::ReadOnly)) {
        err << *from << ": cannot read: " << json.errorString() << '\n';
        return BadInput;
    }
    const auto parsed = ProjectJson::read(json.readAll(), *from);
    if (!parsed.project) {
        printProblems(err, *from, parsed.problems);
        return BadInput;
    }
    Project project = *parsed.project;
    normaliseTypedInput(project, CallDefinition::bundled().guangdongCities);
    Problems problems;
    auto file =
        ProjectFile::createFrom(target, project, QFileInfo(*from).absolutePath(), &problems);
    printProblems(err, *from, problems);
    return file ? Ok : BadInput;
}

int runDemo(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a(args, {}, {});
    if (!a.ok() || a.positional().size() != 1) {
        err << "shenbao demo: " << (a.ok() ? QStringLiteral("expected PROJECT.shenbao") : a.error())
            << '\n';
        return BadInput;
    }
    const QString target = a.positional().first();
    if (refuseTarget(target, {}, err))
        return BadInput;
    Problems problems;
    auto file = createDemoProject(target, &problems);
    printProblems(err, target, problems);
    if (!file)
        return BadInput;
    out << "demo project written to " << target << '\n';
    return Ok;
}

int runShow(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a(args, {QStringLiteral("json")}, {});
    if (!a.ok() || a.positional().size() != 1) {
        err << "shenbao show: " << (a.ok() ? QStringLiteral("expected PROJECT.shenbao") : a.error())
            << '\n';
        return BadInput;
    }
    auto file = openProject(a.positional().first(), err);
    if (!file)
        return BadInput;
    const Project project = file->load();
    if (a.flag("json")) {
        out << QString::fromUtf8(ProjectJson::write(project, ProjectJson::Flavor::Interchange));
        return Ok;
    }
    printProjectSummary(out, project, file->storedFiles(), CallDefinition::bundled());
    return Ok;
}

int runCheck(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a(args, {QStringLiteral("json"), QStringLiteral("no-ocr")}, {});
    if (!a.ok() || a.positional().size() != 1) {
        err << "shenbao check: "
            << (a.ok() ? QStringLiteral("expected PROJECT.shenbao") : a.error()) << '\n';
        return BadInput;
    }
    auto file = openProject(a.positional().first(), err);
    if (!file)
        return BadInput;
    // The file itself first: SQLite's integrity check and every stored evidence file read back
    // against its SHA-256 (and, for PDFs and JPEGs, opened / checked for truncation).
    const QString path = a.positional().first();
    Problems damage;
    for (const QString &finding : file->integrityProblems())
        damage << Problem{
            Problem::Severity::Error, QStringLiteral("integrity_check"),
            QStringLiteral("项目文件已损坏（SQLite 完整性检查：%1）；请使用备份").arg(finding)};
    damage << file->verifyStoredEvidence();
    printProblems(err, path, damage);
    const Project project = file->load();
    const auto &call = CallDefinition::bundled();
    const Evaluation evaluation = RulesEngine(call).evaluate(project);
    if (!damage.isEmpty()) {
        if (a.flag("json"))
            out << QString::fromUtf8(
                QJsonDocument(evaluationToJson(evaluation)).toJson(QJsonDocument::Indented));
        else
            printEvaluation(out, project, evaluation, call);
        return BadInput;
    }
    // Warnings only: the verdict and the exit code stay the rules' (docs/cross-check.md).
    const auto crossCheck = crossCheckProject(*file, project, !a.flag("no-ocr"), err);
    if (!crossCheck.readerError.isEmpty())
        return InternalError; // an incomplete installation, said on stderr: no half report
    if (a.flag("json")) {
        QJsonObject json = evaluationToJson(evaluation);
        json.insert(QStringLiteral("crossCheck"), crosscheck::crossCheckToJson(crossCheck.results));
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        printEvaluation(out, project, evaluation, call, [&] { printCrossCheck(out, crossCheck); });
    }
    return evaluation.verdict == Verdict::Eligible ? Ok : Negative;
}

} // namespace shenbao::cli
