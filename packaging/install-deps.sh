#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
#
# Installs everything Shenbao needs to build, test and run on Debian 12, as root.
# Idempotent: when every package is already installed it changes nothing and skips apt-get update.
set -euo pipefail

packages=(
  # build
  cmake g++ make pkg-config
  qt6-base-dev qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 libqt6test6 qt6-image-formats-plugins qt6-translations-l10n
  libsqlite3-dev libqpdf-dev libxlsxwriter-dev libssl-dev zlib1g-dev catch2
  # run: a CJK font whose glyphs map back to the right code points in PDFs
  fonts-noto-cjk fonts-wqy-zenhei
  # tests read the outputs back with other tools
  qpdf poppler-utils python3 python3-openpyxl sqlite3 imagemagick
  xvfb xauth
  # the binder benchmark compares against img2pdf + qpdf
  img2pdf
  # packaging: cpack's DEB dependency scan (dpkg-shlibdeps) and the desktop-integration tests
  # (menu entry, MIME type by content, AppStream metainfo, the deb_install test)
  dpkg-dev desktop-file-utils shared-mime-info xdg-utils libfile-mimeinfo-perl appstream
  # fonts found through fontconfig
  libfontconfig-dev
  # printing the PDF itself through CUPS; the print test starts a private cupsd
  libcups2-dev cups-daemon cups-client cups-filters
  # OCR of scanned certificates for the evidence cross-check; poppler-cpp for the page text
  # (through the fonts' ToUnicode maps) and the page rasters OCR reads
  libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim tesseract-ocr-eng libpoppler-cpp-dev
  # the tampering and clock tests
  python3-pikepdf faketime
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run this script as root (sudo $0) to install them" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q "${missing[@]}"
