// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// What each fuzz target does with one input, shared by the libFuzzer executables
// (tests/fuzz/) and the regression test that replays the kept inputs without a fuzzer
// (tests/data/fuzz/). Each returns a description of a broken property, or an empty string;
// crashes, sanitizer reports and hangs are the fuzzer's to see.

#include <QByteArray>
#include <QString>

namespace shenbao::fuzz {

// ProjectJson::read on arbitrary bytes; whatever it accepts must evaluate, and write back to a
// document that reads to the same project (project-json.md: round trip exact).
QString projectJson(const QByteArray &input);
// readDossierData on arbitrary bytes as a PDF file.
QString dossierPdf(const QByteArray &input);
// readDossierData on a fixed, valid PDF that embeds the input as shenbao-dossier.json: the
// JSON half of the reader, which random PDF bytes would hardly ever reach.
QString dossierJson(const QByteArray &input);

} // namespace shenbao::fuzz
