#!/usr/bin/env python3
"""nsd_compare.py: the c-ares back end against a real server.  Starts NSD
on 127.0.0.1 on a free high port serving shared/corpus/spf/bench and
tests/spf/zones/mftest.test.zone, then asserts that:
  1. `mailfix spf --dns 127.0.0.1:PORT` gives, line for line, the same
     answers as `--zone` for the edge cases of mftest-checks.jsonl (a TXT
     set too big for UDP that needs TCP, CNAME/include/redirect loops,
     NULs, non-ASCII, bad IPs and CIDRs, limits), each with its expected
     result;
  2. the bench workload over NSD (run cache on, and --no-cache) equals
     expected.jsonl and the --zone answers;
  3. a server that never answers gives temperror (timeout), and a name
     NSD refuses gives temperror (refused), not "none".
Usage: nsd_compare.py MAILFIX SHARED_SPF_DIR
"""
import json
import os
import socket
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, HERE)
from nsd_server import Nsd  # noqa: E402


def run(mailfix, args, stdin_path=None, stdin_bytes=None):
    if stdin_path:
        with open(stdin_path, "rb") as f:
            stdin_bytes = f.read()
    p = subprocess.run([mailfix, "spf", "--jsonl"] + args, input=stdin_bytes,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    return p.returncode, [l for l in p.stdout.decode().splitlines() if l.strip()], p.stderr.decode()


def main():
    mailfix, spfdir = sys.argv[1], sys.argv[2]
    bench = os.path.join(spfdir, "bench")
    zone_mf = os.path.join(HERE, "zones", "mftest.test.zone")
    zone_rev = os.path.join(HERE, "zones", "2.0.192.in-addr.arpa.zone")
    checks = os.path.join(HERE, "zones", "mftest-checks.jsonl")
    problems = []
    with Nsd([("bench.test", os.path.join(bench, "bench.test.zone")),
              ("mftest.test", zone_mf), ("2.0.192.in-addr.arpa", zone_rev)]) as nsd:
        dns = ["--dns", f"127.0.0.1:{nsd.port}", "--timeout", "2000", "--tries", "3"]
        # 1. edge cases: --dns equals --zone, and each has its expected result
        _, by_zone, _ = run(mailfix, ["--zone", zone_mf, "--zone", zone_rev], checks)
        _, by_dns, err = run(mailfix, dns, checks)
        want = {json.loads(l)["id"]: json.loads(l)["want"] for l in open(checks)}
        if len(by_zone) != len(want) or len(by_dns) != len(want):
            problems.append(f"edge cases: {len(by_zone)} zone / {len(by_dns)} dns answers "
                            f"for {len(want)} checks {err[-300:]}")
        same = 0
        for z, d in zip(by_zone, by_dns):
            oz, od = json.loads(z), json.loads(d)
            if oz != od:
                problems.append(f"{oz.get('id')}: --zone {z[:300]} but --dns {d[:300]}")
            elif od.get("result") != want.get(od.get("id")):
                problems.append(f"{od.get('id')}: {od.get('result')}, expected "
                                f"{want.get(od.get('id'))}")
            else:
                same += 1
        print(f"edge cases: {same} of {len(want)} equal over NSD and --zone, as expected")
        # 2. the bench workload
        expected = {}
        for line in open(os.path.join(bench, "expected.jsonl")):
            o = json.loads(line)
            expected[o["id"]] = o["result"]
        _, wz, _ = run(mailfix, ["--zone", os.path.join(bench, "bench.test.zone")],
                       os.path.join(bench, "workload.jsonl"))
        for mode in ([], ["--no-cache"]):
            _, wd, err = run(mailfix, dns + mode, os.path.join(bench, "workload.jsonl"))
            ok = sum(1 for l in wd if expected.get(json.loads(l).get("id")) == json.loads(l).get("result"))
            equal = sum(1 for a, b in zip(wz, wd) if a == b)
            print(f"bench workload over NSD {' '.join(mode) or '(run cache)'}: {ok} of "
                  f"{len(expected)} as expected, {equal} answers identical to --zone")
            for a, b in zip(wz, wd):
                if a != b:
                    print(f"  differs: --zone {a[:400]}\n           --dns  {b[:400]}")
                    break
            if ok != len(expected) or equal != len(expected) or len(wd) != len(expected):
                problems.append(f"bench workload {mode}: {ok} expected, {equal} identical "
                                f"{err[-300:]}")
        # 3b. REFUSED from a real server is a temperror
        _, out, _ = run(mailfix, dns, stdin_bytes=b'{"id":1,"ip":"192.0.2.1","sender":"a@not-served.example"}\n')
        o = json.loads(out[0]) if out else {}
        if o.get("result") != "temperror" or "refused" not in json.dumps(o):
            problems.append(f"refused name: {o}")
        else:
            print("a name NSD refuses: temperror (refused)")
    # 3a. a server that never answers: temperror (timeout), bounded in time
    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    silent.bind(("127.0.0.1", 0))
    port = silent.getsockname()[1]
    try:
        _, out, _ = run(mailfix, ["--dns", f"127.0.0.1:{port}", "--timeout", "300",
                                  "--tries", "1"],
                        stdin_bytes=b'{"id":1,"ip":"192.0.2.1","sender":"a@example.com"}\n')
    finally:
        silent.close()
    o = json.loads(out[0]) if out else {}
    if o.get("result") != "temperror" or "timeout" not in json.dumps(o):
        problems.append(f"silent server: {o}")
    else:
        print("a server that never answers: temperror (timeout)")
    for p in problems:
        print("FAIL", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
