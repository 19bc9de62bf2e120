#!/usr/bin/env bash
# The browser tests need Debian's Chromium (no browser can be downloaded here).
# Installs it with apt-get when it is missing and we are root; otherwise says what to do.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$bin" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium from Debian's packages…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing at $bin: install Debian's chromium package (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
