#!/usr/bin/env bash
# Makes every icon file from the one source, com.getmateo.MateoImport.svg (run after editing it and
# commit the results): hicolor PNGs 48/128/256 for Linux, mateo-import.ico for Windows (16-256 px),
# mateo-import.icns for macOS (16-1024 px). Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and
# png2icns (icnsutils): apt-get install librsvg2-bin icoutils icnsutils.
set -euo pipefail
cd "$(dirname "$0")"
source=com.getmateo.MateoImport.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { rsvg-convert -w "$1" -h "$1" "$source" -o "$2"; }

for size in 48 128 256; do
  mkdir -p "hicolor/${size}x${size}/apps"
  render "$size" "hicolor/${size}x${size}/apps/com.getmateo.MateoImport.png"
done

for size in 16 24 32 48 64 128 256 512 1024; do render "$size" "$work/$size.png"; done
# Windows: small sizes as bitmaps, 256 as PNG inside the .ico (Vista and later read it).
icotool -c -o mateo-import.ico "$work"/{16,24,32,48,64,128}.png -r "$work/256.png"
# macOS: the sizes png2icns knows (it picks the icon type from each PNG's size).
png2icns mateo-import.icns "$work"/{16,32,128,256,512,1024}.png >/dev/null
echo "icons: made hicolor 48/128/256, mateo-import.ico, mateo-import.icns from $source"
