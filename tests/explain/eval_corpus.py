#!/usr/bin/env python3
"""eval_corpus.py: run `mailfix explain --json` once over every email of the
bounce corpus (shared/corpus/bounces, labels = Sisimai's expectations) and
score it: bounces are matched by position within each email (the labels
carry no recipient), and a missing or extra bounce counts as wrong on every
field.  It also counts the messages whose number of entries differs from
their label (count-miss): an entry for a message that expects none
(a read receipt, a quota warning) adds no field to score, and only this
count sees it.  Fails when an accuracy is below its threshold or the
count misses exceed --max-count-miss.

Usage: eval_corpus.py MAILFIX CORPUS_DIR [--min-reason R] [--min-status S]
                      [--min-reply R] [--min-hard H] [--max-count-miss N] [-v]
"""
import argparse
import json
import os
import sys

from checks import FIELDS, accuracy_line, add_floors, below_floors, explain_files, verdict


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mailfix")
    ap.add_argument("corpus")
    add_floors(ap)
    ap.add_argument("--max-count-miss", type=int, default=None,
                    help="most messages allowed a number of entries other than their label's")
    ap.add_argument("-v", action="store_true", help="list every mismatch")
    a = ap.parse_args()

    emails = os.path.join(a.corpus, "emails")
    labels = [json.loads(l) for l in open(os.path.join(a.corpus, "labels.jsonl"))]
    files = [os.path.join(emails, l["file"]) for l in labels]
    got = explain_files(a.mailfix, files)
    if got is None:
        return 1
    right = {f: 0 for f in FIELDS}
    total = 0
    count_miss = 0
    for l in labels:
        g = got.get(l["file"], [])
        for i, e in enumerate(l["expected"]):
            total += 1
            b = g[i] if i < len(g) else None
            for f in FIELDS:
                if b is not None and b.get(f) == e[f]:
                    right[f] += 1
                elif a.v:
                    print("%-34s #%d %-10s want %-14r got %r" % (
                        l["file"], i, f, e[f], None if b is None else b.get(f)))
        if len(g) != len(l["expected"]):
            count_miss += 1
            if a.v:
                print("%-34s count: want %d got %d" % (l["file"], len(l["expected"]), len(g)))
    acc = {f: right[f] / total for f in FIELDS}
    print(accuracy_line(total, acc) + "  count-miss %d/%d" % (count_miss, len(labels)))
    bad = below_floors(acc, a)
    if a.max_count_miss is not None and count_miss > a.max_count_miss:
        bad.append("count-miss %d > %d" % (count_miss, a.max_count_miss))
    return verdict(bad)


if __name__ == "__main__":
    sys.exit(main())
