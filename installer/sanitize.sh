#!/usr/bin/env bash
# Builds core and every `unit`-label test with AddressSanitizer and
# UndefinedBehaviorSanitizer (clang, ./build-asan, ccache; SUPERNOVA_SANITIZE)
# and runs `ctest -L unit` there. Any sanitizer report fails the test that
# caused it, so the script exits non-zero.
#
#   installer/sanitize.sh [extra ctest arguments]
#   installer/sanitize.sh -R 'tst_(csv|jwt)'   # build and run only these
#
# The ctest arguments also select what is built, so a subset costs only its
# own build steps. Build and test times are printed at the end.
# The compile flags are the fuzz build's (installer/fuzz.sh, see
# sn_enable_instrumentation), so each build finds the other's objects in ccache.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SUPERNOVA_ASAN_BUILD_DIR:-$root/build-asan}
jobs=${SUPERNOVA_JOBS:-2}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
# -g puts the build folder into the debug info, so ccache would hash it and
# the fuzz and sanitizer builds could never share an object; stack traces
# only need file names relative to the tree.
export CCACHE_NOHASHDIR=1
# Qt Test puts each test's absolute source and build folders on its command
# line (-DQT_TESTCASE_SOURCEDIR/BUILDDIR, read only by QFINDTESTDATA, which no
# test uses): left out of the hash so a clone elsewhere reuses test objects too.
export CCACHE_IGNOREOPTIONS="-DQT_TESTCASE_BUILDDIR=* -DQT_TESTCASE_SOURCEDIR=*"

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSUPERNOVA_WERROR=ON -DSUPERNOVA_BUILD_TESTS=ON -DSUPERNOVA_BUILD_BENCHMARKS=OFF \
  -DSUPERNOVA_SANITIZE=ON >/dev/null

# Test names are target names (sn_add_test), so this builds exactly the unit
# tests and what they need (the CLI for the CLI tests), not the desktop app.
mapfile -t tests < <(cd "$build" && ctest -N -L '^unit$' "$@" | sed -n 's/^ *Test *#[0-9]*: *//p')
[ ${#tests[@]} -gt 0 ] || { echo "sanitize: no unit tests found" >&2; exit 1; }
build_start=$(date +%s)
cmake --build "$build" -j"$jobs" --target "${tests[@]}"
build_seconds=$(( $(date +%s) - build_start ))

# Leaks are reported too (detect_leaks); exitcode makes any report a failure
# even where a test's own exit code would have been 0. Suppressions name
# each third-party leak and why it is not ours.
# Reports go to files, one per process: many tests run the real CLI or
# server as a child and read its stderr themselves, so a child's report
# would otherwise be swallowed (or only seen as an odd exit code). Every
# file left there after the run is printed and fails the script.
logs=$build/sanitizer-reports
rm -rf "$logs"
mkdir -p "$logs"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:exitcode=86:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:log_path=$logs/asan:log_exe_name=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=87:log_path=$logs/ubsan:log_exe_name=1"
supp=$root/tests/sanitizers/lsan.supp
[ -f "$supp" ] && export LSAN_OPTIONS="suppressions=$supp:print_suppressions=0"

testhome=$(mktemp -d)
trap 'rm -rf "$testhome"' EXIT
export HOME=$testhome XDG_RUNTIME_DIR=$testhome/run XDG_DATA_HOME=$testhome/data XDG_CONFIG_HOME=$testhome/config
mkdir -m 700 "$XDG_RUNTIME_DIR"
cd "$build"
test_start=$(date +%s)
status=0
nice -n 19 ctest -L '^unit$' --output-on-failure -j"$jobs" "$@" || status=$?
test_seconds=$(( $(date +%s) - test_start ))
reports=("$logs"/*)
if [ -e "${reports[0]}" ]; then
  for r in "${reports[@]}"; do
    echo "sanitize: report in ${r#"$build"/}:"
    head -n 60 "$r"
  done
  echo "sanitize: ${#reports[@]} sanitizer report(s), kept in $logs" >&2
  status=1
fi
echo "sanitize: ${#tests[@]} test(s); build ${build_seconds}s, tests ${test_seconds}s"
exit $status
