#!/usr/bin/env python3
"""nsd_compare.py: `mailfix check` over the network gives what it gives
with --zone.  For every case of tests/cases/check that answers in JSON
from a zone (no --fault), the zone is served as the root zone by NSD on
127.0.0.1 (a free high port), and `mailfix check --dns 127.0.0.1:PORT`
must print the same answer as `--zone FILE`, finding for finding, record
for record, lookup status for lookup status (dns_rounds may differ: over
the network answers of one wave can arrive in several).  Then a server
that never answers must give dns.lookup-failed findings (timeout), never
a missing record.  MF_CASE_WRAP in the environment (shell words, as for
run_cases.py) runs the network half under that program, e.g. valgrind:
c-ares's exchanges with a real server under Memcheck; with
MF_CASE_WRAP_EVERY=N only every Nth case's (and the silent server's).
Usage: nsd_compare.py MAILFIX CASES_DIR
"""
import glob
import json
import os
import shlex
import socket
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(HERE, "..", "spf"))
from nsd_server import Nsd  # noqa: E402

ROOT_SOA = ("$TTL 300\n. SOA ns.root-servers.test. hostmaster.test. 1 3600 600 86400 300\n"
            ". NS ns.root-servers.test.\nns.root-servers.test. A 127.0.0.1\n")


def sections(path):
    out, name = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("--- "):
            name = line[4:].strip()
            out[name] = ""
        elif name:
            out[name] += line
    return out


def run(mailfix, args, wrapped=False):
    wrap = shlex.split(os.environ.get("MF_CASE_WRAP", "")) if wrapped else []
    p = subprocess.run(wrap + [mailfix] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=600 if wrap else 120)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def comparable(text):
    r = json.loads(text)
    r.pop("dns_rounds", None)
    return r


def main():
    mailfix, cases = sys.argv[1], sys.argv[2]
    every = max(1, int(os.environ.get("MF_CASE_WRAP_EVERY", "1")))
    tmp = tempfile.mkdtemp(prefix="mfcheck-")
    n = 0
    failures = []
    for path in sorted(glob.glob(os.path.join(cases, "*.case"))):
        s = sections(path)
        args = shlex.split(s.get("args", ""))
        if "zone" not in s or "--json" not in args or "--fault" in args or s.get("exit", "0").strip() != "0":
            continue
        zone = os.path.join(tmp, "root.zone")
        with open(zone, "w") as f:
            f.write(ROOT_SOA + s["zone"])
        rc_z, out_z, err_z = run(mailfix, args + ["--zone", zone])
        with Nsd([(".", zone)]) as nsd:
            rc_n, out_n, err_n = run(mailfix, args + ["--dns", f"127.0.0.1:{nsd.port}"], n % every == 0)
            if n == 0:
                # --dns HOST[:PORT] (INTERFACE.md) takes a host name too
                rc_h, out_h, err_h = run(mailfix, args + ["--dns", f"localhost:{nsd.port}"])
                if rc_h or comparable(out_h) != comparable(out_n):
                    failures.append(f"--dns localhost:{nsd.port}: exit {rc_h}, {err_h}, "
                                    f"answer {out_h.strip()[:200]}")
        name = os.path.basename(path)
        if rc_z or rc_n:
            failures.append(f"{name}: exit {rc_z} with --zone, {rc_n} over NSD: {err_z}{err_n}")
        elif comparable(out_z) != comparable(out_n):
            failures.append(f"{name}: answers differ\n  --zone: {out_z.strip()}\n  NSD:    {out_n.strip()}")
        n += 1
    # A server that never answers: every lookup fails, and says so.
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))
        port = silent.getsockname()[1]
        rc, out, err = run(mailfix, ["check", "--json", "ex.test", "--provider", "alimail",
                                     "--dns", f"127.0.0.1:{port}", "--timeout", "200", "--tries", "1"],
                            True)
    if rc:
        failures.append(f"silent server: exit {rc}: {err}")
    else:
        r = json.loads(out)
        ids = {f["id"] for f in r["findings"]}
        if ids != {"dns.lookup-failed"}:
            failures.append(f"silent server: findings {sorted(ids)}, expected only dns.lookup-failed")
        if any(l["status"] != "timeout" for l in r["lookups"]):
            failures.append(f"silent server: lookups {r['lookups']}")
    for f in failures:
        print("FAIL " + f)
    print(f"{n} cases compared over NSD, {len(failures)} failures")
    return 1 if failures or n < 20 else 0


if __name__ == "__main__":
    sys.exit(main())
