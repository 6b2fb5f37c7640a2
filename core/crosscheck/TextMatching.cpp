// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "crosscheck/TextMatching.h"

#include "rules/PatentNumber.h"
#include "rules/Uscc.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace shenbao::crosscheck {

namespace {

QChar foldWidth(QChar c)
{
    if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
        return QChar(char16_t(c.unicode() - 0xFEE0));
    if (c.unicode() == 0x3000)
        return QLatin1Char(' ');
    return c;
}

// A letter OCR commonly reads in place of a digit, inside a run of digits.
QChar digitFor(QChar c)
{
    switch (c.unicode()) {
    case u'O':
    case u'D':
        return QLatin1Char('0');
    case u'I':
    case u'L':
    case u'|':
        return QLatin1Char('1');
    default:
        return c;
    }
}

QString digitsOnly(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        out += digitFor(c);
    return out;
}

// Text between a label and the value that ends it: at most `maxLength` characters, cut at the
// next label a certificate or contract commonly prints after it.
QString valueAfter(const QString &folded, qsizetype from, qsizetype maxLength)
{
    static const QStringList kNextLabels = {QStringLiteral("地址"),
                                            QStringLiteral("住所"),
                                            QStringLiteral("授权公告日"),
                                            QStringLiteral("申请日"),
                                            QStringLiteral("专利号"),
                                            QStringLiteral("发明人"),
                                            QStringLiteral("设计人"),
                                            QStringLiteral("法定代表人"),
                                            QStringLiteral("类型"),
                                            QStringLiteral("注册资本"),
                                            QStringLiteral("乙方"),
                                            QStringLiteral("甲方"),
                                            QStringLiteral("统一社会信用代码")};
    QString value = folded.mid(from, maxLength);
    for (const QString &label : kNextLabels) {
        const qsizetype at = value.indexOf(label);
        if (at >= 0)
            value.truncate(at);
    }
    return value;
}

struct IdCandidate
{
    QString key;   // digits + check character, as compared
    QString shown; // canonical spelling for the report
    bool valid = false;
};

// The best of the candidates against the claimed key: equal → matched; one edit away and
// failing its own check → an OCR slip (likely); passing its own check → another number
// (differs). Candidates further away that fail their check are noise and are ignored.
FieldMatch judgeIdentifiers(const QString &claimedKey, const QList<IdCandidate> &candidates)
{
    FieldMatch best;
    int bestDistance = INT_MAX;
    for (const auto &c : candidates) {
        const int d = editDistance(claimedKey, c.key);
        MatchState state;
        if (d == 0)
            state = MatchState::Matched;
        else if (d == 1 && !c.valid)
            state = MatchState::Likely;
        else if (c.valid)
            state = MatchState::Differs;
        else
            continue;
        const int rank = matchRank(state);
        if (rank < matchRank(best.state) || (rank == matchRank(best.state) && d < bestDistance)) {
            best = {state, c.shown};
            bestDistance = d;
        }
    }
    return best;
}

const QRegularExpression &dateExpression()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![0-9])((?:19|20)[0-9]{2})[年./-]([0-9]{1,2})[月./-]([0-9]{1,2})(?![0-9])"));
    return re;
}

struct FoundDate
{
    QDate date;
    qsizetype at = 0;
};

QList<FoundDate> datesIn(const QString &folded)
{
    QList<FoundDate> out;
    auto it = dateExpression().globalMatch(folded);
    while (it.hasNext()) {
        const auto m = it.next();
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            out.append({d, m.capturedStart()});
    }
    return out;
}

// The first date printed within a few characters after one of the labels.
std::optional<QDate> labelledDate(const QString &folded, const QList<FoundDate> &dates,
                                  const QStringList &labels)
{
    for (const QString &label : labels) {
        qsizetype at = folded.indexOf(label);
        while (at >= 0) {
            const qsizetype end = at + label.size();
            for (const auto &d : dates) {
                if (d.at >= end && d.at <= end + 4)
                    return d.date;
            }
            at = folded.indexOf(label, end);
        }
    }
    return std::nullopt;
}

} // namespace

QString matchStateKey(MatchState state)
{
    switch (state) {
    case MatchState::Matched:
        return QStringLiteral("matched");
    case MatchState::Likely:
        return QStringLiteral("likely");
    case MatchState::NotFound:
        return QStringLiteral("notFound");
    case MatchState::Differs:
        return QStringLiteral("differs");
    }
    return {};
}

int matchRank(MatchState state)
{
    switch (state) {
    case MatchState::Matched:
        return 0;
    case MatchState::Likely:
        return 1;
    case MatchState::Differs:
        return 2;
    case MatchState::NotFound:
        return 3;
    }
    return 3;
}

QString foldText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool lineBreak = false;
    // NFKC first: it folds full-width forms and also the Kangxi radicals (⼈ U+2F08 for 人) that
    // some CJK fonts' ToUnicode maps give instead of the ideographs.
    const QString compatible = text.normalized(QString::NormalizationForm_KC);
    for (const QChar raw : compatible) {
        const QChar c = foldWidth(raw);
        if (c == u'\n' || c == u'\r' || c == u'\f' || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator) {
            lineBreak = !out.isEmpty();
            continue;
        }
        if (c.isSpace())
            continue;
        if (lineBreak) {
            out += u'\n'; // line breaks stay: they end identifiers and labelled values
            lineBreak = false;
        }
        out += c.toUpper();
    }
    return out;
}

QString foldName(const QString &text)
{
    QString out;
    const QString folded = foldText(text);
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c == u'\n' || c.isPunct() || c.isSymbol())
            continue;
        out += c;
    }
    return out;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (size_t j = 0; j < prev.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitute = prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

int substringDistance(const QString &needle, const QString &haystack, qsizetype *where,
                      qsizetype *length)
{
    // Sellers' algorithm: edit distance where the match may start anywhere in the haystack
    // (row 0 is all zeros); `start` follows each cell back to where its alignment began.
    const qsizetype m = needle.size(), n = haystack.size();
    if (m == 0)
        return 0;
    std::vector<int> prev(size_t(n) + 1, 0), cur(size_t(n) + 1);
    std::vector<qsizetype> prevStart(size_t(n) + 1), curStart(size_t(n) + 1);
    for (qsizetype j = 0; j <= n; ++j)
        prevStart[size_t(j)] = j;
    for (qsizetype i = 1; i <= m; ++i) {
        cur[0] = int(i);
        curStart[0] = 0;
        for (qsizetype j = 1; j <= n; ++j) {
            const size_t J = size_t(j);
            int best = prev[J - 1] + (needle.at(i - 1) == haystack.at(j - 1) ? 0 : 1);
            qsizetype start = prevStart[J - 1];
            if (prev[J] + 1 < best) {
                best = prev[J] + 1;
                start = prevStart[J];
            }
            if (cur[J - 1] + 1 < best) {
                best = cur[J - 1] + 1;
                start = curStart[J - 1];
            }
            cur[J] = best;
            curStart[J] = start;
        }
        std::swap(prev, cur);
        std::swap(prevStart, curStart);
    }
    // Among equally close places, the one whose length is nearest the needle's: a misread
    // character is then shown as found, not cut off.
    int best = int(m);
    qsizetype bestEnd = 0, bestSkew = m;
    for (qsizetype j = 0; j <= n; ++j) {
        const int d = prev[size_t(j)];
        const qsizetype skew = qAbs(j - prevStart[size_t(j)] - m);
        if (d < best || (d == best && skew < bestSkew)) {
            best = d;
            bestEnd = j;
            bestSkew = skew;
        }
    }
    if (where)
        *where = prevStart[size_t(bestEnd)];
    if (length)
        *length = bestEnd - prevStart[size_t(bestEnd)];
    return best;
}

int nameTolerance(qsizetype length)
{
    // Two or three characters (a person's name) must be exact: one edit would accept half
    // the page. Up to ten, one slip; longer titles one per ten characters.
    if (length < 4)
        return 0;
    return std::max<int>(1, int(length / 10));
}

FieldMatch matchPatentNumber(const QString &claimed, const QString &pageText)
{
    const PatentNumberCheck c = checkPatentNumber(claimed);
    QString claimedKey;
    if (!c.digits.isEmpty()) {
        claimedKey = c.digits + (c.givenCheck.isNull() ? QString() : QString(c.givenCheck));
    } else {
        claimedKey = foldText(claimed).remove(u'\n').remove(u'.');
        if (claimedKey.startsWith(QLatin1String("ZL")))
            claimedKey.remove(0, 2);
    }
    if (claimedKey.isEmpty())
        return {};

    static const QRegularExpression re(
        QStringLiteral("(?<![0-9A-Z])(?:ZL|2L|Z1)?([0-9OIL|]{12}|[0-9OIL|]{8})[.·•,，:\\-]?([0-"
                       "9XOIL|])(?![0-9])"));
    QList<IdCandidate> candidates;
    auto it = re.globalMatch(foldText(pageText));
    while (it.hasNext()) {
        const auto m = it.next();
        const QString digits = digitsOnly(m.captured(1));
        const QChar check =
            m.captured(2) == QLatin1String("X") ? QLatin1Char('X') : digitFor(m.captured(2).at(0));
        candidates.append({digits + check, QStringLiteral("ZL") + digits + u'.' + check,
                           patentCheckCharacter(digits) == check});
    }
    return judgeIdentifiers(claimedKey, candidates);
}

FieldMatch matchUscc(const QString &claimed, const QString &pageText)
{
    const QString claimedKey = checkUscc(claimed).normalized;
    if (claimedKey.isEmpty())
        return {};
    // Runs of code characters; the letters the USCC alphabet leaves out (I, O, S, V, Z) are
    // the ones OCR confuses with digits, so inside a run they are read as 1, 0, 5, U, 2.
    static const QRegularExpression re(QStringLiteral("[0-9A-Z]{18,}"));
    QList<IdCandidate> candidates;
    auto it = re.globalMatch(foldText(pageText));
    while (it.hasNext()) {
        QString run = it.next().captured(0);
        for (QChar &ch : run) {
            switch (ch.unicode()) {
            case u'O':
                ch = u'0';
                break;
            case u'I':
                ch = u'1';
                break;
            case u'S':
                ch = u'5';
                break;
            case u'Z':
                ch = u'2';
                break;
            case u'V':
                ch = u'U';
                break;
            default:
                break;
            }
        }
        for (qsizetype i = 0; i + 18 <= run.size(); ++i) {
            const QString window = run.mid(i, 18);
            candidates.append({window, window, checkUscc(window).valid});
        }
    }
    return judgeIdentifiers(claimedKey, candidates);
}

FieldMatch matchName(const QString &claimed, const QString &pageText, const QStringList &labels)
{
    const QString key = foldName(claimed);
    if (key.isEmpty())
        return {};
    const QString page = foldName(pageText);
    qsizetype at = 0, length = 0;
    const int d = substringDistance(key, page, &at, &length);
    if (d == 0)
        return {MatchState::Matched, page.mid(at, length)};
    if (d <= nameTolerance(key.size()))
        return {MatchState::Likely, page.mid(at, length)};
    // Not on the page as claimed: does the page state another value where the label is?
    for (const QString &label : labels) {
        const qsizetype l = page.indexOf(label);
        if (l < 0)
            continue;
        const QString value = valueAfter(page, l + label.size(), key.size() + 4);
        if (value.size() >= 2)
            return {MatchState::Differs, value.left(key.size())};
    }
    return {};
}

FieldMatch matchDate(const QDate &claimed, const QString &pageText, const QStringList &labels)
{
    if (!claimed.isValid())
        return {};
    const QString folded = foldText(pageText);
    const QList<FoundDate> dates = datesIn(folded);
    for (const auto &d : dates) {
        if (d.date == claimed)
            return {MatchState::Matched, d.date.toString(Qt::ISODate)};
    }
    if (const auto labelled = labelledDate(folded, dates, labels))
        return {MatchState::Differs, labelled->toString(Qt::ISODate)};
    return {};
}

FieldMatch matchYear(int claimed, const QString &pageText, const QStringList &labels)
{
    const QString folded = foldText(pageText);
    static const QRegularExpression re(QStringLiteral("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])"));
    auto it = re.globalMatch(folded);
    while (it.hasNext()) {
        if (it.next().captured(1).toInt() == claimed)
            return {MatchState::Matched, QString::number(claimed)};
    }
    if (const auto labelled = labelledDate(folded, datesIn(folded), labels))
        return {MatchState::Differs, QString::number(labelled->year())};
    return {};
}

} // namespace shenbao::crosscheck
