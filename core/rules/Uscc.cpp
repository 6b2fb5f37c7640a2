// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "rules/Uscc.h"

namespace shenbao {

namespace {

// GB 32100-2015 alphabet: digits and capitals without I, O, S, V, Z (to avoid misreading).
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

int codeValue(QChar c)
{
    for (int i = 0; i < 31; ++i) {
        if (c == QLatin1Char(kAlphabet[i]))
            return i;
    }
    return -1;
}

// GB 11714: organisation code of 8 body characters (digits / capitals) plus check character.
bool organisationCodeValid(const QString &code)
{
    static constexpr int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = code.at(i);
        int v;
        if (c.isDigit())
            v = c.digitValue();
        else if (c >= u'A' && c <= u'Z')
            v = c.unicode() - u'A' + 10;
        else
            return false;
        sum += v * weights[i];
    }
    const int check = 11 - sum % 11;
    const QChar expected = check == 10   ? QChar(u'X')
                           : check == 11 ? QChar(u'0')
                                         : QChar(u'0' + check);
    return code.at(8) == expected;
}

} // namespace

UsccCheck checkUscc(const QString &input)
{
    UsccCheck r;
    for (const QChar c : input) {
        if (!c.isSpace())
            r.normalized += c.toUpper();
    }
    if (r.normalized.size() != 18) {
        r.error = QStringLiteral("统一社会信用代码应为18位，当前为%1位").arg(r.normalized.size());
        r.errorCode = ProblemCode::UsccLength;
        r.errorArgs = {QString::number(r.normalized.size())};
        return r;
    }
    int sum = 0;
    int weight = 1; // 3^(i-1) mod 31
    for (int i = 0; i < 18; ++i) {
        const QChar c = r.normalized.at(i);
        const int v = codeValue(c);
        if (v < 0) {
            r.error = QStringLiteral("统一社会信用代码第%1位「%2」不是有效字符（允许0-"
                                     "9及除I、O、S、V、Z外的大写字母）")
                          .arg(i + 1)
                          .arg(c);
            r.errorCode = ProblemCode::UsccBadCharacter;
            r.errorArgs = {QString::number(i + 1), QString(c)};
            return r;
        }
        if (i < 17) {
            sum += v * weight;
            weight = weight * 3 % 31;
        }
    }
    const int check = (31 - sum % 31) % 31;
    r.expectedCheck = QLatin1Char(kAlphabet[check]);
    if (r.normalized.at(17) != r.expectedCheck) {
        r.error = QStringLiteral("统一社会信用代码校验位不正确：第18位应为「%1」，当前为「%2」")
                      .arg(r.expectedCheck)
                      .arg(r.normalized.at(17));
        r.errorCode = ProblemCode::UsccCheckDigit;
        r.errorArgs = {QString(r.expectedCheck), QString(r.normalized.at(17))};
        return r;
    }
    r.valid = true;
    if (!organisationCodeValid(r.normalized.mid(8, 9)))
        r.warning =
            QStringLiteral("统一社会信用代码中的组织机构代码（第9–17位）校验未通过，请核对");
    return r;
}

} // namespace shenbao
