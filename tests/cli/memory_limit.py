#!/usr/bin/env python3
"""memory_limit.py: mailfix run with less address space than loading its
knowledge needs says so and exits 3 (README, exit codes: out of memory is
an internal failure), never 2 (bad --data) with a made-up reason, and never
crashes.  The limits walk past the point where loading starts to work.
Not ours, and allowed: the dynamic loader failing to map a library (exit
127) at the lowest limits, and GLib's library constructor, which runs
before main and aborts when its first malloc fails (GLib's documented
policy for g_malloc), just above them; also when GnuTLS's constructor
fails first ("Error in GnuTLS initialization") and GLib's allocator then
aborts ("***MEMORY-ERROR***: ... GSlice: failed to allocate"), which a
binary a little larger or smaller meets at one limit of the walk; and,
below the limits where the loader can say which library it failed to
map, the loader itself crashing (SIGSEGV, no word written) because the
program's own segments (the embedded data) leave it no room: allowed
only at limits under every limit that gave the loader's message.

Usage: memory_limit.py MAILFIX"""
import resource
import subprocess
import sys


def main():
    mailfix = sys.argv[1]
    fails, outcomes, loader_crashes = [], {}, []
    for mb in list(range(60, 161)) + [200, 240]:
        limit = mb * 1000 * 1000

        def cap():
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

        p = subprocess.run([mailfix, "route", "--json", "550 5.7.1 SPF check failed"],
                           preexec_fn=cap, capture_output=True, timeout=60)
        err = p.stderr.decode("utf-8", "replace")
        outcomes.setdefault(p.returncode, []).append(mb)
        if p.returncode == 3:
            if "memory" not in err.lower() and "allocate" not in err.lower():
                fails.append("%d MB: exit 3 without saying memory ran out: %r" % (mb, err[-300:]))
        elif p.returncode == 0:
            if b'"path":"email-delivery"' not in p.stdout:
                fails.append("%d MB: exit 0 without the answer: %r" % (mb, p.stdout[:200]))
        elif p.returncode == -6 and "mailfix" not in err:
            # a library aborting before main (GLib, GLib after GnuTLS):
            # mailfix's own failures, an assert too, name the program
            pass
        elif p.returncode == -11 and not err and not p.stdout:
            # judged after the walk: the loader's own crash, if below
            # every limit at which it could still report a library
            loader_crashes.append(mb)
        elif p.returncode != 127:
            fails.append("%d MB: exit %d: %r" % (mb, p.returncode, err[-300:]))
    loader_lowest = min(outcomes.get(127, [10 ** 6]))
    for mb in loader_crashes:
        if mb >= loader_lowest:
            fails.append("%d MB: crashed (SIGSEGV) where the loader already worked" % mb)
    if 3 not in outcomes or 0 not in outcomes:
        fails.append("the walk never crossed from out of memory to an answer: %r" % outcomes)
    for f in fails:
        print("FAIL: " + f)
    print("exit statuses by limit (MB): %r" % {k: (v[0], v[-1]) for k, v in outcomes.items()})
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
