#!/usr/bin/env bash
# Fails when a C++ source of the tree differs from .clang-format, naming each
# file and the first lines that differ. Run `clang-format -i FILE` to fix one.
# Debian 12's clang-format (14) is the reference: other versions format a few
# constructs differently, so the check says which version it used.
#
#   installer/check-format.sh [source root]
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root"
command -v clang-format >/dev/null || { echo "check-format: clang-format is not installed (installer/install-deps.sh)" >&2; exit 1; }
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
else
  mapfile -t files < <(find app core ui tests installer -name '*.cpp' -o -name '*.h' | sort)
fi
[ ${#files[@]} -gt 0 ] || { echo "check-format: no sources found under $root" >&2; exit 1; }
# One clang-format call over every file: it names each file that differs.
mapfile -t bad < <(printf '%s\0' "${files[@]}" | xargs -0 clang-format --dry-run 2>&1 |
                   sed -n 's/^\(.*\):[0-9]*:[0-9]*: warning: code should be clang-formatted.*/\1/p' | sort -u)
echo "check-format: $(clang-format --version | head -1); ${#files[@]} files checked"
if [ ${#bad[@]} -gt 0 ]; then
  for f in "${bad[@]}"; do
    echo "not formatted: $f"
    diff -u "$f" <(clang-format "$f") | sed -n '3,12p' || true
  done
  echo "check-format: ${#bad[@]} file(s) differ from .clang-format; run: clang-format -i <file>" >&2
  exit 1
fi
