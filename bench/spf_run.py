#!/usr/bin/env python3
"""spf_run.py: the measuring half of bench/spf.sh; runs inside the
benchmark's network namespace while NSD serves bench.test on
127.0.0.1:53 (NSD_CONF names its configuration).  Every tool evaluates
the same 20,000 checks of shared/corpus/spf/bench/workload.jsonl against
that NSD, RUNS times; the table gives the median checks/second (wall
clock, whole process), the DNS queries NSD answered per check (from
`nsd-control stats_noreset`), and how many results equal expected.jsonl.

Usage: spf_run.py MAILFIX LIBSPF2_DRIVER SPF_BENCH_DIR RUNS PYSPF_RUNS
"""
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def nsd_queries():
    p = subprocess.run(["nsd-control", "-c", os.environ["NSD_CONF"], "stats_noreset"],
                       capture_output=True, text=True, timeout=30)
    for line in p.stdout.splitlines():
        if line.startswith("num.queries="):
            return int(line.split("=", 1)[1])
    raise SystemExit("nsd-control: " + p.stdout + p.stderr)


def parse_pairs(out):
    res = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2:
            res[parts[0]] = parts[1]
    return res


def parse_jsonl(out):
    res = {}
    for line in out.splitlines():
        o = json.loads(line)
        res[o.get("id")] = o.get("result")
    return res


def parse_spfquery(out, work):
    """spfquery prints a block per query, most ending in a Received-SPF
    line that names client-ip and envelope-from: results are matched to
    checks by those (a check whose block has no such line gets none)."""
    by_key = {}
    for line in out.splitlines():
        if not line.startswith("Received-SPF: "):
            continue
        result = line.split()[1]
        ip = line.split("client-ip=", 1)[-1].split(";", 1)[0]
        env = line.split("envelope-from=", 1)[-1].split(";", 1)[0] if "envelope-from=" in line else ""
        by_key[(ip, env)] = result
    res = {}
    for w in work:
        sender = w["sender"] or w["helo"]
        if "@" not in sender:
            sender = "postmaster@" + sender
        r = by_key.get((w["ip"], sender))
        if r:
            res[w["id"]] = r
    return res


# libspf2 says "neutral"/"none" like the RFC, but older names for errors.
NORMAL = {"unknown": "permerror", "error": "temperror", "(invalid)": "permerror"}


def main():
    mailfix, libspf2, bench, runs, pyspf_runs = sys.argv[1:6]
    runs, pyspf_runs = int(runs), int(pyspf_runs)
    work = [json.loads(l) for l in open(os.path.join(bench, "workload.jsonl"))]
    expected = {json.loads(l)["id"]: json.loads(l)["result"]
                for l in open(os.path.join(bench, "expected.jsonl"))}
    tmp = tempfile.mkdtemp(prefix="mfspfbench-")
    tsv = os.path.join(tmp, "checks.tsv")
    sq = os.path.join(tmp, "spfquery.txt")
    with open(tsv, "w") as f, open(sq, "w") as g:
        for w in work:
            f.write(f"{w['id']} {w['ip']} {w['sender'] or '-'} {w['helo']}\n")
            g.write(f"{w['ip']} {w['sender'] or w['helo']} {w['helo']}\n")
    ids = [w["id"] for w in work]
    wl = os.path.join(bench, "workload.jsonl")
    tools = [
        ("mailfix, run cache", [mailfix, "spf", "--jsonl", "--dns", "127.0.0.1:53"], wl, parse_jsonl, runs),
        ("mailfix, no cache", [mailfix, "spf", "--jsonl", "--no-cache", "--dns", "127.0.0.1:53"], wl, parse_jsonl, runs),
        ("libspf2 1.2.10, no cache (SPF_DNS_RESOLV)", [libspf2], tsv, parse_pairs, runs),
        ("libspf2 1.2.10, run cache (spfquery -file)", ["spfquery", "-file", sq], None, None, runs),
        ("pyspf 2.0.14 (no cache)", ["/usr/bin/python3", os.path.join(HERE, "spf_pyspf.py")], tsv, parse_pairs, pyspf_runs),
    ]
    rows = []
    for name, cmd, stdin, parse, n in tools:
        times, queries, cpus, agree = [], [], [], None
        for _ in range(n):
            q0 = nsd_queries()
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            inp = open(stdin, "rb") if stdin else subprocess.DEVNULL
            p = subprocess.run(cmd, stdin=inp, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            dt = time.perf_counter() - t0
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
            cpus.append(cpu)
            if stdin:
                inp.close()
            q1 = nsd_queries()
            times.append(dt)
            queries.append(q1 - q0)
            out = p.stdout.decode(errors="replace")
            got = parse(out) if parse else parse_spfquery(out, work)
            got = {k: NORMAL.get(v, v) for k, v in got.items()}
            agree = sum(1 for k, v in expected.items() if got.get(k) == v)
            print(f"  {name}: {dt:.2f} s, {cpu:.2f} s CPU, {q1 - q0} queries, {agree} results as expected"
                  + (f" (exit {p.returncode}: {p.stderr.decode(errors='replace')[-200:]})"
                     if p.returncode not in (0, 1) else ""), file=sys.stderr, flush=True)
        med = statistics.median(times)
        rows.append((name, len(work) / med, statistics.median(queries) / len(work), agree, n,
                     statistics.median(cpus) * 1e6 / len(work)))
    base = {r[0]: r[1] for r in rows}
    print(f"| tool | checks/s (median wall clock) | CPU µs per check (the tool's own) | DNS queries per check | results = expected.jsonl | runs |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, cps, qpc, agree, n, cpu_us in rows:
        print(f"| {name} | {cps:,.0f} | {cpu_us:.0f} | {qpc:.2f} | {agree} / {len(expected)} | {n} |")
    py = base.get("pyspf 2.0.14 (no cache)")
    ls_nc = base.get("libspf2 1.2.10, no cache (SPF_DNS_RESOLV)")
    ls_c = base.get("libspf2 1.2.10, run cache (spfquery -file)")
    mf_nc, mf_c = base["mailfix, no cache"], base["mailfix, run cache"]
    print()
    print(f"mailfix no cache: {mf_nc / py:.1f}x pyspf, {mf_nc / ls_nc:.1f}x libspf2 without cache")
    print(f"mailfix run cache: {mf_c / py:.1f}x pyspf, {mf_c / ls_c:.1f}x libspf2 with its cache (spfquery -file)")


if __name__ == "__main__":
    main()
