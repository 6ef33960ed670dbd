#!/usr/bin/env python3
"""pasted.py: one pipeline (issue 3): a whole bounce message pasted into
`mailfix route` gets the answer `mailfix explain` gives its first failed
recipient: the same path, side and cause.  Runs over every message of the
bounce corpus that explain reads as a bounce; asserts the share that
agree, and that a report of no failure (auto-reply, complaint, success)
answers with no cause and no evidence from the words it carries.

Usage: pasted.py MAILFIX CORPUS_DIR [--min-agree 0.99]"""
import argparse
import glob
import json
import os
import subprocess
import sys

NO_FAILURE = ("delivered", "vacation", "feedback")
MAX_QUERY = 60000  # well under route's 1 MiB ceiling; bounces are longer


def first_bounce(bounces):
    """The bounce route speaks for: the first failure with words or a
    status, else a report of no failure."""
    for b in bounces:
        if (b["diagnostic"] or b["status"]) and b["reason"] not in NO_FAILURE:
            return b
    if bounces and bounces[0]["reason"] in NO_FAILURE:
        return bounces[0]
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mailfix")
    ap.add_argument("corpus")
    ap.add_argument("--min-agree", type=float, default=0.99)
    a = ap.parse_args()

    files = sorted(glob.glob(os.path.join(a.corpus, "emails", "*.eml")))
    # rfc3464-28.eml is an mbox of two: route reads one message
    files = [f for f in files if not open(f, "rb").read(5) == b"From "]
    out = subprocess.run([a.mailfix, "explain", "--json", "--jobs", "1"] + files,
                         capture_output=True, check=True).stdout.decode()
    want = {}
    for line in out.splitlines():
        d = json.loads(line)
        b = first_bounce(d.get("bounces") or [])
        if b:
            want[d["source"]] = b
    queries = []
    for f in files:
        raw = open(f, "rb").read()
        # route refuses NUL bytes (a clear error, tests/cases/route)
        if f in want and len(raw) <= MAX_QUERY and b"\0" not in raw:
            queries.append(json.dumps({"id": f, "query": raw.decode("utf-8", "replace")}))
    r = subprocess.run([a.mailfix, "route", "--jsonl"], input="\n".join(queries) + "\n",
                       capture_output=True, text=True, check=True)
    n = agree = 0
    fails = []
    for line in r.stdout.splitlines():
        d = json.loads(line)
        b = want[d["id"]]
        n += 1
        same = (d["path"], d["side"], d["cause"]) == (b["path"], b["side"], b["cause"])
        if b["reason"] in NO_FAILURE:
            same = same and d["cause"] is None and d["evidence"] == []
        if same:
            agree += 1
        else:
            fails.append("%s: explain %s/%s/%s (%s), route %s/%s/%s" % (
                os.path.basename(d["id"]), b["path"], b["side"], b["cause"], b["reason"],
                d["path"], d["side"], d["cause"]))
    for f in fails:
        print("differs: " + f)
    share = agree / n if n else 0
    print("%d pasted bounces, %d answered as explain does (%.3f; at least %.3f wanted)"
          % (n, agree, share, a.min_agree))
    if n < 300 or share < a.min_agree:
        print("FAIL")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
