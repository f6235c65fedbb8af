#!/usr/bin/env bash
# The package test (.ci/run runs it after `./mateo-dev package`; by hand the same way). Needs root,
# mmdebstrap and Debian's mirror. Each part runs in a clean Debian 12 made once per run by mmdebstrap
# (apt variant: Essential packages and apt, no Qt):
#  1. the .deb: `apt-get install ./mateo-import_*.deb`, `mateo-import --version` and `--self-test` there,
#     then `apt-get purge --autoremove`: the system must be file for file as before the install;
#  2. the portable tarball: a clean system plus only the desktop libraries the tarball expects from the
#     system (its system-libraries.txt), no Qt; unpacked, its launcher's `--self-test` must pass.
# Prints the time each part took.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step() { echo "package-test [$((SECONDS - started)) s] $*"; }

deb=$(ls dist/mateo-import_*_amd64.deb)
tarball=$(ls dist/mateo-import-*-linux-x86_64.tar.gz)
[ "$(id -u)" -eq 0 ] || { echo "package-test: needs root (chroot, mount)"; exit 1; }
command -v mmdebstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/mateo-package-test.XXXXXX")
mounts=()
cleanup() {
  local m
  for m in "${mounts[@]}"; do umount -R "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT

sources=("deb http://deb.debian.org/debian bookworm main"
  "deb http://deb.debian.org/debian bookworm-updates main"
  "deb http://deb.debian.org/debian-security bookworm-security main")
step "making a clean Debian 12 (mmdebstrap --variant=apt)"
mmdebstrap --variant=apt --quiet bookworm "$work/base.tar" "${sources[@]}"

# A fresh copy of the base system in $work/NAME, with /proc and /dev for apt and Qt; sets $root.
new_system() {
  root="$work/$1"
  mkdir "$root"
  tar -xf "$work/base.tar" -C "$root"
  mount -t proc proc "$root/proc" && mounts+=("$root/proc")
  mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev" && mounts+=("$root/dev")
  cp /etc/resolv.conf "$root/etc/resolv.conf"
}
# Runs a shell command inside $root as a plain session would: no display, a scratch home.
in_system() {
  chroot "$root" env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/tmp/home LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive sh -c "mkdir -p /tmp/home && $1"
}
# Every file and link of the system (not the kernel's, apt's or dpkg's bookkeeping), with its size.
snapshot() {
  (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./tmp -o -path ./var/cache -o -path ./var/log \
    -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path ./root \) -prune -o \( -type f -o -type l \) -printf '%p %s\n' |
    grep -v -e '^./etc/ld.so.cache ' | sort)
}

# --- 1. The .deb -------------------------------------------------------------------------------------
part=$SECONDS
new_system deb
cp "$deb" "$root/tmp/"
snapshot >"$work/before.txt"
step "installing $(basename "$deb") with apt-get (dependencies from Debian's mirror)"
in_system "apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb") >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }"
in_system "mateo-import --version"
in_system "mateo-import --self-test"
in_system "test -x /usr/libexec/mateo-import/mateo-sandbox && test -f /usr/share/applications/com.getmateo.MateoImport.desktop"
step "purging the package (and the dependencies it brought)"
in_system "apt-get purge -y -qq --autoremove mateo-import >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }"
snapshot >"$work/after.txt"
if ! diff -u "$work/before.txt" "$work/after.txt"; then
  echo "package-test: files differ after apt-get purge (see above)"
  exit 1
fi
step ".deb passed in $((SECONDS - part)) s: installs, --version, --self-test, purge leaves no files"

# --- 2. The portable tarball in a system without Qt ----------------------------------------------------
part=$SECONDS
new_system portable
# The packages holding the libraries the tarball leaves to the system (looked up on this machine,
# which built it).
system_packages=$(tar -xzOf "$tarball" --wildcards '*/system-libraries.txt' | while read -r soname; do
  path=$(ldconfig -p | awk -v s="$soname" '$1 == s && /x86-64/ {print $NF; exit}')
  [ -n "$path" ] || continue
  dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")" 2>/dev/null || dpkg -S "/usr$path" 2>/dev/null || true
done | cut -d: -f1 | sort -u | tr '\n' ' ')
step "installing the system's desktop libraries: $system_packages"
in_system "apt-get update -qq && apt-get install -y -qq --no-install-recommends $system_packages >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }"
if in_system "dpkg -l | grep -i -E '^ii +(libqt6|qt6)'"; then
  echo "package-test: the clean system for the tarball has Qt installed"
  exit 1
fi
tar -xzf "$tarball" -C "$root/opt"
in_system "/opt/mateo-import-*/mateo-import --version"
in_system "/opt/mateo-import-*/mateo-import --self-test"
step "portable tarball passed in $((SECONDS - part)) s: --self-test in a Debian 12 without Qt"

step "all package tests passed ($(du -h "$deb" | cut -f1) .deb, $(du -h "$tarball" | cut -f1) tarball)"
