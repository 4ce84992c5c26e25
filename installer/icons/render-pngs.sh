#!/usr/bin/env bash
# Redraws the PNG icons from commonground.svg. The PNGs are committed so that
# building the package needs no SVG renderer; run this after editing the SVG.
# Needs ImageMagick (convert). -strip and the excluded date chunks keep the
# files byte-identical between runs, so an unchanged SVG shows no diff.
set -euo pipefail
cd "$(dirname "$0")"
command -v convert >/dev/null || { echo "$0: convert is not installed (imagemagick)" >&2; exit 1; }
for size in 16 32 48 64 128 256; do
  # The SVG is 256 px at 96 dpi; 1.5 × size dpi renders it at four times the
  # target size, and scaling that down anti-aliases the lens edges evenly.
  convert -background none -density $((3 * size / 2)) commonground.svg \
    -resize "${size}x${size}" -depth 8 -strip -define png:exclude-chunks=date,time \
    "commonground-${size}.png"
done
