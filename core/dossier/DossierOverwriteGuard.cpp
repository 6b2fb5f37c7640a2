// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierOverwriteGuard.h"

#include "dossier/DossierReader.h"

#include <QFile>
#include <QFileInfo>

namespace shenbao {

namespace {

bool looksLikePdf(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return false;
    return f.read(1024).contains("%PDF-");
}

} // namespace

QString checkDossierOverwrite(const QString &path, const QString &role,
                              const Project *sameApplicant)
{
    if (!looksLikePdf(path))
        return {};
    // The embedded data only: whose dossier this is, not whether it is intact (re-exporting
    // over one's previous dossier must not cost a full verification of it).
    const EmbeddedDossierData found = readEmbeddedDossierData(path);
    if (!found.isDossier)
        return {};
    if (sameApplicant) {
        if (found.project) {
            const auto &was = found.project->applicant;
            const auto &now = sameApplicant->applicant;
            const QString wasUscc = was.uscc.value_or(QString()).trimmed();
            const QString nowUscc = now.uscc.value_or(QString()).trimmed();
            const bool same = !wasUscc.isEmpty() || !nowUscc.isEmpty()
                                  ? wasUscc == nowUscc
                                  : was.name.value_or(QString()).trimmed() ==
                                        now.name.value_or(QString()).trimmed();
            if (same)
                return {};
        }
        return path + QStringLiteral(": 这是另一申报单位的申报书（PDF 内含 Shenbao 申报数据），"
                                     "不会被 %1 覆盖；请另选输出文件名")
                          .arg(role);
    }
    return path + QStringLiteral(": 这是一份 Shenbao 申报书（PDF 内含申报数据），不会被 %1 覆盖；"
                                 "请另选输出文件名")
                      .arg(role);
}

} // namespace shenbao
