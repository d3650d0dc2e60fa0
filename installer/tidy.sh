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
nice -n 19 run-clang-tidy -quiet -p "$build" -j "$jobs" "$root$filter" >"$log" 2>&1 || true
warnings=$(grep ": warning: " "$log" | sort -u | wc -l)
grep ': warning: ' "$log" | sort -u | sed "s|$root/||" | head -200
echo "tidy: $warnings warning(s) in $filter (full output: $log)"
[ "$warnings" -eq 0 ]
