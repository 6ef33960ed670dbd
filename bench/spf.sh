#!/bin/sh
# bench/spf.sh: SPF checks/second of mailfix against pyspf and libspf2 on
# the same machine, the same 20,000 checks (shared/corpus/spf/bench) and
# the same local NSD, in one run.  glibc's resolver (libspf2, spfquery,
# pyspf) cannot be given a port, so everything runs in a network
# namespace made for the benchmark, where NSD listens on 127.0.0.1:53 and
# /etc/netns/NAME/resolv.conf names it (shared/corpus/spf/README.md).
#   bench/spf.sh [BUILD_DIR]        (RUNS=3 and PYSPF_RUNS=3 by default)
# Needs root (ip netns).  Prints a markdown table for bench/RESULTS.md.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
RUNS=${RUNS:-3}
PYSPF_RUNS=${PYSPF_RUNS:-$RUNS}
SHARED=${MF_SHARED_DIR:-$ROOT/../shared}
BENCH=$SHARED/corpus/spf/bench
NS=mfspf$$

"$ROOT/scripts/install-deps.sh" bench
if [ ! -x "$BUILD/bench/bench_spf_libspf2" ]; then
  cmake -S "$ROOT" -B "$BUILD" >/dev/null && cmake --build "$BUILD" --target bench_spf_libspf2 mailfix_cli >/dev/null
fi

cleanup() {
  ip netns del "$NS" 2>/dev/null || true
  rm -rf "/etc/netns/$NS"
}
trap cleanup EXIT INT TERM
ip netns add "$NS"
ip netns exec "$NS" ip link set lo up
mkdir -p "/etc/netns/$NS"
printf 'nameserver 127.0.0.1\noptions timeout:2 attempts:2\n' > "/etc/netns/$NS/resolv.conf"

echo "SPF benchmark: $(wc -l < "$BENCH/workload.jsonl") checks, NSD $(nsd -v 2>&1 | head -1 | sed 's/NSD version //') on 127.0.0.1:53 in netns $NS" >&2
lscpu | head -15 | sed 's/^/  /' >&2
ip netns exec "$NS" python3 "$ROOT/tests/spf/nsd_server.py" --port 53 \
  --zone "bench.test=$BENCH/bench.test.zone" -- \
  python3 "$ROOT/bench/spf_run.py" "$BUILD/mailfix" "$BUILD/bench/bench_spf_libspf2" \
  "$BENCH" "$RUNS" "$PYSPF_RUNS"
