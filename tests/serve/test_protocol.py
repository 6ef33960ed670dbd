#!/usr/bin/env python3
"""test_protocol.py: what an audit of `mailfix serve` found, over raw
sockets on 127.0.0.1 (loopback only):

- a second server on an address in use fails to start (exit 2, "address
  already in use" and the address said), a restart right after a stop
  binds (SO_REUSEADDR, never SO_REUSEPORT);
- a --zone, --dns or --data that cannot be used stops the start (exit 2);
- request heads libmicrohttpd leaves to us are refused in JSON, one
  status line each: no Host in HTTP/1.1 or two (400), white space in the
  target or a field name (400), a head past --max-header (431), a target
  past it (414);
- two different Content-Length fields, or one beside Transfer-Encoding,
  are refused (400, RFC 9112 section 6.3); the same one twice is taken;
- an absolute-form target (RFC 9112 section 3.2.2) is served;
- a head trickling in is cut at --head-timeout (the idle --timeout
  counts from the last byte);
- one client address holds at most 32 connections by default;
- ?lang= errors name every accepted value; an mbox of several messages
  on /api/explain is refused, an mbox of one is answered.

  test_protocol.py MAILFIX
"""
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serverctl import FAILS, PASSES, Server, check  # noqa: E402


def exchange(port, data, timeout=5):
    """Send `data` on a new connection; everything until the server closes
    (or `timeout` s of silence)."""
    c = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    out = b""
    try:
        c.sendall(data)
        while True:
            b = c.recv(65536)
            if not b:
                break
            out += b
    except (socket.timeout, ConnectionResetError):
        pass
    c.close()
    return out


def one_reply(port, data):
    """The status, headers (lower-case names) and body of the one reply to
    `data`; the status lines counted too (a reply whose head comes twice
    is wrong)."""
    raw = exchange(port, data)
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines[0].startswith("HTTP/1.1 ") else 0
    hdrs = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            hdrs[k.strip().lower()] = v.strip()
    return status, hdrs, body, raw.startswith(b"HTTP/1.1 ") + raw.count(b"\r\n\r\nHTTP/1.1 ")


def expect_json_error(port, name, data, want_status, want_code):
    st, h, body, heads = one_reply(port, data)
    try:
        o = json.loads(body)
    except ValueError:
        o = None
    check(st == want_status and heads == 1 and h.get("content-type", "").startswith("application/json")
          and isinstance(o, dict) and o.get("code") == want_code and o.get("error"),
          f"{name}: {st} ({heads} status lines) {h.get('content-type')!r} {body[:160]!r}, "
          f"expected {want_status} {want_code}")
    return o


def run(mailfix, *args, timeout=20):
    """`mailfix serve ARGS` that must not start: its exit status and stderr
    (None when it was still running after `timeout`)."""
    p = subprocess.Popen([mailfix, "serve", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        return None, err.decode("utf-8", "replace")
    return p.returncode, err.decode("utf-8", "replace")


def test_address_in_use(mailfix):
    with Server(mailfix, "--threads", "1") as a:
        addr = f"127.0.0.1:{a.port}"
        rc, err = run(mailfix, "--listen", addr, timeout=10)
        check(rc == 2 and "address already in use" in err and addr in err,
              f"a second server on {addr}: exit {rc}, {err!r}")
        # The server closes this one first: its side is in TIME_WAIT.
        got = exchange(a.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        check(got.startswith(b"HTTP/1.1 200"), f"the first server answers: {got[:40]!r}")
        check(a.stop() == 0, "the first server stops, exit 0")
    b = subprocess.Popen([mailfix, "serve", "--listen", addr, "--threads", "1"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    line = b.stdout.readline().decode("utf-8", "replace")
    check(f"listening on http://{addr}/" in line, f"a restart at once on {addr}: {line!r}")
    if b.poll() is None:
        got = exchange(int(addr.rsplit(":", 1)[1]), b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        check(got.startswith(b"HTTP/1.1 200"), f"the restarted server answers: {got[:40]!r}")
        b.terminate()
    try:
        b.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        b.kill()
        b.communicate()


def test_bad_start_options(mailfix):
    d = tempfile.mkdtemp(prefix="mfproto-")
    bad_zone = os.path.join(d, "bad.zone")
    with open(bad_zone, "w") as f:
        f.write("example.com. 300 IN MX\n")
    try:
        for args, word in ((["--zone", os.path.join(d, "missing.zone")], "missing.zone"),
                           (["--zone", bad_zone], "bad.zone"),
                           (["--dns", "not an address"], "--dns"),
                           (["--data", os.path.join(d, "no-such-data")], "no-such-data")):
            rc, err = run(mailfix, "--listen", "127.0.0.1:0", *args)
            check(rc == 2 and word in err, f"serve {args}: exit {rc} (expected 2), {err[:200]!r}")
    finally:
        for f in os.listdir(d):
            os.unlink(os.path.join(d, f))
        os.rmdir(d)


def test_heads(mailfix):
    with Server(mailfix, "--max-header", "8192", "--no-access-log") as s:
        p = s.port
        expect_json_error(p, "HTTP/1.1 without Host", b"GET /healthz HTTP/1.1\r\n\r\n", 400, "bad-request")
        expect_json_error(p, "two Host fields", b"GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
                          400, "bad-request")
        expect_json_error(p, "white space in the target", b"GET /heal thz HTTP/1.1\r\nHost: x\r\n\r\n",
                          400, "bad-request")
        expect_json_error(p, "white space in a field name", b"GET /healthz HTTP/1.1\r\nHost: x\r\nX Y: z\r\n\r\n",
                          400, "bad-request")
        expect_json_error(p, "white space before a colon (RFC 9112 5.1)",
                          b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                          b"Content-Length : 2\r\n\r\n{}", 400, "bad-request")
        expect_json_error(p, "a head past --max-header",
                          b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Long: " + b"c" * 9000 + b"\r\n\r\n",
                          431, "header-too-large")
        expect_json_error(p, "a head of many fields past --max-header",
                          b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: %s\r\n" % (i, b"v" * 100) for i in range(90)) + b"\r\n",
                          431, "header-too-large")
        expect_json_error(p, "a target past --max-header",
                          b"GET /healthz?q=" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, "uri-too-long")
        # HTTP/1.0 needs no Host; a head just under the limit is served.
        st, _, _, _ = one_reply(p, b"GET /healthz HTTP/1.0\r\n\r\n")
        check(st == 200, f"HTTP/1.0 without Host: {st}")
        st, _, _, _ = one_reply(p, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Long: "
                                + b"c" * 7000 + b"\r\n\r\n")
        check(st == 200, f"a head under --max-header: {st}")
        st, _, _, _ = one_reply(p, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: a="
                                + b"c" * 4000 + b"\r\n\r\n")
        check(st == 200, f"a 4 KB Cookie is served: {st}")

        # -- framing: Content-Length (RFC 9112 section 6.3)
        route = b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        body = b'{"query":"550 5.7.1 SPF check failed"}'
        o = expect_json_error(p, "two different Content-Length",
                              route + b"Content-Length: %d\r\nContent-Length: %d\r\n\r\n" % (len(body), len(body) + 1)
                              + body + b" ", 400, "bad-request")
        check(o is not None and "Content-Length" in o.get("error", ""), f"the error names Content-Length: {o!r}")
        expect_json_error(p, "Content-Length beside Transfer-Encoding",
                          route + b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                          400, "bad-request")
        st, _, b, _ = one_reply(p, route + b"Connection: close\r\nContent-Length: %d\r\nContent-Length: %d\r\n\r\n"
                                % (len(body), len(body)) + body)
        check(st == 200 and b'"spf-fail"' in b, f"the same Content-Length twice is taken: {st} {b[:80]!r}")

        # -- absolute-form targets (RFC 9112 section 3.2.2)
        st, _, b, _ = one_reply(p, b"GET http://127.0.0.1:%d/healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % p)
        check(st == 200 and b'"ok"' in b, f"GET http://host/healthz: {st} {b[:80]!r}")
        st, _, b, _ = one_reply(p, b"POST HTTP://x/api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        check(st == 200 and b'"spf-fail"' in b, f"POST HTTP://host/api/route: {st} {b[:80]!r}")
        st, _, b, _ = one_reply(p, b"GET https://x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        check(st == 200 and b"<html" in b.lower(), f"GET https://host (no path: the page): {st} {b[:60]!r}")
        expect_json_error(p, "an absolute target with an unknown path",
                          b"GET http://x/nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404, "not-found")

        # -- the server goes on after all of these
        st, _, _, _ = one_reply(p, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        check(st == 200, f"the server answers afterwards: {st}")


def test_slow_head(mailfix):
    """A head sent one byte at a time, each gap shorter than --timeout, is
    cut at --head-timeout; a keep-alive connection between requests is
    not."""
    with Server(mailfix, "--timeout", "3", "--head-timeout", "3", "--no-access-log") as s:
        slow = socket.create_connection(("127.0.0.1", s.port), timeout=5)
        slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        keep = socket.create_connection(("127.0.0.1", s.port), timeout=5)
        start = time.monotonic()
        cut_after = None
        answered = sent = 0
        for i in range(40):  # at most 10 s
            time.sleep(0.25)
            try:
                slow.sendall(b"X")
            except OSError:
                cut_after = time.monotonic() - start
                break
            if i % 8 == 0:  # a request on the other connection every 2 s
                keep.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                sent += 1
                answered += keep.recv(4096).startswith(b"HTTP/1.1 200")
        check(cut_after is not None and 2.5 < cut_after < 7,
              f"a head trickling in is cut at --head-timeout 3: {cut_after}")
        # (the slow connection may be cut at a step that would have sent
        # a request: compare with the requests sent, not the steps)
        check(answered >= 2 and answered == sent,
              f"a keep-alive connection used every 2 s is not cut: {answered} answers")
        m = exchange(s.port, b"GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").decode()
        check(re.search(r"^mailfix_http_late_heads_total 1$", m, re.M) is not None,
              "mailfix_http_late_heads_total counts it")
        slow.close()
        keep.close()


def served_of_40(port):
    """How many of 40 connections opened at once from this address get an
    answer."""
    conns = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(40)]
    served = 0
    for c in conns:
        try:
            c.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            if c.recv(4096).startswith(b"HTTP/1.1 200"):
                served += 1
        except OSError:
            pass
    for c in conns:
        c.close()
    return served


def test_per_ip_default(mailfix):
    with Server(mailfix, "--no-access-log") as s:
        served = served_of_40(s.port)
        check(served == 32, f"one address holds at most 32 connections by default: {served} of 40 served")
    with Server(mailfix, "--no-access-log", "--max-connections-per-ip", "0") as s:
        served = served_of_40(s.port)
        check(served == 40, f"--max-connections-per-ip 0: no limit: {served} of 40 served")


MESSAGE = ("From: MAILER-DAEMON@mx.example.com\r\nTo: sender@example.com\r\n"
           "Subject: Undelivered Mail Returned to Sender\r\n\r\n"
           "<nobody@example.org>: host mx.example.org said: 550 5.1.1 <nobody@example.org>: "
           "Recipient address rejected: User unknown\r\n")


def post_bytes(path, body, ctype):
    data = body.encode() if isinstance(body, str) else body
    return (b"POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: %s\r\nConnection: close\r\n"
            b"Content-Length: %d\r\n\r\n" % (path.encode(), ctype.encode(), len(data)) + data)


def post(port, path, body, ctype):
    return one_reply(port, post_bytes(path, body, ctype))


def test_lang_and_mbox(mailfix):
    with Server(mailfix, "--no-access-log") as s:
        p = s.port
        for path, body, ctype in (("/api/explain?lang=xx", MESSAGE, "message/rfc822"),
                                  ("/api/explain", json.dumps({"message": MESSAGE, "lang": "xx"}), "application/json"),
                                  ("/api/route", json.dumps({"query": "550", "lang": "xx"}), "application/json")):
            st, _, b, _ = post(p, path, body, ctype)
            err = json.loads(b).get("error", "") if st == 400 else ""
            check(st == 400 and all(n in err for n in ("en", "zh", "zh-Hant", "auto", "zh-TW", "zh-CN")),
                  f"{path} with lang xx names every value: {st} {err!r}")
        st, _, b, _ = post(p, "/api/explain?lang=zh-Hant", MESSAGE, "message/rfc822")
        check(st == 200, f"?lang=zh-Hant is taken: {st}")

        one = "From MAILER-DAEMON Fri Nov 27 10:00:00 2026\n" + MESSAGE.replace("\r\n", "\n")
        two = one + "\n" + one.replace("nobody@", "other@")
        three = two + "\n" + one
        for name, body, ctype in (("a raw mbox of 2", two, "message/rfc822"),
                                  ("a raw mbox of 3 (CRLF)", three.replace("\n", "\r\n"), "text/plain"),
                                  ("an mbox of 2 in JSON", json.dumps({"message": two}), "application/json")):
            o = expect_json_error(p, name, post_bytes("/api/explain", body, ctype), 400, "several-messages")
            n = "3" if "3" in name else "2"
            check(o is not None and f"{n} messages" in o.get("error", ""), f"{name}: the count is said: {o!r}")
        st, _, b, _ = post(p, "/api/explain", one, "message/rfc822")
        e = json.loads(b) if st == 200 else {}
        check(st == 200 and e.get("bounces"), f"an mbox of one message is answered: {st} {b[:160]!r}")
        st, _, b, _ = post(p, "/api/explain", MESSAGE + "\r\nFrom the desk of the postmaster\r\n", "message/rfc822")
        check(st == 200, f"a message with a 'From ' line in its body is one message: {st} {b[:120]!r}")
        # an mbox of one message whose writer left a body line "From ..."
        # unquoted after a blank line: no date, not a separator
        loose = one.rstrip("\n") + "\n\nFrom what I understand, it failed on Friday 12 December 2025.\n"
        st, _, b, _ = post(p, "/api/explain", loose, "message/rfc822")
        check(st == 200, f"an unquoted 'From ' body line of an mbox starts no message: {st} {b[:120]!r}")


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    mailfix = sys.argv[1]
    test_address_in_use(mailfix)
    test_bad_start_options(mailfix)
    test_heads(mailfix)
    test_slow_head(mailfix)
    test_per_ip_default(mailfix)
    test_lang_and_mbox(mailfix)
    print(f"{PASSES[0]} passed, {len(FAILS)} failed")
    return 1 if FAILS or not PASSES[0] else 0


if __name__ == "__main__":
    sys.exit(main())
