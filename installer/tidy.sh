#!/usr/bin/env bash
# Runs clang-tidy (the committed .clang-tidy) over every source file of core/
# with the compile commands of the normal build (./build, configured by
# installer/build.sh). Exit status non-zero when any warning is reported.
#
#   installer/tidy.sh [path regex, default: core/]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SUPERNOVA_BUILD_DIR:-$root/build}
jobs=${SUPERNOVA_JOBS:-2}
filter=${1:-/core/}
if [ ! -f "$build/compile_commands.json" ]; then
  "$root/installer/build.sh"
fi
# moc output is included by the sources: make sure it exists without building everything.
cmake --build "$build" -j"$jobs" --target $(cd "$build" && ninja -t targets all | sed -n 's/^\(sn_[a-z_]*_autogen\):.*/\1/p' | grep -v test | sort -u) >/dev/null
log=$build/tidy.log
cd "$root"
start=$(date +%s)
# run-clang-tidy (14) always passes --use-color: without stripping the colour
# codes no line matches ": warning: " and the run would pass whatever it found.
# A file clang cannot compile ("error:") counts as a finding too.
nice -n 19 run-clang-tidy -quiet -p "$build" -j "$jobs" "$root$filter" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >"$log" || true
findings=$(grep -E ": (warning|error): " "$log" | sort -u | sed "s|$root/||")
count=$(printf '%s' "$findings" | grep -c . || true)
files=$(grep -c '^clang-tidy' "$log" || true)
[ -n "$findings" ] && printf '%s\n' "$findings" | head -200
echo "tidy: $count finding(s) in $files file(s) matching $filter, $(( $(date +%s) - start ))s (full output: $log)"
[ "$files" -gt 0 ] && [ "$count" -eq 0 ]
