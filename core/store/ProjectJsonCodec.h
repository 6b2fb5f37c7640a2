// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// The halves of the `shenbao/1` codec behind ProjectJson (store-internal; not for other areas).

#include "store/JsonReader.h"
#include "store/OrderedJson.h"
#include "store/ProjectJson.h"

#include <QJsonParseError>

namespace shenbao::projectjson {

inline const QString kSchema = QStringLiteral("shenbao/1");

// Chinese text for Qt's parse error (Qt's own text is English and untranslated).
QString parseErrorText(QJsonParseError::ParseError e);
// Every key of the document except `schema`, which the caller has checked.
void readProjectBody(json::ObjectReader &r, Project &p);
// Whether build() writes the lists whose items the project file stores one row each
// (store/ProjectParts): patents, cases, qualifications, otherQualifications,
// undertakenProjects, evidence.
enum class ItemLists
{
    Included,
    LeftOut
};
// The document in the spec's key order, for write() and toObject().
OrderedJson build(const Project &p, ProjectJson::Flavor flavor,
                  ItemLists lists = ItemLists::Included);
// One item of those lists, exactly as build() writes it inside the document.
OrderedJson patentJson(const Patent &pt);
OrderedJson caseJson(const Case &c);
OrderedJson qualificationJson(const Qualification &q);
OrderedJson otherQualificationJson(const OtherQualification &q);
OrderedJson undertakenProjectJson(const UndertakenProject &u);
OrderedJson evidenceJson(const Evidence &e, ProjectJson::Flavor flavor);

} // namespace shenbao::projectjson
