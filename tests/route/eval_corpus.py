#!/usr/bin/env python3
"""eval_corpus.py: route every query of a labelled corpus through
`mailfix route --jsonl` (only id and query are sent, as an outside scorer
does) and compare path and side with the gold labels.  Prints accuracy
overall and by lang and difficulty, the calibration of `confidence`, and
the misses; exits 1 when an accuracy is below its threshold.

  eval_corpus.py MAILFIX CORPUS.jsonl [--min-path 0.95] [--min-side 0.85]
                 [--show-misses] [--calibration-table]
"""
import argparse
import collections
import json
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mailfix")
    ap.add_argument("corpus")
    ap.add_argument("--min-path", type=float, default=0.0)
    ap.add_argument("--min-side", type=float, default=0.0)
    ap.add_argument("--max-ece", type=float, default=1.0)
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()

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
    if args.show_misses:
        for g, a in misses:
            print(f"MISS {g['id']} gold {g['path']}/{g['side']}/{g['cause']} got "
                  f"{a.get('path')}/{a.get('side')}/{a.get('cause')} {a.get('confidence')} | "
                  f"{g['query'][:150]!r}")
    ok = pa >= args.min_path and sa >= args.min_side and ece <= args.max_ece
    if not ok:
        print(f"FAILED: thresholds path >= {args.min_path}, side >= {args.min_side}, "
              f"calibration error <= {args.max_ece}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
