#!/bin/sh
# route.sh: the router's speed on one core over the dev corpus (see
# bench/bench_route.c): queries/s without and with JSON rendering, latency
# p50/p99, the raw Vectorscan scan rate of the same database, peak memory.
#   bench/route.sh BUILD_DIR
set -eu
BUILD=${1:-build}
HERE=$(cd "$(dirname "$0")" && pwd)
"$BUILD/bench/bench_route" "$HERE/../../shared/corpus/queries/dev.jsonl" 2
