#!/bin/sh
# run-all.sh: run every benchmark script bench/<name>.sh against a build
# (`make bench`).  Each prints its figures; results to keep go in
# bench/RESULTS.md by hand, with the command and the machine.
#   bench/run-all.sh BUILD_DIR
set -u
BUILD=${1:-build}
HERE=$(cd "$(dirname "$0")" && pwd)
failed=""
for s in "$HERE"/*.sh; do
  [ "$(basename "$s")" = run-all.sh ] && continue
  echo "==> $(basename "$s")"
  sh "$s" "$BUILD" || failed="$failed $(basename "$s")"
done
[ -z "$failed" ] || { echo "run-all.sh: failed:$failed" >&2; exit 1; }
