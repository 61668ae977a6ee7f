#!/usr/bin/env bash
# The browser tests drive a local Chromium (never a downloaded browser): CHROMIUM_PATH when set, else
# Debian's /usr/bin/chromium, installed here when missing. scripts/lib/chromium-path.ts makes the same choice.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ] && [ ! -d "$CHROMIUM_PATH" ]; then exit 0; fi
  # Installing Debian's Chromium would not help: the tests would still launch CHROMIUM_PATH.
  echo "CHROMIUM_PATH is set to '$CHROMIUM_PATH', which is not an executable file." >&2
  exit 1
fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium at /usr/bin/chromium and no apt here: set CHROMIUM_PATH to a Chromium or Chrome for Testing binary." >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run 'sudo apt-get install chromium', or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary." >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests..." >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
