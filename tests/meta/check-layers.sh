#!/usr/bin/env bash
# The layers point one way (docs/architecture.md): core -> nothing; api -> core; sandbox -> core;
# gui -> api, core; app -> everything. Project includes name their folder from src/, and a header in a
# private/ folder is included only from inside the sub-area that owns it. Prints every offence; exit 1.
set -uo pipefail
src="${1:-$(dirname "$0")/../../src}"
cd "$src" || exit 2
allowed() {
    case "$1" in
        core/*) echo "core" ;;
        api/*) echo "core api" ;;
        sandbox/*) echo "core sandbox" ;;
        gui/*) echo "core api gui" ;;
        app/*) echo "core api gui app" ;;
    esac
}
bad=0
while IFS= read -r file; do
    layers=$(allowed "$file")
    while IFS= read -r inc; do
        [ -z "$inc" ] && continue
        case "$inc" in ui_*.h) continue ;; esac
        if [[ "$inc" != */* ]]; then
            echo "$file: #include \"$inc\" does not name its folder from src/"; bad=1; continue
        fi
        top=${inc%%/*}
        if [[ " $layers " != *" $top "* ]]; then
            echo "$file: #include \"$inc\" points against the layers (${file%%/*} may use: $layers)"; bad=1
        fi
        if [[ "$inc" == */private/* ]]; then
            owner=${inc%%/private/*}
            [[ "$file" == "$owner"/* ]] || { echo "$file: #include \"$inc\" is private to $owner/"; bad=1; }
        fi
    done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$file")
done < <(find core api sandbox gui app -name '*.h' -o -name '*.cpp')
[ "$bad" -eq 0 ] && echo "layers: every include names its folder and points down"
exit "$bad"
