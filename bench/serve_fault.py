#!/usr/bin/env python3
"""serve_fault.py: the load-and-fault test of `mailfix serve` (issue 5),
bounded in time and on loopback only.

1. rounds of: wrk runs the normal load (POST /api/route with corpus
   queries) for DURATION seconds; then the same load under faults:
   1,000 idle slow connections (each sends a request head one
   header line every 2 s and never finishes it) plus a stream of malformed
   requests (garbage, binary, bad versions, bad JSON, huge heads, lying
   Content-Length, broken chunking, wrong types);
2. the server must still answer, its memory stays bounded, and it stops
   with exit 0 on SIGTERM.

Prints the figures (also the CPU that server, wrk and the fault generator
spend per normal request, plain and under faults: the throughput kept on
a machine running nothing else); exits 1 when the load under faults keeps
less than 90% of its baseline rate (median of the paired rounds), the
server crashed, or its RSS went past MAX_RSS_MB.

  serve_fault.py MAILFIX OUT_DIR WRK_LUA [--duration 3] [--rounds 11] [--slow 1000]
"""
import argparse
import os
import re
import resource
import signal
import socket
import subprocess
import sys
import threading
import time

MAX_RSS_MB = 512

MALFORMED = [
    b"GARBAGE\r\n\r\n",
    bytes(range(256)) * 4 + b"\r\n\r\n",
    b"GET / HTTP/9.9\r\nHost: x\r\n\r\n",
    b"GET / HTTP/1.1\r\n\r\n",                                   # HTTP/1.1 without Host
    b"GET /healthz HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100000 + b"\r\n\r\n",
    b"GET /" + b"p" * 70000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    b"Content-Length: 5\r\n\r\n{bad}",
    b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    b"Content-Length: 999999999\r\n\r\n{\"query\": \"",
    b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    b"Content-Length: -1\r\n\r\n{}",
    b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    b"Transfer-Encoding: chunked\r\n\r\nzz\r\nnot a chunk\r\n",
    b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    b"Content-Length: 16\r\n\r\n{\"query\": \"\xff\xfe\xfd\"}",
    b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
    b"Content-Length: 2\r\n\r\nhi",
    b"DELETE /api/route HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
    b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    b"Content-Length: 10\r\nContent-Length: 20\r\n\r\n{\"query\":1}",
]


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def cpu_s(pid):
    """User + system CPU seconds used by a process so far."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def self_cpu_s():
    t = os.times()
    return t.user + t.system


def http_get(port, path, timeout=5):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as c:
            c.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            out = b""
            while True:
                b = c.recv(65536)
                if not b:
                    break
                out += b
            return out
    except OSError:
        return b""


def wrk(port, lua, duration, threads, conns, env):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(["wrk", "-t", str(threads), "-c", str(conns), "-d", f"{duration}s", "--latency",
                        "-s", lua, f"http://127.0.0.1:{port}/api/route"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                       timeout=duration + 60)
    m = re.search(r"Requests/sec:\s*([\d.]+)", p.stdout)
    p99 = re.search(r"^\s*99%\s+(\S+)", p.stdout, re.M)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", p.stdout)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    client_cpu = r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime
    return (float(m.group(1)) if m else 0.0, p99.group(1) if p99 else "?",
            int(non2xx.group(1)) if non2xx else 0, p.stdout, client_cpu)


class Slowloris(threading.Thread):
    """N connections sending a request head one line every `every` s."""

    def __init__(self, port, n, every=2.0):
        super().__init__(daemon=True)
        self.port, self.n, self.every = port, n, every
        self.socks, self.stop, self.dropped = [], threading.Event(), 0

    def open_all(self):
        for i in range(self.n):
            s = socket.socket()
            s.setblocking(True)
            s.settimeout(5)
            s.connect(("127.0.0.1", self.port))
            s.sendall(b"POST /api/route HTTP/1.1\r\nHost: x\r\n")
            s.setblocking(False)
            self.socks.append(s)

    def run(self):
        k = 0
        while not self.stop.is_set():
            t0 = time.monotonic()
            for s in self.socks:
                try:
                    s.send(b"X-Slow-%d: y\r\n" % k)
                except OSError:
                    self.dropped += 1
            k += 1
            self.stop.wait(max(0.0, self.every - (time.monotonic() - t0)))

    def close(self):
        self.stop.set()
        for s in self.socks:
            s.close()


class Malformed:
    """A stream of malformed requests, `rate` a second in all, one
    connection each, from `workers` threads (a slow answer to one does not
    slow the stream)."""

    def __init__(self, port, rate, workers=8):
        self.port, self.rate, self.workers = port, rate, workers
        self.stop, self.sent, self.answers = threading.Event(), 0, {}
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.run, args=(w,), daemon=True) for w in range(workers)]

    def start(self):
        for t in self.threads:
            t.start()

    def join(self, timeout):
        for t in self.threads:
            t.join(timeout)

    def run(self, w):
        i = w
        per_thread_rate = self.rate / self.workers
        while not self.stop.is_set():
            t0 = time.monotonic()
            req = MALFORMED[i % len(MALFORMED)]
            i += 1
            status = "closed"
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=2) as c:
                    try:
                        c.sendall(req)
                        c.shutdown(socket.SHUT_WR)
                    except OSError:
                        pass
                    data = c.recv(64)
                    m = re.match(rb"HTTP/1\.[01] (\d{3})", data)
                    status = m.group(1).decode() if m else ("closed" if not data else "other")
            except socket.timeout:
                status = "timeout"
            except OSError:
                status = "reset"
            with self.lock:
                self.sent += 1
                self.answers[status] = self.answers.get(status, 0) + 1
            self.stop.wait(max(0.0, 1.0 / per_thread_rate - (time.monotonic() - t0)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mailfix")
    ap.add_argument("out")
    ap.add_argument("lua")
    ap.add_argument("--duration", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=11)
    ap.add_argument("--slow", type=int, default=1000)
    ap.add_argument("--malformed-rate", type=int, default=200)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--wrk-threads", type=int, default=2)
    ap.add_argument("--conns", type=int, default=64)
    a = ap.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, a.slow + 1024)), hard))
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["MF_BODIES"] = os.path.join(a.out, "bodies.jsonl")

    log = open(os.path.join(a.out, "fault-serve.log"), "wb")
    # Every connection comes from 127.0.0.1: no per-address limit.
    srv = subprocess.Popen([a.mailfix, "serve", "--listen", "127.0.0.1:0", "--threads", str(a.threads),
                            "--timeout", "30", "--max-connections", "4096",
                            "--max-connections-per-ip", "0"],
                           stdout=subprocess.PIPE, stderr=log, env=env)
    line = srv.stdout.readline().decode()
    port = int(re.search(r"127\.0\.0\.1:(\d+)/", line).group(1))
    rss_idle = rss_kb(srv.pid)
    peak = [rss_idle or 0]
    sampling = threading.Event()

    def sample():
        while not sampling.is_set():
            r = rss_kb(srv.pid)
            if r:
                peak[0] = max(peak[0], r)
            sampling.wait(0.2)

    threading.Thread(target=sample, daemon=True).start()
    problems = []
    base, fault = [], []
    answers, sent, open_seen, dropped = {}, 0, [], 0
    alive, health, fault_bad = True, b"", 0
    try:
        wrk(port, a.lua, 2, a.wrk_threads, a.conns, env)  # warm-up
        rss_base = None
        # Rounds alternate plain load and load under faults, so that the
        # drift of a machine shared with other work loads both alike.
        for r in range(a.rounds):
            c0 = cpu_s(srv.pid)
            rate, p99, bad_n, _, client = wrk(port, a.lua, a.duration, a.wrk_threads, a.conns, env)
            base.append((rate, p99, bad_n, cpu_s(srv.pid) - c0, 0.0, client))
            if rss_base is None:
                rss_base = rss_kb(srv.pid)
            slow = Slowloris(port, a.slow)
            slow.open_all()
            slow.start()
            time.sleep(0.5)
            metrics = http_get(port, "/metrics").decode(errors="replace")
            m = re.search(r"^mailfix_http_connections_open (\d+)", metrics, re.M)
            open_seen.append(int(m.group(1)) if m else -1)
            bad = Malformed(port, a.malformed_rate)
            c0, g0 = cpu_s(srv.pid), self_cpu_s()
            bad.start()
            rate, p99, bad_n, _, client = wrk(port, a.lua, a.duration, a.wrk_threads, a.conns, env)
            fault.append((rate, p99, bad_n, cpu_s(srv.pid) - c0, self_cpu_s() - g0, client))
            bad.stop.set()
            bad.join(5)
            sent += bad.sent
            for k, v in bad.answers.items():
                answers[k] = answers.get(k, 0) + v
            dropped += slow.dropped
            slow.close()
            health = http_get(port, "/healthz")
            alive = alive and srv.poll() is None and health.startswith(b"HTTP/1.1 200")
            fault_bad += bad_n
            time.sleep(0.5)
    finally:
        sampling.set()
        if srv.poll() is None:
            srv.send_signal(signal.SIGTERM)
        try:
            rc = srv.wait(timeout=30)
        except subprocess.TimeoutExpired:
            srv.kill()
            rc = "hung (killed)"
        log.close()

    # Each fault round is compared with the plain round just before it;
    # the median of these paired ratios resists a noisy machine.
    import statistics
    pairs = [f[0] / b[0] for b, f in zip(base, fault) if b[0]]
    ratio = statistics.median(pairs) if pairs else 0.0
    print(f"load-and-fault: {a.rounds} rounds of {a.duration}s plain load + {a.duration}s load under faults; "
          f"faults = {a.slow} slow connections (open at the server: {open_seen}) + malformed requests "
          f"at ~{a.malformed_rate}/s ({sent} sent); wrk -t {a.wrk_threads} -c {a.conns}; server --threads {a.threads}")
    print("  plain load:   " + ", ".join(f"{x[0]:.0f} req/s (p99 {x[1]})" for x in base))
    print("  under faults: " + ", ".join(f"{x[0]:.0f} req/s (p99 {x[1]})" for x in fault))
    print(f"  throughput under faults / plain, median of paired rounds: {ratio:.2f} (goal >= 0.90; "
          f"rounds: {', '.join(f'{p:.2f}' for p in pairs)}); normal requests failed: "
          f"{sum(x[2] for x in base)} plain, {fault_bad} under faults")
    # Normal requests per second of the server's CPU: whether faults make
    # the server spend its time elsewhere, apart from the CPU the fault
    # generator (this script) takes from a small machine.
    eff_b = sum(x[0] * a.duration for x in base) / max(sum(x[3] for x in base), 1e-9)
    eff_f = sum(x[0] * a.duration for x in fault) / max(sum(x[3] for x in fault), 1e-9)
    gen = sum(x[4] for x in fault) / (a.rounds * a.duration)
    print(f"  normal requests per server CPU second: {eff_b:.0f} plain, {eff_f:.0f} under faults "
          f"({eff_f / eff_b:.2f}); the fault generator itself used {gen:.2f} CPU cores")
    # All the CPU the machine spent per normal request (server, wrk, and
    # under faults also the fault generator): the ratio is the share of
    # its throughput the normal load keeps on a machine running nothing
    # else, which other work on a shared machine disturbs much less than
    # the rates.
    def per_req(rounds):
        n = sum(x[0] * a.duration for x in rounds)
        return 1e6 * sum(x[3] + x[4] + x[5] for x in rounds) / max(n, 1)
    cpu_b, cpu_f = per_req(base), per_req(fault)
    print(f"  CPU per normal request (server + wrk + fault generator): {cpu_b:.0f} us plain, "
          f"{cpu_f:.0f} us under faults: throughput kept on an otherwise idle machine {cpu_b / cpu_f:.2f}")
    print(f"  malformed answers: {dict(sorted(answers.items()))}")
    print(f"  slow connections closed by the server during the load: {dropped}")
    print(f"  RSS: idle {rss_idle} KiB, after the first load {rss_base} KiB, peak {peak[0]} KiB "
          f"(bound {MAX_RSS_MB} MiB)")
    print(f"  after: /healthz {'200' if health.startswith(b'HTTP/1.1 200') else 'FAILED'}, "
          f"alive {alive}, exit status after SIGTERM {rc}")
    if ratio < 0.9:
        problems.append(f"throughput under faults {ratio:.2f} of baseline")
    if not alive or not health.startswith(b"HTTP/1.1 200"):
        problems.append("the server stopped answering")
    if rc != 0:
        problems.append(f"exit status {rc}")
    if peak[0] > MAX_RSS_MB * 1024:
        problems.append(f"RSS peak {peak[0]} KiB")
    if fault_bad:
        problems.append(f"{fault_bad} normal requests failed under faults")
    print("  result: " + ("PASS" if not problems else "FAIL: " + "; ".join(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
