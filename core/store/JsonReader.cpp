// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/JsonReader.h"

#include "store/OrderedJson.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace shenbao::json {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("布尔值 true") : QStringLiteral("布尔值 false");
    case QJsonValue::Double:
        return QStringLiteral("数字 ") +
               QString::fromLatin1(jsontext::doubleText(value.toDouble()));
    case QJsonValue::String:
        return QStringLiteral("字符串「%1」").arg(echoed(value.toString()));
    case QJsonValue::Array:
        return QStringLiteral("数组");
    case QJsonValue::Object:
        return QStringLiteral("对象");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("空值");
}

QString echoed(const QString &text)
{
    if (text.size() <= kMaxEchoedCharacters)
        return text;
    return text.left(kMaxEchoedCharacters) + QStringLiteral("…（共 %1 字符）").arg(text.size());
}

ScanFinding scanKeysAndNesting(const QByteArray &utf8)
{
    // A small tokenizer: strings, braces and brackets; everything else is skipped. Keys are
    // compared after decoding escapes, so "a" and "\u0061" are the same key, as for Qt.
    struct Level
    {
        bool object;
        bool expectKey;
        QSet<QString> keys;
    };
    QList<Level> stack;
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = utf8.at(i);
        if (c == '{' || c == '[') {
            if (stack.size() >= kMaxNesting)
                return {QStringLiteral("嵌套过深（超过 %1 层）").arg(kMaxNesting), i};
            stack.append(Level{c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
        } else if (c == '"') {
            const qsizetype start = i;
            bool escaped = false;
            for (++i; i < n; ++i) {
                if (utf8.at(i) == '\\') {
                    escaped = true;
                    ++i;
                } else if (utf8.at(i) == '"') {
                    break;
                }
            }
            if (stack.isEmpty() || !stack.last().object || !stack.last().expectKey)
                continue;
            stack.last().expectKey = false;
            const QByteArray raw = utf8.mid(start, i - start + 1);
            QString key;
            if (escaped) {
                const QJsonDocument d = QJsonDocument::fromJson("[" + raw + "]");
                key = d.array().at(0).toString();
            } else {
                key = QString::fromUtf8(raw.mid(1, raw.size() - 2));
            }
            if (stack.last().keys.contains(key))
                return {QStringLiteral("键「%1」在同一对象中出现了两次；每个键只能出现一次"
                                       "（否则哪一个值有效无法确定）")
                            .arg(echoed(key)),
                        start};
            stack.last().keys.insert(key);
        }
    }
    return {};
}

QString childPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

TextPosition positionOf(const QByteArray &utf8, qsizetype byteOffset)
{
    TextPosition pos;
    const qsizetype end = qBound<qsizetype>(0, byteOffset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) { // continuation bytes belong to the character before
            ++pos.column;
        }
    }
    return pos;
}

qsizetype errorOffset(const QByteArray &utf8, qsizetype qtOffset)
{
    qsizetype i = qBound<qsizetype>(0, qtOffset, utf8.size());
    bool crossedLine = false;
    while (i > 0) {
        const char c = utf8.at(i - 1);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            break;
        crossedLine = crossedLine || c == '\n';
        --i;
    }
    return crossedLine ? i : qBound<qsizetype>(0, qtOffset, utf8.size());
}

ObjectReader::ObjectReader(const QJsonValue &value, QString path, Problems *problems)
    : m_path(std::move(path))
    , m_problems(problems)
{
    if (value.isObject()) {
        m_object = value.toObject();
    } else if (!value.isUndefined() && !value.isNull()) {
        m_valid = false;
        error(m_path, QStringLiteral("应为对象（{…}），实际为%1").arg(describe(value)));
    }
}

ObjectReader::~ObjectReader()
{
    if (!m_valid)
        return;
    const QString allowed = m_known.join(QStringLiteral(", "));
    const QString where = m_path.isEmpty() ? QStringLiteral("顶层") : m_path + u' ';
    int reported = 0, more = 0;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_known.contains(it.key()))
            continue;
        // Keys are echoed shortened, and only the first few: a hostile file must not turn
        // into megabytes of messages.
        if (reported >= kMaxUnknownKeysReported) {
            ++more;
            continue;
        }
        ++reported;
        error(childPath(m_path, echoed(it.key())),
              QStringLiteral("未知的键「%1」（拼写错误？）；%2中允许的键：%3")
                  .arg(echoed(it.key()), where, allowed));
    }
    if (more > 0)
        error(m_path.isEmpty() ? QStringLiteral("顶层") : m_path,
              QStringLiteral("另有 %1 个未知的键未逐一列出").arg(more));
}

QString ObjectReader::pathOf(const char *key) const
{
    return childPath(m_path, QString::fromLatin1(key));
}

void ObjectReader::error(const QString &where, const QString &message) const
{
    m_problems->append({Problem::Severity::Error, where, message});
}

QJsonValue ObjectReader::value(const char *key)
{
    const QString k = QString::fromLatin1(key);
    if (!m_known.contains(k))
        m_known << k;
    return m_object.value(k);
}

bool ObjectReader::has(const char *key)
{
    const QJsonValue v = value(key);
    return !v.isUndefined() && !v.isNull();
}

void ObjectReader::reportType(const char *key, const QJsonValue &v, const QString &expected) const
{
    error(pathOf(key), QStringLiteral("应为%1，实际为%2").arg(expected, describe(v)));
}

void ObjectReader::reportBadEnum(const char *key, const QJsonValue &v,
                                 const QStringList &allowed) const
{
    error(pathOf(key), QStringLiteral("%1不是有效的取值；应为以下之一：%2")
                           .arg(describe(v), allowed.join(QStringLiteral(", "))));
}

void ObjectReader::text(const char *key, std::optional<QString> &out)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isString()) {
        reportType(key, v, QStringLiteral("字符串"));
    } else if (v.toString().size() > kMaxTextCharacters) {
        error(pathOf(key), QStringLiteral("文本过长（%1 字符，最多 %2 字符）")
                               .arg(v.toString().size())
                               .arg(kMaxTextCharacters));
    } else {
        out = v.toString();
    }
}

void ObjectReader::boolean(const char *key, std::optional<bool> &out)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (v.isBool())
        out = v.toBool();
    else
        reportType(key, v, QStringLiteral("布尔值 true 或 false"));
}

std::optional<qint64> ObjectReader::integral(const char *key, qint64 min, qint64 max, bool money)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const QString expected = money ? QStringLiteral("整数（单位：元）") : QStringLiteral("整数");
    if (!v.isDouble()) {
        reportType(key, v, expected);
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (d != std::trunc(d)) {
        error(pathOf(key),
              QStringLiteral("应为%1，实际为%2%3")
                  .arg(expected, describe(v),
                       money ? QStringLiteral("；金额按元存储，不能有小数（1元 = 0.0001万元）")
                             : QString()));
        return std::nullopt;
    }
    // toInteger() is exact for integer literals beyond 2^53, where toDouble() is not.
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 i = v.toInteger(sentinel);
    if (i == sentinel || i < min || i > max) {
        error(pathOf(key), QStringLiteral("%1超出可存储的范围（%2 至 %3）")
                               .arg(describe(v), QString::number(min), QString::number(max)));
        return std::nullopt;
    }
    return i;
}

void ObjectReader::count(const char *key, std::optional<int> &out)
{
    if (const auto i =
            integral(key, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), false))
        out = static_cast<int>(*i);
}

void ObjectReader::yuan(const char *key, std::optional<qint64> &out)
{
    // qint64's minimum is the sentinel above; no real amount comes near it. Amounts beyond any
    // real figure are the field validator's error (rules/FieldValidator: kMaxFieldYuan); sums
    // are computed with overflow checks.
    if (const auto i = integral(key, std::numeric_limits<qint64>::min() + 1,
                                std::numeric_limits<qint64>::max(), true))
        out = *i;
}

void ObjectReader::number(const char *key, std::optional<double> &out)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (v.isDouble())
        out = v.toDouble();
    else
        reportType(key, v, QStringLiteral("数字"));
}

void ObjectReader::date(const char *key, std::optional<QDate> &out)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return;
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    if (v.isString()) {
        const auto m = iso.match(v.toString());
        if (m.hasMatch()) {
            const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (d.isValid()) {
                out = d;
                return;
            }
        }
    }
    error(pathOf(key),
          QStringLiteral("%1不是有效日期；应为 yyyy-MM-dd 格式的日期字符串，例如「2020-06-01」")
              .arg(describe(v)));
}

void ObjectReader::textList(const char *key, QStringList &out)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isArray()) {
        reportType(key, v, QStringLiteral("字符串数组（[\"…\"]）"));
        return;
    }
    const QJsonArray array = v.toArray();
    if (array.size() > kMaxListItems) {
        error(pathOf(key),
              QStringLiteral("列表过长（%1 项，最多 %2 项）").arg(array.size()).arg(kMaxListItems));
        return;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (array.at(i).isString() && array.at(i).toString().size() > kMaxTextCharacters)
            error(indexPath(pathOf(key), i), QStringLiteral("文本过长（%1 字符，最多 %2 字符）")
                                                 .arg(array.at(i).toString().size())
                                                 .arg(kMaxTextCharacters));
        else if (array.at(i).isString())
            out << array.at(i).toString();
        else
            error(indexPath(pathOf(key), i),
                  QStringLiteral("应为字符串，实际为%1").arg(describe(array.at(i))));
    }
}

} // namespace shenbao::json
