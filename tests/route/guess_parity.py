#!/usr/bin/env python3
"""guess_parity.py: the fallback guess reads the features it was trained on.

tools/train_route_guess.py computes the features of a query in Python
(normalization, words, pairs, trigrams, Han characters) and trains
data/route-guess.json on them; lib/guess.c computes them again in C at
routing time.  Score every query of the given corpora both ways with the
same model and fail when a class score differs by more than 1e-3 (the
weights are hundredths; float rounding is far below that).

  guess_parity.py GUESS_SCORES CORPUS.jsonl...
"""
import importlib.util
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    spec = importlib.util.spec_from_file_location(
        "train", os.path.join(ROOT, "tools", "train_route_guess.py"))
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    zh_map = train.load_zh_map()
    with open(os.path.join(ROOT, "data", "route-guess.json"), encoding="utf-8") as f:
        doc = json.load(f)
    weights = {}
    for item in doc["features"]:
        feature, ws = item.split("|")
        weights[feature] = [int(w) / doc["scale"] for w in ws.split()]
    queries = []
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            queries += [json.loads(line) for line in f if line.strip()]
    stdin = "".join(json.dumps({"id": q["id"], "query": q["query"]}, ensure_ascii=False) + "\n"
                    for q in queries)
    proc = subprocess.run([sys.argv[1]], input=stdin.encode(), stdout=subprocess.PIPE,
                          timeout=120, check=True)
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == len(queries), (len(lines), len(queries))
    worst, bad = 0.0, 0
    for q, line in zip(queries, lines):
        fields = line.split()
        assert fields[0] == q["id"], (fields[0], q["id"])
        c_scores = [float(x) for x in fields[1:]]
        py = list(doc["bias"])
        for feature, value in train.vector(q["query"], zh_map):
            w = weights.get(feature)
            if w:
                for k in range(len(py)):
                    py[k] += w[k] * value
        diff = max(abs(a - b) for a, b in zip(py, c_scores))
        worst = max(worst, diff)
        if diff > 1e-3:
            bad += 1
            if bad <= 5:
                print(f"{q['id']}: C {c_scores} Python {py}: {q['query'][:80]!r}")
    print(f"{len(queries)} queries, {bad} with scores that differ, largest difference {worst:.2e}")
    return 1 if bad or not queries else 0


if __name__ == "__main__":
    sys.exit(main())
