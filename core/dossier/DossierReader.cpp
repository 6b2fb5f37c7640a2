// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierReader.h"

#include "dossier/DossierIntegrity.h"
#include "dossier/DossierJson.h"
#include "dossier/DossierPdfScan.h"
#include "rules/RulesEngine.h"
#include "store/JsonReader.h"
#include "store/ProjectJson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <exception>
#include <functional>

namespace shenbao {

namespace {

using State = DossierReadResult::State;

const QString &attachmentWhere()
{
    static const QString where = QString::fromLatin1(kDossierAttachmentName);
    return where;
}

void addError(DossierReadResult &r, const QString &where, const QString &message)
{
    r.findings.append({Problem::Severity::Error, where, message});
}

DossierReadResult unreadable(DossierReadResult r, const QString &where, const QString &message)
{
    r.state = State::Unreadable;
    addError(r, where, message);
    return r;
}

// Size, depth, syntax and schema, in that order: each check is cheaper than the next and
// bounds what the next one has to handle.
std::optional<QJsonObject> decodeEmbeddedJson(const QByteArray &bytes, DossierReadResult &r)
{
    const QString &where = attachmentWhere();
    if (bytes.size() > kDossierJsonMaxBytes) {
        addError(
            r, where,
            QStringLiteral("内嵌数据超过 %1 MB 的上限，拒绝读取").arg(kDossierJsonMaxBytes >> 20));
        return std::nullopt;
    }
    if (jsonNestingDepth(bytes, kDossierJsonMaxDepth) > kDossierJsonMaxDepth) {
        addError(r, where,
                 QStringLiteral("内嵌数据的嵌套层数超过 %1 层的上限，拒绝读取")
                     .arg(kDossierJsonMaxDepth));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The codec words syntax errors for people (line, column, in Chinese); only a failed
        // parse pays for asking it.
        const Problems syntax = ProjectJson::read(bytes, where).problems;
        if (hasErrors(syntax)) {
            r.findings += syntax;
        } else {
            const auto pos = json::positionOf(bytes, parseError.offset);
            addError(r,
                     where + QStringLiteral(": line %1, column %2").arg(pos.line).arg(pos.column),
                     QStringLiteral("内嵌数据不是有效的 JSON：%1").arg(parseError.errorString()));
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        addError(r, where, QStringLiteral("内嵌数据应为 JSON 对象"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue schema = root.value(QLatin1StringView("schema"));
    const QString expected = Project().schema;
    if (!schema.isString() || schema.toString() != expected) {
        const QString found = schema.isString()      ? schema.toString()
                              : schema.isUndefined() ? QStringLiteral("（未注明）")
                                                     : json::describe(schema);
        addError(r, where + QStringLiteral(": schema"),
                 QStringLiteral("无法识别的数据格式版本 %1：本版本的 Shenbao 只能读取 %2，"
                                "请使用能读取该版本的 Shenbao")
                     .arg(found, expected));
        return std::nullopt;
    }
    return root;
}

// Whether the dossier carries readable embedded data at all; false when its absence, size or
// damage decides the result alone (`r` is then final).
bool hasEmbeddedData(const DossierPdfScan &scan, DossierReadResult &r)
{
    // A Shenbao dossier is written by qpdf and never needs repair: damage means this is not the
    // file that was exported, so its pages cannot be trusted either (an error). A PDF from
    // elsewhere often has small defects that viewers ignore (a warning).
    const bool damaged = !scan.repairs.isEmpty();
    const QString damage = QStringLiteral("文件已损坏，经修复才能读取（%1）")
                               .arg(scan.repairs.mid(0, 3).join(QStringLiteral("；")));

    switch (scan.attachment) {
    case DossierPdfScan::Attachment::Absent:
        if (scan.info.contains(QStringLiteral("ShenbaoFingerprint"))) {
            r = unreadable(
                std::move(r), attachmentWhere(),
                QStringLiteral("这份文件由 Shenbao 生成（文档属性中有指纹），但其中没有内嵌数据："
                               "文件已损坏或被其他软件另存过，请向申报单位索取原文件"));
            return false;
        }
        r.state = State::NotShenbao;
        r.findings.append({Problem::Severity::Warning, QString(),
                           QStringLiteral("不是 Shenbao 生成的申报材料：数据需手工录入")});
        if (damaged)
            r.findings.append({Problem::Severity::Warning, QStringLiteral("pdf"), damage});
        return false;
    case DossierPdfScan::Attachment::TooLarge:
        r = unreadable(
            std::move(r), attachmentWhere(),
            QStringLiteral("内嵌数据超过 %1 MB 的上限，拒绝读取").arg(kDossierJsonMaxBytes >> 20));
        return false;
    case DossierPdfScan::Attachment::Broken:
        r = unreadable(std::move(r), attachmentWhere(),
                       QStringLiteral("内嵌数据无法读取：%1").arg(scan.error));
        return false;
    case DossierPdfScan::Attachment::Read:
        break;
    }
    if (damaged)
        addError(r, QStringLiteral("pdf"), damage + QStringLiteral("，请向申报单位索取完好的文件"));
    return true;
}

// The embedded data against the pages, the document properties and the rules recomputed here.
void checkEmbeddedData(QJsonObject root, const DossierPdfScan &scan, const CallDefinition &call,
                       DossierReadResult &r)
{
    // "rules" and "fingerprint" belong to the dossier, not to shenbao/1: the codec would
    // rightly reject them as unknown keys.
    const QJsonValue fingerprintValue = root.value(QLatin1StringView("fingerprint"));
    const QJsonValue rulesValue = root.value(QLatin1StringView("rules"));
    const QJsonValue bindingValue = root.value(QLatin1StringView("binding"));
    r.fingerprint = dossierFingerprint(root);
    QJsonObject data = std::move(root);
    data.remove(QLatin1StringView("fingerprint"));
    data.remove(QLatin1StringView("rules"));
    data.remove(QLatin1StringView("binding"));

    auto parsed = ProjectJson::fromObject(data, attachmentWhere());
    if (!parsed.project) {
        r.state = State::Unreadable;
        r.findings += parsed.problems;
        if (!hasErrors(parsed.problems))
            addError(r, attachmentWhere(), QStringLiteral("内嵌数据无法读取"));
        return;
    }
    Project project = std::move(*parsed.project);
    // Paths on the applicant's machine mean nothing here and must never be opened.
    for (auto &e : project.evidence)
        e.file.reset();

    if (!fingerprintValue.isUndefined() && !fingerprintValue.isString())
        addError(r, QStringLiteral("fingerprint"),
                 QStringLiteral("内嵌数据的 fingerprint 应为字符串"));
    r.embeddedFingerprint = fingerprintValue.toString();
    checkFingerprints(r.fingerprint, r.embeddedFingerprint, r.infoFingerprint, &r.findings);

    if (project.call != call.id) {
        addError(r, QStringLiteral("call"),
                 QStringLiteral("申报材料属于申报通知 %1，本程序按 %2 的条件重新计算")
                     .arg(project.call, call.id));
    }
    r.recomputed = RulesEngine(call).evaluate(project);
    r.embeddedRules = readEmbeddedRules(rulesValue, &r.findings);
    compareRules(r.embeddedRules, r.recomputed, call, &r.findings);
    r.evidencePages = checkPageManifest(project, r.pageCount, r.pageLabels, &r.findings);
    checkDocumentInfo(project, scan.info, &r.findings);
    checkBinding(bindingValue, project, r.fingerprint, scan, &r.findings);

    r.project = std::move(project);
    r.state = hasErrors(r.findings) ? State::Mismatch : State::Ok;
}

DossierReadResult evaluate(DossierPdfScan scan, const CallDefinition &call)
{
    DossierReadResult r;
    if (!scan.opened) {
        return unreadable(std::move(r), QStringLiteral("pdf"),
                          QStringLiteral("无法作为 PDF 读取：%1").arg(scan.error));
    }
    if (!scan.stopped.isEmpty()) {
        // A limit was reached: what was found so far is reported, and the dossier is not
        // called intact — nor anything else, since the rest was not read.
        for (const QString &line : scan.structure)
            addError(r, QStringLiteral("pdf"), line);
        return unreadable(std::move(r), QStringLiteral("pdf"),
                          QStringLiteral("已停止读取：%1").arg(scan.stopped));
    }
    r.pageCount = scan.pageCount;
    r.pageLabels = scan.pageLabels;
    r.infoFingerprint = scan.info.value(QStringLiteral("ShenbaoFingerprint"));
    if (!hasEmbeddedData(scan, r))
        return r;
    auto root = decodeEmbeddedJson(scan.attachmentBytes, r);
    scan.attachmentBytes.clear();
    if (!root) {
        r.state = State::Unreadable;
        return r;
    }
    checkEmbeddedData(std::move(*root), scan, call, r);
    return r;
}

DossierReadResult guarded(const std::function<DossierPdfScan()> &scan, const CallDefinition &call)
{
    // The scan catches qpdf's exceptions itself; this catches whatever the data checks might
    // throw (allocation failure on hostile input), so a dossier can never take the caller down.
    try {
        return evaluate(scan(), call);
    } catch (const std::exception &e) {
        return unreadable({}, QStringLiteral("pdf"),
                          QStringLiteral("读取失败：%1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace

QString dossierStateKey(DossierReadResult::State state)
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::Mismatch:
        return QStringLiteral("mismatch");
    case State::NotShenbao:
        return QStringLiteral("notShenbao");
    case State::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

DossierReadResult readDossier(const QString &pdfPath, const CallDefinition &call)
{
    return guarded(
        [&] { return scanDossierPdfFile(pdfPath, kDossierAttachmentName, kDossierJsonMaxBytes); },
        call);
}

DossierReadResult readDossierData(const QByteArray &pdf, const QString &sourceName,
                                  const CallDefinition &call)
{
    return guarded(
        [&] {
            return scanDossierPdfData(pdf, sourceName, kDossierAttachmentName,
                                      kDossierJsonMaxBytes);
        },
        call);
}

EmbeddedDossierData readEmbeddedDossierData(const QString &pdfPath)
{
    EmbeddedDossierData out;
    const DossierPdfScan scan = scanDossierPdfFile(
        pdfPath, kDossierAttachmentName, kDossierJsonMaxBytes, {}, ScanDepth::EmbeddedData);
    out.isDossier = scan.opened && (scan.attachment != DossierPdfScan::Attachment::Absent ||
                                    scan.info.contains(QStringLiteral("ShenbaoFingerprint")));
    if (scan.attachment != DossierPdfScan::Attachment::Read)
        return out;
    DossierReadResult ignored;
    auto root = decodeEmbeddedJson(scan.attachmentBytes, ignored);
    if (!root)
        return out;
    for (const char *key : {"fingerprint", "rules", "binding"})
        root->remove(QLatin1StringView(key));
    out.project = ProjectJson::fromObject(*root, attachmentWhere()).project;
    return out;
}

std::optional<Problem> checkCoverText(const QString &coverText, const QString &fingerprint)
{
    QString compact;
    compact.reserve(coverText.size());
    for (const QChar c : coverText) {
        // The cover groups the hex for reading; the grouping is not part of the fingerprint.
        if (!c.isSpace() && c != u'-')
            compact += c;
    }
    if (!fingerprint.isEmpty() && compact.contains(fingerprint, Qt::CaseInsensitive))
        return std::nullopt;
    return Problem{
        Problem::Severity::Error, QStringLiteral("封面"),
        QStringLiteral("封面上印的指纹与内嵌数据的指纹（%1）不一致：纸质封面与文件不配套")
            .arg(fingerprint)};
}

} // namespace shenbao
