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

Exports (blind38): a label's "file" may be a path under emails/ (a
message of a maildir, "Maildir/cur/NAME:2,S") and may carry "message",
the number of a message in an mbox file: that label scores that message
alone (a label without it scores all the file's messages one after the
other, as rfc3464-28.eml).  mailfix is given the first component of each
path (the file, or the maildir or folder, which it walks), as an
administrator gives it an export.  An mbox read as more or fewer
messages than labelled is a count miss, so is a file of a walked folder
that no label names (Info.plist, dovecot-uidlist) when it gives entries;
a labelled message answered with "error" is counted (--max-errors).

Usage: eval_corpus.py MAILFIX CORPUS_DIR [--min-reason R] [--min-status S]
                      [--min-reply R] [--min-hard H] [--max-count-miss N] [-v]
"""
import argparse
import json
import os
import sys

from checks import FIELDS, accuracy_line, add_floors, below_floors, explain_tree, verdict


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mailfix")
    ap.add_argument("corpus")
    add_floors(ap)
    ap.add_argument("--max-count-miss", type=int, default=None,
                    help="most messages allowed a number of entries other than their label's")
    ap.add_argument("--max-errors", type=int, default=None,
                    help="most labelled messages allowed an error answer")
    ap.add_argument("-v", action="store_true", help="list every mismatch")
    a = ap.parse_args()

    emails = os.path.join(a.corpus, "emails")
    labels = [json.loads(l) for l in open(os.path.join(a.corpus, "labels.jsonl"))]
    inputs = []
    for l in labels:
        top = l["file"].split("/")[0]
        if top not in inputs:
            inputs.append(top)
    recs = explain_tree(a.mailfix, emails, inputs)
    if recs is None:
        return 1
    got, by_msg, errs, nmsg = {}, {}, {}, {}
    for path, n, bounces, err in recs:
        got.setdefault(path, []).extend(bounces)
        by_msg[(path, n)] = bounces
        nmsg[path] = nmsg.get(path, 0) + 1
        if err is not None:
            errs[(path, n)] = err
    right = {f: 0 for f in FIELDS}
    total = 0
    count_miss = 0
    errors = 0
    for l in labels:
        key = (l["file"], l.get("message"))
        g = by_msg.get(key, []) if "message" in l else got.get(l["file"], [])
        if key in errs or ("message" not in l and any(k[0] == l["file"] for k in errs)):
            errors += 1
            print("error: %s%s: %s" % (l["file"], ":%d" % l["message"] if "message" in l else "",
                                      errs.get(key) or [e for k, e in errs.items() if k[0] == l["file"]][0]))
        for i, e in enumerate(l["expected"]):
            total += 1
            b = g[i] if i < len(g) else None
            for f in FIELDS:
                if b is not None and b.get(f) == e[f]:
                    right[f] += 1
                elif a.v:
                    print("%-34s #%d %-10s want %-14r got %r" % (
                        l["file"] + (":%d" % l["message"] if "message" in l else ""), i, f, e[f],
                        None if b is None else b.get(f)))
        if len(g) != len(l["expected"]):
            count_miss += 1
            if a.v:
                print("%-34s count: want %d got %d" % (l["file"], len(l["expected"]), len(g)))
    want_msgs = {}
    for l in labels:
        if "message" in l:
            want_msgs[l["file"]] = want_msgs.get(l["file"], 0) + 1
    for f, w in sorted(want_msgs.items()):
        if nmsg.get(f, 0) != w:
            count_miss += 1
            if a.v:
                print("%-34s messages: want %d got %d" % (f, w, nmsg.get(f, 0)))
    named = {l["file"] for l in labels}
    for path in sorted(set(got) - named):
        if got[path]:
            count_miss += 1
            if a.v:
                print("%-34s unlabelled file: got %d entries" % (path, len(got[path])))
    acc = {f: right[f] / total for f in FIELDS}
    print(accuracy_line(total, acc) + "  count-miss %d/%d" % (count_miss, len(labels)))
    if errors:
        print("errors %d/%d" % (errors, len(labels)))
    bad = below_floors(acc, a)
    if a.max_errors is not None and errors > a.max_errors:
        bad.append("errors %d > %d" % (errors, a.max_errors))
    if a.max_count_miss is not None and count_miss > a.max_count_miss:
        bad.append("count-miss %d > %d" % (count_miss, a.max_count_miss))
    return verdict(bad)


if __name__ == "__main__":
    sys.exit(main())
