"""checks.py: the failure list the explain test scripts share (robust.py,
jobs.py): check() records and prints a failed condition, report() prints
the count and gives the script's exit status."""

FAILS = []


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print("FAIL: " + what)


def report():
    print("%d failures" % len(FAILS))
    return 1 if FAILS else 0
