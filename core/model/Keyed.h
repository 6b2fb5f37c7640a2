// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace shenbao {

// Every enum of the model has exactly one spelling in JSON (project-json.md). Keeping the
// spelling next to the enum in one table per type means the codec, the SQLite store and the
// CLI can never disagree about it.
template <typename E> struct KeyTable; // specialised per enum: static constexpr array `keys`

template <typename E> QString toKey(E value)
{
    for (const auto &[v, key] : KeyTable<E>::keys) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename E> std::optional<E> fromKey(const QString &key)
{
    for (const auto &[v, k] : KeyTable<E>::keys) {
        if (key == QLatin1StringView(k))
            return v;
    }
    return std::nullopt;
}

template <typename E> QStringList allKeys()
{
    QStringList out;
    for (const auto &entry : KeyTable<E>::keys)
        out << QString::fromLatin1(entry.second);
    return out;
}

template <typename E> constexpr auto allValues()
{
    std::array<E, std::tuple_size_v<decltype(KeyTable<E>::keys)>> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = KeyTable<E>::keys[i].first;
    return out;
}

} // namespace shenbao
