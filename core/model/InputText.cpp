// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "model/InputText.h"

#include <QRegularExpression>

namespace shenbao {

namespace {

bool isDashLike(char16_t u)
{
    // hyphen-minus, hyphen, non-breaking hyphen, figure dash, en/em dash, minus, full-width
    // hyphen (already half-width by then), katakana middle dot used as a separator, dot.
    return u == u'-' || u == u'\u2010' || u == u'\u2011' || u == u'\u2012' || u == u'\u2013' ||
           u == u'\u2014' || u == u'\u2212' || u == u'\u30FB' || u == u'\u00B7';
}

QString withoutSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace

QString halfWidth(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFF01 + 0x21)));
        else if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out;
}

QString normalisedMobile(const QString &text)
{
    QString out;
    for (const QChar c : halfWidth(text).trimmed()) {
        if (c.isSpace() || isDashLike(c.unicode()))
            continue;
        out.append(c);
    }
    if (out.startsWith(QLatin1StringView("+86")))
        out.remove(0, 3);
    else if (out.startsWith(QLatin1StringView("0086")))
        out.remove(0, 4);
    return out;
}

QString normalisedPhone(const QString &text)
{
    QString s = halfWidth(text).trimmed();
    // 「转」 and "ext." announce an extension; they become the separator the form prints.
    static const QRegularExpression extension(QStringLiteral("\\s*(转|ext\\.?|x|#)\\s*"),
                                              QRegularExpression::CaseInsensitiveOption);
    s.replace(extension, QStringLiteral("-"));
    // (020) 1234 5678 → 020-12345678
    static const QRegularExpression areaInBrackets(QStringLiteral("^\\((0\\d{2,3})\\)"));
    s.replace(areaInBrackets, QStringLiteral("\\1-"));
    QString out;
    out.reserve(s.size());
    // Spaces between digit groups are separators; several separators in a row are one.
    bool pendingSeparator = false;
    for (const QChar c : s) {
        if (c.isSpace() || isDashLike(c.unicode())) {
            pendingSeparator = !out.isEmpty();
            continue;
        }
        if (pendingSeparator)
            out.append(QLatin1Char('-'));
        pendingSeparator = false;
        out.append(c);
    }
    // 「020 1234 5678」 reads as area code + 8 digits: groups after the area code join up, also
    // before an extension (「0769-2234 5678 转 8012」 → 0769-22345678-8012).
    static const QRegularExpression landline(
        QStringLiteral("^(0\\d{2,3})-(\\d{3,4})-(\\d{4})(-\\d{1,6})?$"));
    if (const auto m = landline.match(out); m.hasMatch())
        out = m.captured(1) + u'-' + m.captured(2) + m.captured(3) + m.captured(4);
    static const QRegularExpression mobileGroups(QStringLiteral("^(1\\d{2})-(\\d{4})-(\\d{4})$"));
    if (const auto m = mobileGroups.match(out); m.hasMatch())
        out = m.captured(1) + m.captured(2) + m.captured(3);
    return out;
}

bool isValidMobile(const QString &text)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    return mobile.match(normalisedMobile(text)).hasMatch();
}

bool isValidPhone(const QString &text)
{
    QString s = normalisedPhone(text);
    if (s.startsWith(QLatin1StringView("+86")))
        s = s.mid(3);
    if (s.startsWith(u'-'))
        s = s.mid(1);
    static const QRegularExpression phone(
        QStringLiteral("^(?:"
                       "0\\d{2,3}-?\\d{7,8}"     // landline: area code + 7–8 digits
                       "|[48]00-?\\d{3}-?\\d{4}" // 400 / 800 service numbers
                       "|1[3-9]\\d{9}"           // a mobile number in the telephone field
                       ")(?:-\\d{1,6})?$"));     // extension
    return phone.match(s).hasMatch();
}

QString normalisedUscc(const QString &text)
{
    QString out;
    for (const QChar c : halfWidth(text)) {
        if (!c.isSpace() && !isDashLike(c.unicode()))
            out.append(c.toUpper());
    }
    return out;
}

QString normalisedDigits(const QString &text)
{
    return withoutSpaces(halfWidth(text));
}

QString withoutWanUnit(const QString &text)
{
    QString t = halfWidth(text).trimmed();
    for (const QString &unit : {QStringLiteral("万元"), QStringLiteral("万")}) {
        if (t.endsWith(unit))
            return t.chopped(unit.size()).trimmed();
    }
    return t;
}

std::optional<int> parseYear(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("^(\\d{4})\\s*(?:年度?)?$"));
    const auto m = year.match(halfWidth(text).trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    return y >= 1900 && y <= 2999 ? std::optional<int>(y) : std::nullopt;
}

QString matchCity(const QString &typed, const QStringList &cities)
{
    // Most entries are a city's name as listed: found without a copy (the rules ask for every
    // case's city on every evaluation).
    if (cities.contains(typed))
        return typed;
    QString t = withoutSpaces(halfWidth(typed));
    if (t.isEmpty())
        return {};
    if (cities.contains(t))
        return t;
    for (const QString &prefix : {QStringLiteral("广东省"), QStringLiteral("广东")}) {
        if (t.startsWith(prefix) && t.size() > prefix.size()) {
            t = t.mid(prefix.size());
            break;
        }
    }
    for (const QString &city : cities) {
        const QStringView bare = city.endsWith(u'市') ? QStringView(city).chopped(1) : city;
        if (t == city || t == bare)
            return city;
    }
    return {};
}

} // namespace shenbao
