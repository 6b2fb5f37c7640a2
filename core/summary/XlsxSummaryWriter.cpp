// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "summary/XlsxSummaryWriter.h"

#include "store/AtomicOutput.h"
#include <QDateTime>

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace shenbao {

namespace {

constexpr int kColumns = 16;
// Excel's limit on the characters of one cell.
constexpr qsizetype kMaxCellCharacters = 32767;
constexpr lxw_row_t kTitleRow = 0, kHeaderLineRow = 1, kHeadingRow = 2, kFirstDataRow = 3;
constexpr uint8_t kPaperA4 = 9;
// Official Chinese forms are set in 宋体; naming it on every format is what makes Excel and
// WPS pick a CJK face instead of falling back glyph by glyph from Calibri.
constexpr const char *kFont = "宋体";
constexpr double kFontSize = 11;

// Column widths in Excel character units: a CJK character takes about two. The minimum keeps
// the wrapped header legible; the maximum keeps the sheet printable on one page wide, long
// names then wrap inside their cell.
struct ColumnWidth
{
    int min, max;
};
constexpr std::array<ColumnWidth, kColumns> kWidths{{
    {8, 8},   // 推荐顺序
    {24, 40}, // 申报单位名称
    {22, 22}, // 统一社会信用代码: 18 characters
    {10, 14}, // 所在地市
    {10, 16}, // 所在区（县）
    {10, 14}, // 单位性质
    {20, 40}, // 申报领域
    {12, 18}, // 认定方式
    {14, 16}, // 近三年平均主营业务收入（万元）
    {10, 10}, // 核心发明专利数
    {10, 10}, // 研发技术团队人数
    {12, 12}, // 年省内典型案例数
    {12, 14}, // 条件符合情况
    {10, 14}, // 联系人
    {15, 18}, // 联系电话
    {24, 50}, // 备注
}};

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t ch : text.toUcs4()) {
        const bool wide = (ch >= 0x1100 && ch <= 0x115F) || (ch >= 0x2E80 && ch <= 0xA4CF) ||
                          (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF) ||
                          (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60) ||
                          (ch >= 0xFFE0 && ch <= 0xFFE6) || ch >= 0x20000;
        width += wide ? 2 : 1;
    }
    return width;
}

struct Formats
{
    lxw_format *column = nullptr; // font only, so empty cells are 宋体 as well
    lxw_format *title = nullptr;
    lxw_format *headerLine = nullptr;
    lxw_format *heading = nullptr;
    lxw_format *textLeft = nullptr;
    lxw_format *textCentre = nullptr;
    lxw_format *literal = nullptr; // USCC, phone: text that looks like a number
    lxw_format *integer = nullptr;
    lxw_format *decimal = nullptr;
};

lxw_format *addFormat(lxw_workbook *wb, bool bordered)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_font_name(f, kFont);
    format_set_font_size(f, kFontSize);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (bordered)
        format_set_border(f, LXW_BORDER_THIN);
    return f;
}

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.column = addFormat(wb, false);

    f.title = addFormat(wb, false);
    format_set_bold(f.title);
    format_set_font_size(f.title, 16);
    format_set_align(f.title, LXW_ALIGN_CENTER);

    f.headerLine = addFormat(wb, false);
    format_set_align(f.headerLine, LXW_ALIGN_LEFT);

    f.heading = addFormat(wb, true);
    format_set_bold(f.heading);
    format_set_text_wrap(f.heading);
    format_set_align(f.heading, LXW_ALIGN_CENTER);

    f.textLeft = addFormat(wb, true);
    format_set_text_wrap(f.textLeft);
    format_set_align(f.textLeft, LXW_ALIGN_LEFT);

    f.textCentre = addFormat(wb, true);
    format_set_text_wrap(f.textCentre);
    format_set_align(f.textCentre, LXW_ALIGN_CENTER);

    // "@" keeps the cell text when someone edits it in Excel; otherwise a re-typed code
    // loses its leading zeros.
    f.literal = addFormat(wb, true);
    format_set_num_format(f.literal, "@");
    format_set_align(f.literal, LXW_ALIGN_CENTER);

    f.integer = addFormat(wb, true);
    format_set_num_format(f.integer, "0");
    format_set_align(f.integer, LXW_ALIGN_CENTER);

    f.decimal = addFormat(wb, true);
    format_set_num_format(f.decimal, "0.00");
    format_set_align(f.decimal, LXW_ALIGN_RIGHT);
    return f;
}

// What a cell can hold: libxlsxwriter takes C strings (a NUL would end the text there) and XML
// 1.0 has no other control characters than tab and line breaks, so those become U+FFFD; and
// Excel's 32,767-character limit, past which the text is cut with a visible marker.
QString cellText(const QString &value)
{
    QString text = value;
    for (QChar &c : text) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            c = QChar(0xFFFD);
    }
    if (text.size() > kMaxCellCharacters) {
        const QString marker = QStringLiteral("…（超长，已截断）");
        qsizetype cut = kMaxCellCharacters - marker.size();
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = text.left(cut) + marker;
    }
    return text;
}

// libxlsxwriter prints "[ERROR] …" lines on stderr; its error codes are reported instead (in
// the UI language), so stderr is pointed at /dev/null while it runs.
class QuietStderr
{
public:
    QuietStderr()
    {
#ifdef Q_OS_UNIX
        std::fflush(stderr);
        m_saved = ::dup(2);
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && null >= 0)
            ::dup2(null, 2);
        if (null >= 0)
            ::close(null);
#endif
    }
    ~QuietStderr()
    {
#ifdef Q_OS_UNIX
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, 2);
            ::close(m_saved);
        }
#endif
    }
    QuietStderr(const QuietStderr &) = delete;
    QuietStderr &operator=(const QuietStderr &) = delete;

private:
    int m_saved = -1;
};

// A zip archive ends with its end-of-central-directory record; a file cut short (full disk)
// has none, or one pointing past the end. Enough to know that the archive closed whole.
QString checkZipComplete(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    const qint64 size = f.size();
    if (size < 22)
        return QStringLiteral("文件不完整（%1 字节）").arg(size);
    const qint64 window = std::min<qint64>(size, 22 + 65535);
    f.seek(size - window);
    const QByteArray tail = f.read(window);
    const qsizetype at = tail.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (at < 0 || at + 22 > tail.size())
        return QStringLiteral("zip 文件不完整（没有结束目录）");
    const auto u32 = [&](qsizetype i) {
        return quint32(quint8(tail.at(i))) | quint32(quint8(tail.at(i + 1))) << 8 |
               quint32(quint8(tail.at(i + 2))) << 16 | quint32(quint8(tail.at(i + 3))) << 24;
    };
    const qint64 cdSize = u32(at + 12), cdOffset = u32(at + 16);
    if (cdOffset + cdSize > size - window + at)
        return QStringLiteral("zip 文件不完整（目录超出文件末尾）");
    return {};
}

// Collects the first libxlsxwriter error, so the writing code can stay linear.
class Sheet
{
public:
    explicit Sheet(lxw_worksheet *ws)
        : m_ws(ws)
    {
    }

    void text(lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *f)
    {
        if (value.isEmpty()) {
            blank(row, col, f);
            return;
        }
        const QByteArray utf8 = cellText(value).toUtf8();
        check(worksheet_write_string(m_ws, row, col, utf8.constData(), f));
    }
    void number(lxw_row_t row, lxw_col_t col, std::optional<double> value, lxw_format *f)
    {
        if (value)
            check(worksheet_write_number(m_ws, row, col, *value, f));
        else
            blank(row, col, f);
    }
    void blank(lxw_row_t row, lxw_col_t col, lxw_format *f)
    {
        check(worksheet_write_blank(m_ws, row, col, f));
    }
    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = e;
    }
    lxw_worksheet *ws() const { return m_ws; }
    lxw_error error() const { return m_error; }

private:
    lxw_worksheet *m_ws;
    lxw_error m_error = LXW_NO_ERROR;
};

std::optional<double> optionalNumber(std::optional<int> v)
{
    return v ? std::optional<double>(*v) : std::nullopt;
}

// The cells of one row as text, for sizing the columns.
QStringList cellTexts(const SummaryRow &r, int financeYears)
{
    const auto avg = averageHundredthsOfWan(r.mainRevenueSum3y, financeYears);
    return {r.order ? QString::number(*r.order) : QString(),
            r.name,
            r.uscc,
            r.city,
            r.district,
            r.orgType,
            r.domain,
            r.route,
            avg ? QString::number(double(*avg) / 100.0, 'f', 2) : QString(),
            QString::number(r.coreInventionPatents),
            r.rdStaff ? QString::number(*r.rdStaff) : QString(),
            QString::number(r.gdCasesInCaseYear),
            r.conditionState,
            r.contactName,
            r.contactMobile,
            r.remarks};
}

std::array<int, kColumns> columnWidths(const QList<SummaryRow> &rows, int financeYears)
{
    std::array<int, kColumns> widths{};
    for (int c = 0; c < kColumns; ++c)
        widths[c] = kWidths[c].min;
    for (const auto &row : rows) {
        const QStringList cells = cellTexts(row, financeYears);
        for (int c = 0; c < kColumns; ++c)
            widths[c] = std::clamp(displayWidth(cells[c]) + 2, widths[c], kWidths[c].max);
    }
    return widths;
}

void writeSheet(Sheet &sheet, const QList<SummaryRow> &rows, const SummaryHeader &header,
                const CallDefinition &call, const Formats &f)
{
    lxw_worksheet *ws = sheet.ws();
    const int years = int(call.financeYears.size());
    const auto widths = columnWidths(rows, years);
    for (lxw_col_t c = 0; c < kColumns; ++c)
        sheet.check(worksheet_set_column(ws, c, c, widths[c], f.column));

    const QByteArray title = call.summaryTitle.toUtf8();
    sheet.check(worksheet_merge_range(ws, kTitleRow, 0, kTitleRow, kColumns - 1, title.constData(),
                                      f.title));
    sheet.check(worksheet_set_row(ws, kTitleRow, 32, nullptr));
    const QByteArray line = summaryHeaderLine(header).toUtf8();
    sheet.check(worksheet_merge_range(ws, kHeaderLineRow, 0, kHeaderLineRow, kColumns - 1,
                                      line.constData(), f.headerLine));
    sheet.check(worksheet_set_row(ws, kHeaderLineRow, 22, nullptr));

    // Row heights are not recomputed by every reader, so give the wrapped headers the lines
    // they need explicitly.
    const QStringList headings = summaryHeaders(call);
    int headingLines = 1;
    for (int c = 0; c < kColumns; ++c) {
        sheet.text(kHeadingRow, lxw_col_t(c), headings[c], f.heading);
        const int usable = std::max(1, widths[c] - 1);
        headingLines = std::max(headingLines, (displayWidth(headings[c]) + usable - 1) / usable);
    }
    sheet.check(worksheet_set_row(ws, kHeadingRow, 14.5 * headingLines + 6, nullptr));
    worksheet_freeze_panes(ws, kFirstDataRow, 0);

    lxw_row_t row = kFirstDataRow;
    for (const auto &r : rows) {
        const auto avg = averageWan(r.mainRevenueSum3y, years);
        sheet.number(row, 0, optionalNumber(r.order), f.integer);
        sheet.text(row, 1, r.name, f.textLeft);
        sheet.text(row, 2, r.uscc, f.literal);
        sheet.text(row, 3, r.city, f.textCentre);
        sheet.text(row, 4, r.district, f.textCentre);
        sheet.text(row, 5, r.orgType, f.textCentre);
        sheet.text(row, 6, r.domain, f.textLeft);
        sheet.text(row, 7, r.route, f.textCentre);
        sheet.number(row, 8, avg, f.decimal);
        sheet.number(row, 9, double(r.coreInventionPatents), f.integer);
        sheet.number(row, 10, optionalNumber(r.rdStaff), f.integer);
        sheet.number(row, 11, double(r.gdCasesInCaseYear), f.integer);
        sheet.text(row, 12, r.conditionState, f.textCentre);
        sheet.text(row, 13, r.contactName, f.textCentre);
        sheet.text(row, 14, r.contactMobile, f.literal);
        sheet.text(row, 15, r.remarks, f.textLeft);
        ++row;
    }
    if (!rows.isEmpty()) {
        // The codes are deliberately text; Excel would otherwise flag every one of them.
        const QByteArray range =
            QStringLiteral("C%1:C%2 O%1:O%2").arg(kFirstDataRow + 1).arg(row).toLatin1();
        sheet.check(
            worksheet_ignore_errors(ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, range.constData()));
    }

    worksheet_set_paper(ws, kPaperA4);
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_center_horizontally(ws);
    worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.7);
    sheet.check(worksheet_repeat_rows(ws, kTitleRow, kHeadingRow));
    sheet.check(worksheet_set_footer(ws, "&C第 &P 页 共 &N 页"));
}

QString writeFailed(const QString &path, const QString &reason)
{
    return path + QStringLiteral(": 无法写入推荐汇总表：") + reason;
}

} // namespace

QString summaryHeaderLine(const SummaryHeader &header)
{
    const QString recommender = header.recommender.trimmed().isEmpty()
                                    ? QStringLiteral("____________")
                                    : header.recommender.trimmed();
    const QString date = header.date.isValid() ? QStringLiteral("%1年%2月%3日")
                                                     .arg(header.date.year())
                                                     .arg(header.date.month())
                                                     .arg(header.date.day())
                                               : QStringLiteral("____年__月__日");
    return QStringLiteral("推荐单位（盖章）：") + recommender + QStringLiteral("　　填表日期：") +
           date;
}

bool writeSummaryXlsx(const QString &path, const QList<SummaryRow> &rows,
                      const SummaryHeader &header, const CallDefinition &call, QString *error)
{
    // Beside the target, checked, then renamed (store/AtomicOutput): the previous file stays
    // until the new one is whole.
    AtomicOutput output(path);
    QString reason;
    if (!output.open(&reason)) {
        if (error)
            *error = reason;
        return false;
    }
    const auto fail = [&](const QString &why) {
        output.discard();
        if (error)
            *error = writeFailed(path, why);
        return false;
    };
    const QByteArray partName = QFile::encodeName(output.tempPath());

    lxw_error closed = LXW_NO_ERROR;
    lxw_error sheetError = LXW_NO_ERROR;
    {
        QuietStderr quiet;
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        options.use_zip64 = LXW_FALSE;
        // Its own scratch files beside the target too (not in TMPDIR).
        const QByteArray tmpdir = QFile::encodeName(QFileInfo(output.tempPath()).absolutePath());
        options.tmpdir = const_cast<char *>(tmpdir.constData());
        lxw_workbook *wb = workbook_new_opt(partName.constData(), &options);
        if (!wb)
            return fail(QStringLiteral("内存不足"));

        // A fixed creation date (the form date) instead of "now" makes the file reproducible.
        const QByteArray docTitle = call.summaryTitle.toUtf8();
        lxw_doc_properties props{};
        props.title = const_cast<char *>(docTitle.constData());
        const QDate created = header.date.isValid() ? header.date : call.evaluationDate;
        props.created = time_t(QDateTime(created, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());

        Sheet sheet(workbook_add_worksheet(wb, "推荐汇总表"));
        if (!sheet.ws()) {
            workbook_close(wb);
            return fail(QStringLiteral("无法创建工作表"));
        }
        sheet.check(workbook_set_properties(wb, &props));
        writeSheet(sheet, rows, header, call, makeFormats(wb));
        // workbook_close() also frees the workbook, so it runs even after an error.
        errno = 0;
        closed = workbook_close(wb);
        sheetError = sheet.error();
    }
    if (sheetError != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(sheetError)));
    if (closed != LXW_NO_ERROR) {
        // libxlsxwriter's own words are about its internals; errno says what the disk said.
        const int err = errno;
        return fail(err != 0 ? systemReason(err) : QString::fromUtf8(lxw_strerror(closed)));
    }
    if (!output.commit(checkZipComplete, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    return true;
}

bool writeApplicantSummaryXlsx(const QString &path, const Project &project,
                               const Evaluation &evaluation, const QDateTime &lastModified,
                               const CallDefinition &call, QString *error)
{
    const SummaryRow row = summaryRowFor(project, evaluation, call);
    return writeSummaryXlsx(
        path, {row},
        SummaryHeader{QString(), fillDateOf(project, lastModified, call.evaluationDate)}, call,
        error);
}

} // namespace shenbao
