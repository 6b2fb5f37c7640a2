// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "cli/Verbs.h"

namespace shenbao::cli {

Args::Args(const QStringList &args, const QStringList &flags, const QStringList &options)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1StringView("--")) || a == QLatin1StringView("--")) {
            m_positional << a;
            continue;
        }
        const QString name = a.mid(2);
        if (flags.contains(name)) {
            m_flags << name;
        } else if (options.contains(name)) {
            if (i + 1 >= args.size()) {
                m_error = QStringLiteral("option %1 needs a value").arg(a);
                return;
            }
            m_options.append({name, args.at(++i)});
        } else {
            m_error = QStringLiteral("unknown option %1").arg(a);
            return;
        }
    }
}

bool Args::flag(const char *name) const
{
    return m_flags.contains(QLatin1StringView(name));
}

std::optional<QString> Args::option(const char *name) const
{
    for (const auto &[k, v] : m_options) {
        if (k == QLatin1StringView(name))
            return v;
    }
    return std::nullopt;
}

QStringList Args::options(const char *name) const
{
    QStringList out;
    for (const auto &[k, v] : m_options) {
        if (k == QLatin1StringView(name))
            out << v;
    }
    return out;
}

void printProblems(QTextStream &err, const QString &file, const Problems &problems)
{
    for (const auto &p : problems) {
        const QString severity = p.isError() ? QString() : QStringLiteral("warning: ");
        // Problems about a file (an evidence path, a JSON parse position) already name it.
        if (p.where.startsWith(file) || file.isEmpty())
            err << severity << p.toString() << '\n';
        else
            err << file << ": " << severity << p.toString() << '\n';
    }
    err.flush();
}

} // namespace shenbao::cli
