// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "FuzzEntryPoints.h"

#include "dossier/DossierReader.h"
#include "rules/RulesEngine.h"
#include "store/ProjectJson.h"

namespace shenbao::fuzz {

namespace {

// A minimal one-page PDF whose only embedded file is `json`, stored uncompressed. Assembled
// by hand rather than with qpdf so that each fuzz run costs one parse, not a write and a parse.
QByteArray pdfEmbedding(const QByteArray &json)
{
    QByteArray out("%PDF-1.7\n");
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray &body) {
        offsets << out.size();
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names "
           "[(shenbao-dossier.json) 4 0 R] >> >> >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    object("<< /Type /Filespec /F (shenbao-dossier.json) /UF (shenbao-dossier.json) "
           "/EF << /F 5 0 R /UF 5 0 R >> >>");
    object("<< /Type /EmbeddedFile /Length " + QByteArray::number(json.size()) + " >>\nstream\n" +
           json + "\nendstream");
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QString checkResult(const DossierReadResult &r)
{
    // Whatever the input, the result must be coherent: a state that matches its findings.
    using State = DossierReadResult::State;
    if (r.state == State::Ok && hasErrors(r.findings))
        return QStringLiteral("state ok with error findings");
    if (r.state == State::Mismatch && !hasErrors(r.findings))
        return QStringLiteral("state mismatch without an error finding");
    if (r.state == State::Unreadable && !hasErrors(r.findings))
        return QStringLiteral("state unreadable without an error finding");
    if ((r.state == State::Ok || r.state == State::Mismatch) && !r.project)
        return QStringLiteral("read state without a project");
    if (!r.pageLabels.isEmpty() && r.pageLabels.size() != r.pageCount)
        return QStringLiteral("page labels do not match the page count");
    return {};
}

} // namespace

QString projectJson(const QByteArray &input)
{
    const auto first = ProjectJson::read(input, QStringLiteral("fuzz.json"));
    if (!first.project)
        return first.problems.isEmpty() ? QStringLiteral("refused without a problem") : QString();
    RulesEngine().evaluate(*first.project);
    const QByteArray written = ProjectJson::write(*first.project);
    const auto second = ProjectJson::read(written, QStringLiteral("rewritten.json"));
    if (!second.project)
        return QStringLiteral("write() produced a document read() refuses: ") +
               (second.problems.isEmpty() ? QString() : second.problems.first().toString());
    if (!(*second.project == *first.project))
        return QStringLiteral("round trip changed the project");
    if (ProjectJson::write(*second.project) != written)
        return QStringLiteral("write() is not stable across a round trip");
    return {};
}

QString dossierPdf(const QByteArray &input)
{
    return checkResult(readDossierData(input, QStringLiteral("fuzz.pdf")));
}

QString dossierJson(const QByteArray &input)
{
    return checkResult(readDossierData(pdfEmbedding(input), QStringLiteral("fuzz.pdf")));
}

} // namespace shenbao::fuzz
