#!/usr/bin/env bash
# Runs clang-tidy (the committed .clang-tidy) over every source file of core/
# with the compile commands of the normal build (./build, configured by
# installer/build.sh). Exit status non-zero when any warning is reported, or
# when a file cannot be compiled or preprocessed.
#
#   installer/tidy.sh [path regex, default: /core/]
#
# Clean results are cached (installer/tidy_cache.py says what the key holds),
# so a run re-checks only the files whose own text, included headers, compile
# command, .clang-tidy or clang version changed; a file with a warning is never
# cached and fails on every run. Cache folder: $SUPERNOVA_TIDY_CACHE, default
# $HOME/.cache/supernova-tidy; delete it to force a full (cold) run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SUPERNOVA_BUILD_DIR:-$root/build}
jobs=${SUPERNOVA_JOBS:-2}
filter=${1:-/core/}
cache=${SUPERNOVA_TIDY_CACHE:-$HOME/.cache/supernova-tidy}
if [ ! -f "$build/compile_commands.json" ]; then
  "$root/installer/build.sh"
fi
# moc output is included by the sources: make sure it exists without building everything.
cmake --build "$build" -j"$jobs" --target $(cd "$build" && ninja -t targets all | sed -n 's/^\(sn_[a-z_]*_autogen\):.*/\1/p' | grep -v test | sort -u) >/dev/null
exec python3 "$root/installer/tidy_cache.py" --root "$root" --build "$build" --jobs "$jobs" \
  --filter "$filter" --cache "$cache" --log "$build/tidy.log"
