#!/usr/bin/env bash
# Runs the browser suite (web-test-runner) in Chromium, Firefox and WebKit; arguments go to
# web-test-runner (e.g. test files). WebKit needs a display and a WebDriver server: this starts
# Xvfb (on the display it picks, 1380x1000: on a screen 2000 px tall or more MiniBrowser's window
# never gets focus) and WebKitWebDriver on a free port, and stops both by PID when the run ends.
# WTR_BROWSERS=chromium,firefox (say) runs fewer engines; without webkit nothing is started.
set -euo pipefail
cd "$(dirname "$0")/.."
export WTR_BROWSERS="${WTR_BROWSERS:-chromium,firefox,webkit}"

pids=()
tmp="$(mktemp -d)"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ ",$WTR_BROWSERS," == *",webkit,"* ]]; then
  # Xvfb writes the display number it chose to fd 3 once it is ready.
  Xvfb -displayfd 3 -screen 0 1380x1000x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
  pids+=($!)
  for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
  [ -s "$tmp/display" ] || { echo "test-browsers: Xvfb did not start:" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }
  export DISPLAY=":$(head -n1 "$tmp/display")"

  port="${WTR_WEBKIT_PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
  WebKitWebDriver --host=127.0.0.1 --port="$port" >"$tmp/webkitwebdriver.log" 2>&1 &
  pids+=($!)
  up=
  for _ in $(seq 100); do
    if node -e "fetch('http://127.0.0.1:$port/status').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then up=1; break; fi
    sleep 0.2
  done
  [ -n "$up" ] || { echo "test-browsers: WebKitWebDriver did not answer on port $port:" >&2; cat "$tmp/webkitwebdriver.log" >&2; exit 1; }
  export WTR_WEBKIT_PORT="$port"
fi

# Test files go to the config in WTR_FILES, which it splits into the engines' groups (files named
# on web-test-runner's command line would all run in every engine); other arguments pass through.
files=() args=()
for arg in "$@"; do
  if [[ "$arg" != -* && ( "$arg" == *'*'* || "$arg" =~ \.test\.[cm]?[jt]s$ ) ]]; then files+=("$arg"); else args+=("$arg"); fi
done
if [ "${#files[@]}" -gt 0 ]; then export WTR_FILES="$(printf '%s\n' "${files[@]}")"; fi
npx web-test-runner ${args[@]+"${args[@]}"}
