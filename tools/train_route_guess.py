#!/usr/bin/env python3
"""train_route_guess.py: train the router's fallback guess (data/route-guess.json).

When no rule names a cause and none names a side, `mailfix route` used to
answer side "unknown".  The guess is a multinomial logistic regression over
the words present, kept as data: classes are (path, side) pairs, features
are ASCII words, word pairs, character trigrams of words (typos) and Han
characters and character pairs (Chinese has no spaces), read from the
normalized text exactly as lib/guess.c reads it.  lib/route.c asks it only
when the rules leave the side open; the side it names is taken only when
its probability reaches `min_probability`, and the answer then says that
the side is a guess.

Trained from the labelled corpora the rules were developed on, and ONLY
those: shared/corpus/queries/dev.jsonl, tests/route/heldout.jsonl and the
first three batches of tests/route/unseen.jsonl (u0001-u0473).  The fourth
batch (u0474-u0517) and tests/route/blind5.jsonl are kept out: they judge
how the guess generalizes.  Deterministic (fixed seed, fixed order);
standard library only.

  tools/train_route_guess.py [--shared ../shared] [--out data/route-guess.json]
                             [--cv]   (5-fold cross-validation report only)
"""
import argparse
import collections
import json
import math
import os
import random
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (path, side) pairs the corpora use; the model's classes, in this order.
CLASSES = [
    ("email-delivery", "sender"), ("email-delivery", "recipient"),
    ("email-delivery", "client"), ("email-delivery", "network"),
    ("email-delivery", "unknown"),
    ("service", "account"), ("service", "unknown"), ("service", "sender"),
    ("configuration", "client"), ("configuration", "network"),
]
LAST_TRAINING_UNSEEN = 473   # u0474 on: held out (the fourth blind batch)
L2 = 1e-3
EPOCHS = 25
LEARNING_RATE = 0.5
SEED = 1
PRUNE = 0.2                  # features whose largest |weight| is below go (5-fold: as good as 0.05)
MIN_PROBABILITY = 0.8        # below this the side stays "unknown"
SCALE = 100                  # weights are kept as integers, in hundredths


class ZhMap(dict):
    """zh-variants.json's character map, with zh-words.json's word variants
    (simplified key -> value) as .words."""
    words = {}


def load_zh_map():
    with open(os.path.join(ROOT, "data", "zh-variants.json"), encoding="utf-8") as f:
        zh_map = ZhMap(json.load(f)["map"])
    path = os.path.join(ROOT, "data", "zh-words.json")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            words = json.load(f)["words"]
        zh_map.words = {"".join(zh_map.get(c, c) for c in k): v for k, v in words.items()}
    return zh_map


def replace_words(text, words):
    """lib/text.c's word step: left to right, the longest word first."""
    if not words:
        return text
    longest = max(len(k) for k in words)
    out = []
    i = 0
    while i < len(text):
        for n in range(min(longest, len(text) - i), 0, -1):
            w = words.get(text[i:i + n])
            if w is not None:
                out.append(w)
                i += n
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _is_space(c):
    """lib/text.c's white space (is_space_cp)."""
    return c in " \t\n\x0b\x0c\r\x85" or (ord(c) >= 0x80 and unicodedata.category(c) in ("Zs", "Zl", "Zp"))


def _status_len(t, p):
    """lib/smtp_reply.c's mf__status_len: an RFC 3463 status at t[p:]."""
    n, i = len(t), p
    if i >= n or t[i] not in "245":
        return 0
    if i > 0 and ((t[i - 1].isascii() and t[i - 1].isalnum()) or t[i - 1] == "."):
        return 0
    i += 1
    for _ in range(2):
        if i >= n or t[i] != ".":
            return 0
        i += 1
        digits = 0
        while i < n and "0" <= t[i] <= "9" and digits < 4:
            i += 1
            digits += 1
        if digits == 0 or digits > 3:
            return 0
    if i < n and ((t[i].isascii() and t[i].isalnum()) or (t[i] == "." and i + 1 < n and "0" <= t[i + 1] <= "9")):
        return 0
    return i - p


def unfold_replies(t):
    """lib/bounce_unfold.c's mf__unfold_replies on text whose white space
    is single spaces: the later lines' prefixes of a multi-line SMTP reply
    dropped ("<<<" marks too, which no feature sees anyway)."""
    n, out, i = len(t), [], 0
    digit = lambda c: "0" <= c <= "9"
    opens = lambda c: c is None or c in " ;:(#<'\"["
    while i < n:
        h, found = t.find("-", i), None
        while h >= 0:
            if (h >= 3 and t[h - 3] in "45" and "0" <= t[h - 2] <= "5" and digit(t[h - 1])
                    and opens(t[h - 4] if h > 3 else None)):
                sl = _status_len(t, h + 1)
                found = (h - 3, t[h - 3:h], t[h + 1:h + 1 + sl] if sl < 16 else "", h + 1 + (sl if sl < 16 else 0))
                break
            h = t.find("-", h + 1)
        if not found:
            break
        _, code, st, after = found
        out.append(t[i:after])
        i = after
        while i < n:
            if (t[i] == " " and i + 5 <= n and t[i + 1:i + 4] == code and t[i + 4] in "- "):
                last, j = t[i + 4] != "-", i + 5
                if (t[j:j + len(st)] == st and (j + len(st) == n or t[j + len(st)] == " ")) if st else not last:
                    out.append(" ")
                    i = j + len(st)
                    while i < n and t[i] == " ":
                        i += 1
                    if last:
                        break
                    continue
                if last and not st:
                    break
            out.append(t[i])
            i += 1
    out.append(t[i:])
    return "".join(out)


def normalize(text, zh_map):
    """What lib/text.c does, as far as the features see it: NFKC with case
    folding, traditional -> simplified, Taiwan / Hong Kong words ->
    mainland ones, typographic quotes as ASCII, white space as single
    spaces and multi-line SMTP replies unfolded."""
    out = []
    for ch in text:
        if ch in "\u2018\u2019\u201b\u2032":
            out.append("'")
            continue
        if ch in "\u201c\u201d\u201e\u2033":
            out.append('"')
            continue
        if _is_space(ch):
            out.append(" ")
            continue
        for c in unicodedata.normalize("NFKC", ch).casefold():
            out.append(" " if _is_space(c) else zh_map.get(c, c))
    norm = re.sub(" +", " ", "".join(out)).strip(" ")
    return replace_words(unfold_replies(norm), getattr(zh_map, "words", None))


def is_han(c):
    cp = ord(c)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x2FFFF)


def features(norm):
    """The features of normalized text, with repeats (lib/guess.c)."""
    feats = []
    words = re.findall(r"[a-z0-9]+", norm)
    for w in words:
        feats.append("w:" + w)
        if len(w) >= 4 and not w.isdigit():
            x = "<" + w + ">"
            feats.extend("c:" + x[i:i + 3] for i in range(len(x) - 2))
    feats.extend("b:" + a + " " + b for a, b in zip(words, words[1:]))
    run = []
    for c in norm + " ":
        if is_han(c):
            run.append(c)
            continue
        feats.extend("h:" + r for r in run)
        feats.extend("h:" + a + b for a, b in zip(run, run[1:]))
        run = []
    return feats


def vector(query, zh_map):
    counts = collections.Counter(features(normalize(query, zh_map)))
    # the Euclidean length of the counts: a word repeated 500 times
    # weighs as much as once (lib/guess.c does the same)
    scale = 1 / math.sqrt(sum(c * c for c in counts.values()) or 1)
    return [(f, c * scale) for f, c in counts.items()]


def train(samples):
    """samples: [(vector, class index)] -> (weights {feature: [K]}, bias [K])."""
    k_n = len(CLASSES)
    weights = collections.defaultdict(lambda: [0.0] * k_n)
    bias = [0.0] * k_n
    order = list(samples)
    rnd = random.Random(SEED)
    for epoch in range(EPOCHS):
        rnd.shuffle(order)
        lr = LEARNING_RATE / (1 + epoch * 0.3)
        for x, y in order:
            z = bias[:]
            for f, v in x:
                w = weights[f]
                for k in range(k_n):
                    z[k] += w[k] * v
            top = max(z)
            e = [math.exp(v - top) for v in z]
            total = sum(e)
            g = [v / total for v in e]
            g[y] -= 1
            for k in range(k_n):
                bias[k] -= lr * g[k]
            for f, v in x:
                w = weights[f]
                for k in range(k_n):
                    w[k] -= lr * (g[k] * v + L2 * w[k])
    kept = {f: [round(v * SCALE) for v in w] for f, w in weights.items()
            if max(abs(v) for v in w) >= PRUNE}
    return kept, [round(v, 4) for v in bias]


def probabilities(model, x, path=None):
    weights, bias = model
    z = bias[:]
    for f, v in x:
        w = weights.get(f)
        if w:
            for k in range(len(z)):
                z[k] += w[k] / SCALE * v
    idx = [k for k in range(len(z)) if path is None or CLASSES[k][0] == path]
    top = max(z[k] for k in idx)
    e = {k: math.exp(z[k] - top) for k in idx}
    total = sum(e.values())
    return {k: e[k] / total for k in idx}


def read_corpus(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def training_set(shared):
    rows = read_corpus(os.path.join(shared, "corpus", "queries", "dev.jsonl"))
    rows += read_corpus(os.path.join(ROOT, "tests", "route", "heldout.jsonl"))
    rows += [g for g in read_corpus(os.path.join(ROOT, "tests", "route", "unseen.jsonl"))
             if int(g["id"][1:]) <= LAST_TRAINING_UNSEEN]
    return rows


def cross_validate(rows, zh_map):
    index = {c: i for i, c in enumerate(CLASSES)}
    data = [(vector(g["query"], zh_map), index[(g["path"], g["side"])], g) for g in rows
            if (g["path"], g["side"]) in index]
    rnd = random.Random(7)
    folds = [i % 5 for i in range(len(data))]
    rnd.shuffle(folds)
    bins = collections.defaultdict(lambda: [0, 0, 0.0])
    right = total = 0
    for fold in range(5):
        model = train([(x, y) for (x, y, _), f in zip(data, folds) if f != fold])
        for (x, y, g), f in zip(data, folds):
            if f != fold:
                continue
            p = probabilities(model, x, g["path"])
            k = max(p, key=p.get)
            total += 1
            right += CLASSES[k][1] == g["side"]
            b = bins[min(int(p[k] * 10), 9)]
            b[0] += 1
            b[1] += CLASSES[k][1] == g["side"]
            b[2] += p[k]
    print(f"side accuracy given the gold path, 5-fold: {right / total:.3f} ({right}/{total})")
    for b in sorted(bins):
        n, ok, conf = bins[b]
        print(f"  p in [{b / 10:.1f},{(b + 1) / 10:.1f}): n={n:4d} mean p {conf / n:.3f} "
              f"side right {ok / n:.3f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "route-guess.json"))
    ap.add_argument("--cv", action="store_true")
    args = ap.parse_args()
    zh_map = load_zh_map()
    rows = training_set(args.shared)
    if args.cv:
        cross_validate(rows, zh_map)
        return 0
    index = {c: i for i, c in enumerate(CLASSES)}
    samples = [(vector(g["query"], zh_map), index[(g["path"], g["side"])]) for g in rows
               if (g["path"], g["side"]) in index]
    weights, bias = train(samples)
    doc = {
        "comment": ("Fallback guess of the side (and, when nothing at all fired, the path) "
                    "from the words present, used by lib/route.c only when no rule names a "
                    "cause or a side. Multinomial logistic regression over (path, side) "
                    "classes. Each feature is \"text|weights\": one weight per class, in "
                    "units of 1/scale. Features w: ASCII word, b: pair of consecutive words, c: "
                    "character trigram of a word of 4+ letters padded with < >, h: Han "
                    "character or pair of consecutive Han characters, all of the normalized "
                    "text (lib/guess.c), counted with repeats and scaled by the Euclidean length of the counts. "
                    f"Generated by tools/train_route_guess.py from dev.jsonl, heldout.jsonl "
                    f"and unseen.jsonl u0001-u{LAST_TRAINING_UNSEEN:04d} ({len(samples)} "
                    "queries); do not edit by hand."),
        "min_probability": MIN_PROBABILITY,
        "scale": SCALE,
        "note": {
            "en": "No rule named the cause: whose side must act is a guess from the words "
                  "used. Paste the exact error or bounce for a surer answer.",
            "zh": "没有规则能确定原因：需要处理的一方是根据用词推测的。请粘贴完整的报错或退信内容以获得更准确的判断。",
        },
        "classes": [{"path": p, "side": s} for p, s in CLASSES],
        "bias": bias,
        "features": dict(sorted(weights.items())),
    }
    features_doc = doc.pop("features")
    text = json.dumps(doc, ensure_ascii=False, indent=1)[:-2]
    # one feature a line: reviewable diffs, a small file
    lines = [json.dumps(k + "|" + " ".join(str(w) for w in v), ensure_ascii=False)
             for k, v in features_doc.items()]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text + ',\n "features": [\n' + ",\n".join(lines) + "\n ]\n}\n")
    print(f"{args.out}: {len(weights)} features, {len(samples)} training queries",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
