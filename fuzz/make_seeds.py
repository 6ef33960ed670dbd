#!/usr/bin/env python3
"""make_seeds.py: writes the seed inputs of the fuzz targets under
fuzz/corpus/<target>/ (route queries, SPF zones, DNS replies in wire form,
damaged messages).  The seeds only give the fuzzer a start; inputs that
once crashed or failed a check are added beside them by hand, named
crash-*, and are never regenerated.  Run from the project's root:
    python3 fuzz/make_seeds.py
"""
import os
import struct

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


def put(target, name, data):
    d = os.path.join(ROOT, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


# ---- route: a language/provider byte, then the query ----
QUERIES = [
    "550 5.7.1 SPF check failed: 203.0.113.9 is not allowed to send for example.com",
    "SMTP error from remote mail server after RCPT TO:<a@example.org>: 550-5.7.26 unauthenticated",
    "Remote Server returned '554 5.7.1 <b@example.net>: Relay access denied'",
    "(535, b'5.7.8 Username and Password not accepted')",
    "javax.mail.AuthenticationFailedException: 535 Authentication failed",
    "Outlook 0x800CCC92 when receiving mail",
    "账号被冻结了，发不了邮件",
    "帳號被鎖定，密碼錯誤次數過多",
    "ＳＰＦ　５５０ 发信失败",
    "why can't I send to external domains?",
    "not a password problem, the account is fine, but mail to gmail bounces with 5.7.26",
    "mail.example.com shows ERR_NAME_NOT_RESOLVED, the CNAME is missing",
    "smtp.qiye.aliyun.com 465 SSL 发不出去",
    "526 Authentication failure[0]",
    "UC_CLIENT_NON_SSL",
    "Reject by behaviour spam at Rcpt command",
    "552 message size exceeds fixed maximum message size",
    "Return-Path: <>\nFrom: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\n\n550 5.1.1 user unknown",
    " \t\n",
    "\xef\xbc\x95\xef\xbc\x95\xef\xbc\x90",
]
for i, q in enumerate(QUERIES):
    put("route", "seed-%02d" % i, bytes([i % 12]) + q.encode("utf-8"))
put("route", "seed-bad-utf8", b"\x00550 \xff\xfe broken \xc3")
put("route", "seed-nul", b"\x01spf\x00fail")
put("route", "seed-long", b"\x00" + ("550 5.7.1 spf " * 5000).encode())

# ---- spf: a master file; the checks look at example.test ----
HEAD = "$ORIGIN example.test.\n$TTL 300\n"
ZONES = {
    "plain": 'example.test. TXT "v=spf1 ip4:192.0.2.0/24 -all"\n',
    "include": ('example.test. TXT "v=spf1 include:_spf.example.test ~all"\n'
                '_spf.example.test. TXT "v=spf1 ip6:2001:db8::/32 a mx -all"\n'
                'example.test. A 192.0.2.10\nexample.test. MX 10 mx.example.test.\n'
                'mx.example.test. A 198.51.100.7\n'),
    "redirect": ('example.test. TXT "v=spf1 redirect=other.example.test"\n'
                 'other.example.test. TXT "v=spf1 exists:%{ir}.%{v}._spf.%{d2} -all"\n'),
    "macros": ('example.test. TXT "v=spf1 -ip4:198.51.100.0/24 ptr:example.test '
               'exp=explain.example.test ?all"\n'
               'explain.example.test. TXT "%{i} is not one of %{d}\'s servers (%{l}@%{o}, %{h}, %{t})"\n'),
    "loop": ('example.test. TXT "v=spf1 include:example.test -all"\n'),
    "many": 'example.test. TXT "v=spf1 ' + " ".join("a:h%d.example.test" % i for i in range(12)) + ' -all"\n',
    "split": 'example.test. TXT "v=spf1 ip4:192.0.2.10" " -all"\nexample.test. TXT "v=spf1 -all"\n',
    "cname": ('example.test. CNAME alias.example.test.\n'
              'alias.example.test. TXT "v=spf1 a/24//64 -all"\nalias.example.test. A 192.0.2.1\n'),
    "helo": ('sub.example.test. TXT "v=spf1 mx:example.test/30 -all"\n'
             'example.test. MX 5 mx.example.test.\nmx.example.test. AAAA 2001:db8::25\n'),
    "bad": 'example.test. TXT "v=spf1 ip4:999.0.2.0/33 foo:bar -all"\n',
}
for name, body in ZONES.items():
    put("spf", "seed-" + name, HEAD + body)
put("spf", "seed-syntax", "example.test. TXT \"v=spf1 -all\nexample.test. IN BOGUS x\n")

# ---- dns_wire: a type byte, a name byte, then the reply ----
TYPES = {1: 0, 28: 1, 15: 2, 16: 3, 12: 4, 5: 5}


def name(n):
    out = b""
    for label in n.split("."):
        out += bytes([len(label)]) + label.encode()
    return out + b"\x00"


def reply(qname, qtype, answers, rcode=0, tc=False, authority=b"", nauth=0):
    flags = 0x8180 | rcode | (0x0200 if tc else 0)
    head = struct.pack(">HHHHHH", 0x1234, flags, 1, len(answers), nauth, 0)
    q = name(qname) + struct.pack(">HH", qtype, 1)
    return head + q + b"".join(answers) + authority


def rr(owner, rtype, rdata, ttl=300):
    return owner + struct.pack(">HHIH", rtype, 1, ttl, len(rdata)) + rdata


def seed_wire(label, qtype, which, data):
    put("dns_wire", "seed-" + label, bytes([TYPES[qtype], which]) + data)


PTR_Q = b"\xc0\x0c"  # the question's name
seed_wire("a", 1, 1, reply("example.test", 1, [rr(PTR_Q, 1, bytes([192, 0, 2, 10]))]))
seed_wire("aaaa", 28, 1, reply("example.test", 28, [rr(PTR_Q, 28, bytes(range(16)))]))
seed_wire("mx", 15, 1, reply("example.test", 15,
                             [rr(PTR_Q, 15, struct.pack(">H", 10) + name("mx.example.test"))]))
seed_wire("txt", 16, 1, reply("example.test", 16,
                              [rr(PTR_Q, 16, b"\x0bv=spf1 -all\x05 ~all\x00")]))
seed_wire("cname", 1, 1, reply("example.test", 1,
                               [rr(PTR_Q, 5, name("alias.example.test")),
                                rr(name("alias.example.test"), 1, bytes([192, 0, 2, 1]))]))
seed_wire("cname-loop", 1, 1, reply("example.test", 1,
                                    [rr(PTR_Q, 5, name("example.test"))]))
soa = rr(name("example.test"), 6, name("ns.example.test") + name("host.example.test") +
         struct.pack(">IIIII", 1, 2, 3, 4, 60))
seed_wire("nxdomain", 16, 1, reply("example.test", 16, [], rcode=3, authority=soa, nauth=1))
seed_wire("tc", 16, 1, reply("example.test", 16, [], tc=True))
seed_wire("pointer-loop", 12, 1, reply("example.test", 12, [rr(b"\xc0\x30", 12, b"\xc0\x30")]))
seed_wire("short", 1, 0, b"\x12\x34\x81")
seed_wire("bad-rdlen", 15, 0, reply("mx.example.test", 15, [PTR_Q + struct.pack(">HHIH", 15, 1, 1, 900)]))

# ---- explain: damaged messages (the bounce corpus is replayed too) ----
DSN = ("From: MAILER-DAEMON@example.org\nTo: a@example.com\nSubject: Undelivered Mail\n"
       "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;"
       " boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nI could not deliver it.\n"
       "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
       "Final-Recipient: rfc822; gone@example.net\nAction: failed\nStatus: 5.1.1\n"
       "Diagnostic-Code: smtp; 550 5.1.1 <gone@example.net>: Recipient address rejected\n"
       "--B\nContent-Type: message/rfc822\n\nFrom: a@example.com\nSubject: hello\n\nhi\n--B--\n")
put("explain", "seed-dsn", DSN)
put("explain", "seed-dsn-cut", DSN[: len(DSN) // 2])
put("explain", "seed-no-end-boundary", DSN.replace("--B--\n", ""))
put("explain", "seed-nested", DSN.replace("message/rfc822\n\n", "message/rfc822\n\n" + DSN))
put("explain", "seed-base64", DSN.replace("Content-Type: text/plain\n\n",
                                          "Content-Type: text/plain; charset=gb2312\n"
                                          "Content-Transfer-Encoding: base64\n\n1cu6xQ==\n=\n"))
put("explain", "seed-binary", bytes(range(256)) * 4)
put("explain", "seed-empty-headers", "\n\n\n")
