// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace shenbao {

// A JSON value whose object members keep the order they were inserted in. QJsonObject sorts
// its keys, but `shenbao show --json` must print the keys in the order of project-json.md so
// that people can read and diff it; the codec builds one of these and derives both the text
// and the QJsonObject from it, so the two can never disagree about what is written.
class OrderedJson
{
public:
    enum class Kind
    {
        Null,
        Bool,
        Integer,
        Double,
        String,
        Array,
        Object
    };

    OrderedJson() = default;
    static OrderedJson object() { return OrderedJson(Kind::Object); }
    static OrderedJson array() { return OrderedJson(Kind::Array); }
    static OrderedJson boolean(bool b);
    static OrderedJson integer(qint64 i);
    static OrderedJson number(double d);
    static OrderedJson string(const QString &s);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_items.empty() && m_members.empty(); }

    // Object members / array items; the caller keeps to the kind it created.
    OrderedJson &insert(const QString &key, OrderedJson value);
    OrderedJson &append(OrderedJson value);
    const std::vector<std::pair<QString, OrderedJson>> &members() const { return m_members; }

    // The document for people: UTF-8, two-space indentation, one member per line, arrays of
    // scalars on one line (`["ev-1", "ev-2"]`), `[]`/`{}` when empty, a final newline.
    QByteArray toIndented() const;
    // The same text without any white space outside strings (the project file's parts).
    QByteArray toCompact() const;
    QJsonValue toJsonValue() const;

private:
    explicit OrderedJson(Kind kind)
        : m_kind(kind)
    {
    }
    void writeIndented(QByteArray &out, int depth) const;
    void writeCompact(QByteArray &out) const;
    bool isScalarArray() const;

    Kind m_kind = Kind::Null;
    bool m_bool = false;
    qint64 m_integer = 0;
    double m_double = 0;
    QString m_string;
    std::vector<OrderedJson> m_items;
    std::vector<std::pair<QString, OrderedJson>> m_members;
};

namespace jsontext {

// The minimal JSON string escape shared by write() and canonical(): `"` and `\` are
// backslash-escaped, U+0008/0009/000A/000C/000D use their two-character forms, every other
// character below U+0020 is written as \u00xx (lower-case hex), and everything else —
// including non-ASCII text and '/' — is written as itself in UTF-8 (as RFC 8785 does). A lone
// surrogate, which UTF-8 cannot carry but a JSON \ud800 escape can produce, is written as
// \udxxx so that it survives the round trip.
void appendString(QByteArray &out, const QString &s);
// Integers in plain decimal; doubles in the shortest form that reads back to the same double
// (`0.25`, `1e-07`), with integral doubles written without a decimal point. JSON has no
// NaN or infinity: those are written as `null`.
QByteArray integerText(qint64 i);
QByteArray doubleText(double d);

} // namespace jsontext

} // namespace shenbao
