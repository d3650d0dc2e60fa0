#!/usr/bin/env bash
# Installs the Debian 12 packages SuperNova needs to build, run and test.
# Idempotent and quick when everything is present: it asks dpkg first and only
# calls apt-get for what is missing.
#
#   installer/install-deps.sh           # build + run + test dependencies
#   installer/install-deps.sh --runtime # only what the app needs to run
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-websockets-dev
  qt6-tools-dev qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev
  libssl-dev libeigen3-dev libspdlog-dev libsqlite3-dev libpq-dev
  libxlsxwriter-dev libminizip-dev help2man
)
run_pkgs=(
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  fonts-dejavu-core libsecret-1-0 xvfb xauth qt6-translations-l10n
  libxlsxwriter4 libminizip1
)
test_pkgs=(
  dbus dbus-x11 gnome-keyring postgresql openssl python3-websockets nginx
  poppler-utils python3 python3-openpyxl
  lintian desktop-file-utils appstream debootstrap
  clang llvm libclang-rt-14-dev clang-tidy clang-format
)

want=("${run_pkgs[@]}")
if [ "${1:-}" != "--runtime" ]; then
  want+=("${build_pkgs[@]}" "${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The postgresql package starts a cluster service on some images; tests start
# their own throwaway server and do not need it.
echo "install-deps: done"
