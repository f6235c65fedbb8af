#!/bin/sh
# Screenshots of every wizard page from the real window under Xvfb, in English and German,
# into docs/screenshots/. The wizard walks itself through the practice flow when
# MATEO_SCREENSHOT_DIR is set (see src/gui/ScreenshotTour.cpp).
# Usage: docs/take-screenshots.sh [build-dir]   (default build/default)
set -eu
# A private D-Bus session with its own unlocked keyring, so the Connect page looks as it does on a
# desktop (keychain available, no key stored) and no real keyring is touched.
if [ -z "${MATEO_SCREENSHOT_BUS:-}" ] && command -v dbus-run-session >/dev/null; then
    MATEO_SCREENSHOT_BUS=1 exec dbus-run-session -- "$0" "$@"
fi
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/default}
out=$here/docs/screenshots
mkdir -p "$out"
# A throwaway home so the practice sandbox, settings and journal start empty and no keychain is touched.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if [ -n "${MATEO_SCREENSHOT_BUS:-}" ] && command -v gnome-keyring-daemon >/dev/null; then
    mkdir -p "$scratch/keyring"
    export $(echo -n "mateo-screenshots" | XDG_DATA_HOME="$scratch/keyring" gnome-keyring-daemon --unlock --components=secrets 2>/dev/null) || true
fi
shoot() {  # prefix lang screen [extra environment...]
    prefix=$1 lang=$2 screen=$3
    shift 3
    env HOME="$scratch/$prefix" XDG_DATA_HOME="$scratch/$prefix/data" XDG_CONFIG_HOME="$scratch/$prefix/config" \
        MATEO_SCREENSHOT_DIR="$out" MATEO_SCREENSHOT_PREFIX="$prefix-" QT_QPA_PLATFORM=xcb "$@" \
        xvfb-run -a -s "-screen 0 ${screen}x24" "$build/src/mateo-import" --lang "$lang" \
        || { echo "screenshots $prefix: the tour stopped early (see above)" >&2; status=1; }
}
status=0
shoot en en 1280x900
shoot de de 1280x900
# The same flow with a dark palette and at 200 % scaling, to check both look right.
shoot dark-de de 1280x900 MATEO_SCREENSHOT_DARK=1
shoot scaled-200-en en 2560x1800 QT_SCALE_FACTOR=2
ls -1 "$out"
exit $status
