#!/usr/bin/env python3
"""damaged.py: `mailfix route --jsonl` over 3,000 queries made by a fixed
seed (the same every run) from the held-out queries and from nothing:
random code points (ASCII, Han, full-width, zero-width, line and
paragraph separators, private use), a query repeated to 60 KB, two
queries spliced, words reversed or shuffled, upper case with ideographic
spaces, tokens repeated thousands of times ("550", "\\b", "冻结",
"0x800CCC92"), and broken lines among them.

The run must end with exit status 0 or 1, no sanitizer report, output in
UTF-8, one JSON answer per non-blank input line in input order (the ids
come back), each either a path of the tree with a side and a confidence in
[0, 1], or an error with a known code.

Usage: damaged.py MAILFIX HELDOUT.jsonl [--queries N] [--seed S]
"""
import argparse
import json
import random
import subprocess
import sys

PATHS = {"email-delivery", "service", "configuration"}
SIDES = {"sender", "account", "client", "recipient", "network", "unknown"}
ERRORS = {"bad-json", "bad-input", "empty", "too-large", "bad-utf8", "nul-byte"}
ALPHABET = ([chr(c) for c in range(32, 127)] + [chr(c) for c in range(0x4e00, 0x4e80)] +
            [chr(c) for c in (0x3000, 0xff10, 0xff21, 0x200b, 0xfeff, 0x301c, 0x2028, 0x2029,
                              0x85, 0xad, 0x1f600, 0xe000, 0x10fffd)])


def query(rng, pool):
    k = rng.randrange(8)
    if k == 0:
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 300)))
    if k == 1:
        q = rng.choice(pool)
        return (q * (60000 // max(1, len(q.encode())) + 1))[:20000]
    if k == 2:
        a, b = rng.choice(pool), rng.choice(pool)
        i = rng.randrange(len(a) + 1)
        return a[:i] + b[min(i, len(b)):] or "x"
    if k == 3:
        return " ".join(reversed(rng.choice(pool).split())) or "x"
    if k == 4:
        w = rng.choice(["550 ", "5.7.1 ", "SPF ", "\\b", "( [ ", "é", "冻结", "0x800CCC92 ", "465 ", "smtp."])
        return w * rng.randint(1, 3000)
    if k == 5:
        chars = list(rng.choice(pool))
        rng.shuffle(chars)
        return "".join(chars) or "x"
    if k == 6:
        return rng.choice(pool).upper().replace(" ", "\u3000")
    return "".join(rng.choice(pool)[rng.randrange(5):] for _ in range(rng.randint(1, 30))) or "x"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mailfix")
    ap.add_argument("heldout")
    ap.add_argument("--queries", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=20261126)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pool = [json.loads(l)["query"] for l in open(a.heldout, encoding="utf-8")]
    lines, ids = [], []
    for i in range(a.queries):
        lines.append(json.dumps({"id": i, "query": query(rng, pool)}, ensure_ascii=False))
        ids.append(i)
    broken = ["{", '{"query": 5}', "[]", '{"id": "b", "query": "\\ud800"}', "x" * 100,
              '{"id": "c", "query": ""}']
    for b in broken:
        at = rng.randrange(len(lines) + 1)
        lines.insert(at, b)
        ids.insert(at, None)
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    p = subprocess.run([a.mailfix, "route", "--jsonl"], input=data, capture_output=True, timeout=600)
    fails = []
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode not in (0, 1):
        fails.append("exit status %d" % p.returncode)
    if "Sanitizer" in err or "runtime error" in err:
        fails.append("sanitizer report: " + err[:3000])
    try:
        out = [json.loads(l) for l in p.stdout.decode("utf-8").split("\n") if l]
    except (UnicodeDecodeError, ValueError) as e:
        out = []
        fails.append("the output is not JSON lines in UTF-8: %s" % e)
    if len(out) != len(lines):
        fails.append("%d answers for %d lines" % (len(out), len(lines)))
    for want, o in zip(ids, out):
        if "error" in o:
            if o.get("code") not in ERRORS:
                fails.append("unknown error code: %r" % o)
            if want is not None and o.get("code") != "too-large":
                fails.append("query %r answered with an error: %r" % (want, o))
            continue
        if want is not None and o.get("id") != want:
            fails.append("answer out of order: want id %r, got %r" % (want, o.get("id")))
        if (o.get("path") not in PATHS or o.get("side") not in SIDES or
                not 0 <= o.get("confidence", -1) <= 1):
            fails.append("not an answer: %r" % {k: o.get(k) for k in ("id", "path", "side", "confidence")})
    for f in fails[:20]:
        print("FAIL: " + f)
    print("%d failures (%d lines)" % (len(fails), len(lines)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
