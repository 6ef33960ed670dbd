#!/usr/bin/env python3
"""zh_text.py: the Chinese answers carry no English placeholder.  Routes
every query of the given corpora with `--lang zh` under each provider
profile of data/providers/ and fails when a step, limitation, note or
title of an answer holds a placeholder written in English words (<your
domain>, <selector>, <your provider's SMTP server>) or the English words
of the profile "other" ("your provider", "your mail service"): a
provider fact filled into a Chinese text must be given in Chinese
({"en": ..., "zh": ...}).  Prints each offending text once with a query
that shows it.

  zh_text.py MAILFIX DATA_DIR CORPUS.jsonl [CORPUS.jsonl ...]
"""
import glob
import json
import os
import re
import subprocess
import sys

PLACEHOLDER = re.compile(r"<[^<>\u4e00-\u9fff]*[A-Za-z]{2,}[^<>\u4e00-\u9fff]*>")
ENGLISH = re.compile(r"your (provider|mail service|domain)", re.I)
# placeholders that are code or a protocol's own word, not English prose
ALLOWED = {"<IP>"}


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    mailfix, data_dir, corpora = sys.argv[1], sys.argv[2], sys.argv[3:]
    profiles = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(data_dir, "providers", "*.json")))
    stdin = ""
    n = 0
    for c in corpora:
        for line in open(c, encoding="utf-8"):
            if line.strip():
                q = json.loads(line)
                stdin += json.dumps({"id": n, "query": q["query"]}, ensure_ascii=False) + "\n"
                n += 1
    bad = {}
    for pv in profiles:
        proc = subprocess.run([mailfix, "route", "--jsonl", "--lang", "zh", "--provider", pv],
                              input=stdin.encode(), stdout=subprocess.PIPE, timeout=600)
        lines = proc.stdout.decode().splitlines()
        if proc.returncode != 0 or len(lines) != n:
            print(f"mailfix exited {proc.returncode} with {len(lines)} lines for {n} queries ({pv})")
            return 1
        for line in lines:
            a = json.loads(line)
            notes = [x.get("text", "") if isinstance(x, dict) else x for x in a.get("notes", [])]
            for t in [a.get("title") or ""] + a.get("steps", []) + a.get("limitations", []) + notes:
                # code in backticks is copied as it is
                plain = re.sub(r"`[^`]*`", "", t)
                found = [m for m in PLACEHOLDER.findall(plain) if m not in ALLOWED]
                found += ENGLISH.findall(plain) and [ENGLISH.search(plain).group(0)]
                if found:
                    bad.setdefault((pv, t), (a.get("cause"), found))
    for (pv, t), (cause, found) in sorted(bad.items()):
        print(f"{pv} {cause}: {found}: {t}")
    print(f"{len(profiles)} profiles x {n} queries: {len(bad)} Chinese texts with English placeholders")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
