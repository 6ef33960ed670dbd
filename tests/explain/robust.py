#!/usr/bin/env python3
"""robust.py: bad input never stops `mailfix explain`.  Every case feeds
damaged messages and checks that each input gets exactly one JSON line
(bounces or an "error"), that the process exits normally (0, or 1 when some
input had an error) and that the order of sources is kept.

  cut      every corpus email cut at 3 random points (fixed seed), all in one run
  flip     every corpus email with random bytes overwritten (fixed seed), twice
  garbage  binary garbage, an empty file, a header-only file, NUL bytes
  mime     a broken multipart boundary, a wrong charset, a truncated base64
  mbox     an mbox with a broken message in the middle: the others still read
  big      one 50 MB bounce (only with --big)

Usage: robust.py MAILFIX CORPUS_DIR [--big]
"""
import json
import os
import random
import subprocess
import sys
import tempfile

from checks import check, report  # beside this script


BOUNCE = (b"From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
          b"To: sender@example.com\nSubject: Undelivered Mail Returned to Sender\n"
          b"MIME-Version: 1.0\n"
          b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"BB\"\n\n"
          b"--BB\nContent-Type: text/plain\n\nThis is the mail system at host mx.example.net.\n\n"
          b"<gone@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1\n"
          b"    <gone@example.org>: Recipient address rejected: User unknown\n\n"
          b"--BB\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
          b"Final-Recipient: rfc822; gone@example.org\nAction: failed\nStatus: 5.1.1\n"
          b"Diagnostic-Code: smtp; 550 5.1.1 <gone@example.org>: Recipient address\n"
          b"    rejected: User unknown\n\n--BB\nContent-Type: message/rfc822\n\n"
          b"From: sender@example.com\nTo: gone@example.org\nSubject: hello\n\nhello\n")
def run(mailfix, args):
    p = subprocess.run([mailfix, "explain", "--json"] + args, capture_output=True, timeout=900)
    check(p.returncode in (0, 1), "exit status %d for %s (stderr: %s)" % (
        p.returncode, args[:2], p.stderr[-300:]))
    err = p.stderr.decode("utf-8", "replace")
    check("Sanitizer" not in err and "runtime error" not in err,
          "sanitizer report: %s" % err[-600:])
    lines = [json.loads(l) for l in p.stdout.decode("utf-8").splitlines()]
    for o in lines:
        check(("bounces" in o) != ("error" in o), "line has neither bounces nor error: %r" % o)
    return lines


def write(d, name, data):
    path = os.path.join(d, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def main():
    mailfix, corpus = sys.argv[1], sys.argv[2]
    big = "--big" in sys.argv
    rnd = random.Random(20261126)
    with tempfile.TemporaryDirectory() as d:
        if big:
            # 50 MB: a bounce whose returned original carries a large
            # base64 attachment.
            chunk = (b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcHFy\n")
            body = chunk * (50 * 1024 * 1024 // len(chunk))
            msg = BOUNCE.replace(b"\nhello\n", b"MIME-Version: 1.0\nContent-Type: multipart/mixed;"
                                 b" boundary=\"CC\"\n\n--CC\nContent-Type: application/octet-stream\n"
                                 b"Content-Transfer-Encoding: base64\n\n") + body + b"--CC--\n--BB--\n"
            p = write(d, "big.eml", msg)
            out = run(mailfix, [p])
            check(len(out) == 1 and out[0].get("bounces", [{}])[0].get("reason") == "userunknown",
                  "50 MB bounce: %r" % (out[:1],))
            return report()
        # cut: every corpus file at three random points
        emails = os.path.join(corpus, "emails")
        paths = []
        for name in sorted(os.listdir(emails)):
            data = open(os.path.join(emails, name), "rb").read()
            for k in range(3):
                cut = rnd.randrange(1, max(2, len(data)))
                paths.append(write(d, "%s.cut%d" % (name, k), data[:cut]))
        out = run(mailfix, paths)
        check(len(out) >= len(paths), "cut: %d lines for %d inputs" % (len(out), len(paths)))
        # flip: random bytes overwritten (an exit status of 2 once showed
        # a per-message error taken for a data error)
        paths = []
        for name in sorted(os.listdir(emails)):
            data = bytearray(open(os.path.join(emails, name), "rb").read())
            for k in range(2):
                b = bytearray(data)
                for _ in range(rnd.randrange(1, 40)):
                    b[rnd.randrange(len(b))] = rnd.randrange(256)
                paths.append(write(d, "%s.flip%d" % (name, k), bytes(b)))
        out = run(mailfix, paths)
        check(len(out) >= len(paths), "flip: %d lines for %d inputs" % (len(out), len(paths)))
        # garbage
        g = [write(d, "g1", bytes(rnd.randrange(256) for _ in range(20000))),
             write(d, "g2", b""),
             write(d, "g3", b"Subject: only a header\n"),
             write(d, "g4", b"From: a@b\nSubject: x\n\nnul\x00byte\x00 550 5.1.1 user unknown\n"),
             write(d, "g5", b"\xff\xfe\x00\x01" * 5000)]
        out = run(mailfix, g)
        check([o["source"] for o in out] == g, "garbage: one line per input, in order")
        check("error" in out[0] and "error" in out[1] and "error" in out[4],
              "garbage: binary and empty inputs are errors")
        check("bounces" in out[2] and "bounces" in out[3], "garbage: header-only and NUL read")
        # mime damage
        m = [write(d, "m1", BOUNCE.replace(b"--BB\nContent-Type: message/delivery-status",
                                           b"--XX\nContent-Type: message/delivery-status")),
             write(d, "m2", BOUNCE.replace(b"Content-Type: text/plain",
                                           b"Content-Type: text/plain; charset=x-no-such-charset")),
             write(d, "m3", BOUNCE.replace(b"Content-Type: text/plain\n",
                                           b"Content-Type: text/plain; charset=gb2312\n"
                                           b"Content-Transfer-Encoding: base64\n\nzsTQxA=\n!!!\n")),
             write(d, "m4", BOUNCE.replace(b"boundary=\"BB\"", b"boundary=\"")),
             write(d, "m5", BOUNCE[:len(BOUNCE) // 2])]
        out = run(mailfix, m)
        check(len(out) == len(m), "mime: one line per input")
        check(all(o.get("bounces") for o in out[:3]),
              "mime: a broken boundary or charset still finds the bounce")
        # a directory with symbolic links back up the tree (relative
        # and absolute): each message once, no walk round the loop
        tree = os.path.join(d, "tree")
        os.makedirs(os.path.join(tree, "a", "b"))
        write(os.path.join(tree, "a", "b"), "one.eml", BOUNCE)
        os.symlink("..", os.path.join(tree, "a", "b", "up"))
        os.symlink(tree, os.path.join(tree, "a", "root"))
        out = run(mailfix, [tree])
        check([o["source"] for o in out] == [os.path.join(tree, "a", "b", "one.eml")],
              "symlink loop: the message once, got %r" % [o["source"] for o in out])
        # mbox with a broken message in the middle
        mbox = (b"From MAILER-DAEMON Thu Nov 26 06:00:00 2026\n" + BOUNCE + b"\n"
                b"From MAILER-DAEMON Thu Nov 26 06:00:01 2026\n" + bytes(range(256)) * 40 + b"\n\n"
                b"From MAILER-DAEMON Thu Nov 26 06:00:02 2026\n" + BOUNCE + b"\n")
        out = run(mailfix, [write(d, "box.mbox", mbox)])
        check([o["source"] for o in out] == ["mbox:1", "mbox:2", "mbox:3"], "mbox: three messages")
        p = subprocess.run([mailfix, "explain", "--json"], input=mbox, capture_output=True,
                           timeout=120)
        check(p.returncode == 1 and [json.loads(l)["source"] for l in p.stdout.decode().splitlines()]
              == ["mbox:1", "mbox:2", "mbox:3"], "mbox on standard input: three messages")
        check(out and out[0].get("bounces") and out[-1].get("bounces") and "error" in out[1],
              "mbox: the broken middle message is an error, the others are read")
        # A list's bounce naming many recipients: up to the ceiling
        # (MF_EXPLAIN_MAX_BOUNCES, 1000) every one is explained; past it the
        # first 1000 are, and "truncated" says that more were left out (of
        # that message only: the next one starts afresh).
        def dsn(n):
            ds = b"".join(b"\nFinal-Recipient: rfc822; u%d@example.org\nAction: failed\n"
                          b"Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no such user\n" % i
                          for i in range(n))
            return (b"From: MAILER-DAEMON@example.net\nTo: a@example.com\nSubject: Undelivered\n"
                    b"MIME-Version: 1.0\nContent-Type: multipart/report; "
                    b"report-type=delivery-status; boundary=\"X\"\n\n--X\n"
                    b"Content-Type: text/plain\n\nfailed\n--X\n"
                    b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; example.net\n"
                    + ds + b"\n--X--\n")
        def text(n):
            return (b"From: MAILER-DAEMON@example.net\nTo: a@example.com\n"
                    b"Subject: failure notice\n\nI'm sorry, I wasn't able to deliver your message:\n\n"
                    + b"".join(b"<v%d@example.org>:\n550 5.1.1 no mailbox here by that name\n\n" % i
                               for i in range(n)))
        many = [write(d, "d300", dsn(300)), write(d, "d1000", dsn(1000)), write(d, "d1500", dsn(1500)),
                write(d, "t1200", text(1200)), write(d, "d300b", dsn(300))]
        out = run(mailfix, many)
        got = [(len(o.get("bounces", [])), o.get("truncated", False), "error" in o) for o in out]
        check(got == [(300, False, False), (1000, False, False), (1000, True, False),
                      (1000, True, False), (300, False, False)],
              "many recipients: all up to 1000, then the first 1000 and truncated: %r" % got)
        check(len(out) == 5 and out[2].get("bounces") and
              out[2]["bounces"][-1]["recipient"] == "u999@example.org" and
              all(b["reason"] == "userunknown" for o in out for b in o.get("bounces", [])),
              "many recipients: in order, each with its reason")
    return report()


if __name__ == "__main__":
    sys.exit(main())
