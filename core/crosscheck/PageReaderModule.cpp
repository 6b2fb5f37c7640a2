// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "crosscheck/PageReaderModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>

namespace shenbao::crosscheck {

namespace {

QMutex &directoriesMutex()
{
    static QMutex mutex;
    return mutex;
}

QStringList &addedDirectories()
{
    static QStringList dirs;
    return dirs;
}

// The folder of the running program. Without a QCoreApplication (a test, a tool) the kernel
// says where the program is.
QString programDirectory()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(u'/', 0, -2);
}

} // namespace

QString pageReaderFileName()
{
    // CMake's name for the module file (core/crosscheck/reader/CMakeLists.txt).
    return QStringLiteral(SHENBAO_PAGE_READER_FILE);
}

QStringList pageReaderDirectories()
{
    QStringList dirs;
    {
        QMutexLocker lock(&directoriesMutex());
        dirs = addedDirectories();
    }
    const QString program = programDirectory();
    if (!program.isEmpty()) {
        dirs << program;
        // bin/ → the installed private folder, relative so the installed tree can move.
        const QString installed =
            QDir::cleanPath(program + u'/' + QStringLiteral(SHENBAO_PRIVATE_DIR_FROM_BIN));
        if (!dirs.contains(installed))
            dirs << installed;
    }
    return dirs;
}

void addPageReaderDirectory(const QString &dir)
{
    QMutexLocker lock(&directoriesMutex());
    addedDirectories().prepend(dir);
}

PageReaderLoad loadPageReader(const QStringList &dirs)
{
    const QString name = pageReaderFileName();
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).filePath(name);
        if (!QFileInfo(path).isFile())
            continue;
        // Never unloaded: its objects (and Tesseract's and poppler's globals) live until exit.
        QLibrary library(path);
        if (!library.load())
            return {nullptr, QStringLiteral("无法加载 Shenbao 的页面读取模块 %1（%2）；请重新安装 "
                                            "shenbao")
                                 .arg(QDir::toNativeSeparators(path), library.errorString())};
        const auto entry = reinterpret_cast<PageReaderEntry>(library.resolve(kPageReaderEntry));
        const PageReader *reader = entry ? entry(kPageReaderInterfaceVersion) : nullptr;
        if (!reader)
            return {nullptr,
                    QStringLiteral("%1 不是本版本 shenbao（%2）的页面读取模块；请重新安装 shenbao")
                        .arg(QDir::toNativeSeparators(path), QStringLiteral(SHENBAO_VERSION))};
        return {reader, {}};
    }
    QStringList shown;
    for (const QString &dir : dirs)
        shown << QDir::toNativeSeparators(dir);
    return {nullptr, QStringLiteral("找不到 Shenbao 的页面读取模块 %1（已查找：%2）；读取 PDF "
                                    "文字和扫描件需要它，请重新安装 shenbao")
                         .arg(name, shown.join(QStringLiteral("、")))};
}

const PageReader *pageReader(QString *error)
{
    static const PageReaderLoad loaded = loadPageReader(pageReaderDirectories());
    if (error)
        *error = loaded.error;
    return loaded.reader;
}

} // namespace shenbao::crosscheck
