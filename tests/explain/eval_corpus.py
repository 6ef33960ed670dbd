#!/usr/bin/env python3
"""eval_corpus.py: run `mailfix explain --json` once over every email of the
bounce corpus (shared/corpus/bounces, labels = Sisimai's expectations) and
score it: bounces are matched by position within each email (the labels
carry no recipient), and a missing or extra bounce counts as wrong on every
field.  Fails when an accuracy is below its threshold.

Usage: eval_corpus.py MAILFIX CORPUS_DIR [--min-reason R] [--min-status S]
                      [--min-reply R] [--min-hard H] [-v]
"""
import argparse
import json
import os
import subprocess
import sys

from checks import FIELDS, add_floors, below_floors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mailfix")
    ap.add_argument("corpus")
    add_floors(ap)
    ap.add_argument("-v", action="store_true", help="list every mismatch")
    a = ap.parse_args()

    emails = os.path.join(a.corpus, "emails")
    labels = [json.loads(l) for l in open(os.path.join(a.corpus, "labels.jsonl"))]
    files = [os.path.join(emails, l["file"]) for l in labels]
    out = subprocess.run([a.mailfix, "explain", "--json"] + files, capture_output=True,
                         timeout=600)
    got = {}
    for line in out.stdout.decode("utf-8").splitlines():
        o = json.loads(line)
        src = o.get("file", o["source"])
        got.setdefault(os.path.basename(src), []).extend(o.get("bounces", []))
        if "error" in o:
            print("error: %s: %s" % (src, o["error"]))

    fields = FIELDS
    right = {f: 0 for f in fields}
    total = 0
    for l in labels:
        g = got.get(l["file"], [])
        for i, e in enumerate(l["expected"]):
            total += 1
            b = g[i] if i < len(g) else None
            for f in fields:
                if b is not None and b.get(f) == e[f]:
                    right[f] += 1
                elif a.v:
                    print("%-34s #%d %-10s want %-14r got %r" % (
                        l["file"], i, f, e[f], None if b is None else b.get(f)))
        if len(g) != len(l["expected"]) and a.v:
            print("%-34s count: want %d got %d" % (l["file"], len(l["expected"]), len(g)))
    acc = {f: right[f] / total for f in fields}
    print("bounces %d  reason %.3f  status %.3f  reply_code %.3f  hard %.3f" % (
        total, acc["reason"], acc["status"], acc["reply_code"], acc["hard"]))
    bad = below_floors(acc, a)
    if bad:
        print("below threshold: " + ", ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
