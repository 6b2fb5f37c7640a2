// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Typed, path-aware reading of JSON for the `shenbao/1` codec. Every problem names the JSON
// path of the value (`applicant.contact.mobile`, `patents[2].granted`) so the person who wrote
// the file can find it; reading goes on after a problem so that one run reports all of them.

#include "model/Keyed.h"
#include "model/Problem.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace shenbao::json {

// Hard limits of the codec (docs/limits.md). They keep memory and time bounded whatever the
// input; the form's own, much smaller limits (attachment2-form.md) are the rules' business.
inline constexpr qsizetype kMaxTextCharacters = 100'000; // any one string value
inline constexpr qsizetype kMaxListItems = 5'000;        // any one list (patents, cases, …)
inline constexpr int kMaxNesting = 64;                   // objects/arrays inside each other
inline constexpr int kMaxUnknownKeysReported = 20;       // per object; the rest are counted
inline constexpr qsizetype kMaxEchoedCharacters = 40;    // of a key or value quoted back

// A key or value quoted back in a message: at most kMaxEchoedCharacters, then "…(N 字符)".
QString echoed(const QString &text);

// The first key that occurs twice in one object, with its position: QJsonDocument keeps the
// last silently, so the document is scanned before parsing. Also refuses nesting deeper than
// kMaxNesting. Returns an empty message when the text is fine (or not JSON: the parser says).
struct ScanFinding
{
    QString message;
    qsizetype byteOffset = 0;
};
ScanFinding scanKeysAndNesting(const QByteArray &utf8);

// "字符串", "数字 1.5", "null" … — what was found, for "expected X, found Y" messages.
QString describe(const QJsonValue &value);
QString childPath(const QString &parent, const QString &key);
QString indexPath(const QString &parent, qsizetype index);

// 1-based line and column of a byte offset in UTF-8 text; the column counts characters
// (code points), not bytes, so it matches what an editor shows for Chinese text.
struct TextPosition
{
    int line = 1;
    int column = 1;
};
TextPosition positionOf(const QByteArray &utf8, qsizetype byteOffset);
// Qt reports a parse error after the character that revealed it, which may be the line break
// after a truncated `tru` or the end of a truncated file. Moves such an offset back to just
// after the last token, so the error is shown on the line that holds it, never the next.
qsizetype errorOffset(const QByteArray &utf8, qsizetype qtOffset);

// One JSON object of the document. It remembers every key the codec asks for; when it goes
// out of scope, every other key of the object is reported as unknown together with the keys
// that are allowed there. A typo must never drop data silently (project-json.md), and the
// allowed list is exactly what the codec reads, so it cannot go stale.
//
// Missing keys and JSON null both leave the output empty ("not filled in").
class ObjectReader
{
public:
    // An undefined or null `value` reads as an empty object; any other non-object is reported.
    ObjectReader(const QJsonValue &value, QString path, Problems *problems);
    ~ObjectReader();
    ObjectReader(const ObjectReader &) = delete;
    ObjectReader &operator=(const ObjectReader &) = delete;

    const QString &path() const { return m_path; }
    QString pathOf(const char *key) const;
    Problems *problems() const { return m_problems; }
    void error(const QString &where, const QString &message) const;

    // True if the key is present with a non-null value (it is then also marked as known).
    bool has(const char *key);
    // The raw value (undefined when absent); marks the key as known.
    QJsonValue value(const char *key);

    void text(const char *key, std::optional<QString> &out);
    void boolean(const char *key, std::optional<bool> &out);
    void count(const char *key, std::optional<int> &out);   // integral, fits int
    void yuan(const char *key, std::optional<qint64> &out); // integral yuan
    void number(const char *key, std::optional<double> &out);
    void date(const char *key, std::optional<QDate> &out); // yyyy-MM-dd, a real calendar day
    void textList(const char *key, QStringList &out);      // missing/null → empty list

    template <typename E> void enumeration(const char *key, std::optional<E> &out)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (v.isString()) {
            if (const auto e = fromKey<E>(v.toString())) {
                out = *e;
                return;
            }
        }
        reportBadEnum(key, v, allKeys<E>());
    }

private:
    std::optional<qint64> integral(const char *key, qint64 min, qint64 max, bool money);
    void reportBadEnum(const char *key, const QJsonValue &v, const QStringList &allowed) const;
    void reportType(const char *key, const QJsonValue &v, const QString &expected) const;

    QJsonObject m_object;
    QString m_path;
    Problems *m_problems;
    QStringList m_known;
    bool m_valid = true;
};

// Calls fn(ObjectReader &, index) for every element of an array of objects. Missing or null
// reads as an empty array; anything that is not an array is reported.
template <typename F>
void forEachObject(const QJsonValue &value, const QString &path, Problems *problems, F &&fn)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        problems->append({Problem::Severity::Error, path,
                          QStringLiteral("应为数组（[…]），实际为%1").arg(describe(value))});
        return;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxListItems) {
        problems->append(
            {Problem::Severity::Error, path,
             QStringLiteral("列表过长（%1 项，最多 %2 项）").arg(array.size()).arg(kMaxListItems)});
        return;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = indexPath(path, i);
        if (!array.at(i).isObject()) {
            problems->append(
                {Problem::Severity::Error, itemPath,
                 QStringLiteral("应为对象（{…}），实际为%1").arg(describe(array.at(i)))});
            continue;
        }
        ObjectReader item(array.at(i), itemPath, problems);
        fn(item, i);
    }
}

} // namespace shenbao::json
