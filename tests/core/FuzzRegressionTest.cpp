// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Replays the inputs the fuzzers found (crashes that were fixed, and inputs that reached new
// corners) through the same entry points, in the normal test run and without a fuzzer.

#include "../fuzz/FuzzEntryPoints.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>

using namespace shenbao;

namespace {

void replay(const char *folder, QString (*entry)(const QByteArray &))
{
    const QDir dir(test::dataPath(QStringLiteral("fuzz/") + QLatin1StringView(folder)));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        INFO(folder << '/' << name);
        CHECK(entry(f.readAll()) == QString());
    }
}

} // namespace

TEST_CASE("fuzz regressions: the shenbao/1 codec", "[reader][fuzz]")
{
    replay("project-json", fuzz::projectJson);
}

TEST_CASE("fuzz regressions: dossier PDFs", "[reader][fuzz]")
{
    replay("dossier-pdf", fuzz::dossierPdf);
}

TEST_CASE("fuzz regressions: embedded dossier JSON", "[reader][fuzz]")
{
    replay("dossier-json", fuzz::dossierJson);
}
