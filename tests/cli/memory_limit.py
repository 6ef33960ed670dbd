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
binary a little larger or smaller meets at one limit of the walk.
Also not ours: at a limit below what the kernel must map to start the
program at all (the executable's loadable segments, whose span grows
with the embedded knowledge, plus the dynamic loader and the first stack
pages), exec fails after its point of no return and the process dies of
SIGSEGV before any of its code runs.

Usage: memory_limit.py MAILFIX"""
import resource
import struct
import subprocess
import sys

# The dynamic loader, the vDSO and the first stack pages, beyond the
# executable's own segments (a generous bound).
EXEC_MARGIN = 2 * 1000 * 1000


def exec_span(path):
    """Bytes of address space the executable's PT_LOAD segments span (0 if
    the file is not a 64-bit little-endian ELF)."""
    with open(path, "rb") as f:
        head = f.read(64)
        if head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
            return 0
        phoff, = struct.unpack_from("<Q", head, 32)
        phentsize, phnum = struct.unpack_from("<HH", head, 54)
        f.seek(phoff)
        table = f.read(phentsize * phnum)
    lo, hi = None, 0
    for i in range(phnum):
        ptype, = struct.unpack_from("<I", table, i * phentsize)
        if ptype != 1:  # PT_LOAD
            continue
        vaddr, = struct.unpack_from("<Q", table, i * phentsize + 16)
        memsz, = struct.unpack_from("<Q", table, i * phentsize + 40)
        lo = vaddr if lo is None else min(lo, vaddr)
        hi = max(hi, vaddr + memsz)
    return hi - (lo or 0)


def main():
    mailfix = sys.argv[1]
    fails, outcomes = [], {}
    unmappable = exec_span(mailfix) + EXEC_MARGIN
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
        elif p.returncode == -11 and limit < unmappable and not err:
            # the kernel could not map the program: nothing of it ran
            pass
        elif p.returncode != 127:
            fails.append("%d MB: exit %d: %r" % (mb, p.returncode, err[-300:]))
    if 3 not in outcomes or 0 not in outcomes:
        fails.append("the walk never crossed from out of memory to an answer: %r" % outcomes)
    for f in fails:
        print("FAIL: " + f)
    print("exit statuses by limit (MB): %r" % {k: (v[0], v[-1]) for k, v in outcomes.items()})
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
