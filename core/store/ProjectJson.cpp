// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/ProjectJson.h"

#include "store/ProjectJsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

// Reading and writing `shenbao/1` (spec/project-json.md).
//
// Round trips. read(write(p)) == p for every Project, and write(read(x)) == x byte for byte for
// every document write() produced. Other documents read to the same Project but are written
// back in write()'s layout: keys in the spec's order, two-space indentation, and
//  - the lists `finance`, `patents`, `cases`, `qualifications`, `evidence` and the `evidence`
//    id lists inside patents, cases and qualifications: a missing key (or null) reads as an
//    empty list and is written back as `[]` — the model has no "list not filled in";
//  - the objects `applicant`, `applicant.contact`, `attestations`, `narrative` and
//    `domainDetail`: missing reads as all-empty and is written back as `{}`;
//  - every other key: missing or null reads as "not filled in" and is not written at all;
//    the optional lists of `domainDetail` are written only when present (an empty list that is
//    present stays `[]`, distinct from a missing one), `domainDetail.project.elements` always.

namespace shenbao {

namespace {

// ---------------------------------------------------------------------------------- canonical

void appendCanonical(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        // toInteger() answers only for values that are exactly an integer in qint64 range
        // (and is exact beyond 2^53, where toDouble() is not): two defaults tell it apart.
        const qint64 a = v.toInteger(0);
        if (a == v.toInteger(1))
            out += jsontext::integerText(a);
        else
            out += jsontext::doubleText(v.toDouble());
        return;
    }
    case QJsonValue::String:
        jsontext::appendString(out, v.toString());
        return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendCanonical(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = v.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end()); // QString's operator< compares UTF-16 code units
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ',';
            jsontext::appendString(out, keys.at(i));
            out += ':';
            appendCanonical(out, object.value(keys.at(i)));
        }
        out += '}';
        return;
    }
    }
}

} // namespace

ProjectJsonResult ProjectJson::read(const QByteArray &json, const QString &sourceName)
{
    // Duplicate keys (Qt would keep the last one silently) and deep nesting, before parsing.
    if (const auto scan = json::scanKeysAndNesting(json); !scan.message.isEmpty()) {
        const auto pos = json::positionOf(json, scan.byteOffset);
        return {std::nullopt,
                {{Problem::Severity::Error,
                  QStringLiteral("%1: line %2, column %3")
                      .arg(sourceName)
                      .arg(pos.line)
                      .arg(pos.column),
                  scan.message}}};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto pos = json::positionOf(json, json::errorOffset(json, error.offset));
        return {std::nullopt,
                {{Problem::Severity::Error,
                  QStringLiteral("%1: line %2, column %3")
                      .arg(sourceName)
                      .arg(pos.line)
                      .arg(pos.column),
                  QStringLiteral("不是有效的 JSON：%1（%2）")
                      .arg(projectjson::parseErrorText(error.error), error.errorString())}}};
    }
    if (!doc.isObject()) {
        return {std::nullopt,
                {{Problem::Severity::Error, sourceName,
                  QStringLiteral("JSON 文档的顶层应为对象（{…}），实际为%1")
                      .arg(doc.isArray() ? QStringLiteral("数组") : QStringLiteral("空文档"))}}};
    }
    return fromObject(doc.object(), sourceName);
}

ProjectJsonResult ProjectJson::fromObject(const QJsonObject &root, const QString &sourceName)
{
    Q_UNUSED(sourceName) // problems name JSON paths; the caller puts the file in front
    ProjectJsonResult result;
    // The schema decides what every other key means, so a document of another schema is not
    // read any further: its keys would be misread or reported as unknown one by one.
    const QJsonValue schema = root.value(QStringLiteral("schema"));
    if (schema.isUndefined() || schema.isNull()) {
        result.problems.append({Problem::Severity::Error, QStringLiteral("schema"),
                                QStringLiteral("缺少「schema」；本版本读取的数据格式为「%1」")
                                    .arg(projectjson::kSchema)});
        return result;
    }
    if (!schema.isString()) {
        result.problems.append({Problem::Severity::Error, QStringLiteral("schema"),
                                QStringLiteral("应为字符串「%1」，实际为%2")
                                    .arg(projectjson::kSchema, json::describe(schema))});
        return result;
    }
    if (schema.toString() != projectjson::kSchema) {
        result.problems.append(
            {Problem::Severity::Error, QStringLiteral("schema"),
             QStringLiteral(
                 "不支持的数据格式「%1」；本版本只能读取「%2」（文件可能由更新的版本生成）")
                 .arg(schema.toString(), projectjson::kSchema)});
        return result;
    }
    Project project;
    {
        json::ObjectReader r(root, QString(), &result.problems);
        r.value("schema");
        projectjson::readProjectBody(r, project);
    } // unknown top-level keys are reported here
    if (!hasErrors(result.problems))
        result.project = std::move(project);
    return result;
}

QJsonObject ProjectJson::toObject(const Project &project, Flavor flavor)
{
    return projectjson::build(project, flavor).toJsonValue().toObject();
}

QByteArray ProjectJson::write(const Project &project, Flavor flavor)
{
    return projectjson::build(project, flavor).toIndented();
}

// The fingerprint's input (dossier-layout.md), so every byte is fixed here:
//  - UTF-8, no white space outside strings;
//  - object members sorted by key, comparing keys as sequences of UTF-16 code units (the
//    order QJsonObject keeps, made explicit so it does not depend on Qt's internals);
//  - arrays in their order;
//  - strings escaped minimally: \" \\ \b \t \n \f \r, other characters below U+0020 as
//    \u00xx with lower-case hex, everything else (Chinese text, '/', U+007F …) as itself;
//  - numbers that are integers in qint64 range as plain decimal without a decimal point or
//    exponent (1.0 → 1); all others in the shortest form that reads back to the same double
//    (0.25, 1e-07, 1.5e+300);
//  - true, false, null as themselves.
QByteArray ProjectJson::canonical(const QJsonValue &value)
{
    QByteArray out;
    appendCanonical(out, value);
    return out;
}

} // namespace shenbao
