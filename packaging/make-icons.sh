#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
#
# Renders the committed PNG icons from the SVG sources, so a build needs no SVG converter.
# Run it after changing resources/icons/shenbao.svg (or shenbao-24.svg) and commit the PNGs.
# Needs rsvg-convert (Debian librsvg2-bin): it renders at the target size, which keeps the
# drawing's whole-pixel edges sharp; ImageMagick renders large and scales down, which blurs them.
set -euo pipefail

icons="$(cd "$(dirname "$0")/../resources/icons" && pwd)"
command -v rsvg-convert >/dev/null || { echo "make-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }

for size in 16 24 32 48 64 128 256; do
  src="$icons/shenbao.svg"
  # shenbao.svg is drawn on a 16-unit grid, which falls on half pixels at 24 px.
  [ "$size" -eq 24 ] && src="$icons/shenbao-24.svg"
  rsvg-convert --width "$size" --height "$size" --format png "$src" --output "$icons/shenbao-$size.png"
  echo "make-icons: $icons/shenbao-$size.png"
done

# The Windows icon (installer, shenbao.exe, .shenbao files): the same PNGs, stored as they are.
# Every Windows since Vista reads PNG entries in .ico files; ImageMagick would re-encode them.
python3 - "$icons" <<'PY'
import struct, sys
icons = sys.argv[1]
sizes = [16, 24, 32, 48, 64, 128, 256]
pngs = [open(f"{icons}/shenbao-{s}.png", "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
entries = b""
for size, png in zip(sizes, pngs):
    # width/height 0 means 256; 0 colours, 1 plane, 32 bits per pixel
    entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
    offset += len(png)
with open(f"{icons}/shenbao.ico", "wb") as f:
    f.write(header + entries + b"".join(pngs))
PY
echo "make-icons: $icons/shenbao.ico"
