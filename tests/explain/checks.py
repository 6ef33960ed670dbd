"""checks.py: what the explain test scripts share: the failure list
(robust.py, jobs.py: check() records and prints a failed condition,
report() prints the count and gives the script's exit status), and the
accuracy floors of the scoring scripts (eval_corpus.py, eval_oracle.py:
add_floors() adds their options, below_floors() names the fields under
them)."""

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
