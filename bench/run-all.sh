#!/bin/sh
# bench/run-all.sh BUILD_DIR: run every benchmark script bench/<name>.sh in
# turn with the build directory; each prints its own figures.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build}
status=0
for b in "$ROOT"/bench/*.sh; do
  [ "$(basename "$b")" = run-all.sh ] && continue
  echo "== $(basename "$b" .sh)"
  "$b" "$BUILD" || status=1
done
exit $status
