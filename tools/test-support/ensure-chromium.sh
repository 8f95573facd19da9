#!/usr/bin/env bash
# Make sure a Chromium for headless tests exists: $CHROME_PATH if set, else Debian's /usr/bin/chromium,
# installing the Debian package when missing (needs root or password-less sudo). Never downloads a browser build.
set -euo pipefail
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$CHROME" ]; then exit 0; fi
echo "ensure-chromium: $CHROME not found; installing Debian package 'chromium'..." >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "ensure-chromium: not root and no sudo: run 'apt-get install -y chromium' as root" >&2; exit 1; fi
fi
export DEBIAN_FRONTEND=noninteractive
for attempt in 1 2 3; do
  if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null; then break; fi
  [ "$attempt" = 3 ] && { echo "ensure-chromium: apt-get install chromium failed" >&2; exit 1; }
  echo "ensure-chromium: apt-get failed (attempt $attempt), retrying in 10s" >&2; sleep 10
done
echo "ensure-chromium: installed $("$CHROME" --version 2>/dev/null)" >&2
