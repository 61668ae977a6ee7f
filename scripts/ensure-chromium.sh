#!/usr/bin/env bash
# The browser tests drive a Chromium that is already on the machine, never one they download:
# $CHROMIUM_PATH when it is set (Chromium or Chrome for Testing, on any system), else Debian's
# /usr/bin/chromium, installed with apt when it is missing and this runs as root.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ] && [ -f "$CHROMIUM_PATH" ]; then exit 0; fi
  echo "CHROMIUM_PATH is '$CHROMIUM_PATH', which is not an executable file." >&2
  exit 1
fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium at /usr/bin/chromium: set CHROMIUM_PATH to a Chromium or Chrome for Testing executable." >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run 'sudo apt-get install chromium', or set CHROMIUM_PATH to another Chromium." >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests..." >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
