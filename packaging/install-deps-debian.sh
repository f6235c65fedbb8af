#!/usr/bin/env bash
# Installs what building, running and testing mateo-import needs on Debian 12 / Ubuntu 22.04+,
# and only what is missing. Uses sudo when not run as root.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # Qt HttpServer's CMake package is only found when the WebSockets one is installed too.
  qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite libgl-dev libvulkan-dev
  qtkeychain-qt6-dev libphonenumber-dev libuchardet-dev libquazip1-qt6-dev libsqlite3-dev libicu-dev
  # The sandbox tests run the documentation's curl examples verbatim.
  curl
  # GUI tests and screenshots, keychain tests.
  xvfb xauth x11-apps imagemagick fonts-dejavu-core dbus dbus-x11 gnome-keyring libsecret-1-0
  # The desktop file and AppStream metainfo checks (ctest label meta); the package test's clean systems.
  desktop-file-utils appstream mmdebstrap
  # .deb packages: dpkg-shlibdeps (dpkg-dev) and file find the shared-library dependencies.
  dpkg-dev file
  # Fuzzing (clang's libFuzzer) and benchmark peers.
  clang libclang-rt-14-dev python3 python3-phonenumbers
  # Formatting and static analysis checks (tests/meta, .ci/run).
  clang-format clang-tidy
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
