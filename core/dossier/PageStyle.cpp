// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/PageStyle.h"

#include <QFontDatabase>
#include <QStringList>

#ifdef SHENBAO_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace shenbao::pages {

namespace {

// Order = preference. Noto Serif CJK SC is the 宋体-like face; its text maps need the repair in
// PdfPostProcess (Kangxi radicals). WenQuanYi Zen Hei maps cleanly and is the fallback for all.
constexpr const char *kBody[] = {"Noto Serif CJK SC", "Source Han Serif SC", "WenQuanYi Zen Hei",
                                 "Noto Sans CJK SC"};
constexpr const char *kHeading[] = {"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei"};
constexpr const char *kMono[] = {"Noto Sans Mono CJK SC", "WenQuanYi Zen Hei Mono",
                                 "DejaVu Sans Mono"};

bool listed(const QString &family)
{
    return QFontDatabase::families().contains(family, Qt::CaseInsensitive);
}

#ifdef SHENBAO_HAVE_FONTCONFIG
// The files fontconfig has for exactly `family` (not its fallback for it), wherever the
// distribution installs them.
QStringList fontconfigFiles(const QString &family)
{
    QStringList files;
    if (!FcInit())
        return files;
    FcPattern *pattern = FcPatternCreate();
    const QByteArray name = family.toUtf8();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8 *>(name.constData()));
    FcObjectSet *objects = FcObjectSetBuild(FC_FILE, nullptr);
    if (FcFontSet *set = FcFontList(nullptr, pattern, objects)) {
        for (int i = 0; i < set->nfont; ++i) {
            FcChar8 *file = nullptr;
            if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) == FcResultMatch)
                files << QString::fromUtf8(reinterpret_cast<const char *>(file));
        }
        FcFontSetDestroy(set);
    }
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    files.removeDuplicates();
    files.sort(); // the same choice on every run
    return files;
}
#endif

template <std::size_t N> QString resolve(const char *const (&candidates)[N], const char *role)
{
    for (const char *candidate : candidates) {
        const QString family = QString::fromLatin1(candidate);
        if (ensureFontFamily(family))
            return family;
    }
    // Still printable (Qt falls back per glyph), but the text layer may not survive.
    qWarning("shenbao: no CJK font found for dossier %s text; install fonts-noto-cjk or "
             "fonts-wqy-zenhei",
             role);
    return QString::fromLatin1(candidates[0]);
}

} // namespace

bool ensureFontFamily(const QString &family)
{
    if (listed(family))
        return true;
#ifdef SHENBAO_HAVE_FONTCONFIG
    // Every file of the family (one per weight, as Noto CJK ships them): registering only the
    // first would make the bold face the only, and so the regular, one.
    const QStringList files = fontconfigFiles(family);
    for (const QString &file : files)
        QFontDatabase::addApplicationFont(file);
    return !files.isEmpty() && listed(family);
#else
    return false;
#endif
}

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
