// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Writes starting corpora for the fuzz targets: valid inputs of each kind, from which the
// fuzzer mutates its way into the corners.
//
//   shenbao_fuzz_seeds OUTDIR   → OUTDIR/project-json, OUTDIR/dossier-pdf, OUTDIR/dossier-json

#include "SyntheticDossier.h"

#include "demo/DemoProject.h"
#include "store/ProjectJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace shenbao;

namespace {

bool write(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(dir);
    QFile f(dir + u'/' + name);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QList<std::pair<QString, Project>> variants()
{
    QList<std::pair<QString, Project>> out;
    const Project demo = demoProjectData();
    out.append({QStringLiteral("demo"), demo});

    Project pilot = demo;
    pilot.domain = Domain::Pilot;
    pilot.pilotCategory = PilotCategory::NewMode;
    pilot.pilotSubcategory = PilotSubcategory::Ecommerce;
    PilotProject project;
    project.name = QStringLiteral("示例试点项目");
    project.completed = QDate(2021, 9, 30);
    project.elements = {PilotElement{true, QStringLiteral("要素一"), {}},
                        PilotElement{false, std::nullopt, {}}};
    project.ecommerceShare = 0.25;
    pilot.domainDetail.project = project;
    out.append({QStringLiteral("pilot"), pilot});

    Project talent = demo;
    talent.domain = Domain::Talent;
    talent.talentKind = TalentKind::School;
    talent.domainDetail.partnerEnterprises =
        QList<PartnerEnterprise>{{QStringLiteral("某企业"), QStringLiteral("机电一体化"), true}};
    talent.domainDetail.mentorsHired = true;
    out.append({QStringLiteral("talent"), talent});

    Project empty;
    out.append({QStringLiteral("empty"), empty});
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: shenbao_fuzz_seeds OUTDIR\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    bool ok = true;
    for (const auto &[name, project] : variants()) {
        ok &= write(out + QStringLiteral("/project-json"), name + QStringLiteral(".json"),
                    ProjectJson::write(project));
        test::DossierSpec spec;
        spec.project = project;
        spec.formPages = 1;
        spec.pagesPerEvidence = 1;
        const auto dossier = test::makeSyntheticDossier(spec);
        ok &= write(out + QStringLiteral("/dossier-json"), name + QStringLiteral(".json"),
                    QJsonDocument(dossier.embedded).toJson(QJsonDocument::Compact));
        ok &=
            write(out + QStringLiteral("/dossier-pdf"), name + QStringLiteral(".pdf"), dossier.pdf);
        spec.compress = false;
        ok &= write(out + QStringLiteral("/dossier-pdf"), name + QStringLiteral("-plain.pdf"),
                    test::makeSyntheticDossier(spec).pdf);
    }
    // An uncompressed dossier, so that mutations land on PDF syntax and readable JSON.
    test::SyntheticPdf plain;
    plain.pageCount = 3;
    plain.compress = false;
    plain.labels = {{0, QStringLiteral("封面"), 0, 1}, {1, QString(), 'D', 1}};
    plain.info = {{QStringLiteral("ShenbaoFingerprint"), QString(64, u'0')}};
    plain.attachment = ProjectJson::write(demoProjectData(), ProjectJson::Flavor::Dossier);
    ok &= write(out + QStringLiteral("/dossier-pdf"), QStringLiteral("plain.pdf"),
                test::makeSyntheticPdf(plain));
    plain.attachment.reset();
    ok &= write(out + QStringLiteral("/dossier-pdf"), QStringLiteral("not-shenbao.pdf"),
                test::makeSyntheticPdf(plain));
    std::printf("seeds written to %s\n", argv[1]);
    return ok ? 0 : 1;
}
