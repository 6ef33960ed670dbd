#!/bin/sh
# serve.sh: benchmark of `mailfix serve` (issue 5).  wrk against
# POST /api/route with the corpus queries (shared/corpus/queries/dev.jsonl,
# bench/serve_route.lua) and, in the same run, against nginx (Debian
# nginx-light) serving a static file of the mean answer size: same wrk
# threads and connections, same number of server threads / nginx workers,
# both writing an access log.  Then the load-and-fault test
# (bench/serve_fault.py).  Loopback only.  Prints requests/s and p99 for
# both and writes them to BUILD_DIR/bench-serve/results.txt.
#   bench/serve.sh BUILD_DIR
# Environment: MF_BENCH_THREADS (server threads = nginx workers, default
# nproc), MF_BENCH_WRK_THREADS (2), MF_BENCH_CONNS (64), MF_BENCH_DURATION (3s
# per round), MF_BENCH_ROUNDS (7).
set -eu
BUILD=$(cd "${1:-build}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
MAILFIX=$BUILD/mailfix
OUT=$BUILD/bench-serve
CORPUS=${MF_CORPUS:-$ROOT/../shared/corpus/queries/dev.jsonl}
THREADS=${MF_BENCH_THREADS:-$(nproc)}
WRK_THREADS=${MF_BENCH_WRK_THREADS:-2}
CONNS=${MF_BENCH_CONNS:-64}
DUR=${MF_BENCH_DURATION:-3s}
ROUNDS=${MF_BENCH_ROUNDS:-7}
for tool in wrk nginx python3 curl; do
  command -v $tool >/dev/null || [ -x /usr/sbin/$tool ] || { echo "serve.sh: $tool is missing (scripts/install-deps.sh bench)" >&2; exit 1; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
rm -rf "$OUT"; mkdir -p "$OUT/www" "$OUT/nginx"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY 2>/dev/null || true

# Request bodies (query only, as an outside client sends them) and the
# mean size of the answers they get: the static file nginx serves.
python3 - "$MAILFIX" "$CORPUS" "$OUT" <<'PY'
import json, subprocess, sys
mailfix, corpus, out = sys.argv[1:4]
bodies = [json.dumps({"query": json.loads(l)["query"]}) for l in open(corpus, encoding="utf-8") if l.strip()]
open(f"{out}/bodies.jsonl", "w").write("\n".join(bodies) + "\n")
answers = subprocess.run([mailfix, "route", "--jsonl"], input="\n".join(bodies) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
sizes = [len(a.encode()) for a in answers]
mean = round(sum(sizes) / len(sizes))
base = max((a for a in answers if len(a.encode()) <= mean), key=lambda a: len(a.encode()))
static = base[:-1] + " " * (mean - len(base.encode())) + "}"
open(f"{out}/www/answer.json", "w").write(static)
print(f"{len(bodies)} queries; answers {min(sizes)}..{max(sizes)} bytes, mean {mean}; static file {len(static.encode())} bytes")
PY

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# mailfix serve, access log on (to a file); the load comes from one
# address, so no per-address connection limit.
"$MAILFIX" serve --listen 127.0.0.1:0 --threads "$THREADS" --max-connections-per-ip 0 >"$OUT/serve.out" 2>"$OUT/serve-access.log" &
SERVE_PID=$!
NGINX_PID=""
cleanup() {
  kill -TERM "$SERVE_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill -QUIT "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM
i=0
until grep -q 'listening on' "$OUT/serve.out" 2>/dev/null; do
  i=$((i + 1)); [ $i -lt 200 ] || { echo "serve.sh: mailfix serve did not start" >&2; cat "$OUT/serve-access.log" >&2; exit 1; }
  sleep 0.05
done
MF_PORT=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$OUT/serve.out")

# nginx: same worker count, access log on, keep-alive.
NG_PORT=$(free_port)
cat >"$OUT/nginx/nginx.conf" <<CONF
worker_processes $THREADS;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 8192; }
http {
  default_type application/json;
  access_log $OUT/nginx/access.log;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NG_PORT;
    root $OUT/www;
    location / { }
  }
}
CONF
chmod -R a+rX "$OUT/www"
"$NGINX" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -e "$OUT/nginx/error.log" &
NGINX_PID=$!
i=0
until curl -s --noproxy '*' -o /dev/null "http://127.0.0.1:$NG_PORT/answer.json"; do
  i=$((i + 1)); [ $i -lt 100 ] || { echo "serve.sh: nginx did not start" >&2; cat "$OUT/nginx/error.log" >&2; exit 1; }
  sleep 0.05
done

# CPU seconds used so far by a process and its children (nginx workers).
cpu_of() {
  python3 - "$1" <<'PY'
import os, sys
root, tck, total = sys.argv[1], os.sysconf("SC_CLK_TCK"), 0
for pid in os.listdir("/proc"):
    if not pid.isdigit():
        continue
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        continue
    if pid == root or f[1] == root:
        total += int(f[11]) + int(f[12])
print(total / tck)
PY
}
# wrk, and the CPU time it used itself (the client's share of the two cores).
wrk_timed() { # OUT_FILE wrk arguments...
  python3 - "$@" <<'PY'
import resource, subprocess, sys
out, cmd = sys.argv[1], ["wrk"] + sys.argv[2:]
r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "w") as f:
    subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT)
r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "a") as f:
    f.write(f"client-cpu-seconds: {r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime}\n")
PY
}
run_wrk() { # NAME PID URL [wrk options]
  name=$1; pid=$2; url=$3; shift 3
  c0=$(cpu_of "$pid")
  wrk_timed "$OUT/wrk-$name.txt" -t "$WRK_THREADS" -c "$CONNS" -d "$DUR" --latency "$@" "$url"
  echo "server-cpu-seconds: $(python3 -c "print($(cpu_of "$pid") - $c0)")" >>"$OUT/wrk-$name.txt"
}
MF_BODIES="$OUT/bodies.jsonl"; export MF_BODIES
# Warm-up, then rounds that alternate the two servers, so that a machine
# shared with other work loads both alike; the medians are reported.
wrk -t "$WRK_THREADS" -c "$CONNS" -d 2s -s "$HERE/serve_route.lua" "http://127.0.0.1:$MF_PORT/api/route" >/dev/null 2>&1 || true
wrk -t "$WRK_THREADS" -c "$CONNS" -d 2s "http://127.0.0.1:$NG_PORT/answer.json" >/dev/null 2>&1 || true
r=1
while [ $r -le "$ROUNDS" ]; do
  run_wrk "mailfix-$r" "$SERVE_PID" "http://127.0.0.1:$MF_PORT/api/route" -s "$HERE/serve_route.lua"
  run_wrk "nginx-$r" "$NGINX_PID" "http://127.0.0.1:$NG_PORT/answer.json"
  r=$((r + 1))
done
# The HTTP layer alone (no routing): what a request costs the server
# before the library's work.
run_wrk "healthz" "$SERVE_PID" "http://127.0.0.1:$MF_PORT/healthz"

python3 - "$OUT" "$ROUNDS" <<PY | tee "$OUT/results.txt"
import re, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
def parse(path):
    t = open(path).read()
    rate = float(re.search(r"Requests/sec:\s*([\d.]+)", t).group(1))
    p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s)\b", t, re.M)
    ms = float(p99.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    bad = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", t)
    err = re.search(r"Socket errors:.*", t)
    n = int(re.search(r"(\d+) requests in", t).group(1))
    cpu = float(re.search(r"server-cpu-seconds: ([\d.]+)", t).group(1))
    client = float(re.search(r"client-cpu-seconds: ([\d.]+)", t).group(1))
    return rate, ms, int(bad.group(1)) if bad else 0, err.group(0) if err else "", n, cpu, client
res = {n: [parse(f"{out}/wrk-{n}-{r}.txt") for r in range(1, rounds + 1)] for n in ("mailfix", "nginx")}
cpu = open("/proc/cpuinfo").read()
model = re.search(r"model name\s*:\s*(.*)", cpu).group(1)
import os, platform
print(f"machine: {os.cpu_count()} cores, {model}, {platform.system()} {platform.release()}")
print("wrk -t $WRK_THREADS -c $CONNS -d $DUR, $ROUNDS alternating rounds (medians); "
      "mailfix serve --threads $THREADS (access log on); nginx worker_processes $THREADS (access log on)")
med = {}
for n, label in (("mailfix", "mailfix POST /api/route (corpus queries)"), ("nginx", "nginx   GET static answer.json (same size)")):
    rates = [x[0] for x in res[n]]
    p99s = [x[1] for x in res[n]]
    med[n] = statistics.median(rates)
    bad = sum(x[2] for x in res[n])
    errs = "; ".join(x[3] for x in res[n] if x[3])
    print(f"{label}: {med[n]:.0f} req/s, p99 {statistics.median(p99s):.2f} ms "
          f"(rounds: {', '.join(f'{r:.0f}' for r in rates)} req/s){f', non-2xx {bad}' if bad else ''}{f', {errs}' if errs else ''}")
hz = parse(f"{out}/wrk-healthz.txt")
print(f"mailfix GET /healthz (HTTP layer alone, one run): {hz[0]:.0f} req/s, p99 {hz[1]:.2f} ms, "
      f"{1e6 * hz[5] / max(hz[4], 1):.0f} us of server CPU each")
pairs = [m[0] / n[0] for m, n in zip(res["mailfix"], res["nginx"])]
eff = {n: sum(x[4] for x in res[n]) / max(sum(x[5] for x in res[n]), 1e-9) for n in res}
print(f"requests per server CPU second: mailfix {eff['mailfix']:.0f} "
      f"({1e6 / eff['mailfix']:.0f} us of CPU each), nginx {eff['nginx']:.0f} ({1e6 / eff['nginx']:.0f} us each); "
      f"ratio {eff['mailfix'] / eff['nginx']:.2f}")
# Server and wrk share the cores: with nothing else running, the rate is
# cores / (server CPU + client CPU) per request.  The ratio of those is
# what the rates would show on a quiet machine; other work on a shared
# machine changes CPU times much less than it changes rates.
both = {n: 1e6 * sum(x[5] + x[6] for x in res[n]) / max(sum(x[4] for x in res[n]), 1) for n in res}
cli = {n: 1e6 * sum(x[6] for x in res[n]) / max(sum(x[4] for x in res[n]), 1) for n in res}
print(f"server + wrk CPU per request: mailfix {both['mailfix']:.0f} us (wrk {cli['mailfix']:.0f}), "
      f"nginx {both['nginx']:.0f} us (wrk {cli['nginx']:.0f}); ratio {both['nginx'] / both['mailfix']:.2f} "
      f"(the rate ratio of a machine with nothing else running)")
print(f"ratio mailfix/nginx: {med['mailfix'] / med['nginx']:.2f} of the medians; "
      f"median of paired rounds {statistics.median(pairs):.2f} (rounds: {', '.join(f'{p:.2f}' for p in pairs)}) (goal >= 0.7)")
PY
cleanup
trap - EXIT INT TERM

[ -n "${MF_BENCH_SKIP_FAULT:-}" ] && exit 0
python3 "$HERE/serve_fault.py" "$MAILFIX" "$OUT" "$HERE/serve_route.lua" \
  --threads "$THREADS" --wrk-threads "$WRK_THREADS" --conns "$CONNS" | tee -a "$OUT/results.txt"
