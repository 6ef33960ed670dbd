#!/usr/bin/env python3
"""compare_expected.py: run `mailfix spf --jsonl` over a workload and assert
that every result equals the expected one (shared/corpus/spf/bench:
expected.jsonl is what pyspf and Mail::SPF agree on).  Prints the count.

Usage: compare_expected.py MAILFIX WORKLOAD EXPECTED -- MAILFIX-SPF-ARGS...
"""
import collections
import json
import subprocess
import sys


def main():
    if "--" not in sys.argv or len(sys.argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    k = sys.argv.index("--")
    mailfix, workload, expected = sys.argv[1:4]
    extra = sys.argv[k + 1:]
    with open(expected) as f:
        want = {}
        for line in f:
            o = json.loads(line)
            want[o["id"]] = o["result"]
    with open(workload, "rb") as f:
        p = subprocess.run([mailfix, "spf", "--jsonl"] + extra, stdin=f,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    got = [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]
    same = sum(1 for g in got if want.get(g.get("id")) == g.get("result"))
    diff = collections.Counter((want.get(g.get("id")), g.get("result"))
                               for g in got if want.get(g.get("id")) != g.get("result"))
    print(f"{same} of {len(want)} results equal the expected ones"
          f" ({len(got)} answers, exit {p.returncode})")
    for (w, g), n in diff.most_common(10):
        print(f"  expected {w}, got {g}: {n}")
    if p.stderr:
        sys.stderr.write(p.stderr.decode(errors="replace")[-2000:])
    return 0 if same == len(want) == len(got) else 1


if __name__ == "__main__":
    sys.exit(main())
