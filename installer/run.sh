#!/usr/bin/env bash
# Installs what is missing, builds, and starts the desktop app on its embedded
# default: a SQLite database in the app data folder, seeded with the bundled
# real sample data on first start. Extra arguments go to the app.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/installer/install-deps.sh"
"$root/installer/build.sh"
app=${SUPERNOVA_BUILD_DIR:-$root/build}/app/desktop/supernova
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat >&2 <<MSG
SuperNova is built, but this session has no display (neither DISPLAY nor WAYLAND_DISPLAY is set),
so no window can open here. To run it anyway, use a virtual display:

    xvfb-run -a -s "-screen 0 1280x800x24" $app

or run it from a desktop session. The command-line interface works without a display:

    ${app%/desktop/supernova}/cli/supernova-cli --help
MSG
  exit 0
fi
exec "$app" "$@"
