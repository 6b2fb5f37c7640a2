// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "store/TempCleanup.h"

#include <QFile>

#include <atomic>
#include <csignal>
#include <cstring>
#include <mutex>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace shenbao::tempcleanup {

namespace {

constexpr int kSlots = 64;
constexpr int kPathBytes = 4096;

// state: 0 free, 1 being written, 2 a file, 3 a folder.
struct Slot
{
    std::atomic<int> state{0};
    char path[kPathBytes];
};

Slot g_slots[kSlots];
std::once_flag g_installed;

#ifdef Q_OS_UNIX
struct sigaction g_previous[3];
constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};

// Removes a folder's contents with system calls only (no malloc, no stdio): the folders
// hold evidence copies one or two levels deep.
void removeTree(int parent, const char *name, int depth)
{
    const int fd = ::openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        alignas(8) char buffer[4096];
        for (;;) {
            const long n = ::syscall(SYS_getdents64, fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (long pos = 0; pos < n;) {
                struct Entry
                {
                    unsigned long long ino;
                    long long off;
                    unsigned short reclen;
                    unsigned char type;
                    char name[1];
                };
                const auto *e = reinterpret_cast<const Entry *>(buffer + pos);
                pos += e->reclen;
                if (std::strcmp(e->name, ".") == 0 || std::strcmp(e->name, "..") == 0)
                    continue;
                if (::unlinkat(fd, e->name, 0) != 0 && depth < 6)
                    removeTree(fd, e->name, depth + 1);
            }
        }
        ::close(fd);
    }
    ::unlinkat(parent, name, AT_REMOVEDIR);
}

void onSignal(int sig)
{
    for (auto &slot : g_slots) {
        const int state = slot.state.load();
        if (state == 2)
            ::unlink(slot.path);
        else if (state == 3)
            removeTree(AT_FDCWD, slot.path, 0);
    }
    // Let the signal do what it did before (normally: end the program with its status).
    for (int i = 0; i < 3; ++i) {
        if (kSignals[i] == sig) {
            ::sigaction(sig, &g_previous[i], nullptr);
            break;
        }
    }
    ::raise(sig);
}

void install()
{
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 3; ++i) {
        ::sigaction(kSignals[i], nullptr, &g_previous[i]);
        // A signal the program ignores (nohup) stays ignored.
        if (g_previous[i].sa_handler == SIG_IGN)
            continue;
        ::sigaction(kSignals[i], &action, nullptr);
    }
}
#else
void install() {}
#endif

} // namespace

int track(const QString &path, bool folder)
{
    std::call_once(g_installed, install);
    const QByteArray bytes = QFile::encodeName(path);
    if (bytes.size() >= kPathBytes)
        return -1;
    for (int i = 0; i < kSlots; ++i) {
        int expected = 0;
        if (!g_slots[i].state.compare_exchange_strong(expected, 1))
            continue;
        std::memcpy(g_slots[i].path, bytes.constData(), size_t(bytes.size()) + 1);
        g_slots[i].state.store(folder ? 3 : 2);
        return i;
    }
    return -1;
}

void release(int slot)
{
    if (slot >= 0 && slot < kSlots)
        g_slots[slot].state.store(0);
}

} // namespace shenbao::tempcleanup
