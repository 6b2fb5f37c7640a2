// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// A complete equipment application with its evaluation and page plan, and the poppler tools
// (pdftotext, pdfinfo, pdffonts) the dossier page tests read their PDFs back with.

#include "TestSupport.h"

#include "dossier/DossierPages.h"
#include "model/Project.h"
#include "rules/Evaluation.h"

#include <QTemporaryDir>

namespace shenbao::test {

// Characters that CJK fonts share with Kangxi radicals / supplement radicals (一 ⼀, 二 ⼆,
// 高 ⾼, 长 ⻓, 门 ⻔, 见 ⻅, 金 ⾦, 示 ⽰) plus CJK punctuation.
extern const QString kName;
extern const QString kFingerprint;

inline QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString profileText(); // ~1,400 characters of narrative

struct Fixture
{
    Project project;
    Evaluation evaluation;
    DossierPageInput input;
};

// A complete equipment application with `patents` core invention patents, a hand-made
// evaluation (one rule missing evidence) and evidence listings as the binder would plan them.
Fixture equipmentFixture(int patents = 6);
// The fixture's pointers refer into itself; call after the fixture has its final address.
DossierPageInput &bind(Fixture &f);

struct Written
{
    QString path;
    int pages = 0;
};

QString run(const QString &program, const QStringList &args); // stdout; requires exit code 0
// Writes the part (and a copy into $SHENBAO_PAGES_KEEP if set, for looking at it).
Written write(const QTemporaryDir &dir, const QString &name, const RenderedPart &part);
// `pdftotext -layout`, or with raw = true in content-stream order: the pages draw a table cell
// by cell, so raw text keeps each cell's wrapped lines together.
QString text(const Written &w, int page = 0, bool raw = false);
QString squeezed(const QString &s); // all white space removed
int pdfinfoPages(const Written &w);
void requireA4AndEmbeddedFonts(const Written &w);
bool containsRadicals(const QString &s);
int pagesContaining(const Written &w, const QString &needle);

} // namespace shenbao::test
