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
