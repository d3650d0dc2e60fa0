#!/usr/bin/env bash
# Configures and builds SuperNova into ./build (Release, Ninja, ccache).
#   installer/build.sh [extra cmake -D options]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SUPERNOVA_BUILD_DIR:-$root/build}
jobs=${SUPERNOVA_JOBS:-2}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build" -j"$jobs"
