#!/usr/bin/env bash
# Makes the portable Linux edition from a Release build: a folder with a launcher, the binaries, every
# non-system library they load (Qt, QtKeychain, libphonenumber + ICU + protobuf + abseil, QuaZip,
# uchardet, OpenSSL for Qt's TLS plugin, SQLite), the Qt plugins it needs, Qt's German strings and a
# qt.conf, packed as <dist>/mateo-import-<version>-linux-x86_64.tar.gz. It runs where no Qt is installed.
# Left to the system, as AppImages do: libc and the compiler runtime, OpenGL/EGL, X11/xcb, xkbcommon,
# fontconfig, freetype, harfbuzz, D-Bus, GLib, Kerberos and what those need (listed in the folder's
# system-libraries.txt; packaging/test-packages.sh installs exactly those into a clean system).
# usage: make-portable.sh BUILD_DIR DIST_DIR
set -euo pipefail
build=$(realpath "$1")
dist=$(realpath "$2")
version=$("$build/src/mateo-import" --version | awk '{print $2}')
name="mateo-import-${version}-linux-x86_64"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"

# The installed layout (bin/, libexec/mateo-import/, share/), stripped like the .deb's files.
cmake --install "$build" --prefix "$root" --strip >/dev/null

qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || /usr/lib/qt6/bin/qtpaths --query QT_INSTALL_PLUGINS)
qt_translations=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS 2>/dev/null || /usr/lib/qt6/bin/qtpaths --query QT_INSTALL_TRANSLATIONS)
# Plugins: windows on X11 and offscreen, the SQLite driver, TLS, image formats (icons), input methods.
plugins=(platforms/libqxcb.so platforms/libqoffscreen.so sqldrivers/libqsqlite.so tls/libqopensslbackend.so
  tls/libqcertonlybackend.so)
for dir in xcbglintegrations imageformats platforminputcontexts iconengines; do
  for f in "$qt_plugins/$dir"/*.so; do [ -e "$f" ] && plugins+=("$dir/$(basename "$f")"); done
done
for p in "${plugins[@]}"; do
  install -D -m 644 "$qt_plugins/$p" "$root/plugins/$p"
done
mkdir -p "$root/translations"
cp "$qt_translations"/qtbase_de.qm "$root/translations/"

# Exact names, then families whose members differ after the prefix (libX11, libxcb-icccm, libbrotlidec...).
system_re='^((linux-vdso|ld-linux-x86-64|libc|libm|libdl|librt|libpthread|libresolv|libutil|libgcc_s|libstdc\+\+|libEGL|libOpenGL|libdrm|libgbm|libfontconfig|libfreetype|libharfbuzz|libgraphite2|libpng16|libexpat|libz|libdbus-1|libsystemd|libcap|libgcrypt|libgpg-error|liblzma|liblz4|libzstd|libffi|libpcre2-8|libselinux|libmount|libblkid|libbsd|libmd|libgssapi_krb5|libk5crypto|libcom_err|libkeyutils|libudev)|(libGL|libX|libxcb|libxkbcommon|libbrotli|libkrb5)[^.]*|(libglib|libgobject|libgio|libgmodule|libgthread)-2\.0)\.so'
mkdir -p "$root/lib"
: >"$stage/system.txt"
# Every library any shipped ELF file needs, in one pass (ldd lists the whole closure); Qt's OpenSSL
# plugin opens libssl at run time, so it is named here.
elfs=("$root/bin/mateo-import" "$root/libexec/mateo-import/mateo-sandbox" "$root"/plugins/*/*.so)
extra=(/usr/lib/x86_64-linux-gnu/libssl.so.3 /usr/lib/x86_64-linux-gnu/libcrypto.so.3)
for lib in "${extra[@]}"; do cp -L "$lib" "$root/lib/"; done
for elf in "${elfs[@]}"; do
  ldd "$elf" | awk '/=> \// {print $1, $3}' | while read -r soname path; do
    if [[ "$soname" =~ $system_re ]]; then
      echo "$soname" >>"$stage/system.txt"
    elif [ ! -e "$root/lib/$soname" ]; then
      cp -L "$path" "$root/lib/$soname"
    fi
  done
done
ldd "$root"/lib/*.so* | awk '/=> \// {print $1}' | grep -E "$system_re" >>"$stage/system.txt" || true
sort -u "$stage/system.txt" >"$root/system-libraries.txt"
# A library the bundle needs that neither ships nor counts as system would fail on a user's machine.
missing=$(LD_LIBRARY_PATH="$root/lib" ldd "${elfs[@]}" "$root"/lib/*.so* 2>/dev/null | grep "not found" | sort -u || true)
[ -z "$missing" ] || { echo "make-portable: unresolved libraries: $missing"; exit 1; }
strip --strip-unneeded "$root"/lib/*.so* "$root"/plugins/*/*.so 2>/dev/null || true

printf '[Paths]\nPrefix = ..\nPlugins = plugins\nTranslations = translations\n' >"$root/bin/qt.conf"
printf '[Paths]\nPrefix = ../..\nPlugins = plugins\nTranslations = translations\n' >"$root/libexec/mateo-import/qt.conf"
cat >"$root/mateo-import" <<'LAUNCHER'
#!/bin/sh
# Starts mateo-import from this folder with its own libraries (the practice sandbox inherits them).
here=$(dirname "$(readlink -f "$0")")
LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LD_LIBRARY_PATH
exec "$here/bin/mateo-import" "$@"
LAUNCHER
chmod 755 "$root/mateo-import"
cat >"$root/README.txt" <<README
Mateo Import ${version} for Linux (x86_64), portable edition

Run ./mateo-import to open the wizard, ./mateo-import --help for the command line, and
./mateo-import --self-test to check that this copy works on this computer.

Everything it needs is in this folder except the desktop's own libraries (OpenGL, X11/xcb, fontconfig,
freetype, D-Bus: system-libraries.txt lists them), which every Linux desktop has. Nothing is installed:
delete the folder to remove it. Settings and the import journal are kept in your home folder
(~/.config/Hellomateo, ~/.local/share/Hellomateo); the API key in the desktop's keyring.
README

mkdir -p "$dist"
tar -C "$stage" --owner=0 --group=0 -czf "$dist/$name.tar.gz" "$name"
echo "make-portable: $dist/$name.tar.gz ($(du -h "$dist/$name.tar.gz" | cut -f1), $(ls "$root/lib" | wc -l) libraries, ${#plugins[@]} plugins)"
