#!/usr/bin/env bash
# clang-tidy (.clang-tidy's curated checks) on the C++ files under src/ that changed since BASE
# (default: the last 5 commits; MATEO_TIDY_BASE=<rev> to choose), using the compile database of BUILD_DIR.
# All of src/ takes ~40 CPU-minutes, too long for every CI run; the changed files take a few.
# Prints the findings and their count; exits 1 only when a finding is one of WarningsAsErrors.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2
build="${1:-build/default}"
tool=$(command -v clang-tidy-14 || command -v clang-tidy) || { echo "clang-tidy not installed: not run"; exit 0; }
[ -f "$build/compile_commands.json" ] || { echo "clang-tidy: no $build/compile_commands.json (configure first)"; exit 2; }
base="${MATEO_TIDY_BASE:-HEAD~5}"
git rev-parse -q --verify "$base" >/dev/null || base=$(git rev-list --max-parents=0 HEAD | tail -n 1)
mapfile -t files < <(git diff --name-only --diff-filter=d "$base" -- 'src/*.cpp' | sort -u)
if [ ${#files[@]} -eq 0 ]; then
    echo "clang-tidy: no C++ source changed since $base"
    exit 0
fi
echo "clang-tidy: ${#files[@]} changed files since $base"
out=$(printf '%s\n' "${files[@]}" | xargs -P 2 -n 4 "$tool" -p "$build" --quiet 2>/dev/null)
findings=$(grep -c ': warning: \|: error: ' <<<"$out")
grep -A3 ': warning: \|: error: ' <<<"$out" | head -200
echo "clang-tidy: $findings findings in ${#files[@]} files"
if grep -q ': error: ' <<<"$out"; then exit 1; fi
exit 0
