#!/usr/bin/env bash
# Writes the man page of a SuperNova executable from its own --help (and every
# command's and subcommand's --help), so the page cannot drift from the program.
#
#   make-manpage.sh BINARY NAME-LINE OUTPUT.gz [--commands] [--verbatim] [--include FILE]
#
#   --commands      append the --help of every command listed under "Commands:"
#                   (and of every subcommand under "Subcommands:") as a COMMANDS section
#   --verbatim      the --help is not in the GNU layout help2man parses: show it as
#                   printed, under SYNOPSIS (its first line) and DESCRIPTION
#   --include FILE  more help2man include text (FILES, SEE ALSO, ...)
set -euo pipefail
binary=$1 name_line=$2 output=$3
shift 3
with_commands=0 verbatim=0 extra=""
while [ $# -gt 0 ]; do
  case "$1" in
    --commands) with_commands=1 ;;
    --verbatim) verbatim=1 ;;
    --include) extra=$2; shift ;;
    *) echo "make-manpage.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
  shift
done
prog=$(basename "$binary")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The program is found through PATH so that argv[0], which Qt prints in
# "Usage:", is the bare name and not the build folder. HOME and the XDG
# folders point at scratch space: --help must not touch the builder's data.
mkdir -p "$work/bin" "$work/home"
mkdir -m 700 "$work/home/run"
ln -s "$(readlink -f "$binary")" "$work/bin/$prog"
export PATH="$work/bin:$PATH" HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" \
       XDG_DATA_HOME="$work/home/data" XDG_CACHE_HOME="$work/home/cache" \
       XDG_RUNTIME_DIR="$work/home/run" QT_QPA_PLATFORM=offscreen

# Names listed in a "Commands:" or "Subcommands:" block: two-space indent, the
# name, then two or more spaces and its summary. The block ends at a blank line.
list_commands() {
  awk '/^(Commands|Subcommands):$/ { inblock = 1; next }
       inblock && /^$/ { inblock = 0 }
       inblock && /^  [a-z][a-z0-9-]*  / { print $1 }'
}

# roff: a backslash is \e, and a line starting with . or ' must not be read as a request.
roff_escape() {
  sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
}

verbatim_block() {
  echo ".nf"
  roff_escape
  echo ".fi"
}

include="$work/include.h2m"
{
  if [ "$verbatim" = 1 ]; then
    help=$("$prog" --help)
    echo "[SYNOPSIS]"
    printf '%s\n' "$help" | head -n 1 | sed -e 's/^[Uu]sage: *//' | roff_escape
    echo "[=DESCRIPTION]"
    printf '%s\n' "$help" | tail -n +2 | verbatim_block
  fi
  if [ "$with_commands" = 1 ]; then
    echo "[COMMANDS]"
    echo "Every command accepts \\fB\\-\\-help\\fR; what follows is that help, as the program prints it."
    "$prog" --help | list_commands | while read -r cmd; do
      help=$("$prog" "$cmd" --help)
      echo ".SS \"$prog $cmd\""
      printf '%s\n' "$help" | verbatim_block
      printf '%s\n' "$help" | list_commands | while read -r sub; do
        echo ".SS \"$prog $cmd $sub\""
        "$prog" "$cmd" "$sub" --help | verbatim_block
      done
    done
  fi
  if [ -n "$extra" ]; then
    cat "$extra"
  fi
} >"$include"

# "supernova-server 0.1.0 (protocol v1)": the version is the second word.
version=$("$prog" --version | head -n 1 | awk '{ print $2 }')
include_option=()
if [ -s "$include" ]; then include_option=(--include="$include"); fi
help2man --no-info --name="$name_line" --version-string="$version" "${include_option[@]}" \
  --output="$work/page.1" "$prog"
# -n: no name or time stamp in the gzip header, so the same input gives the same bytes.
gzip -9n -c "$work/page.1" >"$output"
