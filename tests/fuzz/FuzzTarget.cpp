// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// One libFuzzer executable per entry point of FuzzEntryPoints.h, chosen at compile time by
// SHENBAO_FUZZ_ENTRY. A broken property aborts, so the fuzzer keeps the input that broke it.

#include "FuzzEntryPoints.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#ifndef SHENBAO_FUZZ_ENTRY
#error "define SHENBAO_FUZZ_ENTRY to one of the functions of FuzzEntryPoints.h"
#endif

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Qt's warnings about hostile input are expected by the thousand; keep the log readable.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", msg.toLocal8Bit().constData());
            std::abort();
        }
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Not copied: reads past the end of the input land outside libFuzzer's exact-size buffer,
    // where AddressSanitizer sees them.
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString broken = shenbao::fuzz::SHENBAO_FUZZ_ENTRY(input);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "property broken: %s\n", broken.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
