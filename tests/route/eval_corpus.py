#!/usr/bin/env python3
"""eval_corpus.py: route every query of a labelled corpus through
`mailfix route --jsonl` (only id and query are sent, as an outside scorer
does) and compare path and side with the gold labels.  Prints accuracy
overall and by lang and difficulty, the calibration of `confidence`, the
cause agreement, and the misses; exits 1 when a figure is below its
threshold.

Cause agreement counts the lines with a gold cause: the answer's cause is
the gold id, or a cause whose "aka" in data/causes.json names it (the
corpus's ids are coarser or spelled otherwise: "client-password" covers
mailfix's auth-failed and password-changed).  A gold null is not counted:
the text names no cause, and an answer may still know one.

  eval_corpus.py MAILFIX CORPUS.jsonl [--min-path 0.95] [--min-side 0.85]
                 [--max-ece 0.10] [--min-cause 0.80] [--causes FILE]
                 [--show-misses] [--show-cause-misses]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

DEFAULT_CAUSES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data",
                              "causes.json")


def cause_names(path):
    """gold cause id -> the set of mailfix cause ids that agree with it."""
    names = collections.defaultdict(set)
    for c in json.load(open(path, encoding="utf-8"))["causes"]:
        names[c["id"]].add(c["id"])
        for alias in c.get("aka", []):
            names[alias].add(c["id"])
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mailfix")
    ap.add_argument("corpus")
    ap.add_argument("--min-path", type=float, default=0.0)
    ap.add_argument("--min-side", type=float, default=0.0)
    ap.add_argument("--max-ece", type=float, default=1.0)
    ap.add_argument("--min-cause", type=float, default=0.0)
    ap.add_argument("--causes", default=DEFAULT_CAUSES)
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--show-cause-misses", action="store_true")
    args = ap.parse_args()
    agrees_with = cause_names(args.causes)

    gold = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
    stdin = "".join(json.dumps({"id": g["id"], "query": g["query"]}, ensure_ascii=False) + "\n"
                    for g in gold)
    proc = subprocess.run([args.mailfix, "route", "--jsonl"], input=stdin.encode(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    lines = proc.stdout.decode().splitlines()
    if proc.returncode != 0 or len(lines) != len(gold):
        print(f"mailfix exited {proc.returncode} with {len(lines)} lines for {len(gold)} queries",
              file=sys.stderr)
        print(proc.stderr.decode()[:2000], file=sys.stderr)
        return 1
    answers = [json.loads(line) for line in lines]

    n = len(gold)
    path_ok = side_ok = 0
    by = collections.defaultdict(lambda: [0, 0, 0])
    bins = collections.defaultdict(lambda: [0, 0, 0.0])
    misses = []
    cause_n = cause_ok = cause_right_n = cause_right_ok = 0
    cause_misses = []
    for g, a in zip(gold, answers):
        if a.get("id") != g["id"]:
            print(f"answer out of order: {a.get('id')} for {g['id']}", file=sys.stderr)
            return 1
        p = a.get("path") == g["path"]
        s = a.get("side") == g["side"]
        path_ok += p
        side_ok += s
        for key in ("lang:" + g["lang"], "difficulty:" + g["difficulty"], "path:" + g["path"]):
            by[key][0] += 1
            by[key][1] += p
            by[key][2] += s
        conf = float(a.get("confidence", 0))
        b = min(int(conf * 10), 9)
        bins[b][0] += 1
        bins[b][1] += p
        bins[b][2] += conf
        if not p or not s:
            misses.append((g, a))
        if g.get("cause"):
            c = a.get("cause") in agrees_with.get(g["cause"], {g["cause"]})
            cause_n += 1
            cause_ok += c
            if p and s:
                cause_right_n += 1
                cause_right_ok += c
                if not c:
                    cause_misses.append((g, a))

    pa, sa = path_ok / n, side_ok / n
    print(f"queries {n}: path accuracy {pa:.3f} ({path_ok}/{n}), side accuracy {sa:.3f} ({side_ok}/{n})")
    for key in sorted(by):
        t, p, s = by[key]
        print(f"  {key:26s} n={t:3d}  path {p / t:.3f}  side {s / t:.3f}")
    ece = 0.0
    print("calibration (confidence bin: n, mean confidence, path accuracy):")
    for b in sorted(bins):
        t, p, c = bins[b]
        ece += t / n * abs(p / t - c / t)
        print(f"  [{b / 10:.1f},{(b + 1) / 10:.1f}) n={t:3d} conf={c / t:.3f} acc={p / t:.3f}")
    print(f"expected calibration error {ece:.3f}")
    ca = cause_ok / cause_n if cause_n else 1.0
    if cause_n:
        print(f"cause agreement {ca:.3f} ({cause_ok}/{cause_n} lines with a gold cause); "
              f"where path and side are right {cause_right_ok / max(cause_right_n, 1):.3f} "
              f"({cause_right_ok}/{cause_right_n})")
    if args.show_cause_misses:
        for g, a in cause_misses:
            print(f"CAUSE {g['id']} gold {g['cause']} got {a.get('cause')} | "
                  f"{g['query'][:150]!r}")
    if args.show_misses:
        for g, a in misses:
            print(f"MISS {g['id']} gold {g['path']}/{g['side']}/{g['cause']} got "
                  f"{a.get('path')}/{a.get('side')}/{a.get('cause')} {a.get('confidence')} | "
                  f"{g['query'][:150]!r}")
    ok = pa >= args.min_path and sa >= args.min_side and ece <= args.max_ece and \
        ca >= args.min_cause
    if not ok:
        print(f"FAILED: thresholds path >= {args.min_path}, side >= {args.min_side}, "
              f"calibration error <= {args.max_ece}, cause agreement >= {args.min_cause}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
