#!/usr/bin/env bash
# Non-ASCII text must never go through a Latin-1 literal: the sources are UTF-8, so
# QLatin1String(" · ") becomes " Â· " on screen (issue: "invalid_phone Â· not a valid…").
# Fails on QLatin1String / QLatin1StringView / QLatin1Char / QString::fromLatin1 / QLatin1Literal
# whose literal holds a byte above 0x7F, and on mojibake ("Â·", "Ã¤", "â€") in the translations
# and forms. Usage: check-latin1.sh SOURCE_ROOT
set -euo pipefail
root=${1:-$(dirname "$0")/../..}
status=0
if grep -rnP '(QLatin1String|QLatin1StringView|QLatin1Char|fromLatin1|QLatin1Literal)\s*\(\s*(u8)?("[^"]*|'"'"'[^'"'"']*)[^\x00-\x7F]' \
        "$root/src" "$root/tests" --include='*.cpp' --include='*.h'; then
    echo "check-latin1: non-ASCII text in a Latin-1 literal (above); use QStringLiteral / u\"…\" / QChar(0x…)" >&2
    status=1
fi
if grep -rnP '(Â[\x{00A0}-\x{00BF}]|Ã[\x{0080}-\x{00BF}]|â€)' "$root/translations" "$root/ui"; then
    echo "check-latin1: UTF-8 read as Latin-1 (mojibake) in translations or forms (above)" >&2
    status=1
fi
exit $status
