#!/usr/bin/env python3
"""mutate.py: `mailfix explain` over corpus bounces damaged the ways real
mail and hostile senders damage them, chosen by a fixed seed (the same
messages every run): flipped bits, inserted bytes, a region repeated
hundreds of times, two messages spliced, MIME boundaries mangled, a
multipart nested 200 deep, a report naming thousands of recipients, a
header of thousands of encoded words, cuts, unknown or lying charsets,
mixed line ends, and undecodable base64 and quoted-printable bodies; one
to three damages a message.

Each run must end with exit status 0 or 1 within its time limit, with no
sanitizer report, valid UTF-8 out (JSON and the terminal view), one
answer line per message (more only when the
damage made the file an mbox), and each answer either bounces or a
"bad-input" error ("empty" for an mbox piece left with nothing): damaged
input is never "out of memory", "not valid UTF-8" or an engine failure.
A 257-recipient report once said "out of memory", and a diagnostic cut at
its byte ceiling inside a character "not valid UTF-8": this is how those
were found.

Usage: mutate.py MAILFIX CORPUS_DIR [--rounds N] [--seed S] [--keep DIR]
"""
import argparse
import glob
import json
import os
import random
import subprocess
import sys
import tempfile

from checks import check, report


def nest(rng, b):
    depth = rng.randint(5, 200)
    head = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i)
                    for i in range(depth))
    return (b"From: a@example.com\nTo: b@example.org\nSubject: x\nMIME-Version: 1.0\n" + head +
            b)


def many_recipients(rng, b):
    n = rng.randint(10, 3000)
    ds = b"".join(b"\nFinal-Recipient: rfc822; u%d@example.org\nAction: failed\nStatus: 5.1.1\n"
                  b"Diagnostic-Code: smtp; 550 5.1.1 no such user\n" % i for i in range(n))
    return (b"From: MAILER-DAEMON@example.net\nTo: a@example.com\nSubject: Undelivered\n"
            b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; "
            b'boundary="X"\n\n--X\nContent-Type: text/plain\n\nfailed\n--X\n'
            b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; example.net\n" + ds +
            b"\n--X--\n")


def coded_garbage(rng, b):
    return (b"From: a@example.com\nContent-Type: multipart/report; boundary=Z\n\n--Z\n"
            b"Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n" +
            rng.randbytes(rng.randint(0, 5000)) + b"\n--Z\nContent-Type: text/plain; charset=" +
            rng.choice([b"utf-7", b"gbk", b"x-none"]) +
            b"\nContent-Transfer-Encoding: quoted-printable\n\n" + b"=" * rng.randint(0, 3000) +
            b"=0\n--Z--\n")


def mutate(rng, b, corpus):
    k = rng.randrange(12)
    b = bytearray(b)
    if k == 0:
        for _ in range(rng.randint(1, 50)):
            if b:
                b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    elif k == 1:
        for _ in range(rng.randint(1, 20)):
            p = rng.randrange(len(b) + 1)
            b[p:p] = rng.randbytes(rng.randint(1, 40))
    elif k == 2 and len(b) > 10:
        s = rng.randrange(len(b) - 5)
        e = min(len(b), s + rng.randint(1, 400))
        b[e:e] = b[s:e] * rng.randint(2, 300)
    elif k == 3:
        o = rng.choice(corpus)
        b = b[:rng.randrange(len(b) + 1)] + o[rng.randrange(len(o) + 1):]
    elif k == 4:
        i = bytes(b).find(b"boundary=")
        if i >= 0:
            j = i + 9 + rng.randint(0, 10)
            b[j:j] = rng.choice([b'"', b"--", b"\n", b";", b"\x00", b'"""'])
        b = bytearray(bytes(b).replace(b"\n--", rng.choice([b"\n-", b"\n---", b"\n--\n--", b"\n"]),
                                       rng.randint(1, 3)))
    elif k == 5:
        b = bytearray(nest(rng, bytes(b)))
    elif k == 6:
        b = bytearray(many_recipients(rng, bytes(b)))
    elif k == 7:
        word = b"=?utf-8?B?" + rng.randbytes(30).hex().encode() + b"?= "
        b = bytearray(b"Subject: " + word * rng.randint(1, 5000) + b"\n" + bytes(b))
    elif k == 8:
        b = b[:rng.randrange(len(b) + 1)]
    elif k == 9:
        s = bytes(b)
        for cs in (b"utf-8", b"us-ascii", b"iso-2022-jp", b"ISO-2022-JP", b"UTF-8"):
            s = s.replace(cs, rng.choice([b"x-unknown", b"gb18030", b"utf-7", b"", b'"',
                                          b"big5", b"utf-16", b"ucs-4"]))
        b = bytearray(s)
    elif k == 10:
        b = bytearray(bytes(b).replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\r", b"\r\r\n"])))
    else:
        b = bytearray(coded_garbage(rng, bytes(b)))
    return bytes(b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mailfix")
    ap.add_argument("corpus")
    ap.add_argument("--rounds", type=int, default=12)
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--keep", help="write the damaged messages into this folder and keep them")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    corpus = [open(f, "rb").read() for f in sorted(glob.glob(os.path.join(a.corpus, "emails", "*.eml")))]
    with tempfile.TemporaryDirectory() as tmp:
        d = a.keep or tmp
        os.makedirs(d, exist_ok=True)
        for r in range(a.rounds):
            paths = []
            for i in range(40):
                m = rng.choice(corpus)
                for _ in range(rng.randint(1, 3)):
                    m = mutate(rng, m, corpus)
                p = os.path.join(d, "r%d-%d.eml" % (r, i))
                with open(p, "wb") as f:
                    f.write(m)
                paths.append(p)
            try:
                p = subprocess.run([a.mailfix, "explain", "--json"] + paths, capture_output=True,
                                   timeout=120)
            except subprocess.TimeoutExpired:
                check(False, "round %d: no answer within 120 s" % r)
                continue
            err = p.stderr.decode("utf-8", "replace")
            check(p.returncode in (0, 1), "round %d: exit status %d" % (r, p.returncode))
            check("Sanitizer" not in err and "runtime error" not in err,
                  "round %d: sanitizer report: %s" % (r, err[:2000]))
            try:
                text = p.stdout.decode("utf-8")
            except UnicodeDecodeError as e:
                check(False, "round %d: the answers are not UTF-8 (%s)" % (r, e))
                text = p.stdout.decode("utf-8", "replace")
            out = [json.loads(l) for l in text.split("\n") if l]
            files = [o.get("file", o["source"]) for o in out]
            for path in paths:
                n = sum(1 for s in files if s == path)
                mbox = open(path, "rb").read(5) == b"From "
                check(n == 1 or (mbox and n > 1),
                      "round %d: %d answers for %s" % (r, n, os.path.basename(path)))
            for o in out:
                check(("bounces" in o) != ("error" in o), "an answer with neither: %r" % o)
                check("error" not in o or o.get("code") in ("bad-input", "empty"),
                      "%s: damaged input said %r (%s)" % (o.get("source"), o.get("error"),
                                                         o.get("code")))
            # the terminal view of the same messages: UTF-8 too
            t = subprocess.run([a.mailfix, "explain"] + paths, capture_output=True, timeout=120)
            check(t.returncode in (0, 1), "round %d: text view exit status %d" % (r, t.returncode))
            try:
                t.stdout.decode("utf-8")
            except UnicodeDecodeError as e:
                check(False, "round %d: the text view is not UTF-8 (%s)" % (r, e))
    return report()


if __name__ == "__main__":
    sys.exit(main())
