#!/bin/sh
# memlat.sh: the machine's memory latency by working-set size, pinned to
# one CPU (bench/memlat.c): what an L2 miss costs here.
#   bench/memlat.sh BUILD_DIR
set -eu
BUILD=${1:-build}
if command -v taskset >/dev/null 2>&1; then
	taskset -c 0 "$BUILD/bench/bench_memlat"
else
	"$BUILD/bench/bench_memlat"
fi
