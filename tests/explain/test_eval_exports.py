#!/usr/bin/env python3
"""test_eval_exports.py: checks that eval_corpus.py scores exports per
message (blind38's layout): each message of an mbox by its "message"
number, the files of a walked maildir by their path, an mbox read as
the wrong number of messages and an unlabelled file that gives entries
as count misses, and a labelled message answered with an error.  It runs
eval_corpus.py against a stand-in for mailfix (this file run with
--fake), so that what is tested is the scorer, not mailfix.

Usage: test_eval_exports.py"""
import json
import os
import subprocess
import sys
import tempfile

from checks import check, report

HERE = os.path.dirname(os.path.abspath(__file__))


def fake(args):
    """The stand-in: 'explain --json PATH...'; a message's bounces are its
    X-Test-Reason header lines (reason, status, reply, hard), an mbox is
    split at lines 'From ' after a blank line (or at its start), a
    message with X-Test-Error gives an error, a directory is walked."""
    paths = []
    for p in args[3:]:
        if os.path.isdir(p):
            for d, _, fs in sorted(os.walk(p)):
                paths += [os.path.join(d, f) for f in sorted(fs)]
        else:
            paths.append(p)
    for p in paths:
        text = open(p, encoding="utf-8").read()
        if text.startswith("From "):
            msgs, cur, prev = [], None, ""
            for line in text.split("\n"):
                if line.startswith("From ") and prev == "":
                    cur = []
                    msgs.append(cur)
                elif cur is not None:
                    cur.append(line)
                prev = line
            srcs = [("mbox:%d" % (i + 1), "\n".join(m)) for i, m in enumerate(msgs)]
        else:
            srcs = [(p, text)]
        for src, m in srcs:
            o = {"source": src, "file": p}
            if "X-Test-Error" in m:
                o["error"] = "not a message"
            else:
                o["bounces"] = []
                for line in m.split("\n"):
                    if line.startswith("X-Test-Reason: "):
                        r, st, rc, hard = line[15:].split(",")
                        o["bounces"].append({"reason": r, "status": st, "reply_code": rc, "hard": hard == "1"})
            print(json.dumps(o))
    return 0


def msg(*reasons):
    return "".join("X-Test-Reason: %s\n" % r for r in reasons) + "Subject: x\n\nbody\n"


FAKE = []


def run(corpus, *extra):
    out = subprocess.run([sys.executable, os.path.join(HERE, "eval_corpus.py"), FAKE[0],
                          corpus, "-v"] + list(extra), capture_output=True, text=True)
    return out.returncode, out.stdout


def E(r, st, rc, hard):
    return {"reason": r, "status": st, "reply_code": rc, "hard": hard}


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--fake":
        return fake(sys.argv[1:])
    with tempfile.TemporaryDirectory() as t:
        # the stand-in mailfix: a script that runs this file with --fake
        sh = os.path.join(t, "mailfix")
        FAKE.append(sh)
        corpus = os.path.join(t, "set")
        em = os.path.join(corpus, "emails")
        os.makedirs(os.path.join(em, "Maildir", "cur"))
        os.makedirs(os.path.join(em, "Maildir", "new"))
        uu, mf = "userunknown,5.1.1,550,1", "mailboxfull,5.2.2,552,0"
        with open(os.path.join(em, "box.mbox"), "w") as f:
            f.write("From MAILER-DAEMON Mon Dec  1 10:00:00 2025\n" + msg(uu) + "\n"
                    "From a@example.org Mon Dec  1 10:01:00 2025\n" + msg() + "\n"
                    "From MAILER-DAEMON Mon Dec  1 10:02:00 2025\n" + msg(mf, uu) + "\n")
        with open(os.path.join(em, "Maildir", "cur", "1.M1P1.host:2,S"), "w") as f:
            f.write(msg(mf))
        with open(os.path.join(em, "Maildir", "new", "2.M2P2.host"), "w") as f:
            f.write(msg(uu))
        with open(os.path.join(em, "Maildir", "dovecot-uidlist"), "w") as f:
            f.write("3 V1 N3\n")
        with open(os.path.join(em, "one.eml"), "w") as f:
            f.write(msg(uu))
        labels = [
            {"file": "box.mbox", "message": 1, "expected": [E("userunknown", "5.1.1", "550", True)]},
            {"file": "box.mbox", "message": 2, "expected": []},
            {"file": "box.mbox", "message": 3, "expected": [E("mailboxfull", "5.2.2", "552", False),
                                                            E("userunknown", "5.1.1", "550", True)]},
            {"file": "Maildir/cur/1.M1P1.host:2,S", "expected": [E("mailboxfull", "5.2.2", "552", False)]},
            {"file": "Maildir/new/2.M2P2.host", "expected": [E("userunknown", "5.1.1", "550", True)]},
            {"file": "one.eml", "expected": [E("userunknown", "5.1.1", "550", True)]},
        ]

        def write(ls):
            with open(os.path.join(corpus, "labels.jsonl"), "w") as f:
                for l in ls:
                    f.write(json.dumps(dict(l, engine="x")) + "\n")

        with open(sh, "w") as f:
            f.write("#!/bin/sh\nexec %s %s --fake \"$@\"\n" % (sys.executable, os.path.abspath(__file__)))
        os.chmod(sh, 0o755)
        if True:
            write(labels)
            rc, out = run(corpus, "--min-reason", "1", "--max-count-miss", "0")
            check(rc == 0 and "bounces 6  reason 1.000  status 1.000" in out and "count-miss 0/6" in out,
                  "per-message labels score every message right: %r" % out)
            # message 3's second entry scored against message 3, not the file
            bad = [dict(l) for l in labels]
            bad[2] = dict(bad[2], expected=[E("mailboxfull", "5.2.2", "552", False)])
            write(bad)
            rc, out = run(corpus, "--max-count-miss", "0")
            check(rc == 1 and "count-miss 1/6" in out and "box.mbox" in out and "count: want 1 got 2" in out,
                  "an extra entry of one mbox message is a count miss of that message: %r" % out)
            # a label of message 4 that mailfix does not give: the split is a count miss
            write(labels + [{"file": "box.mbox", "message": 4, "expected": [E("userunknown", "5.1.1", "550", True)]}])
            rc, out = run(corpus)
            check("messages: want 4 got 3" in out and "count-miss 2/7" in out and "reason 0.857" in out,
                  "a message missing from the split: %r" % out)
            # an unlabelled file of the maildir that gives entries
            with open(os.path.join(em, "Maildir", "dovecot-uidlist"), "w") as f:
                f.write(msg(uu))
            write(labels)
            rc, out = run(corpus, "--max-count-miss", "0")
            check(rc == 1 and "unlabelled file: got 1 entries" in out and "count-miss 1/6" in out,
                  "an unlabelled file with entries: %r" % out)
            # an error on a labelled message
            with open(os.path.join(em, "Maildir", "dovecot-uidlist"), "w") as f:
                f.write("3 V1 N3\n")
            with open(os.path.join(em, "one.eml"), "w") as f:
                f.write("X-Test-Error: 1\n\n")
            rc, out = run(corpus, "--max-errors", "0")
            check(rc == 1 and "errors 1/6" in out and "error: one.eml: not a message" in out,
                  "an error answer is counted: %r" % out)
    return report()


if __name__ == "__main__":
    sys.exit(main())
