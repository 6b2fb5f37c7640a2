// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/OrderedJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace shenbao {

namespace jsontext {

void appendString(QByteArray &out, const QString &s)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch; // bytes of multi-byte UTF-8 sequences are all >= 0x80
            }
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
