// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/OutputGuard.h"

#include "store/AtomicOutput.h"
#include "store/ProjectFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace shenbao {

namespace {

QString line(const QString &path, const QString &what)
{
    return path + QStringLiteral(": ") + what;
}

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("文件夹");
    if (S_ISFIFO(mode))
        return QStringLiteral("管道（FIFO）");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("设备");
    if (S_ISSOCK(mode))
        return QStringLiteral("套接字");
    return QStringLiteral("特殊文件");
}

struct Identity
{
    bool exists = false;
    dev_t dev = 0;
    ino_t ino = 0;
    mode_t mode = 0;
    QString canonical; // absolute, links resolved as far as they exist
};

Identity identify(const QString &path)
{
    Identity id;
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        id.exists = true;
        id.dev = st.st_dev;
        id.ino = st.st_ino;
        id.mode = st.st_mode;
    }
    const QFileInfo info(path);
    id.canonical = id.exists ? info.canonicalFilePath() : QString();
    if (id.canonical.isEmpty()) {
        // Not there yet: its folder resolved, plus the name.
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        id.canonical = (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
    }
    return id;
}

bool same(const Identity &a, const Identity &b)
{
    if (a.exists && b.exists && a.dev == b.dev && a.ino == b.ino)
        return true;
    return a.canonical == b.canonical;
}

QString describe(const NamedPath &p)
{
    return p.role.isEmpty() ? p.path : p.role + u' ' + p.path;
}

} // namespace

bool isShenbaoProjectFile(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(100);
    if (head.size() < 100 || !head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return false;
    const auto byte = [&](int i) {
        return quint32(quint8(head.at(i)));
    };
    const quint32 appId = byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71);
    return appId == quint32(ProjectFile::kApplicationId);
}

QString checkOutputPaths(const QList<NamedPath> &outputs, const QList<NamedPath> &inputs)
{
    QList<Identity> inputIds;
    for (const auto &in : inputs)
        inputIds << identify(in.path);
    QList<Identity> outputIds;
    for (const auto &out : outputs) {
        const Identity id = identify(out.path);
        if (out.path.isEmpty())
            return line(describe(out), QStringLiteral("输出文件名为空"));
        if (id.exists && !S_ISREG(id.mode)) {
            return line(out.path, QStringLiteral("这是%1，不是普通文件；%2 需要一个文件名，"
                                                 "例如 %3/输出文件")
                                      .arg(kindOf(id.mode), out.role, out.path));
        }
        const QFileInfo info(out.path);
        if (QFile::encodeName(info.fileName()).size() > 255)
            return line(out.path.left(80) + QStringLiteral("…"),
                        QStringLiteral("文件名过长（%1 字节，最多 255 字节）；请用较短的文件名")
                            .arg(QFile::encodeName(info.fileName()).size()));
        const QString folder = info.absolutePath();
        const QFileInfo folderInfo(folder);
        if (!folderInfo.exists())
            return line(out.path, QStringLiteral("所在文件夹 %1 不存在").arg(folder));
        if (!folderInfo.isDir())
            return line(out.path, QStringLiteral("%1 不是文件夹").arg(folder));
#ifdef Q_OS_UNIX
        if (::access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0)
            return line(
                out.path,
                QStringLiteral("所在文件夹 %1 不可写入：%2").arg(folder, systemReason(errno)));
#endif
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            if (same(id, inputIds.at(i)))
                return line(out.path, QStringLiteral("%1 与%2 是同一个文件；写入会毁掉它，请另选"
                                                     "输出文件名")
                                          .arg(out.role, describe(inputs.at(i))));
        }
        for (qsizetype i = 0; i < outputIds.size(); ++i) {
            if (same(id, outputIds.at(i)))
                return line(out.path, QStringLiteral("%1 与 %2 是同一个文件；每个输出需要不同的"
                                                     "文件名")
                                          .arg(out.role, describe(outputs.at(i))));
        }
        if (id.exists && isShenbaoProjectFile(out.path))
            return line(out.path, QStringLiteral("这是一个 Shenbao 项目文件，不会被 %1 覆盖；"
                                                 "请另选输出文件名")
                                      .arg(out.role));
        outputIds << id;
    }
    return {};
}

QString checkInputFile(const QString &path, qint64 maxBytes, const QString &what)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        const int err = errno;
        if (err == ENOENT)
            return line(path, QStringLiteral("文件不存在"));
        return line(path, QStringLiteral("无法读取：%1").arg(systemReason(err)));
    }
    if (!S_ISREG(st.st_mode))
        return line(path, QStringLiteral("这是%1，不是%2").arg(kindOf(st.st_mode), what));
    if (maxBytes > 0 && st.st_size > maxBytes)
        return line(path, QStringLiteral("文件过大（%1 MB），%2最大 %3 MB；未读取")
                              .arg(st.st_size >> 20)
                              .arg(what)
                              .arg(maxBytes >> 20));
    if (::access(QFile::encodeName(path).constData(), R_OK) != 0)
        return line(path, QStringLiteral("无法读取：%1").arg(systemReason(errno)));
    return {};
}

} // namespace shenbao
