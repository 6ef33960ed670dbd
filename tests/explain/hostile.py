#!/usr/bin/env python3
"""hostile.py: messages made to be slow to read (session 17's audit,
bench/RESULTS.md "hostile inputs").  GMime's parser compares every line
that starts with "--" with each boundary open around it, so a thousand
nested multiparts and then a hundred thousand such lines cost a thousand
comparisons a line (14 s for 48 MB, where a plain 50 MB bounce takes
0.1 s).  explain refuses such a message with a "too-large" error that
names the two counts (lib/mime_cost.c), at the top level, when GMime
must read the header itself, and in a saved .eml attached in base64; a
message under the bound is still read whole.  So is a message whose
header sections (its own, a message/rfc822 part's message) hold more than
100,000 lines of fields, of which GMime makes objects (3 million took 15 s
and 1.6 GB).  All inputs are generated here; the ctest TIMEOUT is the only
clock.

With --callgrind VALGRIND (not in a sanitizer build) it counts
instructions instead: a report of a thousand recipients whose own words
name no reason, after 8 KB of the report's words, once scanned those
words again for each recipient (735M instructions over a tiny bounce's,
186M since bounce_reason.c keeps the first scan); the bound is 400M.
And a report of a thousand bare addresses whose diagnostic is the same
2 KB of its words for each was classified and routed a thousand times
(about 870M instructions; explain.c now answers a recipient that reads as
the one before it from that one's answer, about 230M); the bound is 450M.

Usage: hostile.py MAILFIX [--callgrind VALGRIND]
"""
import base64
import json
import subprocess
import sys
import tempfile
import os
import re

from checks import check, report  # beside this script

HEAD = (b"From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
        b"To: sender@example.com\nSubject: Undelivered Mail Returned to Sender\n"
        b"MIME-Version: 1.0\n")
BOUNCE = b"<gone@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n"


def nested(depth, dashes, head=HEAD):
    """A bounce under `depth` multiparts, then `dashes` lines that start
    with "--" (no boundary's)."""
    s = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i)
                 for i in range(depth))
    return (head + s + b"Content-Type: text/plain\n\n" + BOUNCE +
            b"--not-a-boundary-but-long-enough-to-be-compared\n" * dashes)


def attached(inner):
    """A report-less message carrying `inner` as a saved .eml in base64."""
    b64 = base64.encodebytes(inner)
    return (b"From: someone@example.com\nTo: help@example.net\nSubject: Fwd: bounce\n"
            b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="OUT"\n\n'
            b"--OUT\nContent-Type: text/plain\n\nsee attached\n--OUT\n"
            b'Content-Type: application/octet-stream; name="Undeliverable.eml"\n'
            b'Content-Disposition: attachment; filename="Undeliverable.eml"\n'
            b"Content-Transfer-Encoding: base64\n\n" + b64 + b"--OUT--\n")


def FIELDS(n):
    """n header fields, one a line."""
    return b"".join(b"X-Trace-%d: v\n" % i for i in range(n))


def explain(mailfix, path):
    p = subprocess.run([mailfix, "explain", "--json", path], capture_output=True, timeout=600)
    check(p.returncode in (0, 1), "%s: exit status %d (%s)" % (
        os.path.basename(path), p.returncode, p.stderr[-300:]))
    lines = p.stdout.decode("utf-8").splitlines()
    check(len(lines) == 1, "%s: %d output lines" % (os.path.basename(path), len(lines)))
    return json.loads(lines[0]) if lines else {}


def instructions(valgrind, mailfix, path, d):
    out = os.path.join(d, "callgrind.out")
    p = subprocess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=" + out,
                        mailfix, "explain", "--json", "--jobs", "1", path],
                       capture_output=True, timeout=600)
    m = re.search(rb"Collected : (\d+)", p.stderr)
    check(m is not None, "callgrind gave no count: %r" % p.stderr[-300:])
    return int(m.group(1)) if m else 0


def context_rcpts(n):
    """A Postfix-like report: 8 KB of its own words, then n recipients
    each with a reply that names no reason."""
    return (HEAD + b"\nThis is the mail system at host mx.example.net.\n\n" +
            b"I'm sorry to have to inform you that your message could not be "
            b"delivered to one or more recipients.\n" * 80 + b"\n" +
            b"".join(b"<u%d@example.org>: host mx.example.org[192.0.2.1] said: 550 hmm\n" % i
                     for i in range(n)))


def shared_rcpts(n):
    """A report that lists n bare addresses under one sentence of its own
    with the server's reply: every recipient's diagnostic is the same
    2 KB of the report's words."""
    return (HEAD + b"\nThis is the mail system at host mx.example.net.\n\n"
            b"Your message could not be delivered: 550 5.7.1 Message rejected by the "
            b"recipient's policy at mx.example.org.\n" +
            b"Please check the recipients below and try again later.\n" * 30 + b"\n" +
            b"".join(b"u%d@example.org\n" % i for i in range(n)))


def work(mailfix, valgrind):
    with tempfile.TemporaryDirectory() as d:
        tiny, many = os.path.join(d, "tiny.eml"), os.path.join(d, "many.eml")
        with open(tiny, "wb") as f:
            f.write(HEAD + b"\n" + BOUNCE)
        with open(many, "wb") as f:
            f.write(context_rcpts(1000))
        o = explain(mailfix, many)
        check(len(o.get("bounces") or []) == 1000, "context: %d bounces" % len(o.get("bounces") or []))
        base = instructions(valgrind, mailfix, tiny, d)
        extra = instructions(valgrind, mailfix, many, d) - base
        print("1000 recipients over the report's words: %.1fM instructions" % (extra / 1e6))
        check(extra < 400e6, "1000 recipients cost %.0fM instructions (bound 400M)" % (extra / 1e6))
        shared = os.path.join(d, "shared.eml")
        with open(shared, "wb") as f:
            f.write(shared_rcpts(1000))
        o = explain(mailfix, shared)
        b = o.get("bounces") or []
        check(len(b) == 1000 and len({x.get("reason") for x in b}) == 1 and
              b[999].get("recipient") == "u999@example.org",
              "shared: %d bounces, reasons %r" % (len(b), {x.get("reason") for x in b}))
        extra = instructions(valgrind, mailfix, shared, d) - base
        print("1000 recipients sharing one diagnostic: %.1fM instructions" % (extra / 1e6))
        check(extra < 450e6, "1000 recipients sharing one diagnostic cost %.0fM instructions "
              "(bound 450M)" % (extra / 1e6))
    return report()


def main():
    mailfix = sys.argv[1]
    if "--callgrind" in sys.argv:
        return work(mailfix, sys.argv[sys.argv.index("--callgrind") + 1])
    report_head = (b"From: MAILER-DAEMON@mx.example.net\nTo: sender@example.com\n"
                   b"Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n")
    # (name, bytes, refused?)
    cases = [
        ("deep", nested(1000, 100000), True),
        # 300 header fields: GMime reads the whole message itself
        ("deep-whole", nested(1000, 100000, HEAD + b"".join(
            b"X-Trace-%d: x\n" % i for i in range(300))), True),
        ("deep-in-eml", attached(nested(1000, 100000, report_head.replace(
            b"MIME-Version: 1.0\n", b"MIME-Version: 1.0\n"
            b'Content-Type: multipart/report; report-type=delivery-status; boundary="R"\n\n'
            b"--R\n")) ), True),
        # under the bound: read as before
        ("shallow", nested(60, 100000), False),
        ("deep-few-lines", nested(1000, 0), False),
        # header fields: GMime makes objects of each (550 bytes, 3 us), so
        # 3 million in 41 MB took 15 s and 1.6 GB; past 100,000 lines of
        # header sections (the message's own, a message/rfc822 part's
        # message) the message is refused; as many such lines in a body
        # are only text, and a header under the bound is read
        ("fields", HEAD + FIELDS(300000) + b"\n" + BOUNCE, "fields"),
        ("fields-in-message", HEAD + b'Content-Type: multipart/mixed; boundary="M"\n\n--M\n'
         b"Content-Type: text/plain\n\n" + BOUNCE + b"--M\nContent-Type: message/rfc822\n\n" +
         FIELDS(300000) + b"\nthe original\n--M--\n", "fields"),
        ("fields-in-body", HEAD + b"\n" + BOUNCE + b"\n" + FIELDS(300000), False),
        ("fields-under", HEAD + FIELDS(50000) + b"\n" + BOUNCE, False),
    ]
    with tempfile.TemporaryDirectory() as d:
        for name, data, refused in cases:
            path = os.path.join(d, name + ".eml")
            with open(path, "wb") as f:
                f.write(data)
            o = explain(mailfix, path)
            if refused == "fields":
                check(o.get("code") == "too-large" and
                      re.search(r"30000\d lines of header fields", o.get("error", "")),
                      "%s: not refused with the header fields' cost: %.300r" % (name, o))
            elif refused:
                check(o.get("code") == "too-large" and
                      "MIME structure is too costly" in o.get("error", "") and
                      "Content-Type fields" in o.get("error", ""),
                      "%s: not refused with the cost error: %.300r" % (name, o))
            else:
                b = o.get("bounces") or []
                check(len(b) == 1 and b[0].get("recipient") == "gone@example.org" and
                      b[0].get("reason") == "userunknown",
                      "%s: not read: %.300r" % (name, o))
    return report()


if __name__ == "__main__":
    sys.exit(main())
