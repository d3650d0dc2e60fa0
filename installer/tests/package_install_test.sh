#!/usr/bin/env bash
# Installs both Debian packages into a fresh Debian 12 (bookworm, minbase)
# root made with debootstrap, uses them there, upgrades, removes and purges
# them, and checks that nothing is left behind but what purge should keep.
#
#   installer/tests/package_install_test.sh BUILD_DIR
#
# Needs root (debootstrap, chroot, mount) and the Debian mirror
# (SUPERNOVA_DEBIAN_MIRROR, default http://deb.debian.org/debian); apt inside
# the root resolves the packages' dependencies from it. The downloaded base
# system is kept as a tarball in BUILD_DIR/package-test, so a repeat run
# unpacks it instead of downloading it again. CTest runs this as
# package_install (label 'package'), which installer/test.sh leaves out unless
# asked: installer/test.sh -L package.
set -euo pipefail
build=$(cd "${1:?usage: package_install_test.sh BUILD_DIR}" && pwd)
mirror=${SUPERNOVA_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${SUPERNOVA_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
work="$build/package-test"
root="$work/root"
tarball="$work/bookworm-minbase.tar.gz"
started=$(date +%s)
step() { echo "== $(( $(date +%s) - started ))s: $*"; }
fail() { echo "FAIL: $*"; echo "package_install: 0 passed, 1 failed"; exit 1; }

[ "$(id -u)" = 0 ] || fail "needs root (debootstrap and chroot)"
for tool in debootstrap cpack dpkg-deb; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (installer/install-deps.sh installs it)"
done

step "building the packages with cpack"
cd "$build"
rm -f packages/*.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; fail "cpack"; }
desktop_deb=$(ls "$build"/packages/supernova_*.deb)
server_deb=$(ls "$build"/packages/supernova-server_*.deb)
echo "supernova:        $(stat -c %s "$desktop_deb") bytes, installed $(dpkg-deb -f "$desktop_deb" Installed-Size) KiB"
echo "supernova-server: $(stat -c %s "$server_deb") bytes, installed $(dpkg-deb -f "$server_deb" Installed-Size) KiB"

mounted=()
cleanup() {
  local m
  for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done
}
trap cleanup EXIT
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
                DEBIAN_FRONTEND=noninteractive "$@"; }

mkdir -p "$work"
if [ -d "$root" ]; then
  # A root left by an interrupted run may still have mounts inside.
  for m in proc sys dev/pts dev; do umount -l "$root/$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$root"
fi
if [ ! -s "$tarball" ]; then
  step "downloading the bookworm minbase system into $tarball"
  debootstrap --variant=minbase --make-tarball="$tarball.part" bookworm "$work/tarball-work" "$mirror" \
    >"$work/debootstrap-download.log" 2>&1 || { tail -20 "$work/debootstrap-download.log"; fail "debootstrap --make-tarball"; }
  mv "$tarball.part" "$tarball"
  rm -rf "$work/tarball-work"
fi
step "debootstrap bookworm minbase into $root"
debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" "$mirror" \
  >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log"; fail "debootstrap --unpack-tarball"; }

mount -t proc proc "$root/proc" && mounted=("$root/proc" "${mounted[@]}")
mount --bind /dev "$root/dev" && mounted=("$root/dev" "${mounted[@]}")
mount --bind /dev/pts "$root/dev/pts" && mounted=("$root/dev/pts" "${mounted[@]}")
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A Debian 12 system as installed: point releases and security updates too.
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security_mirror bookworm-security main
SOURCES
# No service may start inside the chroot (there is no systemd running here anyway).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mkdir -p "$root/tmp/debs"
cp "$desktop_deb" "$server_deb" "$root/tmp/debs/"

step "apt-get update"
in_root apt-get update -qq || fail "apt-get update in the root"

# The dependencies first, so that the file list taken now holds everything
# that stays installed after the purge; what the purge leaves beyond it is found below.
step "installing the packages' dependencies"
deps="$(dpkg-deb -f "$desktop_deb" Depends), $(dpkg-deb -f "$server_deb" Depends)"
in_root apt-get satisfy -y -qq --no-install-recommends "$deps" >"$work/apt-deps.log" 2>&1 \
  || { tail -30 "$work/apt-deps.log"; fail "apt-get satisfy the dependencies"; }

snapshot() {
  # Every path on the root's file system, without the folders that change
  # with any apt run (caches, logs, apt's and dpkg's own state) or are scratch.
  (cd "$root" && find . -xdev \
      \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./run -o -path ./tmp \
         -o -path ./var/cache -o -path ./var/log -o -path ./var/lib/apt -o -path ./var/lib/dpkg \) -prune \
      -o -print | LC_ALL=C sort)
}
snapshot >"$work/before.txt"
cp "$root/etc/passwd" "$work/passwd.before"

step "apt-get install both packages"
in_root apt-get install -y -qq --no-install-recommends /tmp/debs/"$(basename "$desktop_deb")" \
  /tmp/debs/"$(basename "$server_deb")" >"$work/apt-install.log" 2>&1 \
  || { tail -30 "$work/apt-install.log"; fail "apt-get install of the packages"; }
grep -iE '^(W|E):|warning|error' "$work/apt-install.log" || true

step "the programs find every library"
for bin in supernova supernova-cli supernova-server; do
  missing=$(in_root ldd "/usr/bin/$bin" | grep 'not found' || true)
  [ -z "$missing" ] || fail "/usr/bin/$bin: $missing"
done

step "supernova-cli --version, sample load and a backtest"
cli() { in_root env HOME=/tmp/analyst XDG_RUNTIME_DIR=/tmp/analyst/run supernova-cli "$@"; }
mkdir -p "$root/tmp/analyst/run"
chmod 700 "$root/tmp/analyst/run"
version=$(cli --version) || fail "supernova-cli --version"
echo "$version"
[ "$version" = "supernova-cli $(dpkg-deb -f "$desktop_deb" Version | cut -d- -f1)" ] || fail "unexpected version '$version'"
cli sample load || fail "supernova-cli sample load"
cli instruments
backtest=$(cli backtest --symbol AAPL --strategy sma_cross --param fast=10 --param slow=30 --json) \
  || fail "supernova-cli backtest"
grep -q '"closed_trades"' <<<"$backtest" || fail "the backtest printed no trades: $backtest"
grep -o '"final_equity": *[0-9.]*' <<<"$backtest" | head -n 1 || true
version=$(in_root env HOME=/tmp/analyst XDG_RUNTIME_DIR=/tmp/analyst/run QT_QPA_PLATFORM=offscreen supernova --version) \
  || fail "supernova --version"
echo "$version"

step "supernova-server: init a folder, check-config on it"
in_root supernova-server init /tmp/team --admin admin >"$work/server-init.log" || fail "supernova-server init"
grep -v 'one-time password' "$work/server-init.log"
in_root supernova-server --config /tmp/team/server.ini check-config || fail "check-config on the init config"

step "the packaged service: user, config, certificate, database, unit"
# Inside the root: owner names come from its /etc/passwd, not the host's.
mode_of() { in_root stat -c '%U:%G %a' "$1"; }
in_root getent passwd supernova || fail "no 'supernova' system user"
[ "$(mode_of /var/lib/supernova)" = "supernova:supernova 750" ] \
  || fail "/var/lib/supernova is $(mode_of /var/lib/supernova)"
[ "$(mode_of /etc/supernova/server.ini)" = "root:supernova 640" ] \
  || fail "/etc/supernova/server.ini is $(mode_of /etc/supernova/server.ini)"
[ "$(mode_of /etc/supernova/key.pem)" = "root:supernova 640" ] \
  || fail "/etc/supernova/key.pem is $(mode_of /etc/supernova/key.pem)"
[ "$(in_root stat -c '%U' /var/lib/supernova/server.sqlite)" = supernova ] || fail "server.sqlite is not the service's"
[ -L "$root/etc/systemd/system/multi-user.target.wants/supernova-server.service" ] \
  || fail "supernova-server.service is not enabled"
server() { in_root runuser -u supernova -- env HOME=/var/lib/supernova \
             supernova-server --config /etc/supernova/server.ini "$@"; }
server check-config || fail "check-config on the packaged config as the service user"
echo 'a long passphrase' | server user add alice --password-stdin || fail "user add"

step "upgrade to a newer revision: data and the administrator's config change survive"
sed -i 's/^port = 8765$/port = 9765/' "$root/etc/supernova/server.ini"
repack="$work/repack"
rm -rf "$repack"
dpkg-deb -R "$server_deb" "$repack"
sed -i 's/^Version: \(.*\)-\([0-9]*\)$/Version: \1-\2+upgradetest1/' "$repack/DEBIAN/control"
dpkg-deb -b --root-owner-group "$repack" "$root/tmp/debs/supernova-server-upgrade.deb" >/dev/null
in_root apt-get install -y -qq -o Dpkg::Options::=--force-confold /tmp/debs/supernova-server-upgrade.deb \
  >"$work/apt-upgrade.log" 2>&1 || { tail -30 "$work/apt-upgrade.log"; fail "upgrade"; }
grep -qx 'port = 9765' "$root/etc/supernova/server.ini" || fail "the upgrade lost the administrator's config change"
server user list | grep -q '^alice' || fail "the upgrade lost the user 'alice'"
server check-config || fail "check-config after the upgrade"

step "apt-get remove keeps config and data"
in_root apt-get remove -y -qq supernova-server >"$work/apt-remove.log" 2>&1 || fail "apt-get remove"
[ -f "$root/etc/supernova/server.ini" ] || fail "remove deleted the config"
[ -f "$root/var/lib/supernova/server.sqlite" ] || fail "remove deleted the data"
[ ! -e "$root/usr/bin/supernova-server" ] || fail "remove left /usr/bin/supernova-server"

step "apt-get purge both"
in_root apt-get purge -y -qq supernova supernova-server >"$work/apt-purge.log" 2>&1 \
  || { tail -30 "$work/apt-purge.log"; fail "apt-get purge"; }
left=$(in_root dpkg -l 'supernova*' 2>/dev/null | grep '^[a-z][a-z] ' || true)
[ -z "$left" ] || fail "dpkg still knows the packages: $left"
snapshot >"$work/after.txt"
# What purge keeps: the system user (Debian never recycles a system uid; files
# elsewhere may still belong to it), which adduser recorded in these files
# and their backups.
allowed='^\./etc/(passwd|group|shadow|gshadow)-?$'
added=$(LC_ALL=C comm -13 "$work/before.txt" "$work/after.txt" | grep -Ev "$allowed" || true)
removed=$(LC_ALL=C comm -23 "$work/before.txt" "$work/after.txt" || true)
[ -z "$added" ] || fail "left behind after purge:"$'\n'"$added"
[ -z "$removed" ] || fail "removed by install/purge though it was there before:"$'\n'"$removed"
in_root getent passwd supernova >/dev/null || fail "purge removed the system user (it should stay)"
grep -rl supernova "$root/etc/systemd" "$root/var/lib/systemd" 2>/dev/null && fail "systemd state about supernova is left"

step "done"
# The root (about 700 MB) is kept only when a check failed, to look into.
cleanup
mounted=()
rm -rf --one-file-system "$root" "$repack"
echo "package_install: 1 passed, 0 failed"
