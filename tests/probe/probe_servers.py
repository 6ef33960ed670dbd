#!/usr/bin/env python3
"""probe_servers.py: `mailfix probe` against real servers.  Starts Dovecot
(IMAP and POP3, STARTTLS and TLS-from-the-start ports) and Postfix
(submission and smtps, logins checked by Dovecot; needs root) on
127.0.0.1 with a test CA (mailservers.py), resolves their names from a
zone file, and asserts per probe the stage, the cause and the server's
own words, and the overall cause: every login working; a wrong password
everywhere (client-password); POP3 refusing an account IMAP takes
(pop-imap-disabled); a locked account; a name without "@"; STARTTLS to a
TLS port and TLS to a plain one; an untrusted, a misnamed and an expired
certificate; a CA file OpenSSL can load nothing from; a closed port; a
name that does not resolve; a port that never completes the TCP
handshake (a listener whose backlog is full drops the SYNs, as a firewall
does) and a server that greets and then says
nothing more (each probe stops at --timeout).  With scripted servers
(scripted_servers.py): IMAP, POP3 and SMTP servers that echo the login
in their refusal, in clear and in base64 (LOGIN, USER/PASS, SASL PLAIN
and LOGIN): the password is masked in the JSON and the text view; and
servers of another kind on the port (an HTTP server, an SMTP server asked
for POP3 or IMAP): the probe stops at the greeting, not at the login.
The password, in any form the client sent it, must never appear in what
mailfix prints, nor be taken from argv.
Usage: probe_servers.py MAILFIX
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, HERE)
from mailservers import PASSWORD, MailServers  # noqa: E402
from scripted_servers import echo_server, fixed_server, tls_context  # noqa: E402
sys.path.insert(0, os.path.join(HERE, "..", "serve"))
from serverctl import Server  # noqa: E402

# a password an IMAP client must quote and escape (RFC 3501 4.3)
ODD_PASSWORD = 'se"cret\\pw 4711'

failures = []
passed = 0


def check(cond, what):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(what)


def secret_forms(user, password):
    """The password as a client sends it: in clear, IMAP-quoted, base64
    (SASL LOGIN), SASL PLAIN's base64, padded or not; and each as JSON
    escapes it."""
    pw, u = password.encode(), user.encode()
    forms = {password, password.replace("\\", "\\\\").replace('"', '\\"')}
    for raw in (pw, b"\0" + u + b"\0" + pw, u + b"\0" + u + b"\0" + pw):
        b64 = base64.b64encode(raw).decode()
        forms |= {b64, b64.rstrip("=")}
    return forms | {json.dumps(f)[1:-1] for f in forms}


def probe(mailfix, tmp, m, user, targets, password=PASSWORD, extra=(), cacert=True, timeout=5, text=False):
    pw = os.path.join(tmp, "pw")
    with open(pw, "w") as f:
        f.write(password + "\n")
    args = [mailfix, "probe", "--user", user, "--password-file", pw,
            "--zone", os.path.join(tmp, "names.zone"), "--timeout", str(timeout)]
    if not text:
        args.append("--json")
    if cacert:
        args += ["--cacert", os.path.join(m.dir, "ca.pem")]
    for opt, value in targets:
        args += [opt, value]
    args += list(extra)
    t0 = time.time()
    p = subprocess.run(args, capture_output=True, text=True, timeout=120)
    elapsed = time.time() - t0
    shown = [f for f in secret_forms(user, password) if f in p.stdout or f in p.stderr]
    check(not shown, f"the password appears in the output of {user} {targets}: {shown} in {p.stdout!r}")
    if p.returncode:
        failures.append(f"probe {user} {targets}: exit {p.returncode}: {p.stderr}")
        return None, elapsed
    if text:
        return p.stdout, elapsed
    rep = json.loads(p.stdout)
    details = " ".join(r["detail"] or "" for r in rep["results"])
    shown = [f for f in secret_forms(user, password) if f in details]
    check(not shown, f"the password appears in a detail of {user} {targets}: {shown}")
    return rep, elapsed


def expect(name, rep, cause, per_probe):
    """per_probe: [(stage, cause or None, words in detail or None)] in order."""
    if rep is None:
        return
    got = [(r["stage"], r["cause"], r["detail"]) for r in rep["results"]]
    check(rep["cause"] == cause, f"{name}: overall cause {rep['cause']!r}, expected {cause!r}: {got}")
    check(len(got) == len(per_probe), f"{name}: {len(got)} results, expected {len(per_probe)}")
    for (stage, c, detail), (want_stage, want_cause, words) in zip(got, per_probe):
        check(stage == want_stage and c == want_cause and (words is None or words in detail),
              f"{name}: got ({stage}, {c}, {detail!r}), expected ({want_stage}, {want_cause}, {words!r})")


def api_echoes(names, mechs):
    """Echo servers on the profile's ports of one loopback address
    127.0.0.N (N from 2 up, from a start this run picks): another test run
    on this machine may hold those ports on the address it took."""
    start = 2 + os.getpid() % 200
    for k in range(250):
        addr = f"127.0.0.{2 + (start - 2 + k) % 250}"
        echoes = []
        try:
            for proto, (_, port) in names.items():
                echoes.append(echo_server(proto, mechs[proto], None, addr, port))
            return echoes, addr
        except OSError:
            for e in echoes:
                e.close()
    raise OSError("no loopback address 127.0.0.2-251 has the profile's ports free")


def api_probe_masks(mailfix):
    """/api/probe logs in to the provider's own hosts only: a copy of the
    data whose alimail hosts speak no TLS (the API takes no CA file), a
    zone that sends their names to a loopback address 127.0.0.N (N >= 2,
    api_echoes), and echo servers there on the profile's ports 993, 995
    and 465 (root binds them; 127.0.0.1 is not taken, where tests/serve
    expects nothing to listen).  The answer and the
    server's log must not hold the password.  The data copy is the same
    every run, so its compiled databases are cached after the first."""
    if os.geteuid() != 0:
        print("note: not root, so the /api/probe echo test is left out")
        return
    tmp = tempfile.mkdtemp(prefix="mfprobeapi-")
    data = os.path.join(tmp, "data")
    shutil.copytree(os.path.join(HERE, "..", "..", "data"), data)
    prov = os.path.join(data, "providers", "alimail.json")
    with open(prov, encoding="utf-8") as f:
        pv = json.load(f)
    names = {}
    for h in pv["hosts"]:
        if h["protocol"] in ("imap", "pop3", "smtp"):
            h["tls"] = "none"
            names[h["protocol"]] = (h["host"], h["port"])
    with open(prov, "w", encoding="utf-8") as f:
        json.dump(pv, f, ensure_ascii=False, indent=1)
    mechs = {"imap": "login", "pop3": "plain", "smtp": "sasl-login"}
    echoes, addr = api_echoes(names, mechs)
    zone = os.path.join(tmp, "api.zone")
    with open(zone, "w") as f:
        for host, _ in names.values():
            f.write(f"{host}. 300 IN A {addr}\n")
    try:
        with Server(mailfix, "--allow-probe", "--data", data, "--zone", zone) as srv:
            body = json.dumps({"user": "u@mail.test", "password": PASSWORD}).encode()
            req = urllib.request.Request(srv.url + "/api/probe", body, {"Content-Type": "application/json"})
            with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(req, timeout=60) as r:
                answer = r.read().decode()
            rep = json.loads(answer)
            forms = secret_forms("u@mail.test", PASSWORD)
            check(not [f for f in forms if f in answer],
                  f"/api/probe's answer holds the password: {answer[:600]!r}")
            check([(r["stage"], r["cause"]) for r in rep["results"]] == [("auth", "auth-failed")] * 3
                  and all("bad" in r["detail"] and "********" in r["detail"] for r in rep["results"]),
                  f"/api/probe: the echoing servers' words, the password masked: {answer[:600]!r}")
            check(srv.stop() == 0, "serve exits 0")
            log = srv.stderr()
            check("/api/probe" in log and not [f for f in forms if f in log],
                  f"the server's log (the access log) and the password: {log[-600:]!r}")
    finally:
        for e in echoes:
            e.close()
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    mailfix = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="mfprobe-")
    with open(os.path.join(tmp, "names.zone"), "w") as f:
        f.write("mail.test. A 127.0.0.1\nexpired.test. A 127.0.0.1\nother.test. A 127.0.0.1\n")
    with MailServers() as m:
        p = m.ports
        dovecot = [("--imap", f"mail.test:{p['imap']}"), ("--imap", f"imaps://mail.test:{p['imaps']}"),
                   ("--pop3", f"mail.test:{p['pop3']}"), ("--pop3", f"pop3s://mail.test:{p['pop3s']}")]
        postfix = [("--submission", f"mail.test:{p['submission']}"),
                   ("--smtps", f"mail.test:{p['smtps']}")] if m.postfix else []
        if not m.postfix:
            print("note: not root, so Postfix did not start; the SMTP probes are left out")
        n_smtp = len(postfix)

        rep, _ = probe(mailfix, tmp, m, "zhang@mail.test", dovecot + postfix)
        expect("every login works", rep, None, [("done", None, "OK Logged in")] * 2 +
               [("done", None, "+OK Logged in")] * 2 + [("done", None, "235")] * n_smtp)
        if rep:
            check([r["tls"] for r in rep["results"][:4]] == ["starttls", "implicit"] * 2,
                  f"TLS modes: {[r['tls'] for r in rep['results']]}")
            # INTERFACE.md: the overall cause is null when every probe
            # passed; path, side and title are the cause's, so null too
            check(rep["cause"] is None and rep["path"] is None and rep["side"] is None and rep["title"] is None
                  and rep["steps"] == [], f"all passed: no cause, path, side, title, steps: {rep}")

        rep, _ = probe(mailfix, tmp, m, "zhang@mail.test", dovecot + postfix, password="wrong horse")
        expect("a wrong password everywhere", rep, "client-password",
               [("auth", "auth-failed", "Authentication failed")] * 4 +
               [("auth", "auth-failed", "535")] * n_smtp)
        if rep:
            check(rep["path"] == "configuration" and rep["side"] == "client" and len(rep["steps"]) >= 2,
                  f"client-password's path, side, steps: {rep['path']} {rep['side']} {rep['steps']}")

        rep, _ = probe(mailfix, tmp, m, "imaponly@mail.test", dovecot)
        expect("POP3 refuses what IMAP takes", rep, "pop-imap-disabled",
               [("done", None, None)] * 2 + [("auth", "auth-failed", "Authentication failed")] * 2)

        rep, _ = probe(mailfix, tmp, m, "locked@mail.test", dovecot)
        expect("a locked account", rep, "account-locked", [("auth", "account-locked", "Account_locked")] * 4)
        if rep:
            check(rep["path"] == "service" and rep["side"] == "account", f"account-locked: {rep['path']} {rep['side']}")

        rep, _ = probe(mailfix, tmp, m, "zhang", dovecot[:2] + postfix[:1])
        expect("a login name without @", rep, "username-not-full-address",
               [("auth", "username-not-full-address", "Authentication failed")] * 2 +
               [("auth", "username-not-full-address", "535")] * min(n_smtp, 1))

        rep, elapsed = probe(mailfix, tmp, m, "zhang@mail.test",
                             [("--imap", f"imap://mail.test:{p['imaps']}"),
                              ("--pop3", f"pop3s://mail.test:{p['pop3']}")], timeout=2)
        expect("STARTTLS to a TLS port, TLS to a plain port", rep, "ssl-mismatch",
               [("greeting", "wrong-tls-mode", None), ("tls", "wrong-tls-mode", None)])
        check(elapsed < 3.9, f"probes run at once: {elapsed:.1f} s for a 2 s timeout")

        # each certificate failure has its own overall meaning and steps:
        # the name, the authority, the date
        rep, _ = probe(mailfix, tmp, m, "zhang@mail.test", dovecot[1:2], cacert=False)
        expect("a certificate no trusted CA signed", rep, "cert-untrusted",
               [("tls", "tls-certificate-untrusted", None)])
        if rep:
            check("trust" in rep["title"] and "match" not in rep["title"]
                  and any("security software" in s or "CA certificates" in s for s in rep["steps"]),
                  f"cert-untrusted's title and steps: {rep['title']!r} {rep['steps']}")
        # a CA file that looks like PEM but OpenSSL can load nothing from:
        # TLS cannot trust anything (curl's words name the file), on a
        # STARTTLS port too, never a refused login
        bad_ca = os.path.join(tmp, "bad-ca.pem")
        with open(bad_ca, "w") as f:
            f.write("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
        rep, _ = probe(mailfix, tmp, m, "zhang@mail.test", dovecot[0:2], cacert=False,
                       extra=["--cacert", bad_ca])
        expect("a CA file with no loadable certificate", rep, "cert-untrusted",
               [("tls", "tls-certificate-untrusted", "bad-ca.pem")] * 2)
        rep, _ = probe(mailfix, tmp, m, "zhang@mail.test", [("--imap", f"imaps://other.test:{p['imaps']}")])
        expect("a certificate for another name", rep, "cert-mismatch", [("tls", "tls-certificate-name", None)])
        rep, _ = probe(mailfix, tmp, m, "zhang@mail.test", [("--imap", f"imaps://expired.test:{p['imaps']}")],
                       extra=["--lang", "zh"])
        expect("an expired certificate", rep, "cert-expired", [("tls", "tls-certificate-expired", None)])
        if rep:
            check("过期" in rep["title"] and any("时间" in s for s in rep["steps"]) and rep["side"] == "client",
                  f"cert-expired's title and steps in Chinese: {rep['title']!r} {rep['steps']}")

        rep, _ = probe(mailfix, tmp, m, "zhang@mail.test",
                       [("--imap", f"127.0.0.1:{p['imap']}"), ("--imap", f"[::1]:{p['imap']}")])
        expect("address literals: the certificate names mail.test; nothing on ::1", rep, "cert-mismatch",
               [("tls", "tls-certificate-name", "127.0.0.1"), ("connect", "connection-refused", None)])

        closed = socket.socket()
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
        closed.close()
        rep, _ = probe(mailfix, tmp, m, "zhang@mail.test",
                       [("--imap", f"mail.test:{port}"), ("--imap", f"nowhere.test:{p['imap']}")])
        expect("a closed port, a name that does not resolve", rep, "wrong-server-or-port",
               [("connect", "connection-refused", None), ("resolve", "dns-resolution", "nowhere.test")])

        # A listener that takes one connection and never accepts it: its
        # queue is full, so the kernel drops further SYNs and connect()
        # waits, as behind a firewall that drops packets.  And a server
        # that greets, then reads the login and never answers it.
        full = socket.socket()
        full.bind(("127.0.0.1", 0))
        full.listen(0)
        filler = socket.create_connection(full.getsockname(), timeout=2)
        mute = socket.socket()
        mute.bind(("127.0.0.1", 0))
        mute.listen(4)
        mute_port = mute.getsockname()[1]

        def greet_then_mute():
            try:
                c, _ = mute.accept()
                c.sendall(b"* OK IMAP4rev1 ready\r\n")
                time.sleep(4)
                c.close()
            except OSError:
                pass
        t = threading.Thread(target=greet_then_mute, daemon=True)
        t.start()
        rep, elapsed = probe(mailfix, tmp, m, "zhang@mail.test",
                             [("--imap", f"mail.test:{full.getsockname()[1]}"),
                              ("--imap", f"mail.test:{mute_port}")], timeout=2)
        expect("no TCP handshake; a greeting, then silence", rep, "connection-timeout",
               [("connect", "connection-timeout", None), ("auth", "connection-timeout", None)])
        check(elapsed < 3.9, f"timeouts run at once: {elapsed:.1f} s for a 2 s timeout")
        if rep:
            check(rep["path"] == "configuration" and rep["side"] == "network",
                  f"connection-timeout's path and side: {rep['path']} {rep['side']}")
        filler.close()
        full.close()
        mute.close()
        t.join(5)

        # servers that echo the login in their refusal, over TLS: in
        # clear (IMAP LOGIN, POP3 PASS), base64 (SASL LOGIN) and SASL
        # PLAIN's base64, with the password they decoded besides
        tls = tls_context(os.path.join(m.dir, "mail.test.pem"), os.path.join(m.dir, "mail.test.key"))
        scheme = {"imap": ("--imap", "imaps://"), "pop3": ("--pop3", "pop3s://"), "smtp": ("--smtps", "")}
        kinds = [("imap", "login"), ("imap", "plain"), ("imap", "sasl-login"), ("pop3", "login"),
                 ("pop3", "plain"), ("pop3", "sasl-login"), ("smtp", "plain"), ("smtp", "sasl-login")]
        echoes = [echo_server(proto, mech, tls) for proto, mech in kinds]
        echo_targets = [(scheme[proto][0], f"{scheme[proto][1]}mail.test:{e.port}")
                        for (proto, _), e in zip(kinds, echoes)]
        for password in (ODD_PASSWORD, PASSWORD):
            rep, _ = probe(mailfix, tmp, m, "u@mail.test", echo_targets, password=password)
            expect(f"servers echoing the login ({password!r})", rep, "client-password",
                   [("auth", "auth-failed", "********")] * len(kinds))
            if rep:
                check(all("bad" in r["detail"] for r in rep["results"]),
                      f"the server's words are kept, the password masked: {[r['detail'] for r in rep['results']]}")
        out, _ = probe(mailfix, tmp, m, "u@mail.test", echo_targets, password=ODD_PASSWORD, text=True)
        check(out is not None and out.count("********") >= len(kinds), f"the text view masks it too: {out!r}")
        for e in echoes:
            e.close()

        # another kind of server on the port: the greeting never passes
        http = fixed_server(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", True)
        banner = fixed_server(b"220 mail.test ESMTP Postfix\r\n", False)
        for user in ("shortname", "zhang@mail.test"):
            rep, elapsed = probe(mailfix, tmp, m, user,
                                 [("--pop3", f"127.0.0.1:{http.port}"), ("--submission", f"127.0.0.1:{http.port}"),
                                  ("--pop3", f"127.0.0.1:{banner.port}"), ("--imap", f"127.0.0.1:{banner.port}")])
            expect(f"an HTTP server as POP3 and SMTP, an SMTP server as POP3 and IMAP ({user})", rep,
                   "wrong-server-or-port", [("greeting", "connection-refused", "HTTP/1.1 400")] * 2 +
                   [("greeting", "connection-refused", "220 mail.test")] * 2)
            check(elapsed < 4, f"a server of another kind is told at once: {elapsed:.1f} s for a 5 s timeout")
        http.close()
        banner.close()
        # the right protocol turning the connection away at its greeting:
        # its words decide (a rate limit), else the port takes no login
        busy = fixed_server(b"421 4.7.0 mail.test Error: too many connections from 127.0.0.1\r\n", True)
        bye = fixed_server(b"* BYE Server shutting down\r\n", True)
        rep, _ = probe(mailfix, tmp, m, "zhang@mail.test",
                       [("--submission", f"127.0.0.1:{busy.port}"), ("--imap", f"127.0.0.1:{bye.port}")])
        expect("refused at the greeting", rep, "rate-limit",
               [("greeting", "rate-limited", "421 4.7.0"), ("greeting", "connection-refused", "* BYE")])
        busy.close()
        bye.close()

        rep, _ = probe(mailfix, tmp, m, "zhang@mail.test", dovecot[:1], password="wrong horse",
                       extra=["--lang", "zh"])
        if rep:
            check(rep["lang"] == "zh" and any("密码" in s for s in rep["steps"]),
                  f"steps in Chinese: {rep['steps']}")

        r = subprocess.run([mailfix, "probe", "--user", "zhang@mail.test", PASSWORD],
                           capture_output=True, text=True, timeout=30)
        check(r.returncode == 2 and "never an argument" in r.stderr and PASSWORD not in r.stderr + r.stdout,
              f"a password in argv is refused: {r.returncode} {r.stderr!r}")
        r = subprocess.run([mailfix, "probe", "--user", "zhang@mail.test", "--password=" + PASSWORD],
                           capture_output=True, text=True, timeout=30)
        check(r.returncode == 2 and PASSWORD not in r.stderr + r.stdout,
              f"an unknown --password=... is refused without echoing it: {r.returncode} {r.stderr!r}")
        r = subprocess.run([mailfix, "probe", "--user", "zhang@mail.test", "--password-file", "/dev/null",
                            "--imap", f"mail.test:{p['imap']}"], capture_output=True, text=True, timeout=30)
        check(r.returncode == 2 and "password is empty" in r.stderr, f"an empty password: {r.stderr!r}")
        api_probe_masks(mailfix)
        if failures:
            print(m.logs())
    for f in failures:
        print("FAIL " + f)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
