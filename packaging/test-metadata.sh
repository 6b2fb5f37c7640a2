#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
#
# Checks the desktop-integration files without installing them (CTest: metainfo_validate,
# desktop_file_validate, mime_magic). Exit 0 pass, 1 fail, 77 skip (a checker is missing).
#
#   test-metadata.sh metainfo FILE.metainfo.xml VERSION
#   test-metadata.sh desktop  FILE.desktop
#   test-metadata.sh mime     FILE.xml SHENBAO_EXECUTABLE
set -euo pipefail

fail() { echo "FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || { echo "SKIP: $1 not installed (Debian: $2)"; exit 77; }; }

case "${1:-}" in
metainfo)
  file=$2 version=$3
  need appstreamcli appstream
  appstreamcli validate --no-net --explain "$file" || fail "appstreamcli validate: $file"
  # The newest release must be this build's version: CHANGELOG.md has a section for it.
  newest=$(grep -o -m1 '<release version="[^"]*"' "$file" | cut -d'"' -f2)
  [ "$newest" = "$version" ] ||
    fail "newest <release> is '$newest', project(VERSION) is $version: add a CHANGELOG.md section"
  echo "ok: $file validates, newest release $newest"
  ;;
desktop)
  file=$2
  need desktop-file-validate desktop-file-utils
  out=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate: $out"
  [ -z "$out" ] || fail "desktop-file-validate warns: $out"
  # The keys the rest of the integration relies on.
  grep -qx 'Exec=shenbao %f' "$file" || fail "Exec must pass the file: Exec=shenbao %f"
  grep -qx 'MimeType=application/x-shenbao;' "$file" || fail "MimeType must list application/x-shenbao"
  grep -qx 'Icon=org.shenbao.Shenbao' "$file" || fail "Icon must be the application id"
  echo "ok: $file"
  ;;
mime)
  xml=$2 exe=$3
  need update-mime-database shared-mime-info
  need mimetype libfile-mimeinfo-perl
  need python3 python3
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # Only our definition plus the system's (for application/vnd.sqlite3) are visible.
  export XDG_DATA_HOME=$tmp/data XDG_DATA_DIRS=/usr/share
  mkdir -p "$XDG_DATA_HOME/mime/packages"
  cp "$xml" "$XDG_DATA_HOME/mime/packages/"
  out=$(update-mime-database "$XDG_DATA_HOME/mime" 2>&1) || fail "update-mime-database: $out"
  [ -z "$out" ] || fail "update-mime-database warns about $xml: $out"

  "$exe" demo "$tmp/demo.shenbao" >/dev/null || fail "$exe demo failed"
  # SQLite stores PRAGMA application_id big-endian at byte 68: "SHBP".
  [ "$(od -A n -t x1 -j 68 -N 4 "$tmp/demo.shenbao" | tr -d ' ')" = 53484250 ] ||
    fail "demo project has no application id 0x53484250 at offset 68"
  cp "$tmp/demo.shenbao" "$tmp/renamed.bin"
  cp "$tmp/demo.shenbao" "$tmp/noextension"
  python3 - "$tmp" <<'PY'
import sqlite3, sys
d = sys.argv[1]
for name, app_id in (("plain.db", 0), ("neighbour.db", 0x53484251)):
    c = sqlite3.connect(f"{d}/{name}")
    c.execute(f"PRAGMA application_id = {app_id}")
    c.execute("CREATE TABLE t(a)")
    c.commit()
    c.close()
PY
  expect() { # file, mode (glob+magic or magic only), expected type
    local got
    if [ "$2" = magic ]; then got=$(mimetype --brief --magic-only "$1"); else got=$(mimetype --brief "$1"); fi
    [ "$got" = "$3" ] || fail "$(basename "$1") ($2): expected $3, got $got"
    echo "ok: $(basename "$1") ($2) is $got"
  }
  expect "$tmp/demo.shenbao" all application/x-shenbao
  expect "$tmp/demo.shenbao" magic application/x-shenbao
  expect "$tmp/renamed.bin" all application/x-shenbao
  expect "$tmp/noextension" all application/x-shenbao
  # Other SQLite files, including one whose application id differs by one, are not ours.
  expect "$tmp/plain.db" magic application/vnd.sqlite3
  expect "$tmp/neighbour.db" magic application/vnd.sqlite3
  ;;
*)
  echo "usage: $0 metainfo|desktop|mime …" >&2
  exit 2
  ;;
esac
