#!/usr/bin/env python3
"""probe_valgrind.py: `mailfix probe` under Memcheck against the real
servers of mailservers.py (Dovecot's IMAP and POP3 on STARTTLS and TLS
ports, Postfix's submission and smtps when root): every login with the
right password, then with a wrong one.  Each run must end with mailfix's
own exit status (0; valgrind's 9 on an invalid access or a leak), each
probe with the stage and cause the servers' answers give (done / auth),
and the password must not appear in what it prints.  The other cases of
probe_servers.py stay out: their 2-5 s timeouts are measured, which a
program under valgrind cannot meet.
Usage: probe_valgrind.py MAILFIX VALGRIND [VALGRIND_OPTIONS...]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, HERE)
from mailservers import PASSWORD, MailServers  # noqa: E402


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    mailfix, memcheck = sys.argv[1], sys.argv[2:]
    failures = []
    tmp = tempfile.mkdtemp(prefix="mfprobevg-")
    try:
        zone = os.path.join(tmp, "names.zone")
        with open(zone, "w") as f:
            f.write("mail.test. A 127.0.0.1\n")
        with MailServers() as m:
            p = m.ports
            targets = [("--imap", f"mail.test:{p['imap']}"), ("--imap", f"imaps://mail.test:{p['imaps']}"),
                       ("--pop3", f"mail.test:{p['pop3']}"), ("--pop3", f"pop3s://mail.test:{p['pop3s']}")]
            if m.postfix:
                targets += [("--submission", f"mail.test:{p['submission']}"),
                            ("--smtps", f"mail.test:{p['smtps']}")]
            for password, stage in ((PASSWORD, "done"), ("wrong horse", "auth")):
                pw = os.path.join(tmp, "pw")
                with open(pw, "w") as f:
                    f.write(password + "\n")
                args = memcheck + [mailfix, "probe", "--json", "--user", "zhang@mail.test",
                                   "--password-file", pw, "--zone", zone, "--timeout", "60",
                                   "--cacert", os.path.join(m.dir, "ca.pem")]
                for opt, value in targets:
                    args += [opt, value]
                r = subprocess.run(args, capture_output=True, text=True, timeout=600)
                what = f"probe with the {'right' if stage == 'done' else 'wrong'} password"
                if r.returncode != 0:
                    failures.append(f"{what}: exit {r.returncode}: {r.stderr[-4000:]}")
                    continue
                if password in r.stdout or password in r.stderr:
                    failures.append(f"{what}: the password is in the output")
                rep = json.loads(r.stdout)
                stages = [res["stage"] for res in rep["results"]]
                if stages != [stage] * len(targets):
                    failures.append(f"{what}: stages {stages}, expected {stage} x {len(targets)}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print("FAIL", f)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
