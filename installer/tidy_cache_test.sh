#!/usr/bin/env bash
# Checks installer/tidy_cache.py's result cache on a small tree of its own
# (three sources, one shared header, a compile_commands.json for clang++),
# with the real clang-tidy: what a run re-checks after each kind of change,
# and that a warning fails every run instead of being cached.
#
#   installer/tidy_cache_test.sh [source root]
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
command -v clang-tidy >/dev/null || { echo "tidy_cache_test: clang-tidy is not installed (installer/install-deps.sh)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tree=$work/tree
mkdir -p "$tree/core/lib" "$tree/build"
cat >"$tree/.clang-tidy" <<'EOF'
Checks: '-*,modernize-use-nullptr,performance-unnecessary-value-param'
HeaderFilterRegex: '^.*/core/.*\.h$'
EOF
cat >"$tree/core/lib/shared.h" <<'EOF'
#pragma once
inline int twice(int v) { return 2 * v; }
EOF
printf '#include "core/lib/shared.h"\nint a() { return twice(1); }\n' >"$tree/core/lib/a.cpp"
printf '#include "core/lib/shared.h"\nint b() { return twice(2); }\n' >"$tree/core/lib/b.cpp"
# c.cpp holds a finding silenced by NOLINT: removing only the comment must re-check it.
printf 'int *c() { return 0; } // NOLINT(modernize-use-nullptr)\n' >"$tree/core/lib/c.cpp"
write_commands() { # $1: extra compiler flag for c.cpp
  python3 - "$tree" "$1" <<'EOF'
import json, sys
tree, extra = sys.argv[1], sys.argv[2]
entries = []
for name in ("a", "b", "c"):
    flags = ["-std=c++20", "-I" + tree] + ([extra] if name == "c" and extra else [])
    entries.append({"directory": tree + "/build", "file": tree + "/core/lib/%s.cpp" % name,
                    "arguments": ["clang++"] + flags + ["-c", "-o", name + ".o", tree + "/core/lib/%s.cpp" % name]})
json.dump(entries, open(tree + "/build/compile_commands.json", "w"))
EOF
}
write_commands ""

failures=0
run() { # $1: expected exit (0/1), $2: expected "checked cached" counts, $3: what changed
  local out status=0
  out=$(python3 "$root/installer/tidy_cache.py" --root "$tree" --build "$tree/build" --jobs "${jobs:-2}" \
        --filter /core/ --cache "$work/cache" --log "$work/tidy.log" 2>"$work/stderr") || status=$?
  local summary counts
  summary=$(printf '%s\n' "$out" | tail -1)
  counts=$(printf '%s\n' "$summary" | sed -n 's/.*: \([0-9]*\) checked by clang-tidy, \([0-9]*\) clean in the cache.*/\1 \2/p')
  if [ "$status" != "$1" ] || [ "$counts" != "$2" ]; then
    echo "FAIL $3: exit $status (expected $1), checked/cached '$counts' (expected '$2')"
    printf '%s\n' "$out"; cat "$work/stderr"
    failures=$((failures + 1))
  else
    echo "ok   $3: exit $status, checked/cached $counts"
  fi
  last_output=$out
}

run 0 "3 0" "cold run"
run 0 "0 3" "nothing changed"
touch "$tree/core/lib/a.cpp" "$tree/core/lib/shared.h"
run 0 "0 3" "only timestamps changed"
echo '// a comment' >>"$tree/core/lib/a.cpp"
run 0 "1 2" "one source edited"
echo '// a comment' >>"$tree/core/lib/shared.h"
run 0 "2 1" "shared header edited (a and b include it)"
printf 'int *c() { return 0; }\n' >"$tree/core/lib/c.cpp"
run 1 "1 2" "NOLINT removed from c.cpp (a comment only)"
printf '%s\n' "$last_output" | grep -q 'core/lib/c.cpp:1:19: warning: use nullptr \[modernize-use-nullptr\]' ||
  { echo "FAIL the finding is not named with file and line"; failures=$((failures + 1)); }
run 1 "1 2" "same warning again (never cached)"
printf 'int *c() { return nullptr; }\n' >"$tree/core/lib/c.cpp"
run 0 "1 2" "warning fixed"
write_commands "-DSOME_FLAG=1"
run 0 "1 2" "c.cpp's compile command changed"
echo "CheckOptions: []" >>"$tree/.clang-tidy"
run 0 "3 0" ".clang-tidy changed"
SUPERNOVA_TIDY_DIRECT=0 run 0 "0 3" "nothing changed, every file preprocessed (no manifests)"
# A new header that shadows an included one is what the manifests cannot see;
# without them the preprocessed text changes and the file is checked again.
mkdir -p "$tree/shadow/core/lib"
printf '#pragma once\ninline int twice(int v) { return v + v; }\n' >"$tree/shadow/core/lib/shared.h"
python3 - "$tree" <<'EOF'
import json, sys
path = sys.argv[1] + "/build/compile_commands.json"
entries = json.load(open(path))
for e in entries:
    if e["file"].endswith("/a.cpp"):
        e["arguments"].insert(1, "-I" + sys.argv[1] + "/nothing-yet")
json.dump(entries, open(path, "w"))
EOF
run 0 "1 2" "a.cpp gets an include folder that does not exist yet"
rm -rf "$tree/nothing-yet"; mv "$tree/shadow" "$tree/nothing-yet"
SUPERNOVA_TIDY_DIRECT=0 run 0 "1 2" "a header in it now shadows shared.h (found without manifests)"
# A header edited while the run goes on (here by a clang-tidy wrapper, during
# a.cpp's check, one file at a time): a.cpp's result belongs to neither version
# and is not stored; b.cpp, checked after the edit, is stored under the new
# header. So the next run re-checks a.cpp only.
cat >"$work/edit-then-tidy" <<EOF
#!/bin/sh
case "\$*" in *a.cpp*) echo '// edited during the check' >>"$tree/core/lib/shared.h" ;; esac
exec clang-tidy "\$@"
EOF
chmod +x "$work/edit-then-tidy"
write_commands "-DSOME_FLAG=1" # a.cpp back on the tree's shared.h
echo '// once more' >>"$tree/core/lib/shared.h"
jobs=1 SUPERNOVA_CLANG_TIDY=$work/edit-then-tidy run 0 "2 1" "shared.h edited, and edited again during a.cpp's check"
run 0 "1 2" "a.cpp only (its result was not stored)"

if [ "$failures" -ne 0 ]; then
  echo "tidy_cache_test: $failures failure(s)" >&2
  exit 1
fi
echo "tidy_cache_test: all passed"
