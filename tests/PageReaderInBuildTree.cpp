// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later

// Test programs live in build/tests/<layer>/, away from the page-reader module next to
// build/app/shenbao: this tells PageReaderModule where the build put it, before main() runs and
// so before any cross-check loads it (tests/CMakeLists.txt, shenbao_find_page_reader_in_build).

#include "crosscheck/PageReaderModule.h"

namespace {

const bool pageReaderDirectoryAdded = [] {
    shenbao::crosscheck::addPageReaderDirectory(QStringLiteral(SHENBAO_PAGE_READER_DIR));
    return true;
}();

} // namespace
