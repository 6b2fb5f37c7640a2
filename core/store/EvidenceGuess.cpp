// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/EvidenceGuess.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace shenbao {

namespace {

QString digitsOnly(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isDigit() || c == u'X' || c == u'x')
            out.append(c.toUpper());
    }
    return out;
}

bool containsAny(const QString &name, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        if (name.contains(QString::fromUtf16(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

EvidenceGuess EvidenceGuess::fromFileName(const QString &fileName, const Project &project)
{
    EvidenceGuess g;
    const QString base = QFileInfo(fileName).completeBaseName();
    g.metadata.title = base;
    static const QRegularExpression yearPattern(QStringLiteral("(20\\d\\d)"));
    const auto year = yearPattern.match(base);

    const QString digits = digitsOnly(base);
    for (qsizetype i = 0; i < project.patents.size(); ++i) {
        const QString number = digitsOnly(project.patents[i].number.value_or(QString()));
        if (number.size() >= 8 && digits.contains(number)) {
            g.metadata.category = EvidenceCategory::Ip;
            g.linkPath = QStringLiteral("patents[%1]").arg(i);
            return g;
        }
    }
    for (qsizetype i = 0; i < project.cases.size(); ++i) {
        const QString title = project.cases[i].title.value_or(QString());
        if (title.size() >= 4 && base.contains(title)) {
            g.metadata.category = EvidenceCategory::Case;
            g.linkPath = QStringLiteral("cases[%1]").arg(i);
            return g;
        }
    }
    if (containsAny(base, {u"营业执照", u"licence", u"license"}))
        g.metadata.category = EvidenceCategory::BusinessLicense;
    else if (containsAny(base, {u"审计", u"audit"})) {
        g.metadata.category = EvidenceCategory::AuditReport;
        if (year.hasMatch())
            g.metadata.year = year.captured(1).toInt();
    } else if (containsAny(base, {u"信用", u"credit"}))
        g.metadata.category = EvidenceCategory::CreditReport;
    else if (containsAny(base, {u"专利", u"patent", u"著作权", u"软著"}))
        g.metadata.category = EvidenceCategory::Ip;
    else if (containsAny(base, {u"合同", u"验收", u"案例", u"contract", u"case"}))
        g.metadata.category = EvidenceCategory::Case;
    else if (containsAny(base, {u"资质", u"认定", u"证书", u"qualification"}))
        g.metadata.category = EvidenceCategory::Qualification;
    else if (containsAny(base, {u"项目", u"project"}))
        g.metadata.category = EvidenceCategory::Project;
    else
        g.metadata.category = EvidenceCategory::Other;
    return g;
}

void linkEvidence(Project &project, const QString &evidenceId, const QString &linkPath)
{
    for (auto &x : project.patents)
        x.evidence.removeAll(evidenceId);
    for (auto &x : project.cases)
        x.evidence.removeAll(evidenceId);
    for (auto &x : project.qualifications)
        x.evidence.removeAll(evidenceId);
    static const QRegularExpression pattern(
        QStringLiteral("^(patents|cases|qualifications)\\[(\\d+)\\]$"));
    const auto m = pattern.match(linkPath);
    if (!m.hasMatch())
        return;
    const int i = m.captured(2).toInt();
    const QString list = m.captured(1);
    if (list == u"patents" && i < project.patents.size())
        project.patents[i].evidence.append(evidenceId);
    else if (list == u"cases" && i < project.cases.size())
        project.cases[i].evidence.append(evidenceId);
    else if (list == u"qualifications" && i < project.qualifications.size())
        project.qualifications[i].evidence.append(evidenceId);
}

QString linkedItem(const Project &project, const QString &evidenceId)
{
    for (qsizetype i = 0; i < project.patents.size(); ++i) {
        if (project.patents[i].evidence.contains(evidenceId))
            return QStringLiteral("patents[%1]").arg(i);
    }
    for (qsizetype i = 0; i < project.cases.size(); ++i) {
        if (project.cases[i].evidence.contains(evidenceId))
            return QStringLiteral("cases[%1]").arg(i);
    }
    for (qsizetype i = 0; i < project.qualifications.size(); ++i) {
        if (project.qualifications[i].evidence.contains(evidenceId))
            return QStringLiteral("qualifications[%1]").arg(i);
    }
    return {};
}

} // namespace shenbao
