#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz; clang, ASan + UBSan, ./build-fuzz)
# and runs each over its committed seed corpus, one after the other.
#
#   installer/fuzz.sh [--short | --long] [target ...]
#
# --short: about 60 s per target (CI); otherwise 600 s. --long: the issue's
# bar, 10 million executions or 1800 s, whichever comes first.
# --short starts libFuzzer's random generator from a fixed seed
# (SUPERNOVA_FUZZ_SEED, default 1) so that CI explores the same inputs each
# time: a finding there is reproducible with the same command on a fresh
# clone, not a matter of luck. The longer runs keep a random seed, to explore.
# SUPERNOVA_FUZZ_SECONDS overrides the time, SUPERNOVA_FUZZ_RUNS sets a
# number of executions to stop at (0, the default outside --long: no limit).
# Inputs the fuzzer finds go to build-fuzz/fuzz/corpus/<name> (the committed
# seeds stay untouched); a crash, sanitizer report, leak or hang leaves its
# input in build-fuzz/fuzz/artifacts/<name>/ and makes the
# script exit non-zero after the remaining targets ran. The figures of each
# run (executions, exec/s, coverage) are printed at the end and written to
# build-fuzz/fuzz/summary.txt.
# SUPERNOVA_FUZZ_PARALLEL=2 fuzzes two targets at a time (default 1): each
# libFuzzer process is single-threaded, so on 2 free cores (CI) the --short
# run takes half the wall time. Logs, corpora and artifacts are per target,
# so parallel runs share nothing; the summary keeps the targets' order.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SUPERNOVA_FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${SUPERNOVA_JOBS:-2}
seconds=600
runs=0
seed=${SUPERNOVA_FUZZ_SEED:-}
if [ "${1:-}" = "--short" ]; then
  seconds=60
  seed=${seed:-1}
  shift
elif [ "${1:-}" = "--long" ]; then
  seconds=1800
  runs=10000000
  shift
fi
seconds=${SUPERNOVA_FUZZ_SECONDS:-$seconds}
runs=${SUPERNOVA_FUZZ_RUNS:-$runs}
all_targets=(fuzz_bar_csv fuzz_transactions_csv fuzz_database_url fuzz_server_config fuzz_setting_values
             fuzz_sse fuzz_llm_response fuzz_sync_frames fuzz_jwt fuzz_rules fuzz_news_feed
             fuzz_provider_responses)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

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
  -DSUPERNOVA_WERROR=ON -DSUPERNOVA_BUILD_TESTS=OFF -DSUPERNOVA_BUILD_BENCHMARKS=OFF -DSUPERNOVA_FUZZ=ON >/dev/null
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

out=$build/fuzz
summary=$out/summary.txt
: >"$summary"
failed=()
# Leaks count as findings: libFuzzer checks after any input that allocated more
# than it freed. The extra whole-heap scan at exit is off: it adds nothing to
# those checks and, on a loaded machine, took longer than the run itself.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:leak_check_at_exit=0:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
parallel=${SUPERNOVA_FUZZ_PARALLEL:-1}
[[ $parallel =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: SUPERNOVA_FUZZ_PARALLEL must be a whole number >= 1, not '$parallel'" >&2; exit 2; }

# Runs one target; its summary line goes to $out/<name>.summary and, when it
# found something, the log's key lines to $out/<name>.finding (files rather
# than exit codes, so the results survive running in the background).
fuzz_one() {
  local t=$1 name=${1#fuzz_}
  local seeds=$root/tests/fuzz/corpus/$name log=$out/$name.log status start took execs rate cov corpus
  rm -f "$out/$name.summary" "$out/$name.finding"
  mkdir -p "$out/corpus/$name" "$out/artifacts/$name"
  local args=(-max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -print_final_stats=1
              -artifact_prefix="$out/artifacts/$name/")
  [ "$runs" -gt 0 ] && args+=(-runs="$runs")
  [ -n "$seed" ] && args+=(-seed="$seed")
  [ -f "$root/tests/fuzz/$name.dict" ] && args+=(-dict="$root/tests/fuzz/$name.dict")
  echo "fuzz: $t for ${seconds}s$([ "$runs" -gt 0 ] && echo " or $runs executions") (log: $log)"
  start=$(date +%s)
  # In the background and waited for, so that a TERM from the script's exit
  # (below) reaches the fuzzer instead of leaving it running.
  nice -n 19 "$out/$t" "${args[@]}" "$out/corpus/$name" "$seeds" >"$log" 2>&1 &
  local fuzzer=$!
  trap 'kill "$fuzzer" 2>/dev/null || true' TERM
  if wait "$fuzzer"; then
    status=ok
  else
    status=FAILED
  fi
  took=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
  corpus=$(ls "$out/corpus/$name" | wc -l)
  printf '%-22s %-6s %5ss %12s execs %8s exec/s  %-22s corpus %s\n' \
    "$t" "$status" "$took" "${execs:-?}" "${rate:-?}" "${cov:-cov: ?}" "$corpus" >"$out/$name.summary"
  if [ "$status" = FAILED ]; then
    { grep -E 'ERROR: |runtime error|SUMMARY|Test unit written' "$log" | head -5 || true; } >"$out/$name.finding"
  fi
}

# When the script is stopped, the targets still running stop too.
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$parallel" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  fuzz_one "$t" &
  running=$((running + 1))
done
wait

for t in "${targets[@]}"; do
  name=${t#fuzz_}
  if [ ! -f "$out/$name.summary" ]; then
    printf '%-22s %-6s (the run stopped before it wrote its figures; see %s)\n' "$t" FAILED "$out/$name.log" \
      >"$out/$name.summary"
    : >"$out/$name.finding"
  fi
  tee -a "$summary" <"$out/$name.summary"
  if [ -f "$out/$name.finding" ]; then
    failed+=("$t")
    cat "$out/$name.finding"
  fi
done
echo "fuzz: summary in $summary"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]} (inputs under $out/artifacts)" >&2
  exit 1
fi
