#!/usr/bin/env python3
"""eval_oracle.py: score `mailfix explain --json` on the differential set
oracle.jsonl (bounces generated from the phrase lists and provider code
tables servers are known to write, labelled by Sisimai; see
gen_oracle.py).  Each record's message is written to a temporary
directory, all are explained in one run, and each bounce is compared with
its label by position.  Figures are given for the "fit" part (data was
fitted on it) and the "held" part (a fixed 30% by hash, never looked at
while fitting); thresholds apply to each part.  "unseen" is the held part
less the records marked "glimpsed": held phrases that were listed among
mismatches once, before the set was split by phrase (see gen_oracle.py).

Usage: eval_oracle.py MAILFIX ORACLE.jsonl.gz [--min-reason R] [--min-status S]
                      [--min-reply R] [--min-hard H] [--by-reason]
                      [-v] (mismatches of the fit part only)
"""
import argparse
import collections
import gzip
import json
import os
import sys
import tempfile

from checks import FIELDS, accuracy_line, add_floors, below_floors, explain_files, verdict


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mailfix")
    ap.add_argument("oracle")
    add_floors(ap)
    ap.add_argument("--by-reason", action="store_true", help="figures per expected reason")
    ap.add_argument("-v", action="store_true", help="list the fit part's mismatches")
    a = ap.parse_args()

    with (gzip.open if a.oracle.endswith(".gz") else open)(a.oracle, "rt", encoding="utf-8") as fh:
        recs = [json.loads(l) for l in fh]
    with tempfile.TemporaryDirectory() as d:
        files = []
        for r in recs:
            f = os.path.join(d, r["id"] + ".eml")
            with open(f, "w", encoding="utf-8") as fh:
                fh.write(r["message"])
            files.append(f)
        by_file = explain_files(a.mailfix, files)
        if by_file is None:
            return 1
        got = {name[:-4]: bounces for name, bounces in by_file.items()}

    right = collections.defaultdict(lambda: collections.Counter())
    total = collections.Counter()
    per = collections.defaultdict(lambda: collections.Counter())
    def count(sp, r, e, b):
        total[sp] += 1
        per[(sp, e["reason"])]["n"] += 1
        for f in FIELDS:
            if b is not None and b.get(f) == e[f]:
                right[sp][f] += 1
                per[(sp, e["reason"])]["ok"] += f == "reason"
            elif a.v and sp == "fit":
                print("%s %-22s %-10s want %-16r got %-16r %s | %s" % (
                    r["id"], r["kind"], f, e[f], None if b is None else b.get(f),
                    r["source"], json.dumps(r["phrase"])))

    for r in recs:
        g = got.get(r["id"], [])
        for i, e in enumerate(r["expected"]):
            b = g[i] if i < len(g) else None
            count(r["split"], r, e, b)
            if r["split"] == "held" and not r.get("glimpsed"):
                count("unseen", r, e, b)
    bad = []
    for sp in ("fit", "held", "unseen"):
        if not total[sp]:
            continue
        acc = {f: right[sp][f] / total[sp] for f in FIELDS}
        print(accuracy_line(total[sp], acc, "%-4s " % sp))
        if sp != "unseen":
            bad += below_floors(acc, a, sp + " ")
    if a.by_reason:
        for sp in ("fit", "held"):
            print(sp + ": " + "  ".join("%s %d/%d" % (k[1], c["ok"], c["n"]) for k, c in
                                        sorted(per.items()) if k[0] == sp))
    return verdict(bad)


if __name__ == "__main__":
    sys.exit(main())
