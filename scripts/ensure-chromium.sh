#!/usr/bin/env bash
# Tests need a real Chromium. Nothing here can download one, so use Debian's,
# installing it with apt-get when it is missing (as root), or say what to do.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$chrome" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $chrome: installing Debian's chromium (once)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "Chromium not found at $chrome. Install it (Debian: sudo apt-get install chromium) or set CHROME_PATH." >&2
exit 1
