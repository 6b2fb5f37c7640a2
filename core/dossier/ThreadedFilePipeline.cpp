// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/ThreadedFilePipeline.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <stdexcept>
#include <unistd.h>

namespace shenbao {

namespace {

// One block is one write() call past the page cache (O_DIRECT): each such call waits for the
// device, so fewer, larger calls keep it busier. `dd oflag=direct` of 258 MB here: 2 MiB calls
// 115-160 ms, 512 KiB calls 160-190 ms; the 258 MB export 489-496 ms against 515-526 ms (16
// rounds, interleaved, 1 December). One block waits while another is written and a third
// filled: 6 MiB in all, against 5 MiB for eight 512 KiB blocks before.
constexpr qsizetype kBlockBytes = 2 * 1024 * 1024;
// Waiting blocks keep the writer busy while the next is filled; they are recycled, so the
// memory is touched once instead of freshly mapped for every block.
constexpr size_t kMaxWaitingBlocks = 1;
// Through the page cache (where O_DIRECT is refused, and the last partial page), one call
// writes at most this much: on this project's machines (Linux 6.x, ext4 with large folios, in
// a VM) write() calls of 2 MiB and more made the kernel's copy into the page cache 3-25 times
// slower than the same bytes in 1 MiB calls (`dd bs=2M` against `bs=1M`,
// docs/dossier-binding.md); an export in 4 MiB calls spent 2.5-3 s of system time where `cat`
// (128 KiB calls) spends 0.2 s.
constexpr size_t kCachedWriteBytes = 512 * 1024;
// Every this many bytes the kernel is asked to start writing them to disk. Left to the end,
// the writeback of a whole dossier (block allocation, I/O submission) ran in close() or the
// caller's fsync on the critical path (0.1-0.15 s for 258 MB); started as the file grows, it
// runs on this thread while the caller is still producing. Only a hint: the caller's fsync
// stays what makes the file durable.
constexpr qint64 kWritebackBytes = 8 * 1024 * 1024;
// O_DIRECT wants buffers, sizes and offsets in multiples of the device's logical block size;
// a page covers every device in use.
constexpr size_t kDirectAlignment = 4096;
static_assert(kBlockBytes % kDirectAlignment == 0);

} // namespace

ThreadedFilePipeline::ThreadedFilePipeline(const QString &path, qint64 startAt)
    : Pipeline("shenbao threaded file", nullptr)
    , m_path(path)
{
    if (startAt > 0 && startAt % qint64(kDirectAlignment) != 0)
        throw std::logic_error("ThreadedFilePipeline: a start that is not page-aligned");
    // Past the page cache where the file system allows it: a dossier is written once and not
    // read back here, and every page of cache it would fill is memory the kernel must find,
    // clear and copy into. Where O_DIRECT is refused (tmpfs, some network file systems), the
    // page cache as usual.
    const QByteArray name = QFile::encodeName(path);
    const int flags = O_WRONLY | O_CLOEXEC | (startAt < 0 ? O_CREAT | O_TRUNC : 0);
#ifdef O_DIRECT
    m_fd = ::open(name.constData(), flags | O_DIRECT, 0644);
    m_direct = m_fd >= 0;
    if (m_fd < 0 && errno == EINVAL)
#endif
        m_fd = ::open(name.constData(), flags, 0644);
    if (m_fd >= 0 && startAt > 0 && ::lseek(m_fd, startAt, SEEK_SET) != startAt) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_fd < 0) {
        m_openError = QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    m_blockStart = std::max<qint64>(startAt, 0);
    m_written = m_blockStart;
    m_writebackStart = m_blockStart;
    m_block = newBlock(kBlockBytes);
    m_writer = std::thread([this] { writerLoop(); });
}

ThreadedFilePipeline::~ThreadedFilePipeline()
{
    if (m_writer.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_changed.notify_all();
        m_writer.join();
    }
    if (m_fd >= 0)
        ::close(m_fd);
}

ThreadedFilePipeline::Block ThreadedFilePipeline::newBlock(size_t bytes)
{
    Block block;
    block.bytes.reset(static_cast<char *>(std::aligned_alloc(kDirectAlignment, bytes)));
    if (!block.bytes)
        throw std::bad_alloc();
    return block;
}

void ThreadedFilePipeline::throwIfFailed()
{
    if (m_errno != 0) {
        throw std::runtime_error(QFile::encodeName(m_path).toStdString() + ": " +
                                 std::strerror(m_errno));
    }
}

void ThreadedFilePipeline::write(unsigned char const *data, size_t len)
{
    while (len > 0) {
        const size_t room = size_t(kBlockBytes - m_block.size);
        const size_t n = std::min(room, len);
        std::memcpy(m_block.bytes.get() + m_block.size, data, n);
        m_block.size += qsizetype(n);
        data += n;
        len -= n;
        if (m_block.size >= kBlockBytes)
            handOver(false);
    }
}

void ThreadedFilePipeline::keepPages(qint64 offset, qint64 length)
{
    if (offset < position() || length <= 0)
        throw std::logic_error("ThreadedFilePipeline: pages kept after they were written");
    for (qint64 page = offset - offset % qint64(kDirectAlignment); page < offset + length;
         page += qint64(kDirectAlignment))
        m_kept.try_emplace(page);
}

void ThreadedFilePipeline::rewrite(qint64 offset, const QByteArray &bytes)
{
    if (offset < 0 || offset + bytes.size() > position())
        throw std::logic_error("ThreadedFilePipeline: rewriting bytes not yet written");
    for (qsizetype done = 0; done < bytes.size();) {
        const qint64 at = offset + done;
        qsizetype n = 0;
        if (at >= m_blockStart) { // still in the block being filled
            n = bytes.size() - done;
            std::memcpy(m_block.bytes.get() + (at - m_blockStart), bytes.constData() + done,
                        size_t(n));
        } else {
            const qint64 page = at - at % qint64(kDirectAlignment);
            const auto kept = m_kept.find(page);
            if (kept == m_kept.end() || kept->second.copy.size == 0)
                throw std::logic_error("ThreadedFilePipeline: rewriting a page not kept");
            n = std::min<qsizetype>(bytes.size() - done,
                                    std::min(page + kept->second.copy.size, m_blockStart) - at);
            if (n <= 0)
                throw std::logic_error("ThreadedFilePipeline: rewriting past a kept page");
            std::memcpy(kept->second.copy.bytes.get() + (at - page), bytes.constData() + done,
                        size_t(n));
            kept->second.rewritten = true;
        }
        done += n;
    }
}

void ThreadedFilePipeline::copyKeptPages()
{
    const qint64 end = m_blockStart + m_block.size;
    for (auto it = m_kept.lower_bound(m_blockStart); it != m_kept.end() && it->first < end; ++it) {
        KeptPage &page = it->second;
        page.copy = newBlock(kDirectAlignment);
        page.copy.size = qsizetype(std::min(qint64(kDirectAlignment), end - it->first));
        std::memcpy(page.copy.bytes.get(), m_block.bytes.get() + (it->first - m_blockStart),
                    size_t(page.copy.size));
    }
}

void ThreadedFilePipeline::writeRewrittenPages()
{
    // After the sequential writes, each rewritten page goes where it was, through the page
    // cache: a dossier's 120 scans have as many pages to rewrite, and written past the cache
    // each waited for the device (28 ms in all for the 258 MB corpus, at the end of the
    // export), where through it they are copies the caller's fsync then writes together.
    if (m_direct)
        leaveDirect();
    for (auto &[offset, page] : m_kept) {
        if (!page.rewritten)
            continue;
        for (;;) {
            const ssize_t n = ::pwrite(m_fd, page.copy.bytes.get(), size_t(page.copy.size), offset);
            if (n < 0 && errno == EINTR)
                continue;
            if (n != ssize_t(page.copy.size))
                m_errno = n < 0 ? errno : EIO;
            break;
        }
        if (m_errno != 0)
            return;
    }
}

void ThreadedFilePipeline::handOver(bool last)
{
    copyKeptPages();
    std::unique_lock lock(m_mutex);
    throwIfFailed();
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxWaitingBlocks || m_errno != 0; });
    throwIfFailed();
    Block next;
    if (!m_spare.empty()) {
        next = std::move(m_spare.back());
        m_spare.pop_back();
    }
    m_blockStart += m_block.size;
    if (m_block.size > 0)
        m_queue.push_back(std::exchange(m_block, std::move(next)));
    if (last)
        m_closing = true;
    lock.unlock();
    m_changed.notify_all();
    if (!last && !m_block.bytes)
        m_block = newBlock(kBlockBytes);
    m_block.size = 0;
}

void ThreadedFilePipeline::finish()
{
    // qpdf calls finish() whenever one of its own pipelines in front of this one finishes,
    // many times per document: it is not the end of the output (close() is).
    std::lock_guard lock(m_mutex);
    throwIfFailed();
}

void ThreadedFilePipeline::close()
{
    if (m_closed)
        return;
    if (m_fd < 0)
        throw std::runtime_error(QFile::encodeName(m_path).toStdString() + ": " +
                                 m_openError.toStdString());
    handOver(true);
    m_writer.join();
    m_closed = true;
    if (m_errno == 0)
        writeRewrittenPages();
    const int closed = ::close(m_fd);
    const int closeErrno = errno;
    m_fd = -1;
    throwIfFailed();
    if (closed != 0) {
        m_errno = closeErrno;
        throwIfFailed();
    }
}

void ThreadedFilePipeline::leaveDirect()
{
#ifdef O_DIRECT
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(m_fd, F_SETFL, flags & ~O_DIRECT);
#endif
    m_direct = false;
}

void ThreadedFilePipeline::writerLoop()
{
    for (;;) {
        Block block;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return; // closing, everything written
            block = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        const char *p = block.bytes.get();
        qsizetype left = block.size;
        int failed = 0;
        while (left > 0) {
            // The last block is not a whole number of pages: its whole pages are written past
            // the page cache, the rest through it.
            size_t chunk = size_t(left);
            if (m_direct && chunk % kDirectAlignment != 0) {
                chunk -= chunk % kDirectAlignment;
                if (chunk == 0)
                    leaveDirect();
            }
            if (!m_direct)
                chunk = std::min(size_t(left), kCachedWriteBytes);
            const ssize_t n = ::write(m_fd, p, chunk);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno == EINVAL && m_direct) {
                leaveDirect(); // refused after all (a file system that checks late)
                continue;
            }
            if (n <= 0) {
                failed = n < 0 ? errno : EIO;
                break;
            }
            p += n;
            left -= n;
        }
        if (failed != 0) {
            {
                std::lock_guard lock(m_mutex);
                m_errno = failed;
                m_queue.clear();
            }
            m_changed.notify_all();
            return;
        }
#ifdef Q_OS_LINUX
        m_written += block.size;
        if (!m_direct && m_written - m_writebackStart >= kWritebackBytes) {
            ::sync_file_range(m_fd, m_writebackStart, m_written - m_writebackStart,
                              SYNC_FILE_RANGE_WRITE);
            m_writebackStart = m_written;
        }
#endif
        std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(block));
    }
}

} // namespace shenbao
