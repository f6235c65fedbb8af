#!/usr/bin/env bash
# The installed desktop integration is valid: desktop-file-validate on the .desktop file, or
# `appstreamcli validate --no-net` on the configured AppStream metainfo. Exit 77 (ctest: skipped)
# with a message when the tool is missing (packaging/install-deps-debian.sh installs both).
# usage: validate-desktop-metadata.sh desktop|appstream FILE
set -uo pipefail
kind=$1 file=$2
case "$kind" in
  desktop) tool=desktop-file-validate; args=("$file") ;;
  appstream) tool=appstreamcli; args=(validate --no-net "$file") ;;
  *) echo "usage: $0 desktop|appstream FILE"; exit 2 ;;
esac
if ! command -v "$tool" >/dev/null; then
  echo "SKIP: $tool is not installed (apt-get install desktop-file-utils appstream)"
  exit 77
fi
"$tool" "${args[@]}"
