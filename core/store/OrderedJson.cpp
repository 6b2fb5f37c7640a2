// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/OrderedJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace shenbao {

namespace jsontext {

void appendString(QByteArray &out, const QString &s)
{
    static constexpr char hex[] = "0123456789abcdef";
    const auto escapeUnit = [&out](char16_t u) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hex[(u >> shift) & 0xf];
    };
    const auto appendUtf8 = [&out](char32_t c) {
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    };
    out += '"';
    const qsizetype n = s.size();
    // Most strings need no escape and no surrogate handling: converted in one go, which is
    // most of the time of writing a large project (saved on every edit).
    const auto *units = reinterpret_cast<const char16_t *>(s.utf16());
    const bool plain = std::none_of(units, units + n, [](char16_t u) {
        return u < 0x20 || u == u'"' || u == u'\\' || QChar::isSurrogate(u);
    });
    if (plain) {
        out += QStringView(s).toUtf8();
        out += '"';
        return;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = s.at(i).unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        default:
            break;
        }
        if (u < 0x20) {
            escapeUnit(u);
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && s.at(i + 1).isLowSurrogate()) {
            appendUtf8(QChar::surrogateToUcs4(u, s.at(i + 1).unicode()));
            ++i;
        } else if (QChar::isSurrogate(u)) {
            // UTF-8 cannot carry a lone surrogate (Qt would write '?'); the escape keeps it.
            escapeUnit(u);
        } else {
            appendUtf8(u);
        }
    }
    out += '"';
}

QByteArray integerText(qint64 i)
{
    return QByteArray::number(i);
}

QByteArray doubleText(double d)
{
    if (!std::isfinite(d))
        return QByteArrayLiteral("null");
    // 2^63 is exactly representable; every integral double below it converts without loss.
    if (d == std::trunc(d) && d > -9223372036854775808.0 && d < 9223372036854775808.0)
        return QByteArray::number(static_cast<qint64>(d));
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

} // namespace jsontext

OrderedJson OrderedJson::boolean(bool b)
{
    OrderedJson v(Kind::Bool);
    v.m_bool = b;
    return v;
}

OrderedJson OrderedJson::integer(qint64 i)
{
    OrderedJson v(Kind::Integer);
    v.m_integer = i;
    return v;
}

OrderedJson OrderedJson::number(double d)
{
    OrderedJson v(Kind::Double);
    v.m_double = d;
    return v;
}

OrderedJson OrderedJson::string(const QString &s)
{
    OrderedJson v(Kind::String);
    v.m_string = s;
    return v;
}

OrderedJson &OrderedJson::insert(const QString &key, OrderedJson value)
{
    Q_ASSERT(m_kind == Kind::Object);
    m_members.emplace_back(key, std::move(value));
    return m_members.back().second;
}

OrderedJson &OrderedJson::append(OrderedJson value)
{
    Q_ASSERT(m_kind == Kind::Array);
    m_items.push_back(std::move(value));
    return m_items.back();
}

bool OrderedJson::isScalarArray() const
{
    for (const auto &item : m_items) {
        if (item.m_kind == Kind::Array || item.m_kind == Kind::Object)
            return false;
    }
    return true;
}

QByteArray OrderedJson::toIndented() const
{
    QByteArray out;
    writeIndented(out, 0);
    out += '\n';
    return out;
}

void OrderedJson::writeIndented(QByteArray &out, int depth) const
{
    const QByteArray inner((depth + 1) * 2, ' ');
    switch (m_kind) {
    case Kind::Null:
        out += "null";
        return;
    case Kind::Bool:
        out += m_bool ? "true" : "false";
        return;
    case Kind::Integer:
        out += jsontext::integerText(m_integer);
        return;
    case Kind::Double:
        out += jsontext::doubleText(m_double);
        return;
    case Kind::String:
        jsontext::appendString(out, m_string);
        return;
    case Kind::Array:
        if (m_items.empty()) {
            out += "[]";
        } else if (isScalarArray()) {
            out += '[';
            for (std::size_t i = 0; i < m_items.size(); ++i) {
                if (i > 0)
                    out += ", ";
                m_items[i].writeIndented(out, depth + 1);
            }
            out += ']';
        } else {
            out += "[\n";
            for (std::size_t i = 0; i < m_items.size(); ++i) {
                out += inner;
                m_items[i].writeIndented(out, depth + 1);
                out += i + 1 < m_items.size() ? ",\n" : "\n";
            }
            out += QByteArray(depth * 2, ' ') + ']';
        }
        return;
    case Kind::Object:
        if (m_members.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (std::size_t i = 0; i < m_members.size(); ++i) {
            out += inner;
            jsontext::appendString(out, m_members[i].first);
            out += ": ";
            m_members[i].second.writeIndented(out, depth + 1);
            out += i + 1 < m_members.size() ? ",\n" : "\n";
        }
        out += QByteArray(depth * 2, ' ') + '}';
        return;
    }
}

QByteArray OrderedJson::toCompact() const
{
    QByteArray out;
    writeCompact(out);
    return out;
}

void OrderedJson::writeCompact(QByteArray &out) const
{
    switch (m_kind) {
    case Kind::Array:
        out += '[';
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (i > 0)
                out += ',';
            m_items[i].writeCompact(out);
        }
        out += ']';
        return;
    case Kind::Object:
        out += '{';
        for (std::size_t i = 0; i < m_members.size(); ++i) {
            if (i > 0)
                out += ',';
            jsontext::appendString(out, m_members[i].first);
            out += ':';
            m_members[i].second.writeCompact(out);
        }
        out += '}';
        return;
    default:
        writeIndented(out, 0); // scalars are written the same way in both forms
        return;
    }
}

QJsonValue OrderedJson::toJsonValue() const
{
    switch (m_kind) {
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::Bool:
        return QJsonValue(m_bool);
    case Kind::Integer:
        return QJsonValue(m_integer);
    case Kind::Double:
        return std::isfinite(m_double) ? QJsonValue(m_double) : QJsonValue(QJsonValue::Null);
    case Kind::String:
        return QJsonValue(m_string);
    case Kind::Array: {
        QJsonArray a;
        for (const auto &item : m_items)
            a.append(item.toJsonValue());
        return a;
    }
    case Kind::Object: {
        QJsonObject o;
        for (const auto &[key, value] : m_members)
            o.insert(key, value.toJsonValue());
        return o;
    }
    }
    return {};
}

} // namespace shenbao
