// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "cli/Cli.h"

#include "cli/Verbs.h"

#include <exception>

namespace shenbao::cli {

namespace {

struct VerbEntry
{
    const char *name;
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err);
    const char *usage;
};

// spec/cli.md
constexpr VerbEntry kVerbs[] = {
    {"new", runNew, "shenbao new --from DATA.json PROJECT.shenbao"},
    {"demo", runDemo, "shenbao demo PROJECT.shenbao"},
    {"show", runShow, "shenbao show PROJECT.shenbao [--json]"},
    {"check", runCheck, "shenbao check PROJECT.shenbao [--json]"},
    {"export", runExport,
     "shenbao export PROJECT.shenbao --pdf OUT.pdf [--xlsx ROW.xlsx] [--no-duplex] "
     "[--copy-marks N] [--force] [--password ID=PW]"},
    {"read", runRead, "shenbao read DOSSIER.pdf [--json]"},
    {"summary", runSummary, "shenbao summary DOSSIER.pdf… --xlsx OUT.xlsx [--order FILE]"},
};

void printUsage(QTextStream &s)
{
    s << "Usage:\n";
    for (const auto &v : kVerbs)
        s << "  " << v.usage << '\n';
    s << "Desktop windows:\n"
      << "  shenbao                      the applicant's window (start page)\n"
      << "  shenbao PROJECT.shenbao      the applicant's window with that application open\n"
      << "  shenbao --demo               the applicant's window with the demo application open\n"
      << "  shenbao --officer [DOSSIER.pdf…]\n"
      << "                               the officers' workspace (received dossiers, Attachment "
         "3)\n"
      << "  shenbao DOSSIER.pdf          the officers' workspace with that dossier\n"
      << "  shenbao --version\n";
}

} // namespace

bool isVerb(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    if (first == QLatin1StringView("--help") || first == QLatin1StringView("-h") ||
        first == QLatin1StringView("--version") || first == QLatin1StringView("help"))
        return true;
    for (const auto &v : kVerbs) {
        if (first == QLatin1StringView(v.name))
            return true;
    }
    return false;
}

namespace {
AfterRun g_afterRun = AfterRun::ProcessContinues;
} // namespace

bool processEndsAfterVerb()
{
    return g_afterRun == AfterRun::ProcessEnds;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err, AfterRun after)
{
    g_afterRun = after;
    if (args.isEmpty() || args.first() == QLatin1StringView("--help") ||
        args.first() == QLatin1StringView("-h") || args.first() == QLatin1StringView("help")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? BadInput : Ok;
    }
    if (args.first() == QLatin1StringView("--version")) {
        out << "shenbao " << SHENBAO_VERSION << '\n';
        return Ok;
    }
    for (const auto &v : kVerbs) {
        if (args.first() != QLatin1StringView(v.name))
            continue;
        try {
            const int code = v.run(args.mid(1), out, err);
            if (code == BadInput && args.size() == 1)
                err << "usage: " << v.usage << '\n';
            return code;
        } catch (const std::exception &e) {
            err << "shenbao: internal error: " << e.what() << '\n';
            return InternalError;
        }
    }
    err << "shenbao: unknown verb \"" << args.first() << "\"\n";
    printUsage(err);
    return BadInput;
}

} // namespace shenbao::cli
