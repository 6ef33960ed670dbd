#!/usr/bin/env python3
"""check_examples.py: the README's examples are real.  Every indented
`$ mailfix ...` line of README.md (but `serve`, which runs until stopped)
is run by the shell in a scratch directory, with `mailfix` the binary under
test, the corpus bounce it names and examples/example.zone at hand; what it
prints must be what the README shows below it.  A README line holding
"..." matches any line that starts with what comes before it and ends with
what comes after it (`{"id":1,...}`); a line that is "..." alone (however
indented) ends the comparison: the rest is left out on purpose.
Colour is off (NO_COLOR) as in the README.

Usage: check_examples.py MAILFIX README.md SHARED_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile


def examples(readme):
    """(command, expected lines) for each `    $ mailfix` block."""
    lines = open(readme, encoding="utf-8").read().split("\n")
    out, i = [], 0
    while i < len(lines):
        m = re.match(r"^    \$ (mailfix .*|printf .*\| mailfix .*)$", lines[i])
        if not m:
            i += 1
            continue
        cmd, expect = m.group(1), []
        i += 1
        while i < len(lines) and (lines[i].startswith("    ") or lines[i] == ""):
            if lines[i].startswith("    $ "):
                break
            expect.append(lines[i][4:])
            i += 1
        while expect and expect[-1] == "":
            expect.pop()
        out.append((cmd, expect))
    return out


def matches(got, expect):
    """None when got shows what expect says, else the first difference."""
    for k, e in enumerate(expect):
        if e.strip() == "...":
            return None
        g = got[k] if k < len(got) else None
        if g is None:
            return "line %d: missing, expected %r" % (k + 1, e)
        if "..." in e:
            head, tail = e.split("...", 1)
            if g.startswith(head) and g.endswith(tail) and len(g) >= len(head) + len(tail):
                continue
        if g != e:
            return "line %d:\n  got      %r\n  expected %r" % (k + 1, g, e)
    if len(got) > len(expect):
        return "line %d: extra output %r" % (len(expect) + 1, got[len(expect)])
    return None


def main():
    mailfix, readme, shared = (os.path.abspath(a) for a in sys.argv[1:4])
    root = os.path.dirname(readme)
    tmp = tempfile.mkdtemp(prefix="mf-readme-")
    bindir = os.path.join(tmp, "bin")
    os.mkdir(bindir)
    os.symlink(mailfix, os.path.join(bindir, "mailfix"))
    shutil.copy(os.path.join(root, "examples", "example.zone"), tmp)
    corpus = os.path.join(shared, "corpus", "bounces", "emails")
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""),
               NO_COLOR="1")
    failed = ran = 0
    try:
        for cmd, expect in examples(readme):
            if cmd.startswith("mailfix serve"):
                continue
            for name in re.findall(r"[\w.-]+\.eml", cmd):
                if not os.path.exists(os.path.join(tmp, name)):
                    shutil.copy(os.path.join(corpus, name), tmp)
            p = subprocess.run(cmd, shell=True, cwd=tmp, env=env, capture_output=True,
                               timeout=60)
            got = p.stdout.decode("utf-8", "replace").rstrip("\n").split("\n")
            why = matches(got, expect)
            ran += 1
            if why:
                failed += 1
                print("FAIL $ %s\n  %s" % (cmd, why))
            else:
                print("ok   $ %s" % cmd[:100])
    finally:
        shutil.rmtree(tmp)
    print("%d of %d README examples as shown" % (ran - failed, ran))
    return 1 if failed or ran == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
