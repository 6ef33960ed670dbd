#!/usr/bin/env python3
"""output_full.py: answers that cannot be written are a failure.  With
standard output on /dev/full (a full disk: every write fails with ENOSPC),
each command that answers exits 3 and says on standard error that the
output could not be written (README, exit codes), never 0 with its answer
lost; the same commands exit 0 when their output is written.

Usage: output_full.py MAILFIX"""
import os
import subprocess
import sys

MESSAGE = (b"From: MAILER-DAEMON@mx.example.net\nTo: user@example.com\n"
           b"Subject: Undelivered Mail Returned to Sender\n\n"
           b"<nobody@example.org>: host mx.example.org said: 550 5.1.1 "
           b"<nobody@example.org>: Recipient address rejected: User unknown\n")

RUNS = [
    (["--version"], None),
    (["--help"], None),
    (["route", "my password is wrong in Outlook"], None),
    (["route", "--json", "my password is wrong in Outlook"], None),
    (["route", "--jsonl"], b'{"query": "my password is wrong"}\n{"query": "SPF check failed"}\n'),
    (["explain", "-"], MESSAGE),
    (["explain", "--json", "-"], MESSAGE),
]


def run(mailfix, args, stdin, out):
    return subprocess.run([mailfix] + args, input=stdin if stdin is not None else b"",
                          stdout=out, stderr=subprocess.PIPE, timeout=120)


def main():
    mailfix = sys.argv[1]
    if not os.path.exists("/dev/full"):
        print("no /dev/full: skipped")
        return 77
    fails = []
    for args, stdin in RUNS:
        ok = run(mailfix, args, stdin, subprocess.DEVNULL)
        if ok.returncode != 0:
            fails.append(f"{args}: exit {ok.returncode} with the output written")
            continue
        with open("/dev/full", "wb") as full:
            r = run(mailfix, args, stdin, full)
        err = r.stderr.decode(errors="replace")
        if r.returncode != 3 or "cannot write the output" not in err:
            fails.append(f"{args}: exit {r.returncode} on a full disk, stderr {err.strip()!r}")
    for f in fails:
        print("FAIL", f)
    print(f"{len(RUNS) - len(fails)} passed, {len(fails)} failed")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
