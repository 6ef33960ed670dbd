#!/usr/bin/env python3
"""test_damaged.py: POST /api/route and /api/explain with request bodies
damaged the ways clients and attackers send them, chosen by a fixed seed
(the same requests every run): queries cut or over-long, bytes flipped in
the JSON, raw binary, nested brackets, field names in many characters and
cut by a byte count, bounces with bytes flipped.  Every answer must be a
4xx or 200 whose body is valid JSON in UTF-8 (an error names the problem),
never a 5xx; the server keeps answering to the end and stops cleanly, with
no sanitizer report.  It once answered 500 "out of memory" to a field name
cut inside a character.

Usage: test_damaged.py MAILFIX CORPUS_DIR [--requests N] [--seed S]
"""
import argparse
import glob
import json
import os
import random
import socket
import sys

from serverctl import Server

FAILS = []


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print("FAIL: " + what)


def post(port, path, body):
    """One POST on its own connection; (status, body bytes)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=30)
    s.sendall(b"POST " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              b"Content-Type: application/json\r\nContent-Length: %d\r\n"
              b"Connection: close\r\n\r\n" % len(body) + body)
    data = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    s.close()
    head, _, rest = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), rest


def damaged(rng, queries, emails):
    """(path, body) of one damaged request."""
    route, explain = b"/api/route", b"/api/explain"
    k = rng.randrange(9)
    if k == 0:
        return route, json.dumps({"query": rng.choice(queries)[:rng.randrange(200)]},
                                 ensure_ascii=False).encode()
    if k == 1:
        return route, json.dumps({"query": rng.choice(queries),
                                  "lang": rng.choice(["en", "zh", "xx", 5, None])}).encode()
    if k == 2:
        return rng.choice([route, explain]), rng.randbytes(rng.randrange(300))
    if k == 3:
        b = bytearray(json.dumps({"query": rng.choice(queries)}, ensure_ascii=False).encode())
        for _ in range(rng.randint(1, 5)):
            b[rng.randrange(len(b))] = rng.getrandbits(8)
        return route, bytes(b)
    if k == 4:
        return explain, json.dumps({"message": rng.choice(emails).decode("utf-8", "replace")}).encode()
    if k == 5:
        m = bytearray(rng.choice(emails))
        for _ in range(20):
            m[rng.randrange(len(m))] = rng.getrandbits(8)
        return explain, json.dumps({"message": m.decode("latin-1")}).encode()
    if k == 6:
        # an unknown field whose name is quoted up to a byte count: one
        # ASCII letter, then two-byte characters, so the cut may fall
        # inside one
        name = "k" + "\u00e9" * rng.randrange(20, 60)
        return rng.choice([route, explain]), json.dumps({name: 1, "query": "550"},
                                                        ensure_ascii=False).encode()
    if k == 7:
        return route, b'{"query":' + b"[" * rng.randrange(5000) + b"}"
    return route, json.dumps({"query": "x" * rng.randint(1, 9000)}).encode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mailfix")
    ap.add_argument("corpus")
    ap.add_argument("--requests", type=int, default=600)
    ap.add_argument("--seed", type=int, default=20261126)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    here = os.path.dirname(os.path.abspath(__file__))
    queries = [json.loads(l)["query"] for l in
               open(os.path.join(here, "..", "route", "heldout.jsonl"), encoding="utf-8")]
    emails = [open(f, "rb").read()
              for f in sorted(glob.glob(os.path.join(a.corpus, "emails", "*.eml")))[::6]]
    srv = Server(a.mailfix)
    try:
        for i in range(a.requests):
            path, body = damaged(rng, queries, emails)
            try:
                st, data = post(srv.port, path, body)
            except OSError as e:
                check(False, "request %d: %s" % (i, e))
                continue
            check(st < 500, "request %d to %s: status %d: %r" % (i, path.decode(), st, data[:200]))
            try:
                json.loads(data.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as e:
                check(False, "request %d: the body is not JSON in UTF-8 (%s): %r" % (i, e, data[:200]))
    finally:
        code = srv.stop()
    err = srv.stderr()
    check(code == 0, "the server's exit status %r" % code)
    check("Sanitizer" not in err and "runtime error" not in err, "sanitizer report: " + err[-3000:])
    print("%d failures" % len(FAILS))
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
