#!/bin/sh
# browser_test.sh: the web page of `mailfix serve` in headless Chromium
# (Debian's /usr/bin/chromium driven by playwright-core from npm, which this
# script installs into BUILD_DIR/serve-browser/).  Pastes an English and a
# Chinese problem, reads the answers from the page, and saves screenshots
# under BUILD_DIR/serve-browser/.  If playwright-core cannot be installed
# the test FAILS (it never passes without having run the browser).
#   browser_test.sh MAILFIX BUILD_DIR
set -eu
MAILFIX=$1
BUILD_DIR=$2
HERE=$(cd "$(dirname "$0")" && pwd)
DIR="$BUILD_DIR/serve-browser"
PW_VERSION=1.65.1
CHROMIUM=${MF_CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$CHROMIUM" ]; then
  echo "FAIL: $CHROMIUM is missing (scripts/install-deps.sh test installs chromium)" >&2
  exit 1
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "FAIL: node and npm are needed to install playwright-core" >&2
  exit 1
fi
mkdir -p "$DIR"
if [ ! -f "$DIR/node_modules/playwright-core/package.json" ] ||
   ! grep -q "\"version\": \"$PW_VERSION\"" "$DIR/node_modules/playwright-core/package.json"; then
  [ -f "$DIR/package.json" ] || echo '{"name": "mailfix-serve-browser-test", "private": true}' > "$DIR/package.json"
  # No browser download: the test uses Debian's chromium.
  if ! PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$DIR" --no-audit --no-fund \
       --no-save "playwright-core@$PW_VERSION" >"$DIR/npm.log" 2>&1; then
    echo "FAIL: npm could not install playwright-core@$PW_VERSION (see $DIR/npm.log):" >&2
    tail -n 20 "$DIR/npm.log" >&2
    exit 1
  fi
fi
NODE_PATH="$DIR/node_modules" exec node "$HERE/browser_test.js" "$MAILFIX" "$DIR" "$CHROMIUM"
