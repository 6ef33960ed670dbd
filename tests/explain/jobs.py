#!/usr/bin/env python3
"""jobs.py: `mailfix explain --jobs N` writes the same bytes as `--jobs 1`.

Each case runs the same input with --jobs 1 and with several threads and
asks for identical standard output, identical standard error and the same
exit status (the answers are written in input order, whatever thread
finishes first):

  corpus   the whole bounce corpus (a directory), --json and the text view
  mixed    files, a missing path, garbage, an empty file, a directory and
           an mbox in one run (reader errors and answers interleaved)
  mbox     the corpus as one mbox with a broken message in the middle,
           from a file and from standard input
  stdin    one message on standard input
  usage    --jobs 0, --jobs x and --jobs 100000 are usage errors (exit 2)
  big      (only with --big) four 50 MB bounces between corpus files: the
           same output, and the window lets one 50 MB message in at a
           time, so peak memory is not four copies of it; then an mbox of
           150 MB (three such bounces among corpus messages): every message
           read, one at a time

Usage: jobs.py MAILFIX CORPUS_DIR [--big]
"""
import os
import subprocess
import sys
import tempfile

from checks import check, report  # beside this script


def run(mailfix, jobs, args, stdin=None):
    """(status, stdout, stderr) of one run; jobs None or 0: no --jobs."""
    cmd = [mailfix, "explain"] + (["--jobs", str(jobs)] if jobs else []) + args
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate(stdin, timeout=900)
    return p.returncode, out, err


def peak_rss(cmd):
    """Peak RSS (kB) of one run of cmd, output discarded."""
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_RDWR)
        os.dup2(fd, 0)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.execv(cmd[0], cmd)
    _, status, ru = os.wait4(pid, 0)
    check(os.waitstatus_to_exitcode(status) in (0, 1), "exit status of %s" % cmd[:4])
    return ru.ru_maxrss


def same(mailfix, what, args, stdin=None, jobs=(2, 4, 7, 0)):
    base = run(mailfix, 1, args, stdin)
    check(base[1], "%s: --jobs 1 wrote nothing" % what)
    for j in jobs:
        got = run(mailfix, j, args, stdin)
        name = "--jobs %d" % j if j else "the default --jobs"
        check(got[0] == base[0], "%s: exit status %d with %s, %d with --jobs 1" % (
            what, got[0], name, base[0]))
        check(got[1] == base[1], "%s: standard output of %s differs from --jobs 1 (%d vs %d bytes)"
              % (what, name, len(got[1]), len(base[1])))
        check(got[2] == base[2], "%s: standard error of %s differs: %r vs %r" % (
            what, name, got[2][-300:], base[2][-300:]))
    return base


BIG_HEAD = (b"From: MAILER-DAEMON@mx.example.net\nTo: a@example.com\nSubject: Undelivered Mail\n"
            b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; "
            b"boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nThis is the mail system.\n\n"
            b"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
            b"Final-Recipient: rfc822; gone@example.org\nAction: failed\nStatus: 5.1.1\n"
            b"Diagnostic-Code: smtp; 550 5.1.1 user unknown\n\n--B\nContent-Type: message/rfc822\n\n"
            b"From: a@example.com\nTo: gone@example.org\nSubject: big\nMIME-Version: 1.0\n"
            b"Content-Type: multipart/mixed; boundary=\"C\"\n\n--C\n"
            b"Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n")


def main():
    mailfix, corpus = sys.argv[1], sys.argv[2]
    emails = os.path.join(corpus, "emails")
    names = sorted(os.listdir(emails))
    with tempfile.TemporaryDirectory() as d:
        if "--big" in sys.argv:
            line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcHFy\n"
            big = os.path.join(d, "big.eml")
            with open(big, "wb") as f:
                f.write(BIG_HEAD + line * (50 * 1024 * 1024 // len(line)) + b"--C--\n--B--\n")
            some = [os.path.join(emails, n) for n in names[:20]]
            args = ["--json"] + some + [big, big] + some + [big, big] + some
            same(mailfix, "big", args, jobs=(4,))
            one = peak_rss([mailfix, "explain", "--json", "--jobs", "1"] + args)
            four = peak_rss([mailfix, "explain", "--json", "--jobs", "4"] + args)
            print("peak RSS: %d kB with --jobs 1, %d kB with --jobs 4" % (one, four))
            # One more 50 MB message may wait in the reader's hands while
            # one is explained; four in flight would be 150 MB more.
            check(four < one + 100 * 1024, "big: --jobs 4 peaks at %d kB, --jobs 1 at %d kB: "
                  "more than one 50 MB message in flight" % (four, one))
            # An mbox past the 100 MB a single message may have: streamed
            # one message at a time, every message read.
            mbox = os.path.join(d, "huge.mbox")
            data = open(big, "rb").read()
            with open(mbox, "wb") as f:
                for part in (data, data, data):
                    for n in names[:20]:
                        f.write(b"From MAILER-DAEMON Thu Nov 26 06:00:00 2026\n")
                        f.write(open(os.path.join(emails, n), "rb").read().replace(
                            b"\nFrom ", b"\n>From ") + b"\n\n")
                    f.write(b"From MAILER-DAEMON Thu Nov 26 06:00:00 2026\n" + part + b"\n")
            check(os.path.getsize(mbox) > 150 * 1024 * 1024, "huge mbox: not past 150 MB")
            st, out, err = same(mailfix, "huge mbox", ["--json", mbox], jobs=(4,))
            lines = out.splitlines()
            check(len(lines) == 63 and not any(b'"error"' in l for l in lines),
                  "huge mbox: %d lines (want 63), errors: %r" % (
                      len(lines), [l[:200] for l in lines if b'"error"' in l][:2]))
            rss = peak_rss([mailfix, "explain", "--json", "--jobs", "4", mbox])
            print("peak RSS: %d kB for a %d MB mbox" % (rss, os.path.getsize(mbox) >> 20))
            check(rss < four + 100 * 1024, "huge mbox: peak RSS %d kB, the mbox held whole?" % rss)
            return report()

        base = same(mailfix, "corpus --json", ["--json", emails])
        check(base[1].count(b"\n") == len(names) + 1,
              "corpus: %d lines for %d files" % (base[1].count(b"\n"), len(names)))
        same(mailfix, "corpus text", [emails], jobs=(3,))

        garbage = os.path.join(d, "garbage")
        with open(garbage, "wb") as f:
            f.write(bytes(range(256)) * 80)
        empty = os.path.join(d, "empty")
        open(empty, "wb").close()
        mbox = os.path.join(d, "all.mbox")
        with open(mbox, "wb") as f:
            for i, n in enumerate(names):
                if i == len(names) // 2:
                    # the broken message in the middle
                    f.write(b"From MAILER-DAEMON Thu Nov 26 06:00:00 2026\n")
                    f.write(bytes(range(256)) * 40 + b"\n\n")
                f.write(b"From MAILER-DAEMON Thu Nov 26 06:00:00 2026\n")
                data = open(os.path.join(emails, n), "rb").read().replace(b"\nFrom ", b"\n>From ")
                f.write(data + (b"" if data.endswith(b"\n") else b"\n") + b"\n")
        mixed = [os.path.join(emails, n) for n in names[:30]] + [
            os.path.join(d, "no-such-file"), garbage, empty, emails, mbox] + [
            os.path.join(emails, n) for n in names[30:60]]
        base = same(mailfix, "mixed", ["--json"] + mixed)
        check(base[0] == 1, "mixed: exit status %d, want 1 (some inputs are errors)" % base[0])
        check(b'"source":"mbox:%d"' % (len(names) // 2 + 1) in base[1]
              and b'"error"' in base[1], "mixed: the mbox's messages and the errors are there")

        data = open(mbox, "rb").read()
        base = same(mailfix, "mbox on standard input", ["--json"], stdin=data)
        check(base[1].count(b"\n") == len(names) + 1,
              "mbox: %d lines for %d messages" % (base[1].count(b"\n"), len(names) + 1))
        same(mailfix, "mbox file", ["--json", mbox], jobs=(2, 5))

        one = open(os.path.join(emails, names[0]), "rb").read()
        same(mailfix, "one message on standard input", ["--json"], stdin=one)
        same(mailfix, "one message on standard input, -", ["--json", "-"], stdin=one, jobs=(3,))

        for bad in ("0", "x", "100000", "-1", ""):
            st, out, err = run(mailfix, None, ["--jobs", bad, emails])
            check(st == 2 and not out and b"--jobs" in err,
                  "--jobs %r: exit %d, want 2 and a message" % (bad, st))
    return report()


if __name__ == "__main__":
    sys.exit(main())
