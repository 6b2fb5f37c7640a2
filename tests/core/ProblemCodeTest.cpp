// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Problem codes (model/ProblemCode.h): every code core can return is produced by some input,
// with at least the arguments the app's phrasing reads and a Chinese message (or figure) next
// to it; and nothing core reports on a project goes without a code.

#include "RuleFixtures.h"
#include "TestSupport.h"

#include "call/CallDefinition.h"
#include "rules/FieldValidator.h"
#include "rules/PatentNumber.h"
#include "rules/Uscc.h"
#include "store/EvidenceInspector.h"

#include <QFile>
#include <QTemporaryDir>

#include <QSet>

#include <catch2/catch.hpp>

using namespace shenbao;

namespace {

struct Produced
{
    QSet<ProblemCode> codes;
    QStringList failures; // "code: what is wrong"

    void phrase(const Phrase &p, const QString &chinese, const QString &where)
    {
        codes.insert(p.code);
        const QString key = toKey(p.code);
        if (p.code == ProblemCode::Unspecified)
            failures << where + QStringLiteral(": no code for 「") + chinese + u'」';
        else if (p.args.size() < problemCodeArity(p.code))
            failures << key + QStringLiteral(": %1 arguments, needs %2 (%3)")
                                  .arg(p.args.size())
                                  .arg(problemCodeArity(p.code))
                                  .arg(where);
        if (chinese.trimmed().isEmpty())
            failures << key + QStringLiteral(": empty Chinese text (") + where + u')';
    }

    void evaluation(const Evaluation &e)
    {
        for (const Problem &p : e.problems)
            phrase(p.phrase(), p.message, p.where);
        for (const RuleResult &r : e.rules) {
            if (!r.figure.isEmpty() && r.figurePhrases.isEmpty())
                failures << r.id + QStringLiteral(": figure without phrases: ") + r.figure;
            for (const Phrase &p : r.figurePhrases)
                phrase(p, r.figure, r.id);
            if (r.missingEvidencePhrases.size() != r.missingEvidence.size())
                failures << r.id + QStringLiteral(": missing evidence without phrases");
            for (qsizetype i = 0; i < r.missingEvidencePhrases.size(); ++i)
                phrase(r.missingEvidencePhrases.at(i), r.missingEvidence.value(i), r.id);
        }
    }
    void project(const Project &p) { evaluation(test::evaluate(p)); }
};

// A USCC with a correct check character whose embedded organisation code fails its check.
QString usccWithBadOrganisationCode()
{
    for (int n = 0; n < 100; ++n) {
        const QString first17 = QStringLiteral("91440300%1").arg(n, 9, 10, QLatin1Char('0'));
        const UsccCheck probe = checkUscc(first17 + u'0');
        const QString candidate = first17 + probe.expectedCheck;
        const UsccCheck check = checkUscc(candidate);
        if (check.valid && !check.warning.isEmpty())
            return candidate;
    }
    return {};
}

} // namespace

TEST_CASE("Every problem code is produced with its arguments and a Chinese message",
          "[problemcode]")
{
    Produced out;

    Project none = test::baseProject(); // no domain
    out.project(none);

    Project a = test::equipmentProject();
    a.applicant.postcode = QStringLiteral("51");
    a.applicant.contact.email = QStringLiteral("name.example.cn");
    a.applicant.contact.mobile = QStringLiteral("12345");
    a.applicant.contact.phone = QStringLiteral("12");
    a.applicant.city = QStringLiteral("北京市");
    a.applicant.founded = QDate(2030, 1, 1);
    a.applicant.registeredCapitalYuan = -1;
    a.applicant.name = QString(300, u'名');
    a.applicant.employees = -1;
    a.narrative.profile = QString(5000, u'智');
    a.applicant.uscc = QStringLiteral("123");
    a.finance << a.finance.first();
    a.finance.first().revenueYuan = kMaxFieldYuan + 1;
    a.applicant.rdStaff.reset(); // EQ-3: not filled in
    a.patents.first().evidence = {QStringLiteral("no-such-evidence")};
    a.patents.first().number = QStringLiteral("ZL201710601862");
    a.qualifications << Qualification{
        QualificationKind::ProvincialRobotKey, QStringLiteral("证书"), {}};
    test::removeDocuments(a, EvidenceCategory::BusinessLicense);
    test::removeDocuments(a, EvidenceCategory::CreditReport);
    test::removeDocuments(a, EvidenceCategory::AuditReport);
    out.project(a);

    Project school = test::baseProject();
    school.applicant.orgType = OrgType::University;
    school.applicant.employees = 10;
    school.applicant.rdStaff = 50;
    school.applicant.uscc = QStringLiteral("91440300MA5ABCDEI0");
    test::removeDocuments(school, EvidenceCategory::AuditReport);
    out.project(school);

    Project software = test::softwareProject();
    software.domainDetail.devEnvironment.reset();
    out.project(software);

    Project solution = test::solutionProject();
    solution.cases.first().evidence = {QStringLiteral("no-such-evidence")};
    const UsccCheck wrong = checkUscc(*solution.applicant.uscc);
    REQUIRE(wrong.valid);
    solution.applicant.uscc =
        solution.applicant.uscc->left(17) + (wrong.expectedCheck == u'0' ? u'1' : u'0');
    out.project(solution);

    Project orgCode = test::equipmentProject();
    orgCode.applicant.uscc = usccWithBadOrganisationCode();
    REQUIRE_FALSE(orgCode.applicant.uscc->isEmpty());
    out.project(orgCode);

    // Every shape of a wrong patent number (they are warnings on the patent's row).
    for (const QString &number :
         {QString(), QStringLiteral("ZL12.34.5"), QStringLiteral("ZL2017A0601862.3"),
          QStringLiteral("ZL12345.6"), QStringLiteral("ZL201710601862.0"),
          QStringLiteral("ZL201740601862")}) {
        PatentNumberCheck check = checkPatentNumber(number);
        if (check.errorCode == ProblemCode::PatentNumberNoCheck) {
            // Write the right check character for the wrong type digit (4): PatentNumberType.
            check = checkPatentNumber(number + u'.' + check.expectedCheck);
        }
        REQUIRE_FALSE(check.valid);
        out.phrase({check.errorCode, check.errorArgs}, check.error, number);
    }
    out.phrase({checkPatentNumber(QStringLiteral("ZL201710601862")).errorCode,
                checkPatentNumber(QStringLiteral("ZL201710601862")).errorArgs},
               checkPatentNumber(QStringLiteral("ZL201710601862")).error,
               QStringLiteral("no check"));

    INFO(out.failures.join(u'\n').toStdString());
    CHECK(out.failures.isEmpty());
    for (const ProblemCode code : allValues<ProblemCode>()) {
        // Evidence files and exports: the test case below and the export tests.
        if (code == ProblemCode::Unspecified || int(code) >= int(ProblemCode::EvidenceFileMissing))
            continue;
        INFO(toKey(code).toStdString());
        CHECK(out.codes.contains(code));
        CHECK(problemCodeArity(code) >= 0);
    }
}

TEST_CASE("A list short of items says by how many; other failures do not", "[problemcode]")
{
    Project p = test::equipmentProject();
    while (p.patents.size() > 1)
        p.patents.removeLast();
    const RuleResult eq1 = test::ruleOf(p, "EQ-1");
    CHECK(eq1.state == RuleState::NotMet); // the verdict at export is unchanged
    CHECK(eq1.shortBy == 4);
    CHECK(eq1.figure.contains(QStringLiteral("核心发明专利 1 项（要求 5 项以上）")));
    REQUIRE(eq1.figurePhrases.size() == 1);
    CHECK(eq1.figurePhrases.first().code == ProblemCode::FigureCount);

    // A yes/no condition answered 「否」 is not a count: no shortBy.
    Project q = test::equipmentProject();
    q.applicant.registeredInPRC = false;
    CHECK(test::ruleOf(q, "BASE-1").state == RuleState::NotMet);
    CHECK(test::ruleOf(q, "BASE-1").shortBy == 0);
    CHECK(test::ruleOf(q, "EQ-1").shortBy == 0); // met
}

TEST_CASE("Evidence files refused or doubted on attaching carry a code with its arguments",
          "[problemcode]")
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    const QList<std::pair<QString, ProblemCode>> cases{
        {dir.filePath(QStringLiteral("missing.pdf")), ProblemCode::EvidenceFileMissing},
        {dir.path(), ProblemCode::EvidenceNotAFile},
        {write(QStringLiteral("empty.pdf"), {}), ProblemCode::EvidenceFileEmpty},
        {write(QStringLiteral("note.txt"), "plain text"), ProblemCode::EvidenceFileType},
        {write(QStringLiteral("broken.pdf"), "%PDF-1.7\nnot really a PDF"),
         ProblemCode::EvidencePdfDamaged},
        {write(QStringLiteral("cut.jpg"), QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(64, 'x')),
         ProblemCode::EvidenceJpegTruncated},
        {write(QStringLiteral("bad.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x')),
         ProblemCode::EvidenceImageDamaged},
    };
    for (const auto &[path, code] : cases) {
        INFO(path.toStdString());
        const EvidenceInspection inspection = inspectEvidenceFile(path);
        REQUIRE(inspection.problems.size() == 1);
        const Problem &p = inspection.problems.first();
        CHECK(p.code == code);
        CHECK(p.args.size() >= problemCodeArity(code));
        CHECK_FALSE(p.message.isEmpty());
        CHECK(p.where == path);
    }
}
