#!/usr/bin/env bash
# Configures and builds SuperNova into ./build (Release, Ninja, ccache).
#   installer/build.sh [extra cmake -D options]
#
# run.sh and test.sh both build through here with the SAME settings (warnings
# as errors, tests and benchmarks on): with different settings every object
# file compiled with different flags, so the README's second command rebuilt
# the whole tree (about 12 minutes on 2 cores). Now the second command finds
# everything built and goes straight to the tests. Extra -D options are for
# people building by hand; they change the cache for later runs too.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SUPERNOVA_BUILD_DIR:-$root/build}
jobs=${SUPERNOVA_JOBS:-2}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Paths inside the tree are hashed relative to it, so a fresh clone elsewhere
# (CI, a git worktree) reuses the objects another checkout compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
# Qt Test puts each test's absolute source and build folders on its command
# line (-DQT_TESTCASE_SOURCEDIR/BUILDDIR, read only by QFINDTESTDATA, which no
# test uses): left out of the hash so a clone elsewhere reuses test objects too.
export CCACHE_IGNOREOPTIONS="-DQT_TESTCASE_BUILDDIR=* -DQT_TESTCASE_SOURCEDIR=*"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DSUPERNOVA_WERROR=ON -DSUPERNOVA_BUILD_TESTS=ON -DSUPERNOVA_BUILD_BENCHMARKS=ON "$@" >/dev/null
cmake --build "$build" -j"$jobs"
