// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/AtomicOutput.h"

#include "store/TempCleanup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace shenbao {

namespace {

QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 36);
}

QString inFile(const QString &path, const QString &what)
{
    return path + QStringLiteral(": ") + what;
}

#ifdef Q_OS_UNIX
// fsync of a file by path; an error here (EIO, ENOSPC on some file systems) means the bytes
// may not be on disk.
int syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int rc = ::fsync(fd);
    const int err = rc == 0 ? 0 : errno;
    ::close(fd);
    return err;
}

// rename that fails when the target exists (two `shenbao new` racing for one name).
int renameNoReplace(const QByteArray &from, const QByteArray &to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    // File systems without RENAME_NOREPLACE: link() refuses an existing name atomically too.
    if (::link(from.constData(), to.constData()) != 0)
        return errno;
    ::unlink(from.constData());
    return 0;
}
#endif

} // namespace

QString systemReason(int err)
{
    const QString system = QString::fromLocal8Bit(std::strerror(err));
    QString hint;
    switch (err) {
    case ENOENT:
        hint = QStringLiteral("所在文件夹不存在");
        break;
    case ENOTDIR:
        hint = QStringLiteral("路径中有一部分不是文件夹");
        break;
    case EISDIR:
        hint = QStringLiteral("这是一个文件夹，不是文件");
        break;
    case EACCES:
    case EPERM:
        hint = QStringLiteral("没有写入权限");
        break;
    case EROFS:
        hint = QStringLiteral("所在磁盘只读");
        break;
    case ENOSPC:
    case EDQUOT:
        hint = QStringLiteral("磁盘空间不足");
        break;
    case ENAMETOOLONG:
        hint = QStringLiteral("文件名或路径过长（文件名最多 255 字节）");
        break;
    case EEXIST:
        hint = QStringLiteral("同名文件已存在");
        break;
    case EIO:
        hint = QStringLiteral("磁盘读写错误");
        break;
    default:
        return system;
    }
    return hint + u'（' + system + u'）';
}

void syncFolderOf(const QString &path)
{
#ifdef Q_OS_UNIX
    const QString dir = QFileInfo(path).absolutePath();
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

AtomicOutput::AtomicOutput(const QString &target)
    : m_target(target)
{
}

AtomicOutput::~AtomicOutput()
{
    if (!m_committed)
        discard();
}

bool AtomicOutput::open(QString *error)
{
    discard();
    const QString dir = QFileInfo(m_target).absolutePath();
    // Short and hidden: the target's own name may already be at the 255-byte limit. The name
    // is registered for the signal handler before the file exists, so that no interruption
    // can fall between creating it and registering it.
    int fd = -1;
    int err = 0;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        const QString candidate = dir + QStringLiteral("/.shenbao-%1.part").arg(randomSuffix());
        const int slot = tempcleanup::track(candidate);
        fd = ::open(QFile::encodeName(candidate).constData(),
                    O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            m_temp = candidate;
            m_slots << slot;
            break;
        }
        err = errno;
        tempcleanup::release(slot);
        if (err != EEXIST)
            break;
    }
    if (fd < 0) {
        if (error)
            *error =
                inFile(m_target,
                       QStringLiteral("无法在所在文件夹中创建临时文件：%1").arg(systemReason(err)));
        return false;
    }
    // mkstemp makes the file private (0600); the output gets the permissions the previous
    // file had, or what the umask gives a new file, as a plain write would.
    struct stat st = {};
    mode_t mode = 0;
    if (::stat(QFile::encodeName(m_target).constData(), &st) == 0 && S_ISREG(st.st_mode)) {
        mode = st.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    ::fchmod(fd, mode);
    ::close(fd);
    for (const auto &suffix : std::as_const(m_suffixes))
        m_slots << tempcleanup::track(m_temp + suffix);
    m_committed = false;
    return true;
}

void AtomicOutput::alsoRemove(const QString &suffix)
{
    m_suffixes << suffix;
    if (!m_temp.isEmpty())
        m_slots << tempcleanup::track(m_temp + suffix);
}

void AtomicOutput::discard()
{
    if (!m_temp.isEmpty()) {
        for (const auto &suffix : std::as_const(m_suffixes))
            QFile::remove(m_temp + suffix);
        QFile::remove(m_temp);
    }
    for (int slot : std::as_const(m_slots))
        tempcleanup::release(slot);
    m_slots.clear();
    m_temp.clear();
}

bool AtomicOutput::commit(const Verify &verify, QString *error, Replace replace)
{
    const auto fail = [&](const QString &what) {
        if (error)
            *error = inFile(m_target, what);
        discard();
        return false;
    };
    if (m_temp.isEmpty())
        return fail(QStringLiteral("内部错误：临时文件未创建"));
#ifdef Q_OS_UNIX
    if (const int err = syncFile(m_temp))
        return fail(QStringLiteral("写入失败：%1").arg(systemReason(err)));
#endif
    if (verify) {
        const QString wrong = verify(m_temp);
        if (!wrong.isEmpty())
            return fail(QStringLiteral("写出的文件校验不通过（%1）；原有文件未改动").arg(wrong));
    }
    const QByteArray from = QFile::encodeName(m_temp);
    const QByteArray to = QFile::encodeName(m_target);
#ifdef Q_OS_UNIX
    const int err = replace == Replace::Never
                        ? renameNoReplace(from, to)
                        : (::rename(from.constData(), to.constData()) == 0 ? 0 : errno);
    if (err != 0)
        return fail(QStringLiteral("无法写入：%1").arg(systemReason(err)));
#else
    if (replace == Replace::Never && QFile::exists(m_target))
        return fail(systemReason(EEXIST));
    QFile::remove(m_target);
    if (!QFile::rename(m_temp, m_target))
        return fail(QStringLiteral("无法写入"));
#endif
    for (const auto &suffix : std::as_const(m_suffixes))
        QFile::remove(m_temp + suffix);
    for (int slot : std::as_const(m_slots))
        tempcleanup::release(slot);
    m_slots.clear();
    m_temp.clear();
    m_committed = true;
    syncFolderOf(m_target);
    return true;
}

ScratchFolder::ScratchFolder(const QString &besideTarget)
{
    const QString dir = QFileInfo(besideTarget).absolutePath();
    int err = 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = dir + QStringLiteral("/.shenbao-work-%1").arg(randomSuffix());
        // Registered first, as for AtomicOutput: no window for a signal.
        const int slot = tempcleanup::track(candidate, true);
        if (::mkdir(QFile::encodeName(candidate).constData(), 0700) == 0) {
            m_path = candidate;
            m_slot = slot;
            return;
        }
        err = errno;
        tempcleanup::release(slot);
        if (err != EEXIST)
            break;
    }
    m_error = QStringLiteral("无法在输出文件所在文件夹中创建临时文件夹：%1").arg(systemReason(err));
}

ScratchFolder::~ScratchFolder()
{
    if (!m_path.isEmpty())
        QDir(m_path).removeRecursively();
    tempcleanup::release(m_slot);
}

QString ScratchFolder::filePath(const QString &name) const
{
    return m_path + u'/' + name;
}

} // namespace shenbao
