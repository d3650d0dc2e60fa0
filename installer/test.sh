#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every
# test (unit, PostgreSQL integration, keychain, offscreen GUI) with CTest.
# The full run (no ctest arguments), once those pass, also runs the unit
# tests under ASan + UBSan (installer/sanitize.sh) and every fuzz target for
# about a minute (installer/fuzz.sh --short); SUPERNOVA_SKIP_SANITIZE=1 and
# SUPERNOVA_SKIP_FUZZ=1 leave them out.
# The keychain tests get a private D-Bus session with an unlocked
# gnome-keyring and a throwaway HOME, so the user's real keyring is never touched.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SUPERNOVA_BUILD_DIR:-$root/build}
"$root/installer/install-deps.sh"
start=$(date +%s)
# The same build as run.sh (one set of settings in build.sh): after command 1
# this only checks that everything is up to date.
"$root/installer/build.sh"
build_seconds=$(( $(date +%s) - start ))

# clang-tidy over core/ (issue 16), before HOME is replaced below: its cache of
# clean results lives in the real HOME like ccache's, so only files changed
# since the last clean run are checked again. SUPERNOVA_SKIP_TIDY=1 skips it.
if [ "${SUPERNOVA_SKIP_TIDY:-0}" != 1 ]; then
  "$root/installer/tidy.sh"
fi

# ccache lives in the real HOME; everything the tests write goes to a temporary one.
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
testhome=$(mktemp -d)
trap 'rm -rf "$testhome"' EXIT
export HOME=$testhome XDG_RUNTIME_DIR=$testhome/run XDG_DATA_HOME=$testhome/data XDG_CONFIG_HOME=$testhome/config
mkdir -m 700 "$XDG_RUNTIME_DIR"
# package_install (label 'package') builds a Debian root from the mirror and
# takes minutes: it runs only when asked, e.g. installer/test.sh -L package.
full_run=0
if [ $# -eq 0 ]; then
  full_run=1
  set -- -LE '^package$'
fi
cd "$build"
start=$(date +%s)
dbus-run-session -- sh -c '
  echo -n supernova-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  ctest --output-on-failure -j2 "$@"' ctest "$@"
timings="build ${build_seconds}s, ctest $(( $(date +%s) - start ))s"

# Both scripts keep ccache in the real HOME (CCACHE_DIR, exported above) and
# their build folders beside build/; sanitize.sh makes its own throwaway HOME.
if [ "$full_run" = 1 ]; then
  if [ "${SUPERNOVA_SKIP_SANITIZE:-0}" != 1 ]; then
    start=$(date +%s)
    "$root/installer/sanitize.sh"
    timings+=", sanitizer job $(( $(date +%s) - start ))s"
  fi
  if [ "${SUPERNOVA_SKIP_FUZZ:-0}" != 1 ]; then
    # libFuzzer is single-threaded: two targets at a time fill the 2 cores.
    start=$(date +%s)
    SUPERNOVA_FUZZ_PARALLEL=${SUPERNOVA_FUZZ_PARALLEL:-2} "$root/installer/fuzz.sh" --short
    timings+=", fuzz --short $(( $(date +%s) - start ))s"
  fi
fi
echo "test: passed ($timings)"
