// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierJson.h"

#include "store/ProjectJson.h"
#include "store/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace shenbao {

namespace {
const QString kFingerprintKey = QStringLiteral("fingerprint");
}

QJsonObject dossierJsonObject(const Project &project, const Evaluation &evaluation)
{
    QJsonObject root = ProjectJson::toObject(project, ProjectJson::Flavor::Dossier);
    QJsonArray rules;
    for (const auto &r : evaluation.rules) {
        rules.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("state"), toKey(r.state)},
                                 {QStringLiteral("figure"), r.figure}});
    }
    root.insert(QStringLiteral("rules"), rules);
    root.remove(kFingerprintKey);
    return root;
}

QString dossierFingerprint(const QJsonObject &dossierJson)
{
    QJsonObject data = dossierJson;
    data.remove(kFingerprintKey);
    return store::Sha256::hex(ProjectJson::canonical(data));
}

QJsonObject withFingerprint(QJsonObject dossierJson)
{
    dossierJson.insert(kFingerprintKey, dossierFingerprint(dossierJson));
    return dossierJson;
}

QByteArray dossierJsonBytes(const QJsonObject &dossierJsonWithFingerprint)
{
    return QJsonDocument(dossierJsonWithFingerprint).toJson(QJsonDocument::Indented);
}

QString shortFingerprint(const QString &fingerprintHex)
{
    const QString head = fingerprintHex.left(12).toLower();
    return QStringList{head.mid(0, 4), head.mid(4, 4), head.mid(8, 4)}.join(u' ').trimmed();
}

} // namespace shenbao
