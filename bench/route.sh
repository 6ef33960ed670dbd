#!/bin/sh
# route.sh: the router's speed on one core over the dev corpus (see
# bench/bench_route.c): queries/s without and with JSON rendering (wall
# clock and per CPU second), latency p50/p99, the raw Vectorscan scan rate
# of the same database, peak memory.  Then, because a shared machine moves
# every timing, the instructions one query costs (valgrind --tool=callgrind,
# which counts the same on any load): two runs of 1 and 6 passes over the
# corpus, the difference divided by 5 passes.
#   bench/route.sh BUILD_DIR
set -eu
BUILD=${1:-build}
HERE=$(cd "$(dirname "$0")" && pwd)
CORPUS="$HERE/../../shared/corpus/queries/dev.jsonl"
"$BUILD/bench/bench_route" "$CORPUS" 2
if command -v valgrind >/dev/null 2>&1; then
  n=$(grep -c . "$CORPUS")
  for mode in route json; do
    extra=""; [ "$mode" = json ] && extra="--json"
    i1=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BUILD/bench/bench_route" "$CORPUS" --passes 1 $extra 2>&1 | sed -n 's/.*refs: *//p' | tr -d ,)
    i6=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BUILD/bench/bench_route" "$CORPUS" --passes 6 $extra 2>&1 | sed -n 's/.*refs: *//p' | tr -d ,)
    echo "| instructions per query ($mode, callgrind) | $(( (i6 - i1) / (5 * n) )) |"
  done
fi
