#!/usr/bin/python3
"""spf_pyspf.py: the pyspf anchor of bench/spf.sh (Debian's python3-spf,
run by Debian's /usr/bin/python3): evaluates SPF for each "ID IP SENDER
HELO" line of standard input and prints "ID RESULT".  pyspf keeps no
cache from one check to the next.  DNS: the resolver of /etc/resolv.conf
(bench/spf.sh runs it in a network namespace where that is the local
NSD).  A measuring tool, not part of mailfix."""
import sys

import spf

for line in sys.stdin:
    parts = line.split()
    if len(parts) != 4:
        continue
    cid, ip, sender, helo = parts
    if sender == "-":
        sender = ""
    result, _expl = spf.check2(i=ip, s=sender, h=helo)
    print(cid, result)
