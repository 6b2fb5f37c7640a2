#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
#
# Proves the Debian install path (issue 6, CTest deb_install): builds the .deb with CPack from
# a built tree, installs it with apt, runs the installed program (demo, check, export, read,
# and the window via the menu entry's command line on a virtual display), checks the menu
# entry, MIME type and file association, icons, metainfo and translations as installed, and
# removes the package again. Whatever happens, the machine is left as it was found: the package and
# any dependency apt pulled in for it are removed on every exit path.
#
#   packaging/test-deb.sh BUILD_DIR [EXPECTED_VERSION]
#
# Exit 0 pass, 1 fail, 2 usage, 77 skip (not root, no apt/dpkg/cpack, or shenbao is already
# installed here: then it is somebody's real installation and not ours to replace).
set -euo pipefail

usage() { echo "usage: $0 BUILD_DIR [EXPECTED_VERSION]" >&2; exit 2; }
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi
build=$(cd "$1" && pwd) || usage
version=${2:-}

say() { echo "test-deb: $*"; }
skip() { say "SKIP: $*"; exit 77; }
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || skip "needs root to install a package (run ctest as root, or sudo $0 $*)"
for tool in apt-get dpkg dpkg-deb dpkg-query cpack flock; do
  command -v "$tool" >/dev/null || skip "$tool not found (not a Debian system?)"
done
[ -f "$build/CPackConfig.cmake" ] || fail "$build/CPackConfig.cmake missing: configure and build first"

# One run at a time per machine: several build trees (developers, presets) may run their test
# suites at once, and two runs installing and removing the same package would trip each other.
exec 9>/var/lock/shenbao-deb-test.lock
flock -w 1500 9 || skip "another deb_install run held the lock for 25 minutes"

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
installed shenbao && skip "a shenbao package is already installed here; not replacing it"

export DEBIAN_FRONTEND=noninteractive
# Another apt run (a developer installing packages) must not make this test fail.
apt_opts=(-y -q -o DPkg::Lock::Timeout=600)

work=$(mktemp -d /tmp/shenbao-deb-test.XXXXXX)
we_installed=no

# The dependencies our apt-get install set up besides shenbao (none when install-deps.sh has
# run), read from its own log rather than from a before/after diff of the package list, so a
# package someone else installs meanwhile on a shared machine is never taken away.
pulled_in() {
  [ -f "$work/install.log" ] || return 0
  sed -n 's/^Setting up \([^: ]*\).*/\1/p' "$work/install.log" | grep -vx shenbao || true
}

# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
  local rc=$?
  set +e
  if [ "$we_installed" = yes ]; then
    local extra
    mapfile -t extra < <(pulled_in)
    say "removing shenbao ${extra[*]}"
    apt-get remove "${apt_opts[@]}" shenbao "${extra[@]}" >"$work/remove.log" 2>&1 ||
      { cat "$work/remove.log" >&2; rc=1; }
    if dpkg-query -W -f='${Status}' shenbao 2>/dev/null | grep -q "config-files"; then
      dpkg --purge shenbao >/dev/null
    fi
    if installed shenbao || [ -e /usr/bin/shenbao ]; then
      echo "test-deb: FAIL: shenbao still installed after apt-get remove" >&2
      rc=1
    fi
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

# --- build ---------------------------------------------------------------------------------
say "cpack -G DEB from $build"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/pkg/shenbao_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "expected one shenbao_*.deb in $work/pkg"; fi
deb=${debs[0]}
say "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = shenbao ] || fail "Package is '$(field Package)'"
[ -z "$version" ] || [ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
depends=$(field Depends)
say "Depends: $depends"
# shlibdeps must have found the libraries; the dlopen'ed plugin and the font are explicit.
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6pdf6 libqt6printsupport6 libqpdf \
           libxlsxwriter libsqlite3 qt6-image-formats-plugins fonts-noto-cjk; do
  grep -q "\b$dep" <<<"$depends" || fail "Depends lacks $dep"
done
# Qt's SQLite driver is a plugin shlibdeps cannot see: needed once the binary uses Qt SQL.
if ldd "$build/app/shenbao" | grep -q 'libQt6Sql\.so'; then
  grep -q '\blibqt6sql6-sqlite\b' <<<"$depends" || fail "shenbao links Qt SQL: Depends needs libqt6sql6-sqlite"
fi

contents=$(dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|')
expected_files=(
  /usr/bin/shenbao
  /usr/share/applications/org.shenbao.Shenbao.desktop
  /usr/share/mime/packages/org.shenbao.Shenbao.xml
  /usr/share/metainfo/org.shenbao.Shenbao.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/org.shenbao.Shenbao.svg
  /usr/share/doc/shenbao/copyright
)
for size in 16 24 32 48 64 128 256; do
  expected_files+=("/usr/share/icons/hicolor/${size}x${size}/apps/org.shenbao.Shenbao.png")
done
for f in "${expected_files[@]}"; do
  grep -qx "$f" <<<"$contents" || fail "package lacks $f"
done
# The windows' program and the page-reader module, in shenbao's private folder, off PATH
# (docs/decisions.md, "Start-up"): `shenbao` runs the one and loads the other when needed.
private_files=()
for f in shenbao-desktop shenbao-page-reader.so; do
  path=$(grep -E "^/usr/lib/([^/]+/)?shenbao/$f\$" <<<"$contents") || fail "package lacks lib/shenbao/$f"
  private_files+=("$path")
done
grep -q '^/usr/share/shenbao/translations/shenbao_zh_CN\.qm$' <<<"$contents" ||
  fail "package lacks the zh_CN translation"
say "package holds the programs, menu entry, MIME type, metainfo, icons and translations"

# The tree as packaged: the metainfo together with the desktop file and icons it refers to.
if command -v appstreamcli >/dev/null; then
  stage=$(find "$work/pkg/_CPack_Packages" -type d -path '*/DEB/shenbao-*' -prune | head -n 1)
  [ -n "$stage" ] || fail "cpack's staging tree not found under $work/pkg/_CPack_Packages"
  appstreamcli validate-tree --no-net "$stage" >"$work/as-tree.log" 2>&1 ||
    { cat "$work/as-tree.log" >&2; fail "appstreamcli validate-tree on the packaged tree"; }
  say "ok: appstreamcli validate-tree --no-net on the packaged tree"
fi

if command -v lintian >/dev/null; then
  # Informational: a CPack-built package is not a Debian source package, and lintian says so.
  say "lintian (informational):"
  lintian --tag-display-limit 0 "$deb" 2>&1 | sed 's/^/  /' || true
fi

# --- install -------------------------------------------------------------------------------
say "apt-get install $(basename "$deb")"
we_installed=yes
# Depends only: Recommends (Wayland, Qt's translations) would need the network and are not
# what this test is about.
apt-get install "${apt_opts[@]}" --no-install-recommends "$deb" >"$work/install.log" 2>&1 ||
  { cat "$work/install.log" >&2; fail "apt-get install failed"; }
installed shenbao || fail "shenbao not installed after apt-get install"

[ "$(command -v shenbao)" = /usr/bin/shenbao ] || fail "shenbao on PATH is $(command -v shenbao)"
for f in /usr/bin/shenbao "${private_files[@]}"; do
  if ldd "$f" | grep -q "not found"; then
    fail "unresolved libraries of $f: $(ldd "$f" | grep 'not found')"
  fi
done
got=$(/usr/bin/shenbao --version)
[ -z "$version" ] || [ "$got" = "shenbao $version" ] || fail "--version says '$got'"
say "ok: /usr/bin/shenbao --version: $got"

# --- run the installed program, from a directory of its own ----------------------------------
# A home of its own too: settings (recent files) and caches must not land in root's home.
run=$work/run
mkdir -p "$run" "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
       XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/runtime
cd "$run"
/usr/bin/shenbao demo demo.shenbao >/dev/null || fail "shenbao demo failed"
check=$(/usr/bin/shenbao check demo.shenbao) || fail "shenbao check: the demo is not eligible (exit $?)"
[ "$(tail -n 1 <<<"$check")" = "verdict: eligible" ] || fail "shenbao check: last line '$(tail -n 1 <<<"$check")'"
say "ok: demo, check ($(tail -n 1 <<<"$check"))"
/usr/bin/shenbao export demo.shenbao --pdf demo.pdf --xlsx row.xlsx >/dev/null || fail "shenbao export failed"
[ "$(head -c 5 demo.pdf)" = "%PDF-" ] || fail "export wrote no PDF"
if command -v qpdf >/dev/null; then
  qpdf --check demo.pdf >/dev/null 2>&1 || [ $? -eq 3 ] || fail "qpdf --check finds errors in the exported dossier"
fi
[ "$(head -c 2 row.xlsx)" = "PK" ] || fail "export wrote no XLSX"
/usr/bin/shenbao read demo.pdf >/dev/null || fail "shenbao read: the exported dossier does not read back"
say "ok: export --pdf --xlsx, read ($(stat -c %s demo.pdf) bytes)"

# --- desktop integration as installed --------------------------------------------------------
desktop=/usr/share/applications/org.shenbao.Shenbao.desktop
if command -v desktop-file-validate >/dev/null; then
  out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
  [ -z "$out" ] || fail "desktop-file-validate warns: $out"
  say "ok: desktop-file-validate $desktop"
else
  say "desktop-file-validate not installed (desktop-file-utils); menu entry not validated"
fi
# The menu entry's own command line (Exec=shenbao %f), as a desktop runs it when a project is
# double-clicked: the window must come up and stay until timeout ends it, not exit with an error.
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)
read -r -a gui_cmd <<<"${exec_line//%f/$run/demo.shenbao}"
if command -v xvfb-run >/dev/null; then
  gui=(xvfb-run -a timeout 10 "${gui_cmd[@]}")
else
  gui=(env QT_QPA_PLATFORM=offscreen timeout 10 "${gui_cmd[@]}")
fi
set +e
"${gui[@]}" >"$work/gui.log" 2>&1
gui_rc=$?
set -e
if [ $gui_rc -ne 124 ]; then
  cat "$work/gui.log" >&2
  fail "'$exec_line' on demo.shenbao exited with $gui_rc instead of showing the window"
fi
say "ok: '$exec_line' opens demo.shenbao in a window (${gui[0]})"

if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net /usr/share/metainfo/org.shenbao.Shenbao.metainfo.xml >"$work/as.log" 2>&1 ||
    { cat "$work/as.log" >&2; fail "appstreamcli validate"; }
  say "ok: appstreamcli validate --no-net"
fi

# shared-mime-info's dpkg trigger compiles our XML into the system database.
if command -v update-mime-database >/dev/null; then
  [ -f /usr/share/mime/application/x-shenbao.xml ] || fail "MIME database lacks application/x-shenbao"
  if command -v xdg-mime >/dev/null; then
    cp demo.shenbao no-extension
    for f in demo.shenbao no-extension; do
      got=$(xdg-mime query filetype "$f")
      [ "$got" = application/x-shenbao ] || fail "xdg-mime query filetype $f: $got"
    done
    say "ok: xdg-mime recognises a project by name and by content"
    # desktop-file-utils' trigger lists us as a handler: what a file manager opens on double-click.
    if command -v update-desktop-database >/dev/null; then
      grep -q '^application/x-shenbao=.*org\.shenbao\.Shenbao\.desktop' /usr/share/applications/mimeinfo.cache ||
        fail "mimeinfo.cache does not list org.shenbao.Shenbao.desktop for application/x-shenbao"
      got=$(xdg-mime query default application/x-shenbao)
      [ "$got" = org.shenbao.Shenbao.desktop ] || fail "xdg-mime query default application/x-shenbao: '$got'"
      say "ok: .shenbao files open with org.shenbao.Shenbao.desktop"
    fi
  else
    say "xdg-mime not installed (xdg-utils); file type query skipped"
  fi
fi

cd /
# --- remove --------------------------------------------------------------------------------
say "apt-get remove shenbao"
trap - EXIT
we_installed=no
mapfile -t extra < <(pulled_in)
apt-get remove "${apt_opts[@]}" shenbao "${extra[@]}" >"$work/remove.log" 2>&1 ||
  { cat "$work/remove.log" >&2; rm -rf "$work"; fail "apt-get remove failed"; }
rc=0
if installed shenbao; then
  echo "test-deb: FAIL: still installed" >&2
  rc=1
fi
for f in /usr/bin/shenbao "$desktop" /usr/share/mime/application/x-shenbao.xml \
         /usr/share/icons/hicolor/48x48/apps/org.shenbao.Shenbao.png; do
  if [ -e "$f" ]; then
    echo "test-deb: FAIL: $f left behind" >&2
    rc=1
  fi
done
if [ -f /usr/share/applications/mimeinfo.cache ] && grep -q 'org\.shenbao\.Shenbao' /usr/share/applications/mimeinfo.cache; then
  echo "test-deb: FAIL: mimeinfo.cache still names org.shenbao.Shenbao.desktop" >&2
  rc=1
fi
for p in "${extra[@]}"; do
  if installed "$p"; then
    echo "test-deb: FAIL: $p, installed for shenbao, is still installed" >&2
    rc=1
  fi
done
rm -rf "$work"
if [ $rc -eq 0 ]; then
  say "ok: removed cleanly${extra[*]:+, with ${extra[*]}}"
fi
exit $rc
