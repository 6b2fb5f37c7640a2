// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// The officer's verbs: read a received dossier, and the Attachment 3 summary of many.
//
// Exit codes (cli.md), as chosen for these verbs:
//   read:    0 integrity ok; 1 integrity failed, or a readable PDF that is not a Shenbao
//            dossier (its data must be entered by hand, so the answer is negative, not an
//            error); 2 not a PDF, unreadable, or embedded data refused.
//   summary: 0 table written; 1 some dossier failed integrity — no table is written, since a
//            table that silently included or dropped it would mislead; 2 bad usage, an
//            unreadable or non-Shenbao dossier, the same applicant twice, or an order file
//            that does not match the dossiers.

#include "cli/Cli.h"
#include "cli/ProjectReport.h"
#include "cli/TerminalProgress.h"
#include "cli/Verbs.h"

#include "call/CallDefinition.h"
#include "dossier/DossierReader.h"
#include "rules/EvaluationJson.h"
#include "store/ProjectJson.h"
#include "summary/SummaryRow.h"
#include "summary/XlsxSummaryWriter.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace shenbao::cli {

namespace {

using State = DossierReadResult::State;

QString orDash(const std::optional<QString> &s)
{
    return s && !s->isEmpty() ? *s : QStringLiteral("—");
}

QString stateText(State s)
{
    switch (s) {
    case State::Ok:
        return QStringLiteral("一致（数据、指纹、页码与重新计算的结果相符）");
    case State::Mismatch:
        return QStringLiteral("不一致（见下列问题）");
    case State::NotShenbao:
        return QStringLiteral("不是 Shenbao 生成的申报材料：数据需手工录入");
    case State::Unreadable:
        break;
    }
    return QStringLiteral("无法读取");
}

int exitCodeFor(State s)
{
    switch (s) {
    case State::Ok:
        return Ok;
    case State::Mismatch:
    case State::NotShenbao:
        return Negative;
    case State::Unreadable:
        break;
    }
    return BadInput;
}

QJsonObject readReportJson(const QString &path, const DossierReadResult &r,
                           const CallDefinition &call)
{
    QJsonArray findings, embedded;
    for (const auto &p : r.findings)
        findings.append(problemToJson(p));
    for (const auto &rule : r.embeddedRules) {
        embedded.append(QJsonObject{{QStringLiteral("id"), rule.id},
                                    {QStringLiteral("state"), toKey(rule.state)},
                                    {QStringLiteral("figure"), rule.figure}});
    }
    QJsonObject o{{QStringLiteral("file"), path},
                  {QStringLiteral("state"), dossierStateKey(r.state)},
                  {QStringLiteral("integrity"), r.integrityOk()},
                  {QStringLiteral("pageCount"), r.pageCount},
                  {QStringLiteral("findings"), findings}};
    if (!r.project)
        return o;
    const Project &p = *r.project;
    o.insert(QStringLiteral("fingerprint"), r.fingerprint);
    o.insert(QStringLiteral("embeddedFingerprint"), r.embeddedFingerprint);
    o.insert(QStringLiteral("infoFingerprint"), r.infoFingerprint);
    o.insert(QStringLiteral("applicant"),
             QJsonObject{{QStringLiteral("name"), p.applicant.name.value_or(QString())},
                         {QStringLiteral("uscc"), p.applicant.uscc.value_or(QString())},
                         {QStringLiteral("city"), p.applicant.city.value_or(QString())},
                         {QStringLiteral("district"), p.applicant.district.value_or(QString())}});
    o.insert(QStringLiteral("domain"), p.domain ? toKey(*p.domain) : QString());
    o.insert(QStringLiteral("domainName"),
             call.domainDisplayName(p.domain, p.talentKind, p.pilotCategory, p.pilotSubcategory));
    // The officer's own evaluation; the applicant's rule sheet is beside it, for comparison.
    o.insert(QStringLiteral("recomputed"), evaluationToJson(r.recomputed));
    o.insert(QStringLiteral("embeddedRules"), embedded);
    o.insert(QStringLiteral("project"), ProjectJson::toObject(p, ProjectJson::Flavor::Dossier));
    return o;
}

void printReadReport(QTextStream &out, const QString &path, const DossierReadResult &r,
                     const CallDefinition &call)
{
    out << "申报材料 dossier:      " << path << '\n'
        << "完整性 integrity:      " << dossierStateKey(r.state) << "  " << stateText(r.state)
        << '\n'
        << "页数 pages:            " << r.pageCount << '\n';
    if (r.project) {
        const Project &p = *r.project;
        const auto &a = p.applicant;
        const SummaryRow row = summaryRowFor(p, r.recomputed, call);
        out << "申报单位 applicant:    " << orDash(a.name) << '\n'
            << "统一社会信用代码 USCC: " << orDash(a.uscc) << '\n'
            << "所在地 location:       " << orDash(a.city) << ' ' << a.district.value_or(QString())
            << '\n'
            << "申报领域 domain:       "
            << call.domainDisplayName(p.domain, p.talentKind, p.pilotCategory, p.pilotSubcategory)
            << '\n'
            << "认定方式 route:        "
            << call.name(QStringLiteral("route"), toKey(r.recomputed.route)) << " ("
            << toKey(r.recomputed.route) << ")\n"
            << "重新计算 verdict:      " << row.conditionState << " ("
            << toKey(r.recomputed.verdict) << ")\n"
            << "指纹 fingerprint:      " << r.fingerprint << '\n';
    }
    Problems findings = r.findings;
    findings.removeIf(
        [&](const Problem &p) { return p.message == stateText(r.state); }); // said above
    if (!findings.isEmpty()) {
        out << "核对结果 findings:\n";
        for (const auto &p : findings)
            out << "  " << (p.isError() ? "错误 " : "提示 ") << p.toString() << '\n';
    }
    if (r.project) {
        out << "重新计算的条件 recomputed rules:\n";
        printEvaluation(out, *r.project, r.recomputed, call);
    }
}

// Why a dossier cannot be used, on stderr. A non-Shenbao PDF is stated plainly: it is a
// fact about the file, not a warning about its content.
void printUnusable(QTextStream &err, const QString &path, const DossierReadResult &r)
{
    if (r.state == State::NotShenbao) {
        err << path << ": " << stateText(r.state) << '\n';
        err.flush();
        return;
    }
    printProblems(err, path, r.findings);
}

struct ReadDossier
{
    QString path;
    DossierReadResult result;
};

// `--order FILE`: one USCC per line; blank lines and lines starting with '#' are skipped.
// Returns the dossiers in that order, or nothing after naming every mismatch on `err`.
std::optional<QList<const ReadDossier *>>
applyOrderFile(const QString &orderPath, const QList<ReadDossier> &dossiers, QTextStream &err)
{
    QFile f(orderPath);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        err << orderPath << ": cannot read: " << f.errorString() << '\n';
        return std::nullopt;
    }
    QHash<QString, const ReadDossier *> byUscc;
    for (const auto &d : dossiers)
        byUscc.insert(d.result.project->applicant.uscc.value_or(QString()), &d);

    QList<const ReadDossier *> ordered;
    QSet<QString> seen;
    bool ok = true;
    int lineNo = 0;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &raw : lines) {
        ++lineNo;
        const QString uscc = raw.trimmed();
        if (uscc.isEmpty() || uscc.startsWith(u'#'))
            continue;
        const QString where = QStringLiteral("%1:%2: ").arg(orderPath).arg(lineNo);
        if (seen.contains(uscc)) {
            err << where << "统一社会信用代码 " << uscc << " 重复出现\n";
            ok = false;
            continue;
        }
        seen.insert(uscc);
        const ReadDossier *d = byUscc.value(uscc);
        if (!d) {
            err << where << "统一社会信用代码 " << uscc << " 不属于命令行给出的任何申报材料\n";
            ok = false;
            continue;
        }
        ordered << d;
    }
    for (const auto &d : dossiers) {
        const QString uscc = d.result.project->applicant.uscc.value_or(QString());
        if (!seen.contains(uscc)) {
            err << d.path << ": 统一社会信用代码 "
                << (uscc.isEmpty() ? QStringLiteral("（未填写）") : uscc) << " 不在推荐顺序文件 "
                << orderPath << " 中\n";
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return ordered;
}

} // namespace

int runRead(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a(args, {QStringLiteral("json")}, {});
    if (!a.ok() || a.positional().size() != 1) {
        err << "shenbao read: " << (a.ok() ? QStringLiteral("expected DOSSIER.pdf") : a.error())
            << '\n';
        return BadInput;
    }
    const QString path = a.positional().first();
    if (!QFileInfo(path).isFile()) {
        err << path << ": file does not exist\n";
        return BadInput;
    }
    const auto &call = CallDefinition::bundled();
    const DossierReadResult r = readDossier(path, call);
    if (r.state == State::Unreadable || r.state == State::NotShenbao)
        printUnusable(err, path, r);
    if (a.flag("json"))
        out << QString::fromUtf8(
            QJsonDocument(readReportJson(path, r, call)).toJson(QJsonDocument::Indented));
    else if (r.state != State::Unreadable)
        printReadReport(out, path, r, call);
    return exitCodeFor(r.state);
}

int runSummary(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a(args, {}, {QStringLiteral("xlsx"), QStringLiteral("order")});
    const auto xlsx = a.option("xlsx");
    if (!a.ok() || !xlsx || a.positional().isEmpty()) {
        err << "shenbao summary: "
            << (a.ok() ? QStringLiteral("expected DOSSIER.pdf… --xlsx OUT.xlsx [--order FILE]")
                       : a.error())
            << '\n';
        return BadInput;
    }
    const auto &call = CallDefinition::bundled();
    const QStringList paths = a.positional();

    TerminalProgress progress(err);
    const ProgressFn report = progress.callback();
    QList<ReadDossier> dossiers;
    bool unusable = false, mismatch = false;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        if (report)
            report(double(i) / double(paths.size()), QFileInfo(path).fileName());
        if (!QFileInfo(path).isFile()) {
            progress.finish();
            err << path << ": file does not exist\n";
            unusable = true;
            continue;
        }
        ReadDossier d{path, readDossier(path, call)};
        switch (d.result.state) {
        case State::Ok:
            break;
        case State::Mismatch: {
            progress.finish();
            err << path << ": 完整性核对未通过，不生成汇总表\n";
            Problems errors;
            for (const auto &p : d.result.findings) {
                if (p.isError())
                    errors << p;
            }
            printProblems(err, path, errors);
            mismatch = true;
            break;
        }
        case State::NotShenbao:
        case State::Unreadable:
            progress.finish();
            printUnusable(err, path, d.result);
            unusable = true;
            break;
        }
        dossiers << std::move(d);
    }
    if (report)
        report(1.0, QString());
    progress.finish();
    if (unusable)
        return BadInput;
    if (mismatch)
        return Negative;

    // The same applicant twice (two versions of a dossier, or one file given twice) would put
    // two rows for one USCC in the table: the officer must choose.
    QHash<QString, QString> firstPathOf;
    bool duplicate = false;
    for (const auto &d : dossiers) {
        const QString uscc = d.result.project->applicant.uscc.value_or(QString());
        if (uscc.isEmpty())
            continue;
        if (firstPathOf.contains(uscc)) {
            err << d.path << ": 与 " << firstPathOf.value(uscc)
                << " 是同一申报单位（统一社会信用代码 " << uscc << "），请只保留一份\n";
            duplicate = true;
        } else {
            firstPathOf.insert(uscc, d.path);
        }
    }
    if (duplicate)
        return BadInput;

    QList<const ReadDossier *> ordered;
    if (const auto orderPath = a.option("order")) {
        auto fromFile = applyOrderFile(*orderPath, dossiers, err);
        if (!fromFile)
            return BadInput;
        ordered = *fromFile;
    } else {
        for (const auto &d : dossiers)
            ordered << &d;
    }

    QList<SummaryRow> rows;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        // From the officer's own evaluation, never the verdict the applicant's tool wrote.
        SummaryRow row =
            summaryRowFor(*ordered.at(i)->result.project, ordered.at(i)->result.recomputed, call);
        row.order = int(i + 1);
        rows << row;
    }
    QString error;
    if (!writeSummaryXlsx(*xlsx, rows, SummaryHeader{QString(), QDate::currentDate()}, call,
                          &error)) {
        err << (error.isEmpty() ? *xlsx + QStringLiteral(": cannot write") : error) << '\n';
        return BadInput;
    }
    out << *xlsx << ": " << rows.size() << " 家单位，按推荐顺序写入推荐汇总表\n";
    return Ok;
}

} // namespace shenbao::cli
