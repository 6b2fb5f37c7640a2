// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/PatentCsv.h"

#include "model/Money.h"

#include <QStringDecoder>

namespace shenbao {

namespace {

enum Column
{
    Title,
    Number,
    Kind,
    Granted,
    Core,
    ColumnCount
};

std::optional<Column> headerColumn(const QString &cell)
{
    const QString h = cell.trimmed().toLower();
    if (h == u"专利名称" || h == u"名称" || h == u"title")
        return Title;
    if (h == u"专利号" || h == u"number" || h == u"专利号码")
        return Number;
    if (h == u"类型" || h == u"专利类型" || h == u"kind")
        return Kind;
    if (h == u"授权日期" || h == u"授权公告日" || h == u"granted")
        return Granted;
    if (h == u"核心" || h == u"是否核心" || h == u"core" || h == u"核心专利")
        return Core;
    return std::nullopt;
}

std::optional<PatentKind> parseKind(const QString &cell)
{
    const QString s = cell.trimmed();
    if (auto k = fromKey<PatentKind>(s))
        return k;
    if (s.contains(u"实用新型"))
        return PatentKind::UtilityModel;
    if (s.contains(u"外观"))
        return PatentKind::Design;
    if (s.contains(u"发明"))
        return PatentKind::Invention;
    return std::nullopt;
}

std::optional<bool> parseYesNo(const QString &cell, bool *ok)
{
    const QString s = cell.trimmed().toLower();
    *ok = true;
    if (s.isEmpty())
        return std::nullopt;
    if (s == u"是" || s == u"y" || s == u"yes" || s == u"true" || s == u"1" || s == u"√" ||
        s == u"✓")
        return true;
    if (s == u"否" || s == u"n" || s == u"no" || s == u"false" || s == u"0" || s == u"×")
        return false;
    *ok = false;
    return std::nullopt;
}

} // namespace

QList<QStringList> PatentCsv::splitRecords(const QString &text, QChar separator)
{
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            record.append(cell);
            cell.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            record.append(cell);
            cell.clear();
            records.append(record);
            record.clear();
        } else {
            cell.append(c);
        }
    }
    if (!cell.isEmpty() || !record.isEmpty()) {
        record.append(cell);
        records.append(record);
    }
    return records;
}

PatentCsvResult PatentCsv::parse(const QByteArray &bytes, const QString &fileName)
{
    PatentCsvResult result;
    QString text;
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8.decode(bytes);
        if (utf8.hasError()) {
            QStringDecoder gb("GB18030");
            if (!gb.isValid()) {
                result.problems.append(
                    {Problem::Severity::Error, fileName,
                     tr("The file is not UTF-8. Save it as \"CSV UTF-8\" and import it again.")});
                return result;
            }
            text = gb.decode(bytes);
        }
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    const qsizetype firstLineEnd = text.indexOf(u'\n');
    const QString firstLine = text.left(firstLineEnd < 0 ? text.size() : firstLineEnd);
    QChar separator = u',';
    if (!firstLine.contains(u',') && firstLine.contains(u'\t'))
        separator = u'\t';
    else if (!firstLine.contains(u',') && firstLine.contains(u';'))
        separator = u';';

    QList<QStringList> records = splitRecords(text, separator);
    int columnOf[ColumnCount] = {0, 1, 2, 3, 4};
    int firstDataRecord = 0;
    if (!records.isEmpty()) {
        bool isHeader = false;
        int mapped[ColumnCount] = {-1, -1, -1, -1, -1};
        for (int i = 0; i < records.first().size(); ++i) {
            if (const auto col = headerColumn(records.first()[i])) {
                mapped[*col] = i;
                isHeader = true;
            }
        }
        if (isHeader) {
            std::copy(std::begin(mapped), std::end(mapped), std::begin(columnOf));
            firstDataRecord = 1;
        }
    }

    for (qsizetype r = firstDataRecord; r < records.size(); ++r) {
        const QStringList &rec = records[r];
        auto cell = [&](Column c) {
            const int i = columnOf[c];
            return i >= 0 && i < rec.size() ? rec[i].trimmed() : QString();
        };
        bool blank = true;
        for (const QString &c : rec)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        const QString where = tr("%1, line %2").arg(fileName).arg(r + 1);
        Patent p;
        if (!cell(Title).isEmpty())
            p.title = cell(Title);
        if (!cell(Number).isEmpty())
            p.number = cell(Number);
        if (!cell(Kind).isEmpty()) {
            p.kind = parseKind(cell(Kind));
            if (!p.kind)
                result.problems.append(
                    {Problem::Severity::Warning, where,
                     tr("Kind \"%1\" is not 发明专利, 实用新型专利 or 外观设计专利; left empty.")
                         .arg(cell(Kind))});
        }
        if (!cell(Granted).isEmpty()) {
            p.granted = parseDate(cell(Granted));
            if (!p.granted)
                result.problems.append(
                    {Problem::Severity::Warning, where,
                     tr("Grant date \"%1\" is not a date such as 2020-06-01; left empty.")
                         .arg(cell(Granted))});
        }
        bool ok = true;
        p.core = parseYesNo(cell(Core), &ok);
        if (!ok)
            result.problems.append(
                {Problem::Severity::Warning, where,
                 tr("Core \"%1\" is neither 是 nor 否; left empty.").arg(cell(Core))});
        result.patents.append(p);
    }
    if (result.patents.isEmpty())
        result.problems.append(
            {Problem::Severity::Error, fileName, tr("The file contains no patents.")});
    return result;
}

} // namespace shenbao
