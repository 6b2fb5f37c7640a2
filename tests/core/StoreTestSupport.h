// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

// Helpers shared by the project-file tests: raw SQLite access (to look at the file the way
// the `sqlite3` tool would, bypassing ProjectFile), hashing and generated evidence.

#include "TestSupport.h"

#include "model/Project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>

#include <sqlite3.h>

namespace shenbao::test {

inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline QString sha256OfFile(const QString &path)
{
    return sha256Hex(readFile(path));
}

// Runs `sql` on the file with a plain sqlite3 connection; returns the first column of the
// first row as text (empty if none).
inline QString rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    const int prepared = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    INFO(sqlite3_errmsg(db));
    REQUIRE(prepared == SQLITE_OK);
    QString out;
    const int rc = sqlite3_step(st);
    CHECK((rc == SQLITE_ROW || rc == SQLITE_DONE));
    if (rc == SQLITE_ROW && sqlite3_column_text(st, 0))
        out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

// A PNG of random pixels: it does not compress, so its size is about width × height × 4.
inline void writeNoisePng(const QString &path, int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_ARGB32);
    QRandomGenerator rng(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        rng.fillRange(line, width);
    }
    REQUIRE(image.save(path, "PNG", 0));
}

// A project with something in most corners of the model, Chinese text included.
inline Project sampleProject()
{
    Project p;
    p.domain = Domain::Equipment;
    p.applicant.name = QStringLiteral("广州示例智能装备有限公司");
    p.applicant.uscc = QStringLiteral("91440101MA59TEST0X");
    p.applicant.orgType = OrgType::Enterprise;
    p.applicant.city = QStringLiteral("广州市");
    p.applicant.district = QStringLiteral("黄埔区");
    p.applicant.founded = QDate(2012, 3, 15);
    p.applicant.registeredCapitalYuan = 50000000;
    p.applicant.contact.name = QStringLiteral("李工");
    p.applicant.contact.mobile = QStringLiteral("13800000000");
    p.applicant.employees = 320;
    p.applicant.rdStaff = 46;
    p.applicant.registeredInPRC = true;
    p.applicant.rdInstitution = RdInstitution::Established;
    p.finance = {{2019, 16000000, 15500000, 900000, 1200000},
                 {2020, 18000000, std::nullopt, -50000, 1300000}};
    Patent patent;
    patent.title = QStringLiteral("一种焊接机器人");
    patent.kind = PatentKind::Invention;
    patent.granted = QDate(2020, 6, 1);
    patent.core = true;
    patent.evidence = {QStringLiteral("ev-2")};
    p.patents = {patent};
    p.softwareCopyrights = 8;
    p.attestations.safetyConditions = true;
    p.narrative.profile = QStringLiteral("单位简介：\n第二行");
    Evidence licence;
    licence.id = QStringLiteral("ev-1");
    licence.category = EvidenceCategory::BusinessLicense;
    licence.title = QStringLiteral("营业执照");
    Evidence audit;
    audit.id = QStringLiteral("ev-2");
    audit.category = EvidenceCategory::AuditReport;
    audit.year = 2019;
    audit.title = QStringLiteral("2019年度审计报告");
    p.evidence = {licence, audit};
    return p;
}

} // namespace shenbao::test
