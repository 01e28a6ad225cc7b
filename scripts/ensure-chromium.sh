#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (test tools cannot download their own browser here).
# Install it when it is missing and we may; otherwise say exactly what to do.
set -euo pipefail
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$CHROME" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $CHROME: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $CHROME (or set CHROME_PATH)." >&2
echo "On Debian or Ubuntu: sudo apt-get install -y chromium" >&2
exit 1
