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
#include "cli/CrossCheckReport.h"
#include "cli/ProjectReport.h"
#include "cli/TerminalProgress.h"
#include "cli/Verbs.h"

#include "call/CallDefinition.h"
#include "crosscheck/CrossCheckJson.h"
#include "dossier/DossierOverwriteGuard.h"
#include "dossier/DossierReader.h"
#include "review/SummaryBatch.h"
#include "rules/EvaluationJson.h"
#include "store/OutputGuard.h"
#include "store/ProjectJson.h"
#include "summary/SummaryRow.h"
#include "summary/XlsxSummaryWriter.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        return QStringLiteral(
            "一致（文件即 Shenbao 为这些数据导出的文件：单一修订版本，每页均为装订时的页面，"
            "封面与页脚印的指纹、重新计算的条件均相符；不证明数据属实，"
            "也无法识别用 Shenbao 对改动后的数据重新导出——只有数字签名才能）");
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

// Where `shenbao summary` must not write its table: onto a dossier, the order file or any
// other input (each would be destroyed), nor onto a folder or a device. Empty when it may.
QString summaryOutputProblem(const QString &xlsx, const std::optional<QString> &orderPath,
                             const QStringList &paths)
{
    QList<NamedPath> inputs;
    for (const auto &p : paths)
        inputs << NamedPath{p, QStringLiteral("输入的申报书")};
    if (orderPath)
        inputs << NamedPath{*orderPath, QStringLiteral("--order 文件")};
    QString why = checkOutputPaths({NamedPath{xlsx, QStringLiteral("--xlsx")}}, inputs);
    if (why.isEmpty())
        why = checkDossierOverwrite(xlsx, QStringLiteral("--xlsx"), nullptr);
    return why;
}

// The dossiers given to `shenbao summary`, read in command-line order.
struct SummaryInputs
{
    QList<DossierReadResult> results; // one for each candidate
    QList<BatchCandidate> candidates;
    bool missing = false; // some path was not a readable file (said on stderr)
};

SummaryInputs readSummaryInputs(const QStringList &paths, const CallDefinition &call,
                                QTextStream &err)
{
    SummaryInputs in;
    TerminalProgress progress(err);
    const ProgressFn report = progress.callback();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        if (report)
            report(double(i) / double(paths.size()), QFileInfo(path).fileName());
        if (const QString why = checkInputFile(path, 0, QStringLiteral("PDF 申报书"));
            !why.isEmpty()) {
            progress.finish();
            err << why << '\n';
            in.missing = true;
            continue;
        }
        DossierReadResult r = readDossier(path, call);
        // From the officer's own evaluation, never the verdict the applicant's tool wrote.
        in.candidates << BatchCandidate{
            path, true, r.state,
            r.project ? summaryRowFor(*r.project, r.recomputed, call) : SummaryRow{}, QString()};
        in.results << std::move(r);
    }
    if (report)
        report(1.0, QString());
    progress.finish();
    return in;
}

// Words the batch's issues on stderr. A second dossier of one applicant is named only when
// `worseFirst` is false: until every dossier is usable the officer has other things to fix.
void printBatchIssues(QTextStream &err, const SummaryBatch &batch, const SummaryInputs &in,
                      bool worseFirst)
{
    using Kind = BatchIssue::Kind;
    for (const BatchIssue &issue : std::as_const(batch.issues)) {
        const QString path = issue.index < 0 ? QString() : in.candidates.at(issue.index).path;
        switch (issue.kind) {
        case Kind::NothingSelected: // every path was missing: said above
        case Kind::NotRead:         // every given file was read
            break;
        case Kind::Unusable:
            printUnusable(err, path, in.results.at(issue.index));
            break;
        case Kind::IntegrityFailed: {
            err << path << ": 完整性核对未通过，不生成汇总表\n";
            Problems errors;
            for (const auto &p : in.results.at(issue.index).findings) {
                if (p.isError())
                    errors << p;
            }
            printProblems(err, path, errors);
            break;
        }
        case Kind::SameApplicant:
            if (!worseFirst)
                err << path << ": 与 " << in.candidates.at(issue.firstIndex).path
                    << " 是同一申报单位（统一社会信用代码 " << issue.uscc << "），请只保留一份\n";
            break;
        }
    }
}

// The batch in the order the --order file gives, or nothing after saying why on stderr.
std::optional<SummaryBatch> orderedBatch(const QString &orderPath,
                                         const QList<BatchCandidate> &candidates, QTextStream &err)
{
    // An order file lists USCCs, one a line: 1 MB is thousands of times any batch; a FIFO
    // or device would never end.
    if (const QString why = checkInputFile(orderPath, 1 << 20, QStringLiteral("顺序文件"));
        !why.isEmpty()) {
        err << why << '\n';
        return std::nullopt;
    }
    QStringList problems;
    const auto order = readRecommendationOrder(orderPath, candidates, &problems);
    if (!order) {
        for (const QString &p : std::as_const(problems))
            err << p << '\n';
        return std::nullopt;
    }
    QList<BatchCandidate> ordered;
    for (int i : *order)
        ordered << candidates.at(i);
    return summaryBatch(ordered);
}

// Excel holds at most 32,767 characters in a cell: the writer cuts longer text with a
// visible marker; the officer hears which dossier and column, and the batch goes on.
void warnTruncatedCells(QTextStream &err, const QList<SummaryRow> &rows,
                        const QList<BatchCandidate> &candidates)
{
    for (const SummaryRow &row : rows) {
        QString path;
        for (const auto &c : candidates) {
            if (c.row.uscc == row.uscc && c.row.name == row.name)
                path = c.path;
        }
        const QList<std::pair<const char *, const QString *>> texts = {
            {"单位名称", &row.name},      {"统一社会信用代码", &row.uscc},
            {"所在地市", &row.city},      {"区县", &row.district},
            {"单位性质", &row.orgType},   {"申报领域", &row.domain},
            {"联系人", &row.contactName}, {"手机", &row.contactMobile}};
        for (const auto &[column, text] : texts) {
            if (text->size() > 32767)
                err << path << ": " << QString::fromUtf8(column) << ": 超过 Excel 单元格 "
                    << "32,767 字符的上限（" << text->size() << " 字符），汇总表中已截断并注明\n";
        }
    }
}

} // namespace

int runRead(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a(args, {QStringLiteral("json"), QStringLiteral("no-ocr")}, {});
    if (!a.ok() || a.positional().size() != 1) {
        err << "shenbao read: " << (a.ok() ? QStringLiteral("expected DOSSIER.pdf") : a.error())
            << '\n';
        return BadInput;
    }
    const QString path = a.positional().first();
    if (const QString why = checkInputFile(path, 0, QStringLiteral("PDF 申报书")); !why.isEmpty()) {
        err << why << '\n';
        return BadInput;
    }
    const auto &call = CallDefinition::bundled();
    const DossierReadResult r = readDossier(path, call);
    if (r.state == State::Unreadable || r.state == State::NotShenbao)
        printUnusable(err, path, r);
    // Recomputed from the dossier's own pages; warnings only, never the exit code.
    const auto crossCheck = crossCheckDossier(path, r, !a.flag("no-ocr"), err);
    if (!crossCheck.readerError.isEmpty())
        return InternalError; // an incomplete installation, said on stderr: no half report
    if (a.flag("json")) {
        QJsonObject json = readReportJson(path, r, call);
        json.insert(QStringLiteral("crossCheck"), crosscheck::crossCheckToJson(crossCheck.results));
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else if (r.state != State::Unreadable) {
        printReadReport(out, path, r, call);
        printCrossCheck(out, crossCheck);
    }
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
    const auto orderPath = a.option("order");

    // Checked before reading anything, so that a wrong --xlsx costs no time.
    if (const QString why = summaryOutputProblem(*xlsx, orderPath, paths); !why.isEmpty()) {
        err << why << '\n';
        return BadInput;
    }

    const SummaryInputs in = readSummaryInputs(paths, call, err);

    // Which dossiers may enter is the back office's decision (core/review), the same as in
    // the workspace window; this verb only words it and picks the exit code.
    SummaryBatch batch = summaryBatch(in.candidates);
    const bool unusable = in.missing || batch.has(BatchIssue::Kind::Unusable);
    const bool mismatch = batch.has(BatchIssue::Kind::IntegrityFailed);
    printBatchIssues(err, batch, in, unusable || mismatch);
    if (unusable)
        return BadInput;
    if (mismatch)
        return Negative;
    if (!batch.ok())
        return BadInput;

    if (orderPath) {
        auto ordered = orderedBatch(*orderPath, in.candidates, err);
        if (!ordered)
            return BadInput;
        batch = std::move(*ordered);
    }

    warnTruncatedCells(err, batch.rows, in.candidates);
    QString error;
    if (!writeSummaryXlsx(*xlsx, batch.rows, SummaryHeader{QString(), QDate::currentDate()}, call,
                          &error)) {
        err << (error.isEmpty() ? *xlsx + QStringLiteral(": cannot write") : error) << '\n';
        return BadInput;
    }
    out << *xlsx << ": " << batch.rows.size() << " 家单位，按推荐顺序写入推荐汇总表\n";
    return Ok;
}

} // namespace shenbao::cli
