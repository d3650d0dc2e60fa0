#!/usr/bin/env bash
# Builds both Debian packages with CPack from an existing build and checks
# them the way a distribution would: lintian reports no error, the desktop
# entry passes desktop-file-validate, the AppStream metainfo passes
# appstreamcli validate, and every CLI command has its section in the man page.
#
#   installer/tests/package_lint_test.sh BUILD_DIR
# Needs no network; CTest runs it as package_lint (installer/packaging/Packaging.cmake).
set -euo pipefail
build=$(cd "${1:?usage: package_lint_test.sh BUILD_DIR}" && pwd)
fail=0
note_failure() { echo "FAIL: $*"; fail=1; }

cd "$build"
rm -f packages/*.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; echo "FAIL: cpack"; exit 1; }
desktop_deb=$(ls packages/supernova_*.deb)
server_deb=$(ls packages/supernova-server_*.deb)
for deb in "$desktop_deb" "$server_deb"; do
  echo "package: $deb ($(stat -c %s "$deb") bytes)"
done

# lintian: errors fail the test; warnings and notes are printed for the record.
lintian_rc=0
lintian --tag-display-limit 0 --fail-on error "$desktop_deb" "$server_deb" >lintian.log 2>&1 || lintian_rc=$?
grep -v 'running with root privileges' lintian.log || true
[ "$lintian_rc" = 0 ] || note_failure "lintian reports errors (exit $lintian_rc)"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$desktop_deb" "$root/desktop"
dpkg-deb -x "$server_deb" "$root/server"

desktop_file=$(ls "$root"/desktop/usr/share/applications/*.desktop)
desktop-file-validate "$desktop_file" || note_failure "desktop-file-validate $(basename "$desktop_file")"
metainfo=$(ls "$root"/desktop/usr/share/metainfo/*.metainfo.xml)
appstreamcli validate --no-net "$metainfo" || note_failure "appstreamcli validate $(basename "$metainfo")"

# The icon the desktop entry names exists at every hicolor size and as SVG.
icon=$(sed -n 's/^Icon=//p' "$desktop_file")
for size in 16 22 24 32 48 64 128 256 512; do
  png="$root/desktop/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png"
  [ -s "$png" ] || note_failure "no ${size}x${size} icon $icon.png"
  # A PNG's IHDR holds width and height as 32-bit big-endian numbers at bytes 16..23.
  if [ -s "$png" ]; then
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8 }')
    [ "$dims" = "${size}x${size}" ] || note_failure "$png is ${dims}, not ${size}x${size}"
  fi
done
[ -s "$root/desktop/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || note_failure "no scalable $icon.svg"

# Man pages: generated from --help, so every command the CLI lists has a section.
cli_page="$root/desktop/usr/share/man/man1/supernova-cli.1.gz"
[ -s "$cli_page" ] || note_failure "no supernova-cli(1)"
commands=$("$build/app/cli/supernova-cli" --help \
  | awk '/^Commands:$/ { b = 1; next } b && /^$/ { b = 0 } b && /^  [a-z]/ { print $1 }')
[ -n "$commands" ] || note_failure "supernova-cli --help lists no commands"
# (Whole pages are read into variables first: grep -q closing a pipe early
# would fail the pipeline under pipefail.)
cli_text=$(zcat "$cli_page")
for cmd in $commands; do
  grep -q "^\\.SS \"supernova-cli $cmd\"" <<<"$cli_text" || note_failure "supernova-cli(1) has no section for '$cmd'"
done
server_page="$root/server/usr/share/man/man1/supernova-server.1.gz"
[ -s "$server_page" ] || note_failure "no supernova-server(1)"
server_text=$(zcat "$server_page")
grep -q 'check\\\?-config' <<<"$server_text" || note_failure "supernova-server(1) does not mention check-config"

# The server package: its config is a conffile, its unit has the hardening the brief asks for.
conffiles=$(dpkg-deb --ctrl-tarfile "$server_deb" | tar -xO ./conffiles)
grep -qx /etc/supernova/server.ini <<<"$conffiles" || note_failure "/etc/supernova/server.ini is not a conffile"
unit="$root/server/lib/systemd/system/supernova-server.service"
for key in User=supernova ProtectSystem=strict ProtectHome=true NoNewPrivileges=true PrivateTmp=true \
           ReadWritePaths=/var/lib/supernova; do
  grep -qx "$key" "$unit" || note_failure "supernova-server.service lacks $key"
done

if [ "$fail" = 0 ]; then
  echo "package_lint: 1 passed, 0 failed"
else
  echo "package_lint: 0 passed, 1 failed"
  exit 1
fi
