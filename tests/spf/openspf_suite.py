#!/usr/bin/env python3
"""openspf_suite.py: run the whole OpenSPF RFC 7208 test suite
(shared/corpus/spf/rfc7208-tests.yml, see the README beside it) through
`mailfix spf --jsonl` with the zone-file back end.

For each group: the group's zonedata becomes one RFC 1035 zone file (SPF
items published as TXT unless the name lists TXT items of its own,
README rule 2), TIMEOUT names become `--fault NAME/TYPE=timeout` for
every type the name does not list, and the group's tests run in one
`--jsonl` batch with `--default-exp DEFAULT`.  Every test must give its
result (any of a list; the first is preferred and others are reported)
and, where given, its exact explanation.

Usage: openspf_suite.py MAILFIX SUITE.yml [--min-pass N] [--only TEST]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import yaml

TYPES = ["A", "AAAA", "MX", "PTR", "TXT", "SPF", "CNAME"]


def zname(name):
    """A name in master-file form: absolute, bytes outside [A-Za-z0-9-_]
    escaped as \\DDD (RFC 1035 5.1)."""
    out = []
    for label in name.rstrip(".").split("."):
        esc = ""
        for b in label.encode("latin-1", "replace"):
            c = chr(b)
            esc += c if (c.isascii() and (c.isalnum() or c in "-_")) else "\\%03d" % b
        out.append(esc)
    return ".".join(out) + "."


def zstring(data):
    """One character-string, quoted, raw bytes escaped (the suite's \\xNN
    escapes come through YAML as code points < 256: serve those bytes)."""
    raw = bytes(ord(c) if ord(c) < 256 else ord("?") for c in data) \
        if all(ord(c) < 256 for c in data) else data.encode("utf-8")
    s = ""
    for b in raw:
        s += chr(b) if 0x20 <= b < 0x7F and chr(b) not in '"\\' else "\\%03d" % b
    return '"' + s + '"'


def txt_rdata(value):
    parts = value if isinstance(value, list) else [value]
    if not parts:
        parts = [""]  # SPF: [ ] cannot be written: one empty string
    out = []
    for p in parts:
        p = str(p)
        # character-strings hold at most 255 bytes (RFC 1035 3.3)
        chunks = [p[i:i + 255] for i in range(0, len(p), 255)] or [""]
        out.extend(zstring(c) for c in chunks)
    return " ".join(out)


def build_zone(zonedata):
    lines, faults = [], []
    for name, items in zonedata.items():
        listed = set()
        has_txt = any(isinstance(i, dict) and "TXT" in i for i in items)
        timeout = False
        for item in items:
            if item == "TIMEOUT":
                timeout = True
                continue
            if not isinstance(item, dict) or len(item) != 1:
                raise ValueError(f"{name}: unknown zonedata item {item!r}")
            (typ, val), = item.items()
            owner = zname(name)
            if val == "NONE":
                # "TXT: NONE" lists TXT for the SPF-to-TXT rule, but holds no
                # record: on a TIMEOUT name its lookup times out.
                continue
            listed.add(typ)
            if typ in ("TXT", "SPF"):
                lines.append(f"{owner} 300 IN {typ} {txt_rdata(val)}")
                if typ == "SPF" and not has_txt:
                    lines.append(f"{owner} 300 IN TXT {txt_rdata(val)}")
                    listed.add("TXT")
            elif typ in ("A", "AAAA"):
                lines.append(f"{owner} 300 IN {typ} {val}")
            elif typ in ("PTR", "CNAME"):
                lines.append(f"{owner} 300 IN {typ} {zname(val)}")
            elif typ == "MX":
                lines.append(f"{owner} 300 IN MX {int(val[0])} {zname(val[1])}")
            else:
                raise ValueError(f"{name}: unsupported type {typ}")
        if timeout:
            for t in TYPES:
                if t not in listed:
                    faults.append(f"{name}/{t}=timeout")
    return "\n".join(lines) + "\n", faults


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mailfix")
    ap.add_argument("suite")
    ap.add_argument("--min-pass", type=int, default=None)
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--detail", action="store_true",
                    help="ask for the record tree too (another evaluation path)")
    a = ap.parse_args()
    with open(a.suite, "rb") as f:
        groups = list(yaml.safe_load_all(f))
    total = passed = alt = 0
    failures = []
    with tempfile.TemporaryDirectory(prefix="mfspf-") as tmp:
        for gi, g in enumerate(groups):
            zone, faults = build_zone(g.get("zonedata") or {})
            zpath = os.path.join(tmp, f"group{gi}.zone")
            with open(zpath, "w", encoding="latin-1") as f:
                f.write(zone)
            tests = [(tid, t) for tid, t in g["tests"].items()
                     if not a.only or tid in a.only]
            if not tests:
                continue
            lines = []
            for tid, t in tests:
                lines.append(json.dumps({"id": tid, "ip": str(t["host"]),
                                         "sender": t.get("mailfrom") or "",
                                         "helo": str(t.get("helo") or "")}))
            args = [a.mailfix, "spf", "--jsonl", "--zone", zpath, "--default-exp", "DEFAULT"]
            if a.detail:
                args.append("--detail")
            for fl in faults:
                args += ["--fault", fl]
            p = subprocess.run(args, input=("\n".join(lines) + "\n").encode(),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
            if p.returncode not in (0, 1):
                # a crash or a sanitizer report fails the whole group
                print(f"FAIL group {g['description']!r}: mailfix exited {p.returncode}: "
                      f"{p.stderr.decode(errors='replace')[:1500]}")
                total += len(tests)
                continue
            out = [json.loads(l) for l in p.stdout.decode("utf-8").splitlines() if l.strip()]
            got = {o.get("id"): o for o in out}
            for tid, t in tests:
                total += 1
                want = t["result"] if isinstance(t["result"], list) else [t["result"]]
                o = got.get(tid)
                if o is None or "result" not in o:
                    failures.append((tid, t, o, "no answer"))
                    continue
                if o["result"] not in want:
                    failures.append((tid, t, o, f"result {o['result']}, want {want}"))
                    continue
                if "explanation" in t and o["result"] == "fail" and \
                        o.get("explanation") != t["explanation"]:
                    failures.append((tid, t, o, f"explanation {o.get('explanation')!r}, "
                                                f"want {t['explanation']!r}"))
                    continue
                passed += 1
                if o["result"] != want[0]:
                    alt += 1
                    print(f"note {tid}: {o['result']} (accepted; preferred {want[0]})")
    for tid, t, o, why in failures:
        print(f"FAIL {tid} (RFC 7208 {t.get('spec')}): {why}")
        if a.verbose and o:
            print("   ", json.dumps(o)[:1500])
    print(f"OpenSPF RFC 7208 suite: {passed} of {total} tests pass"
          f" ({alt} with an accepted non-preferred result)")
    need = total if a.min_pass is None else a.min_pass
    return 0 if passed >= need and total > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
