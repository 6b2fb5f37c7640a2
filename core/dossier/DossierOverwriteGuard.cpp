// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierOverwriteGuard.h"

#include "dossier/DossierPdfScan.h"
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

bool isShenbaoDossier(const QString &path)
{
    if (!looksLikePdf(path))
        return false;
    const DossierPdfScan scan = scanDossierPdfFile(path, kDossierAttachmentName, kDossierJsonMaxBytes);
    return scan.opened && (scan.attachment != DossierPdfScan::Attachment::Absent ||
                           scan.info.contains(QStringLiteral("ShenbaoFingerprint")));
}

QString checkDossierOverwrite(const QString &path, const QString &role,
                              const Project *sameApplicant)
{
    if (!isShenbaoDossier(path))
        return {};
    if (sameApplicant) {
        const DossierReadResult read = readDossier(path);
        if (read.project) {
            const auto &was = read.project->applicant;
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
