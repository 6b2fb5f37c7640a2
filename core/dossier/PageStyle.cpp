// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/PageStyle.h"

#include <QFile>
#include <QFontDatabase>
#include <QStringList>

namespace shenbao::pages {

namespace {

struct Candidate
{
    const char *family;
    const char *file; // Debian path, registered by file if fontconfig does not list the family
};

// Order = preference. Noto Serif CJK SC is the 宋体-like face; its text maps need the repair in
// PdfPostProcess (Kangxi radicals). WenQuanYi Zen Hei maps cleanly and is the fallback for all.
constexpr Candidate kBody[] = {
    {"Noto Serif CJK SC", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"},
    {"Source Han Serif SC", nullptr},
    {"WenQuanYi Zen Hei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"},
    {"Noto Sans CJK SC", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"},
};
constexpr Candidate kHeading[] = {
    {"Noto Sans CJK SC", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"},
    {"Source Han Sans SC", nullptr},
    {"WenQuanYi Zen Hei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"},
};
constexpr Candidate kMono[] = {
    {"Noto Sans Mono CJK SC", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"},
    {"WenQuanYi Zen Hei Mono", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"},
    {"DejaVu Sans Mono", nullptr},
};

template <std::size_t N> QString resolve(const Candidate (&candidates)[N], const char *role)
{
    auto listed = [](const QString &family) {
        return QFontDatabase::families().contains(family, Qt::CaseInsensitive);
    };
    for (const auto &c : candidates) {
        const QString family = QString::fromLatin1(c.family);
        if (listed(family))
            return family;
        if (c.file && QFile::exists(QString::fromLatin1(c.file))) {
            QFontDatabase::addApplicationFont(QString::fromLatin1(c.file));
            if (listed(family))
                return family;
        }
    }
    // Still printable (Qt falls back per glyph), but the text layer may not survive.
    qWarning("shenbao: no CJK font found for dossier %s text; install fonts-noto-cjk or "
             "fonts-wqy-zenhei",
             role);
    return QString::fromLatin1(candidates[0].family);
}

} // namespace

QString pageFontFamily(FontRole role)
{
    // Resolved once per process: the font database does not change while we run.
    static const QString body = resolve(kBody, "body");
    static const QString heading = resolve(kHeading, "heading");
    static const QString mono = resolve(kMono, "monospace");
    switch (role) {
    case FontRole::Body:
        return body;
    case FontRole::Heading:
        return heading;
    case FontRole::Mono:
        return mono;
    }
    return body;
}

QStringList pageFontFamilies()
{
    return {pageFontFamily(FontRole::Body), pageFontFamily(FontRole::Heading),
            pageFontFamily(FontRole::Mono)};
}

QFont pageFont(FontRole role, qreal pointSize, bool bold)
{
    QFont f(pageFontFamily(role));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setKerning(false);
    f.setStyleHint(role == FontRole::Mono      ? QFont::Monospace
                   : role == FontRole::Heading ? QFont::SansSerif
                                               : QFont::Serif);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferNoShaping | QFont::PreferOutline));
    return f;
}

} // namespace shenbao::pages
