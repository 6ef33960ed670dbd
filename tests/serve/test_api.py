#!/usr/bin/env python3
"""test_api.py: the HTTP API of `mailfix serve` over real HTTP with curl
(INTERFACE.md, "HTTP API"): every endpoint, every error (400 bad JSON,
415 wrong type, 413 too large, 404, 405 with Allow, 403 for gated
endpoints, 429 with Retry-After, 431 for a too large head), keep-alive,
the access log (one line per request, never bodies), the limits (idle
timeout, connection limit) and the graceful stop (a request in flight at
SIGTERM is answered, then the server exits 0), and /api/explain with a
DSN (RFC 3464).  Loopback only.

  test_api.py MAILFIX
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serverctl import FAILS, PASSES, Server, check, wait_until  # noqa: E402


TMP = tempfile.mkdtemp(prefix="mfapi-")


def curl(url, method="GET", body=None, headers=(), extra=()):
    """One request with curl; returns (status, {header: value}, body bytes)."""
    hfile, bfile = os.path.join(TMP, "h"), os.path.join(TMP, "b")
    cmd = ["curl", "-s", "-S", "--noproxy", "*", "--max-time", "20", "-X", method,
           "-D", hfile, "-o", bfile, "-w", "%{http_code}"]
    if method == "HEAD":
        cmd = [c for c in cmd if c not in ("-X", "HEAD")] + ["-I"]
    for h in headers:
        cmd += ["-H", h]
    if body is not None:
        dfile = os.path.join(TMP, "d")
        with open(dfile, "wb") as f:
            f.write(body if isinstance(body, bytes) else body.encode("utf-8"))
        cmd += ["--data-binary", "@" + dfile]
    cmd += list(extra) + [url]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
    status = int(p.stdout.decode() or 0)
    hdrs = {}
    if os.path.exists(hfile):
        for line in open(hfile, encoding="latin-1"):
            if ":" in line:
                k, v = line.split(":", 1)
                hdrs[k.strip().lower()] = v.strip()
    data = open(bfile, "rb").read() if os.path.exists(bfile) else b""
    for f in (hfile, bfile):
        if os.path.exists(f):
            os.unlink(f)
    return status, hdrs, data


JSON = "Content-Type: application/json"

# A delivery status notification (RFC 3464) for one unknown recipient.
DSN = (
    "From: MAILER-DAEMON@mx.example.com\r\n"
    "To: sender@example.com\r\n"
    "Subject: Undelivered Mail Returned to Sender\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n"
    "\r\n"
    "--B\r\n"
    "Content-Type: text/plain\r\n"
    "\r\n"
    "I'm sorry to have to inform you that your message could not be delivered.\r\n"
    "\r\n"
    "--B\r\n"
    "Content-Type: message/delivery-status\r\n"
    "\r\n"
    "Reporting-MTA: dns; mx.example.com\r\n"
    "\r\n"
    "Final-Recipient: rfc822; nobody@example.org\r\n"
    "Action: failed\r\n"
    "Status: 5.1.1\r\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown\r\n"
    "\r\n"
    "--B--\r\n")

# The same bounce for a message the receiver refused as unauthenticated,
# with the returned headers naming the original sender (example.com).
AUTH_DSN = (DSN.replace("Status: 5.1.1", "Status: 5.7.26")
            .replace("Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown",
                     "Diagnostic-Code: smtp; 550-5.7.26 This mail is unauthenticated, which poses a security "
                     "risk to the sender and Gmail users, and has been blocked. The sender must authenticate "
                     "with at least one of SPF or DKIM.")
            .replace("--B--\r\n", "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                     "From: Sender <sender@Example.com>\r\nTo: nobody@example.org\r\nSubject: hi\r\n\r\n--B--\r\n"))


def post_route(base, obj, headers=(JSON,)):
    body = obj if isinstance(obj, (str, bytes)) else json.dumps(obj, ensure_ascii=False)
    return curl(base + "/api/route", "POST", body, headers)


def is_error(status, hdrs, data, want_status, want_code):
    if status != want_status:
        return f"status {status}, expected {want_status}: {data[:200]!r}"
    if not hdrs.get("content-type", "").startswith("application/json"):
        return f"content-type {hdrs.get('content-type')!r}"
    try:
        o = json.loads(data)
    except ValueError:
        return f"not JSON: {data[:200]!r}"
    if o.get("code") != want_code or not isinstance(o.get("error"), str) or not o["error"]:
        return f"error body {o!r}, expected code {want_code!r}"
    return None


def expect_error(name, res, want_status, want_code):
    problem = is_error(*res, want_status, want_code)
    check(problem is None, f"{name}: {problem}")


def test_main_server(mailfix):
    with Server(mailfix, "--max-header", "8192", "--max-body", "4096", "--no-check") as s:
        base = s.url
        # -- /healthz
        st, h, d = curl(base + "/healthz")
        check(st == 200 and json.loads(d) == {"status": "ok"}, f"GET /healthz: {st} {d!r}")
        st, h, d = curl(base + "/healthz", "HEAD")
        check(st == 200 and b"{" not in d, f"HEAD /healthz: {st} {d!r}")
        res = curl(base + "/healthz", "POST", "{}", (JSON,))
        expect_error("POST /healthz", res, 405, "method-not-allowed")
        check(res[1].get("allow") == "GET, HEAD", f"Allow of /healthz: {res[1].get('allow')!r}")

        # -- POST /api/route: answers in English and Chinese
        st, h, d = post_route(base, {"query": "my mail bounced: 550 5.7.1 SPF check failed for example.com"})
        a = json.loads(d) if st == 200 else {}
        check(st == 200 and h.get("content-type") == "application/json", f"route en: {st} {h}")
        check(a.get("path") == "email-delivery" and a.get("cause") == "spf-fail" and a.get("side") == "sender",
              f"route en answer: {a}")
        check(all(k in a for k in ("skill", "confidence", "evidence", "steps", "limitations", "alternatives")),
              f"route answer lacks INTERFACE.md fields: {sorted(a)}")
        ev = a.get("evidence") or [{}]
        q = "my mail bounced: 550 5.7.1 SPF check failed for example.com".encode()
        check(all(q[e["start"]:e["end"]].decode() == e["text"] for e in ev),
              f"evidence offsets do not point at the evidence text: {ev}")
        st, h, d = post_route(base, {"query": "提示 AccountDisabled，但我并没有离职啊", "id": "zh-1"})
        a = json.loads(d) if st == 200 else {}
        check(st == 200 and a.get("path") == "service" and a.get("side") == "account"
              and a.get("id") == "zh-1" and a.get("lang") == "zh", f"route zh: {st} {a}")
        zq = "提示 AccountDisabled，但我并没有离职啊".encode()
        check(all(zq[e["start"]:e["end"]].decode() == e["text"] for e in a.get("evidence", [])),
              f"zh evidence offsets (bytes) mismatch: {a.get('evidence')}")
        st, h, d = post_route(base, '{"query": "550 5.7.1 SPF check failed", "id": 0.1}')
        check(st == 200 and d.startswith(b'{"id":0.1,'),
              f"a numeric id comes back as written (0.1): {st} {d[:60]!r}")
        # \u0000 is valid JSON: an id holding it comes back as written; a
        # provider or lang holding it is refused, never cut at the NUL
        st, h, d = post_route(base, '{"query": "550 5.7.1 SPF check failed", "id": "a\\u0000b"}')
        check(st == 200 and d.startswith(b'{"id":"a\\u0000b",'),
              f"an id holding \\u0000 comes back as written: {st} {d[:60]!r}")
        for field in ("provider", "lang"):
            expect_error(f"a {field} holding \\u0000", post_route(
                base, '{"query": "550 5.7.1 SPF check failed", "%s": "%s\\u0000x"}'
                % (field, "alimail" if field == "provider" else "en")), 400, "bad-input")
        expect_error("an explain lang holding \\u0000",
                     curl(base + "/api/explain", "POST",
                          '{"message": "Subject: x\\n\\nhello", "lang": "en\\u0000x"}', (JSON,)),
                     400, "bad-input")
        st, h, d = post_route(base, {"query": "550 5.7.1 SPF check failed", "lang": "zh"})
        a = json.loads(d) if st == 200 else {}
        check(st == 200 and a.get("lang") == "zh" and re.search("[\u4e00-\u9fff]", " ".join(a.get("steps", []))),
              f"route lang=zh gives Chinese steps: {a.get('lang')} {a.get('steps')}")
        st, h, d = post_route(base, {"query": "550 5.7.1 SPF check failed", "provider": "alimail"},
                              headers=("Content-Type: application/json; charset=utf-8",))
        check(st == 200, f"route with charset parameter and provider: {st} {d[:200]!r}")

        # -- errors of /api/route
        expect_error("bad JSON", post_route(base, "{\"query\": "), 400, "bad-json")
        expect_error("empty body", post_route(base, ""), 400, "bad-json")
        expect_error("invalid UTF-8", post_route(base, b'{"query": "\xff\xfe"}'), 400, "bad-json")
        expect_error("not an object", post_route(base, "[1,2]"), 400, "bad-input")
        expect_error("no query", post_route(base, {"provider": "alimail"}), 400, "bad-input")
        expect_error("query not a string", post_route(base, {"query": 42}), 400, "bad-input")
        expect_error("unknown field", post_route(base, {"qurey": "550"}), 400, "bad-input")
        # a long field name is quoted up to a byte count: cut inside a
        # character, it is still a 400 with valid JSON, not a 500
        expect_error("unknown field cut inside a character",
                     post_route(base, {"a" + "\u00e9" * 40: 1, "query": "550"}), 400, "bad-input")
        expect_error("bad lang", post_route(base, {"query": "550", "lang": "fr"}), 400, "bad-input")
        expect_error("lang not a string", post_route(base, {"query": "550", "lang": 5}), 400, "bad-input")
        st, h, d = post_route(base, {"query": "550 5.7.1 SPF check failed", "lang": "zh-TW"})
        a = json.loads(d) if st == 200 else {}
        check(st == 200 and a.get("lang") == "zh-Hant", f"route lang=zh-TW gives zh-Hant: {st} {a.get('lang')}")
        expect_error("empty query", post_route(base, {"query": ""}), 400, "empty")
        expect_error("NUL in query", post_route(base, {"query": "a\u0000b"}), 400, "nul-byte")
        expect_error("unknown provider", post_route(base, {"query": "550", "provider": "nosuch"}),
                     400, "unknown-provider")
        expect_error("text/plain body", post_route(base, {"query": "550"}, headers=("Content-Type: text/plain",)),
                     415, "unsupported-media-type")
        expect_error("no content type", curl(base + "/api/route", "POST", '{"query":"550"}',
                                             ("Content-Type:",)), 415, "unsupported-media-type")
        big = json.dumps({"query": "a" * 5000})
        expect_error("too large (Content-Length)", post_route(base, big), 413, "too-large")
        expect_error("too large (chunked)", curl(base + "/api/route", "POST", big,
                                                 (JSON, "Transfer-Encoding: chunked")), 413, "too-large")
        res = curl(base + "/api/route")
        expect_error("GET /api/route", res, 405, "method-not-allowed")
        check(res[1].get("allow") == "POST", f"Allow of /api/route: {res[1].get('allow')!r}")
        expect_error("DELETE /api/route", curl(base + "/api/route", "DELETE"), 405, "method-not-allowed")
        expect_error("unknown path", curl(base + "/api/nothing"), 404, "not-found")
        expect_error("unknown path POST", curl(base + "/nothing", "POST", "{}", (JSON,)), 404, "not-found")
        st, h, d = curl(base + "/healthz", headers=("X-Long: " + "b" * 10000,))
        check(st == 431, f"a head larger than --max-header: {st}, expected 431")

        # -- malformed HTTP is refused, and the server goes on
        for raw, want in ((b"GET / HTTP/1.1\r\n\r\n", b"HTTP/1.1 400"),          # no Host (RFC 9112 3.2)
                          (b"GET / HTTP/9.9\r\nHost: x\r\n\r\n", b"HTTP/1.1 505"),
                          (b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           b"Transfer-Encoding: chunked\r\n\r\nzz\r\nnot a chunk\r\n", b"HTTP/1.1 400"),
                          (b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                           b"Content-Length: 3\r\n\r\n{}", b"HTTP/1.1 400")):
            c = raw_connect(s.port)
            c.sendall(raw)
            got = recv_all(c, 5)
            c.close()
            check(got.startswith(want), f"malformed {raw[:40]!r}: {got[:40]!r}, expected {want!r}")
        c = raw_connect(s.port)
        c.sendall(bytes(range(256)) * 8)
        recv_all(c, 2)
        c.close()
        check(curl(base + "/healthz")[0] == 200, "the server answers after binary garbage")

        # -- gated endpoints: /api/check and the lookups off with --no-check,
        #    /api/probe off without --allow-probe
        expect_error("check off", curl(base + "/api/check", "POST", '{"domain":"example.com"}', (JSON,)),
                     403, "disabled")
        expect_error("probe off", curl(base + "/api/probe", "POST", '{"user":"a@example.com"}', (JSON,)),
                     403, "disabled")
        expect_error("explain with check, check off",
                     curl(base + "/api/explain", "POST", json.dumps({"message": AUTH_DSN, "check": True}), (JSON,)),
                     403, "disabled")
        expect_error("explain with a check that is not true or false",
                     curl(base + "/api/explain", "POST", json.dumps({"message": AUTH_DSN, "check": "yes"}), (JSON,)),
                     400, "bad-input")
        expect_error("route with a domain, check off",
                     curl(base + "/api/route", "POST", '{"query":"550 SPF check failed","domain":"example.com"}',
                          (JSON,)), 403, "disabled")
        # -- /api/explain: a raw RFC 3464 bounce, the same in JSON, errors
        st, h, d = curl(base + "/api/explain", "POST", DSN, ("Content-Type: message/rfc822",))
        e = json.loads(d) if st == 200 else {}
        b = (e.get("bounces") or [{}])[0]
        check(st == 200 and e.get("source") == "-" and b.get("recipient") == "nobody@example.org"
              and b.get("status") == "5.1.1" and b.get("reason") == "userunknown" and b.get("hard") is True,
              f"explain a DSN: {st} {d[:300]!r}")
        st, h, d = curl(base + "/api/explain", "POST", json.dumps({"message": DSN, "lang": "zh"}), (JSON,))
        e = json.loads(d) if st == 200 else {}
        check(st == 200 and (e.get("bounces") or [{}])[0].get("reason") == "userunknown",
              f"explain a DSN sent as JSON: {st} {d[:200]!r}")
        st, h, d = curl(base + "/api/explain", "POST", "From: a@example.com\r\nSubject: hi\r\n\r\nhello\r\n",
                        ("Content-Type: message/rfc822",))
        check(st == 200 and json.loads(d).get("bounces") == [], f"a message that is no bounce: {st} {d[:200]!r}")
        expect_error("explain: not a message", curl(base + "/api/explain", "POST", "hello",
                                                    ("Content-Type: text/plain",)), 400, "bad-input")
        expect_error("explain: empty", curl(base + "/api/explain", "POST", "",
                                            ("Content-Type: message/rfc822",)), 400, "empty")
        expect_error("explain: bad JSON", curl(base + "/api/explain", "POST", "{", (JSON,)), 400, "bad-json")
        expect_error("explain: no message", curl(base + "/api/explain", "POST", '{"msg": "x"}', (JSON,)),
                     400, "bad-input")
        expect_error("explain: bad lang", curl(base + "/api/explain?lang=fr", "POST", DSN,
                                               ("Content-Type: message/rfc822",)), 400, "bad-input")
        expect_error("explain: GET", curl(base + "/api/explain"), 405, "method-not-allowed")
        expect_error("explain wrong type", curl(base + "/api/explain", "POST", "x",
                                                ("Content-Type: image/png",)), 415, "unsupported-media-type")

        # -- the page
        st, h, d = curl(base + "/")
        check(st == 200 and h.get("content-type", "").startswith("text/html")
              and b"<html" in d and "default-src 'self'" in h.get("content-security-policy", ""),
              f"GET /: {st} {h.get('content-type')}")
        for path, typ in (("/app.js", "text/javascript"), ("/style.css", "text/css")):
            st, h, d = curl(base + path)
            check(st == 200 and h.get("content-type", "").startswith(typ) and len(d) > 100,
                  f"GET {path}: {st} {h.get('content-type')} {len(d)} bytes")
        check(b"http://" not in curl(base + "/")[2] and b"https://" not in curl(base + "/")[2],
              "the page loads nothing from another origin")

        # -- keep-alive: two requests, one connection
        p = subprocess.run(["curl", "-s", "--noproxy", "*", "-o", "/dev/null", "-o", "/dev/null",
                            "-w", "%{num_connects}\n", base + "/healthz", base + "/healthz"],
                           stdout=subprocess.PIPE, timeout=20)
        check(p.stdout.decode().split() == ["1", "0"], f"keep-alive: connects {p.stdout!r}")
        p = subprocess.run(["curl", "-s", "--noproxy", "*", "-H", JSON, "--data-binary", '{"query":"550"}',
                            "-o", "/dev/null", "-o", "/dev/null", "-w", "%{num_connects}\n",
                            base + "/api/route", base + "/api/route"], stdout=subprocess.PIPE, timeout=20)
        check(p.stdout.decode().split() == ["1", "0"], f"keep-alive on POST: connects {p.stdout!r}")

        # -- metrics
        st, h, d = curl(base + "/metrics")
        text = d.decode()
        check(st == 200 and h.get("content-type", "").startswith("text/plain; version=0.0.4"),
              f"GET /metrics: {st} {h.get('content-type')}")
        m = re.search(r'^mailfix_http_requests_total\{endpoint="/api/route",status="200"\} (\d+)$', text, re.M)
        check(m and int(m.group(1)) >= 6, f"metrics count route 200s: {m and m.group(0)}")
        for pat in (r'mailfix_http_requests_total\{endpoint="/api/route",status="400"\} [1-9]',
                    r'mailfix_http_requests_total\{endpoint="/api/route",status="413"\} 2\b',
                    r'mailfix_http_requests_total\{endpoint="/api/route",status="415"\} 2\b',
                    r'mailfix_http_requests_total\{endpoint="other",status="404"\} 2\b',
                    r'mailfix_http_request_duration_seconds_bucket\{endpoint="/api/route",le="\+Inf"\} \d+',
                    r'mailfix_http_request_duration_seconds_count\{endpoint="/api/route"\} \d+',
                    r'^mailfix_http_requests_in_flight 1$',  # the scrape itself
                    r'^mailfix_dns_lookups_total 0$',
                    r'^# TYPE mailfix_http_request_duration_seconds histogram$'):
            check(re.search(pat, text, re.M), f"metrics lack /{pat}/")
        buckets = [int(x) for x in re.findall(
            r'^mailfix_http_request_duration_seconds_bucket\{endpoint="/api/route",le="[^"]+"\} (\d+)$', text, re.M)]
        check(buckets and buckets == sorted(buckets), f"histogram buckets are cumulative: {buckets}")

        rc = s.stop()
        check(rc == 0, f"exit status after SIGTERM: {rc}")
        log = s.stderr()
        lines = [l for l in log.splitlines() if re.match(r"^\d{4}-\d\d-\d\dT", l)]
        check(any(re.search(r" POST /api/route 200 \d+ \d+us$", l) for l in lines),
              "access log has 'POST /api/route 200 BYTES MICROSECONDSus'")
        check(any(re.search(r" GET /api/nothing 404 \d+ \d+us$", l) for l in lines), "access log has the 404")
        check(len(lines) >= 40, f"one access-log line per request: {len(lines)} lines")
        check("SPF check failed" not in log and "AccountDisabled" not in log,
              "the access log never holds request bodies")


CHECK_ZONE = """example.com. 300 IN MX 10 mx.example.net.
example.com. 300 IN TXT "v=spf1 include:spf.qiye.aliyun.com -all"
spf.qiye.aliyun.com. 300 IN TXT "v=spf1 ip4:115.124.16.0/20 -all"
"""


def test_gates_on(mailfix):
    zone = os.path.join(tempfile.mkdtemp(prefix="mfserve-"), "check.zone")
    with open(zone, "w") as f:
        f.write(CHECK_ZONE)
    with Server(mailfix, "--allow-check", "--allow-probe", "--check-rate", "1", "--zone", zone) as s:
        bodies = ['{"domain":"example.com"}'] * 3 + ['{"domain":"example.com","provider":"alimail","lang":"zh"}',
                                                   '{"domain":"not a domain"}', '{"domain":"example.com"}']
        results = [curl(s.url + "/api/check", "POST", b, (JSON,)) for b in bodies]
        statuses = [r[0] for r in results]
        check(statuses[:5] == [200] * 4 + [400], f"check on: the first burst is let through: {statuses}")
        rep = json.loads(results[0][2]) if statuses[0] == 200 else {}
        ids = [f.get("id") for f in rep.get("findings", [])]
        check(rep.get("domain") == "example.com" and rep.get("provider") == "alimail"
              and rep.get("provider_detected") is True and "dmarc.missing" in ids
              and "dkim.missing" in ids and "mx.not-provider" not in ids,
              f"check answers from the server's zone: {results[0][2][:300]!r}")
        rep = json.loads(results[3][2]) if statuses[3] == 200 else {}
        ids = [f.get("id") for f in rep.get("findings", [])]
        check(rep.get("lang") == "zh" and "mx.not-provider" in ids,
              f"check with the provider given, in Chinese: {results[3][2][:300]!r}")
        expect_error("check of no domain", results[4], 400, "bad-input")
        expect_error("check rate limited", results[5], 429, "rate-limited")
        ra = results[5][1].get("retry-after", "")
        check(ra.isdigit() and int(ra) >= 1, f"429 has Retry-After: {ra!r}")
        expect_error("probe shares the limit", curl(s.url + "/api/probe", "POST", '{"user":"a@b.c"}', (JSON,)),
                     429, "rate-limited")
        expect_error("route with a domain shares the limit",
                     curl(s.url + "/api/route", "POST", '{"query":"550 SPF check failed","domain":"example.com"}',
                          (JSON,)), 429, "rate-limited")
        st, _, d = curl(s.url + "/api/route", "POST", '{"query":"550 SPF check failed"}', (JSON,))
        check(st == 200 and b'"check"' not in d, f"route without a domain is not limited: {st} {d[:120]!r}")
        text = curl(s.url + "/metrics")[2].decode()
        check(re.search(r"^mailfix_http_rate_limited_total 3$", text, re.M), "metrics count 429s")
        m = re.search(r"^mailfix_dns_lookups_total (\d+)$", text, re.M)
        check(m and int(m.group(1)) >= 20, f"metrics count the DNS questions of /api/check: {m and m.group(0)}")
        check(s.stop() == 0, "exit 0")
    # /api/route with the sender's domain: the answer, and the check
    # report under "check" (its language the answer's)
    # (no option: /api/check is on by default, an INTERFACE.md endpoint)
    with Server(mailfix, "--zone", zone) as s:
        st, _, d = curl(s.url + "/api/route", "POST",
                        '{"id":7,"query":"客户收不到我们的邮件，退信 550 SPF check failed","domain":"example.com",'
                        '"provider":"alimail"}', (JSON,))
        a = json.loads(d) if st == 200 else {}
        rep = a.get("check") or {}
        ids = [f.get("id") for f in rep.get("findings", [])]
        check(a.get("id") == 7 and a.get("cause") == "spf-fail" and rep.get("domain") == "example.com"
              and rep.get("lang") == "zh" and "mx.not-provider" in ids,
              f"route with a domain: the answer and the report: {st} {d[:300]!r}")
        expect_error("route with a bad domain",
                     curl(s.url + "/api/route", "POST", '{"query":"550","domain":"not a domain"}', (JSON,)),
                     400, "bad-input")
        st, _, d = curl(s.url + "/api/explain", "POST", json.dumps({"message": AUTH_DSN, "check": True}), (JSON,))
        e = json.loads(d) if st == 200 else {}
        ids = [f.get("id") for f in (e.get("check") or {}).get("findings", [])]
        check(e.get("bounces", [{}])[0].get("side") == "sender" and (e.get("check") or {}).get("domain") == "example.com"
              and "dmarc.missing" in ids, f"explain with check: the sender's domain looked up: {st} {d[:300]!r}")
        st, _, d = curl(s.url + "/api/explain?check=1", "POST", AUTH_DSN, ("Content-Type: message/rfc822",))
        check(st == 200 and b'"check":{"domain":"example.com"' in d, f"a raw message with ?check=1: {st} {d[:200]!r}")
        st, _, d = curl(s.url + "/api/explain", "POST", json.dumps({"message": DSN, "check": True}), (JSON,))
        check(st == 200 and b'"check"' not in d, f"explain with check, a recipient's bounce: nothing looked up: {st}")
        expect_error("route with a domain that is not a string",
                     curl(s.url + "/api/route", "POST", '{"query":"550","domain":["example.com"]}', (JSON,)),
                     400, "bad-input")
        check(s.stop() == 0, "exit 0")
    shutil.rmtree(os.path.dirname(zone), ignore_errors=True)


PROBE_ZONE = """imap.qiye.aliyun.com. 300 IN A 127.0.0.1
pop.qiye.aliyun.com. 300 IN A 127.0.0.1
smtp.qiye.aliyun.com. 300 IN A 127.0.0.1
"""


def test_probe_endpoint(mailfix):
    """/api/probe logs in to the provider's own hosts only; here the zone
    sends them to 127.0.0.1, where nothing listens on 993, 995 or 465."""
    zone = os.path.join(tempfile.mkdtemp(prefix="mfserve-"), "probe.zone")
    with open(zone, "w") as f:
        f.write(PROBE_ZONE)
    secret = "correct-horse-4711"
    with Server(mailfix, "--allow-probe", "--zone", zone) as s:
        st, h, d = curl(s.url + "/api/probe", "POST",
                        json.dumps({"user": "zhang@example.com", "password": secret, "lang": "en"}), (JSON,))
        rep = json.loads(d) if st == 200 else {}
        res = rep.get("results", [])
        check(st == 200 and [r.get("protocol") for r in res] == ["imap", "pop3", "smtp"]
              and [r.get("port") for r in res] == [993, 995, 465]
              and all(r.get("host", "").endswith(".qiye.aliyun.com") and r.get("stage") == "connect"
                      and r.get("cause") == "connection-refused" and r.get("ok") is False for r in res)
              and rep.get("cause") == "wrong-server-or-port",
              f"probe of the provider's hosts: {st} {d[:400]!r}")
        check(secret.encode() not in d, "the password is not in the answer")
        expect_error("probe without a password", curl(s.url + "/api/probe", "POST",
                                                      '{"user":"zhang@example.com"}', (JSON,)), 400, "bad-input")
        expect_error("probe of a host the client names", curl(s.url + "/api/probe", "POST",
                     json.dumps({"user": "a@b.c", "password": secret, "imap": "evil.example:993"}), (JSON,)),
                     400, "bad-input")
        # a profile with no servers (other): the answer says why, without
        # the command line's --imap ... that the API does not take
        res = curl(s.url + "/api/probe", "POST",
                   json.dumps({"user": "a@b.c", "password": secret, "provider": "other"}), (JSON,))
        expect_error("probe of a profile with no servers", res, 400, "bad-input")
        check(b"no servers" in res[2] and b"--imap" not in res[2] and b"own hosts" in res[2],
              f"probe of a profile with no servers says why, not the CLI's options: {res[2][:300]!r}")
        check(s.stop() == 0, "exit 0")
        check(secret not in s.stderr(), "the password is not in the server's log")
    shutil.rmtree(os.path.dirname(zone), ignore_errors=True)


def raw_connect(port):
    c = socket.create_connection(("127.0.0.1", port), timeout=10)
    return c


def recv_all(c, timeout=10):
    c.settimeout(timeout)
    out = b""
    try:
        while True:
            b = c.recv(65536)
            if not b:
                break
            out += b
    except socket.timeout:
        pass
    return out


def test_graceful_stop(mailfix):
    """A request whose body is still arriving at SIGTERM gets its answer;
    new connections are refused; the exit status is 0."""
    with Server(mailfix) as s:
        body = json.dumps({"query": "550 5.7.1 SPF check failed"}).encode()
        c = raw_connect(s.port)
        c.sendall(b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: %d\r\n\r\n" % len(body) + body[:10])
        check(wait_until(lambda: re.search(r"^mailfix_http_requests_in_flight 2$",
                                           curl(s.url + "/metrics")[2].decode(), re.M)),
              "in-flight gauge counts the half-sent request")
        s.proc.send_signal(signal.SIGTERM)
        check(wait_until(lambda: "finishing the requests in flight" in s.stderr()), "SIGTERM noticed")
        refused = False
        try:
            c2 = socket.create_connection(("127.0.0.1", s.port), timeout=2)
            c2.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            refused = recv_all(c2, 2) == b""
            c2.close()
        except OSError:
            refused = True
        check(refused, "no new connection is served after SIGTERM")
        check(s.proc.poll() is None, "the server waits for the request in flight")
        c.sendall(body[10:])
        resp = recv_all(c, 10)
        c.close()
        check(resp.startswith(b"HTTP/1.1 200") and b'"spf-fail"' in resp,
              f"the in-flight request is answered: {resp[:120]!r}")
        try:
            rc = s.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            rc = None
        check(rc == 0, f"graceful stop exits 0: {rc}")


def test_second_signal(mailfix):
    """A second SIGINT ends the wait for a request that never completes."""
    with Server(mailfix, "--grace", "600") as s:
        c = raw_connect(s.port)
        c.sendall(b"POST /api/route HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 100\r\n\r\n{")
        check(wait_until(lambda: re.search(r"^mailfix_http_requests_in_flight 2$",
                                           curl(s.url + "/metrics")[2].decode(), re.M)),
              "the incomplete request is in flight")
        s.proc.send_signal(signal.SIGINT)
        check(wait_until(lambda: "finishing the requests in flight" in s.stderr()), "SIGINT noticed")
        check(s.proc.poll() is None, "the first SIGINT waits for the request")
        s.proc.send_signal(signal.SIGINT)
        try:
            rc = s.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            rc = None
        c.close()
        check(rc == 0 and "second signal" in s.stderr(), f"a second SIGINT stops now, exit 0: {rc}")


def test_limits(mailfix):
    """--max-connections: a connection past the limit waits (it is not
    accepted) until another closes; --timeout closes idle connections."""
    with Server(mailfix, "--timeout", "2", "--max-connections", "2", "--threads", "1") as s:
        a, b = raw_connect(s.port), raw_connect(s.port)
        a.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        a.settimeout(5)
        first = a.recv(4096)
        check(first.startswith(b"HTTP/1.1 200"), f"a connection under the limit is served: {first[:40]!r}")
        c = raw_connect(s.port)
        c.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        c.settimeout(0.5)
        try:
            early = c.recv(4096)
        except socket.timeout:
            early = b""
        check(early == b"", f"a third connection is not served while two are open: {early[:40]!r}")
        b.close()
        late = recv_all(c, 10)
        check(late.startswith(b"HTTP/1.1 200"), f"... and is served once one closes: {late[:40]!r}")
        c.close()
        # The idle keep-alive connection is closed by the server after --timeout.
        check(recv_all(a, 10) == b"", "an idle connection is closed after --timeout")
        a.close()
        check(s.stop() == 0, "exit 0")


def test_per_ip_limit(mailfix):
    """--max-connections-per-ip: a second connection from one address is closed."""
    with Server(mailfix, "--max-connections-per-ip", "1", "--threads", "1") as s:
        a = raw_connect(s.port)
        a.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        a.settimeout(5)
        check(a.recv(4096).startswith(b"HTTP/1.1 200"), "the first connection of an address is served")
        b = raw_connect(s.port)
        try:
            b.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            got = recv_all(b, 5)
        except OSError:
            got = b""
        check(not got.startswith(b"HTTP/1.1 200"), f"a second one is closed: {got[:40]!r}")
        a.close()
        b.close()
        check(s.stop() == 0, "exit 0")


def test_bad_options(mailfix):
    for args, word in ((["--listen", "nonsense"], "ADDR:PORT"), (["--threads", "0"], "--threads"),
                       (["--max-body", "12abc"], "--max-body"), (["--listen", "127.0.0.1:99999"], "port")):
        p = subprocess.run([mailfix, "serve", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=20)
        check(p.returncode == 2 and word in p.stderr.decode(), f"serve {args}: {p.returncode} {p.stderr!r}")


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    if not shutil.which("curl"):
        print("FAIL: curl is not installed (scripts/install-deps.sh test)")
        return 1
    mailfix = sys.argv[1]
    try:
        test_bad_options(mailfix)
        test_main_server(mailfix)
        test_gates_on(mailfix)
        test_probe_endpoint(mailfix)
        test_graceful_stop(mailfix)
        test_second_signal(mailfix)
        test_limits(mailfix)
        test_per_ip_limit(mailfix)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    print(f"{PASSES[0]} passed, {len(FAILS)} failed")
    return 1 if FAILS or not PASSES[0] else 0


if __name__ == "__main__":
    sys.exit(main())
