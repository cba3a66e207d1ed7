#!/usr/bin/env bash
# The browser suite runs in Chromium, Firefox and WebKit (scripts/test-browsers.sh). Nothing here can
# download a browser build, so use Debian's: chromium, firefox-esr, webkit2gtk-driver (WebKitWebDriver;
# it pulls in libwebkit2gtk-4.1-0, whose MiniBrowser is Safari's engine) and xvfb (a display for
# WebKit), with fonts. As root with apt-get, install whatever is missing; otherwise say what to install.
# CHROME_PATH, FIREFOX_PATH and MINIBROWSER_PATH point at other builds; WTR_BROWSERS=chromium,firefox
# (say) checks only the engines named.
set -euo pipefail
engines=",${WTR_BROWSERS:-chromium,firefox,webkit},"
missing=()
need() { # <engine> <file that must be executable> <Debian package>
  if [[ "$engines" == *",$1,"* ]] && [ ! -x "$2" ]; then missing+=("$3"); fi
}
need chromium "${CHROME_PATH:-/usr/bin/chromium}" chromium
need firefox "${FIREFOX_PATH:-/usr/bin/firefox-esr}" firefox-esr
need webkit "$(command -v WebKitWebDriver || echo /usr/bin/WebKitWebDriver)" webkit2gtk-driver
need webkit "${MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}" libwebkit2gtk-4.1-0
need webkit "$(command -v Xvfb || echo /usr/bin/Xvfb)" xvfb
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Browsers: installing Debian's ${missing[*]} (once)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" fonts-liberation >/dev/null
  exit 0
fi
echo "Missing for the browser tests: ${missing[*]}. Install them (Debian: sudo apt-get install ${missing[*]})," >&2
echo "point CHROME_PATH / FIREFOX_PATH / MINIBROWSER_PATH at your builds, or narrow WTR_BROWSERS (e.g. WTR_BROWSERS=chromium)." >&2
exit 1
