"""checks.py: what the explain test scripts share: the failure list
(robust.py, jobs.py: check() records and prints a failed condition,
report() prints the count and gives the script's exit status), and the
accuracy floors of the scoring scripts (eval_corpus.py, eval_oracle.py:
add_floors() adds their options, below_floors() names the fields under
them), their one run of `mailfix explain --json` (explain_files()) and
their summary lines (accuracy_line(), verdict())."""
import json
import os
import subprocess

FAILS = []


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print("FAIL: " + what)


def report():
    print("%d failures" % len(FAILS))
    return 1 if FAILS else 0


FIELDS = ["reason", "status", "reply_code", "hard"]


def add_floors(ap):
    """The --min-FIELD options, one accuracy floor per bounce field."""
    for opt in ("reason", "status", "reply", "hard"):
        ap.add_argument("--min-" + opt, type=float, default=0.0)


def below_floors(acc, a, label=""):
    """The fields of acc (field -> accuracy) under a's floors, as text."""
    mins = {"reason": a.min_reason, "status": a.min_status, "reply_code": a.min_reply,
            "hard": a.min_hard}
    return ["%s%s %.3f < %.3f" % (label, f, acc[f], mins[f]) for f in FIELDS
            if acc[f] < mins[f]]


def explain_files(mailfix, files):
    """Explain files in one run: {file name: bounces, in order (an mbox's
    messages one after the other)}, or None when mailfix failed."""
    out = subprocess.run([mailfix, "explain", "--json"] + files, capture_output=True,
                         timeout=600)
    if out.returncode not in (0, 1):
        print("mailfix exited %d: %s" % (out.returncode, out.stderr.decode()[:500]))
        return None
    got = {}
    for line in out.stdout.decode("utf-8").splitlines():
        o = json.loads(line)
        src = o.get("file", o["source"])
        got.setdefault(os.path.basename(src), []).extend(o.get("bounces", []))
        if "error" in o:
            print("error: %s: %s" % (src, o["error"]))
    return got


def explain_tree(mailfix, root, inputs):
    """Explain inputs (paths under root: message files, mbox files,
    directories) in one run, as an administrator runs it over an export:
    a list of (path under root, mbox message number or None, bounces,
    error or None) in output order, or None when mailfix failed."""
    root = os.path.abspath(root)
    out = subprocess.run([mailfix, "explain", "--json"] + [os.path.join(root, i) for i in inputs],
                         capture_output=True, timeout=600)
    if out.returncode not in (0, 1):
        print("mailfix exited %d: %s" % (out.returncode, out.stderr.decode()[:500]))
        return None
    recs = []
    for line in out.stdout.decode("utf-8").splitlines():
        o = json.loads(line)
        src = o.get("file", o["source"])
        n = int(o["source"][5:]) if o["source"].startswith("mbox:") else None
        recs.append((os.path.relpath(os.path.abspath(src), root), n, o.get("bounces", []), o.get("error")))
    return recs


def accuracy_line(total, acc, label=""):
    """The figures of one set: bounces and each field's accuracy."""
    return "%sbounces %d  reason %.3f  status %.3f  reply_code %.3f  hard %.3f" % (
        label, total, acc["reason"], acc["status"], acc["reply_code"], acc["hard"])


def verdict(bad):
    """The script's exit status, saying which floors were not reached."""
    if bad:
        print("below threshold: " + ", ".join(bad))
        return 1
    return 0
