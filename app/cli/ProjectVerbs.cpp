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
#include "rules/EvaluationJson.h"
#include "rules/RulesEngine.h"
#include "store/ProjectFile.h"
#include "store/ProjectJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace shenbao::cli {

namespace {

// Refuse to overwrite: a project file holds the applicant's typed data and evidence.
bool refuseExisting(const QString &path, QTextStream &err)
{
    if (!QFileInfo::exists(path))
        return false;
    err << path << ": file already exists; choose another name or remove it first\n";
    return true;
}

std::unique_ptr<ProjectFile> openProject(const QString &path, QTextStream &err)
{
    if (!QFileInfo::exists(path)) {
        err << path << ": file does not exist\n";
        return nullptr;
    }
    QString error;
    auto file = ProjectFile::open(path, &error);
    if (!file)
        err << (error.startsWith(path) ? error : path + QStringLiteral(": ") + error) << '\n';
    return file;
}

} // namespace

int runNew(const QStringList &args, QTextStream &, QTextStream &err)
{
    const Args a(args, {}, {QStringLiteral("from")});
    const auto from = a.option("from");
    if (!a.ok() || !from || a.positional().size() != 1) {
        err << "shenbao new: " << (a.ok() ? QStringLiteral("expected --from DATA.json PROJECT.shenbao") : a.error())
            << '\n';
        return BadInput;
    }
    const QString target = a.positional().first();
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
    if (refuseExisting(target, err))
        return BadInput;
    Problems problems;
    auto file = ProjectFile::createFrom(target, *parsed.project,
                                        QFileInfo(*from).absolutePath(), &problems);
    printProblems(err, *from, problems);
    return file ? Ok : BadInput;
}

int runDemo(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a(args, {}, {});
    if (!a.ok() || a.positional().size() != 1) {
        err << "shenbao demo: " << (a.ok() ? QStringLiteral("expected PROJECT.shenbao") : a.error()) << '\n';
        return BadInput;
    }
    const QString target = a.positional().first();
    if (refuseExisting(target, err))
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
        err << "shenbao show: " << (a.ok() ? QStringLiteral("expected PROJECT.shenbao") : a.error()) << '\n';
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
        err << "shenbao check: " << (a.ok() ? QStringLiteral("expected PROJECT.shenbao") : a.error()) << '\n';
        return BadInput;
    }
    auto file = openProject(a.positional().first(), err);
    if (!file)
        return BadInput;
    const Project project = file->load();
    const auto &call = CallDefinition::bundled();
    const Evaluation evaluation = RulesEngine(call).evaluate(project);
    // Warnings only: the verdict and the exit code stay the rules' (docs/cross-check.md).
    const auto crossCheck = crossCheckProject(*file, project, !a.flag("no-ocr"), err);
    if (a.flag("json")) {
        QJsonObject json = evaluationToJson(evaluation);
        json.insert(QStringLiteral("crossCheck"), crosscheck::crossCheckToJson(crossCheck.results));
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        printEvaluation(out, project, evaluation, call);
        printCrossCheck(out, crossCheck);
    }
    return evaluation.verdict == Verdict::Eligible ? Ok : Negative;
}

} // namespace shenbao::cli
