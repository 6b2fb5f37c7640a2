// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Helper for CrashSafetyTest: edits a project file as fast as it can until it is killed.
// Usage: shenbao_crash_writer PROJECT.shenbao IMAGE_A IMAGE_B
// Prints "ready", then after every committed save the counter it just committed, one per line
// and flushed, so the test knows exactly what must have survived the SIGKILL.

#include "store/ProjectFile.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: shenbao_crash_writer PROJECT IMAGE_A IMAGE_B\n");
        return 2;
    }
    QString error;
    auto file = shenbao::ProjectFile::open(args[1], &error);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    shenbao::Project project = file->load();
    int counter = project.applicant.employees.value_or(0);
    std::printf("ready\n");
    std::fflush(stdout);
    for (int edit = 0;; ++edit) {
        ++counter;
        // Two quick saves, then one that also replaces an evidence blob (slow: megabytes with
        // fsyncs), so kills land inside both kinds of transaction.
        if (edit % 3 == 2) {
            shenbao::Problems problems;
            if (!file->storeEvidenceFile(QStringLiteral("ev-1"), args[2 + counter % 2],
                                         &problems)) {
                std::fprintf(stderr, "store failed\n");
                return 1;
            }
        }
        project.applicant.employees = counter;
        if (!file->save(project, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%d\n", counter);
        std::fflush(stdout);
    }
}
