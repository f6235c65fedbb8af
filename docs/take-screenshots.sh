#!/bin/sh
# Screenshots of every wizard page from the real window under Xvfb, in English and German,
# into docs/screenshots/. The wizard walks itself through the practice flow when
# MATEO_SCREENSHOT_DIR is set (see src/gui/ScreenshotTour.cpp).
# Usage: docs/take-screenshots.sh [build-dir]   (default build/default)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/default}
out=$here/docs/screenshots
mkdir -p "$out"
# A throwaway home so the practice sandbox, settings and journal start empty and no keychain is touched.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for lang in en de; do
    HOME=$scratch/$lang XDG_DATA_HOME=$scratch/$lang/data XDG_CONFIG_HOME=$scratch/$lang/config \
    MATEO_SCREENSHOT_DIR=$out MATEO_SCREENSHOT_PREFIX=$lang- QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1280x900x24" "$build/src/mateo-import" --lang "$lang"
done
ls -1 "$out"
