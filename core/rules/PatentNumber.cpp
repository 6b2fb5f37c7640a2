// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "rules/PatentNumber.h"

#include <QHash>

namespace shenbao {

namespace {

// Full-width forms (U+FF01…U+FF5E) fold to ASCII: certificates and Chinese input methods
// often produce "ＺＬ２０１９…．７".
QChar foldWidth(QChar c)
{
    if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
        return QChar(char16_t(c.unicode() - 0xFEE0));
    if (c == QChar(u'。')) // an input method's full stop typed for the dot
        return QLatin1Char('.');
    return c;
}

} // namespace

QChar patentCheckCharacter(const QString &digits)
{
    if (digits.size() != 8 && digits.size() != 12)
        return {};
    static constexpr int weights[12] = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits.at(i);
        if (c < u'0' || c > u'9')
            return {};
        sum += (c.unicode() - u'0') * weights[i];
    }
    const int check = sum % 11;
    return check == 10 ? QLatin1Char('X') : QChar(char16_t(u'0' + check));
}

namespace {

PatentNumberCheck parsePatentNumber(const QString &input)
{
    PatentNumberCheck r;
    QString s;
    s.reserve(input.size());
    for (const QChar raw : input) {
        const QChar c = foldWidth(raw);
        // ASCII is all a valid number holds: its letters upper-cased without Unicode's tables
        // (every patent is checked on every evaluation).
        if (c.unicode() < 0x80) {
            if (c.unicode() > u' ')
                s += c.unicode() >= u'a' && c.unicode() <= u'z' ? QChar(char16_t(c.unicode() - 32))
                                                                : c;
            else if (!c.isSpace())
                s += c;
        } else if (!c.isSpace()) {
            s += c.toUpper();
        }
    }
    if (s.startsWith(QLatin1String("ZL")))
        s.remove(0, 2);
    const QString shape =
        QStringLiteral("专利号应为「ZL」加8位或12位申请号、小数点和校验位，如 ZL201710601862.3");
    if (s.isEmpty()) {
        r.error = shape;
        r.errorCode = ProblemCode::PatentNumberShape;
        return r;
    }
    // The check character follows a dot, or directly the digits when the dot was left out.
    qsizetype dot = s.indexOf(u'.');
    QString body = s;
    if (dot >= 0) {
        if (dot != s.size() - 2 || s.count(u'.') != 1) {
            r.error = QStringLiteral("专利号格式不正确：「%1」；%2").arg(input.trimmed(), shape);
            r.errorCode = ProblemCode::PatentNumberFormat;
            r.errorArgs = {input.trimmed()};
            return r;
        }
        body = s.left(dot);
        r.givenCheck = s.at(dot + 1);
    } else if (s.size() == 9 || s.size() == 13) {
        body = s.left(s.size() - 1);
        r.givenCheck = s.back();
    }
    for (const QChar c : body) {
        if (c < u'0' || c > u'9') {
            r.error = QStringLiteral("专利号「%1」含非数字字符「%2」；%3")
                          .arg(input.trimmed())
                          .arg(c)
                          .arg(shape);
            r.errorCode = ProblemCode::PatentNumberNonDigit;
            r.errorArgs = {input.trimmed(), QString(c)};
            return r;
        }
    }
    if (body.size() != 8 && body.size() != 12) {
        r.error = QStringLiteral("专利号「%1」的申请号部分为%2位，应为8位（2003年10月前）或12位")
                      .arg(input.trimmed())
                      .arg(body.size());
        r.errorCode = ProblemCode::PatentNumberLength;
        r.errorArgs = {input.trimmed(), QString::number(body.size())};
        return r;
    }
    r.digits = body;
    r.typeDigit = body.at(body.size() == 12 ? 4 : 2).unicode() - u'0';
    r.expectedCheck = patentCheckCharacter(body);
    r.normalized = QStringLiteral("ZL") + body + u'.' +
                   (r.givenCheck.isNull() ? r.expectedCheck : r.givenCheck);
    if (r.givenCheck.isNull()) {
        r.error = QStringLiteral("专利号「%1」缺少校验位：应为 ZL%2.%3")
                      .arg(input.trimmed(), body)
                      .arg(r.expectedCheck);
        r.errorCode = ProblemCode::PatentNumberNoCheck;
        r.errorArgs = {input.trimmed(), body, QString(r.expectedCheck)};
        return r;
    }
    if (r.givenCheck != r.expectedCheck) {
        r.error = QStringLiteral("专利号校验位不正确：「%1」的校验位应为「%2」，当前为「%3」")
                      .arg(input.trimmed())
                      .arg(r.expectedCheck)
                      .arg(r.givenCheck);
        r.errorCode = ProblemCode::PatentNumberCheck;
        r.errorArgs = {input.trimmed(), QString(r.expectedCheck), QString(r.givenCheck)};
        return r;
    }
    if (r.typeDigit != 1 && r.typeDigit != 2 && r.typeDigit != 3 && r.typeDigit != 8 &&
        r.typeDigit != 9) {
        r.error = QStringLiteral("专利号「%1」的类型位（第%2位）为「%"
                                 "3」，应为1（发明）、2（实用新型）、3（外观设计）、8或9（PCT）")
                      .arg(input.trimmed())
                      .arg(body.size() == 12 ? 5 : 3)
                      .arg(r.typeDigit);
        r.errorCode = ProblemCode::PatentNumberType;
        r.errorArgs = {input.trimmed(), QString::number(body.size() == 12 ? 5 : 3),
                       QString::number(r.typeDigit)};
        return r;
    }
    r.valid = true;
    return r;
}

} // namespace

PatentNumberCheck checkPatentNumber(const QString &input)
{
    // Every patent's number is checked on every evaluation, that is on every key typed in the
    // app, and numbers seldom change: the result is kept per text (per thread, no locking; a
    // bounded table, emptied when full).
    thread_local QHash<QString, PatentNumberCheck> known;
    if (const auto it = known.constFind(input); it != known.cend())
        return *it;
    const PatentNumberCheck r = parsePatentNumber(input);
    if (known.size() >= 8192)
        known.clear();
    known.insert(input, r);
    return r;
}

} // namespace shenbao
