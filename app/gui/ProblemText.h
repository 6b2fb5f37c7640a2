// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Problem.h"
#include "rules/Evaluation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace shenbao {

// Core's problems and rule figures in the UI language. Core returns a code with arguments
// next to its Chinese message (model/ProblemCode.h); this phrases the code through tr(), so
// that the English UI shows English and the Chinese UI shows, word for word, what core and
// the CLI say. A problem without a code (or a code this build does not know) is shown with
// its Chinese message rather than not at all.
class ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ProblemText)

public:
    // One problem, e.g. for a field's red frame or the checks panel.
    static QString problem(const Problem &problem);
    // "where: problem" (the file or field first), the app's form of Problem::toString().
    static QString line(const Problem &problem);
    // One phrase; `fallback` when the code is unknown or has too few arguments.
    static QString phrase(const Phrase &phrase, const QString &fallback = {});
    // A rule's figure (its parts joined) and its missing evidence, one line per item.
    static QString figure(const RuleResult &rule);
    static QStringList missingEvidence(const RuleResult &rule);
    // A rule's title: the call's own (Chinese) title in the Chinese UI, an English one in the
    // English UI, as ChoiceText does for the call's choices.
    static QString ruleTitle(const RuleResult &rule);
    // One of the rules' fixed Chinese labels (ProblemCode.h, "term"); `qualifier` fills its %1.
    static QString term(const QString &chinese, const QString &qualifier = {});
    // A field's label by its label key (the JSON path without indexes) and qualifier.
    static QString fieldLabel(const QString &key, const QString &qualifier = {});
    // Whether `code` is phrased here (tests: every code core produces must be).
    static bool phrases(ProblemCode code);
    // The Chinese terms this build can phrase (tests).
    static QStringList terms();
};

} // namespace shenbao
