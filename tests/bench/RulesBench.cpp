// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// What the GUI recomputes after an edit (issue 15): RulesEngine::evaluate, validateFields and
// the project's JSON, on the demo grown to N patents + N cases (each with its own evidence).
// Prints the median CPU time of each over 21-51 runs, in milliseconds. Target: evaluate ≤ 1 ms at
// 1,000. `save` is what a key costs the project file: ProjectFile::save after one patent's
// title changed (only that row is written, synchronous=FULL), median CPU and wall time.
//
//   shenbao_rules_bench [--only evaluate|validate|json|save] [N ...]   (default N: 100 500 1000
//   2000)

#include "LargeProject.h"
#include "ThreadCpu.h"

#include "call/CallDefinition.h"
#include "rules/FieldValidator.h"
#include "rules/RulesEngine.h"
#include "store/ProjectFile.h"
#include "store/ProjectJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace shenbao;
using bench::threadCpuMs;

namespace {

template <typename Fn> double medianMs(int runs, Fn fn)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const double start = threadCpuMs();
        fn();
        ms.push_back(threadCpuMs() - start);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    QString only; // one figure alone, for profiling
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1StringView("--only") && i + 1 < args.size())
            only = args.at(++i);
        else
            sizes << args.at(i).toInt();
    }
    const auto wanted = [&only](const char *name) {
        return only.isEmpty() || only == QLatin1StringView(name);
    };
    if (sizes.isEmpty())
        sizes = {100, 500, 1000, 2000};
    const CallDefinition &call = CallDefinition::bundled();
    const RulesEngine engine(call);
    std::printf("%8s %10s %12s %12s %12s %12s %14s\n", "N+N", "evidence", "evaluate_ms",
                "validate_ms", "json_ms", "save_cpu_ms", "save_wall_ms");
    for (const int n : sizes) {
        const Project p = bench::largeProject(n, n);
        const int runs = n >= 1000 ? 21 : 51;
        volatile qsizetype sink = 0;
        const double eval = wanted("evaluate")
                                ? medianMs(runs, [&] { sink = engine.evaluate(p).rules.size(); })
                                : 0;
        const double valid =
            wanted("validate") ? medianMs(runs, [&] { sink = validateFields(p, call).size(); }) : 0;
        const double json =
            wanted("json") ? medianMs(runs, [&] { sink = ProjectJson::write(p).size(); }) : 0;
        double saveCpu = 0, saveWall = 0;
        if (wanted("save")) {
            QTemporaryDir dir;
            QString error;
            auto file = ProjectFile::create(dir.filePath(QStringLiteral("bench.shenbao")), &error);
            Project edited = p;
            if (!file || !file->save(edited, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            std::vector<double> wall;
            int k = 0;
            saveCpu = medianMs(runs, [&] {
                // As a key typed into a patent's title: one item of one list changes.
                edited.patents[k % edited.patents.size()].title =
                    QStringLiteral("一种协同控制方法 %1").arg(k);
                ++k;
                QElapsedTimer t;
                t.start();
                if (!file->save(edited, &error))
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                wall.push_back(double(t.nsecsElapsed()) / 1e6);
            });
            std::sort(wall.begin(), wall.end());
            saveWall = wall[wall.size() / 2];
        }
        std::printf("%8d %10lld %12.3f %12.3f %12.3f %12.3f %14.3f\n", n,
                    qlonglong(p.evidence.size()), eval, valid, json, saveCpu, saveWall);
    }
    return 0;
}
