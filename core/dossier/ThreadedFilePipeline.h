// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <qpdf/Pipeline.hh>

#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace shenbao {

// The end of qpdf's writer: bytes go to a file, written by a thread of their own. Writing a
// dossier is mostly copying evidence (reading the project, qpdf's own buffering) and writing
// it out; with the write() calls on a second core the two overlap instead of taking turns.
// The file is written past the page cache (O_DIRECT) where the file system allows it, in
// page-aligned 2 MiB blocks, the last partial page through the cache in calls of at most
// 512 KiB (see the .cpp for why). Memory stays bounded: at most one block waits, and written
// blocks are reused.
//
// A failed write (full disk, quota, I/O error) is thrown from the next write(), finish() or
// close() as std::runtime_error "PATH: <C library message>", as qpdf's own file output does.
class ThreadedFilePipeline final : public Pipeline
{
public:
    // Creates (or truncates) `path`; check isOpen(). With `startAt`, a page-aligned offset, the
    // file is opened as it is and written from there: two pipelines can write one file's
    // separate parts at once.
    explicit ThreadedFilePipeline(const QString &path, qint64 startAt = -1);
    ~ThreadedFilePipeline() override;
    ThreadedFilePipeline(const ThreadedFilePipeline &) = delete;
    ThreadedFilePipeline &operator=(const ThreadedFilePipeline &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    QString errorString() const { return m_openError; }

    void write(unsigned char const *data, size_t len) override;
    // Only reports a failed write: qpdf calls it many times while writing.
    void finish() override;
    // After the writer is done: writes what is left and the pages rewritten (see rewrite()),
    // waits for the thread, closes the file.
    void close();

    // The file offset of the next byte written.
    qint64 position() const { return m_blockStart + m_block.size; }
    // Keeps a copy of the pages that will hold [offset, offset + length), bytes not yet
    // written, so that rewrite() can change them once they are in the file.
    void keepPages(qint64 offset, qint64 length);
    // Changes bytes already written (before position()); those before the block being filled
    // must lie in kept pages, which close() writes again.
    void rewrite(qint64 offset, const QByteArray &bytes);

private:
    void handOver(bool last);
    void copyKeptPages();
    void writeRewrittenPages();
    void writerLoop();
    void leaveDirect(); // the writer thread's: further writes through the page cache
    void throwIfFailed();

    QString m_path;
    QString m_openError;
    int m_fd = -1;
    bool m_closed = false;
    // Page-aligned, so that the file can be written with O_DIRECT.
    struct Block
    {
        std::unique_ptr<char, void (*)(void *)> bytes{nullptr, std::free};
        qsizetype size = 0;
    };
    static Block newBlock(size_t bytes);

    Block m_block;           // being filled by the caller
    qint64 m_blockStart = 0; // its file offset
    // Kept pages by file offset (keepPages); `size` is 0 until the page has been filled.
    struct KeptPage
    {
        Block copy;
        bool rewritten = false;
    };
    std::map<qint64, KeptPage> m_kept;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Block> m_queue;
    std::vector<Block> m_spare; // written blocks, to be filled again
    bool m_closing = false;
    int m_errno = 0;
    std::thread m_writer;
    // The writer thread's own: whether the file is written past the page cache (O_DIRECT),
    // bytes written, and where the writeback not yet asked for starts.
    bool m_direct = false;
    qint64 m_written = 0;
    qint64 m_writebackStart = 0;
};

} // namespace shenbao
